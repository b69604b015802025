#include "converters/stringconverter.h"

#include <QStringDecoder>
#include <QStringEncoder>

namespace cs::converters {

using data::DataError;
using data::Result;
using data::Schema;
using data::SchemaAndValue;
using data::Status;
using data::Value;

namespace {
bool isUtf8Name(const QString &name)
{
    return name.compare(QLatin1String("UTF8"), Qt::CaseInsensitive) == 0
        || name.compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) == 0;
}
} // namespace

Status StringConverter::configure(const ConverterConfig &config, bool isKey)
{
    // Upstream reads converter.encoding, with the serializer/deserializer-specific keys taking precedence.
    QString encoding = config.value(QStringLiteral("converter.encoding"), QStringLiteral("UTF8"));
    const QString specific
        = isKey ? QStringLiteral("key.serializer.encoding") : QStringLiteral("value.serializer.encoding");
    if (config.contains(specific))
        encoding = config.value(specific);
    m_utf8 = isUtf8Name(encoding);
    if (!m_utf8) {
        QStringEncoder probe(encoding.toLatin1().constData());
        if (!probe.isValid()) {
            return DataError { QStringLiteral("Invalid value ") + encoding
                + QStringLiteral(" for configuration converter.encoding: Unsupported encoding") };
        }
    }
    m_encoding = encoding;
    return {};
}

Result<QByteArray> StringConverter::fromConnectData(QStringView, const Schema &, const Value &value)
{
    if (value.isNull())
        return QByteArray();
    if (m_utf8) {
        if (value.kind() == Value::Kind::String)
            return value.stringUtf8();
        return value.toString().toUtf8();
    }
    QStringEncoder encoder(m_encoding.toLatin1().constData());
    const QString text = value.kind() == Value::Kind::String ? value.toQString() : value.toString();
    QByteArray out = encoder.encode(text);
    return out;
}

Result<SchemaAndValue> StringConverter::toConnectData(QStringView, QByteArrayView bytes)
{
    if (bytes.isNull())
        return SchemaAndValue { Schema::optionalString(), Value() };
    if (m_utf8)
        return SchemaAndValue { Schema::optionalString(), Value::string(bytes.toByteArray()) };
    QStringDecoder decoder(m_encoding.toLatin1().constData());
    const QString text = decoder.decode(bytes);
    return SchemaAndValue { Schema::optionalString(), Value::fromString(text) };
}

} // namespace cs::converters
