#include "topicview/valuedecoder.h"

#include "converters/jsonconverter.h"
#include "data/logicaltypes.h"
#include "data/value.h"
#include "topicview/jsontext.h"

namespace cs::topicview {

namespace {

QString typeText(const data::Schema &schema)
{
    QString text = data::typeName(schema.type()).toLower();
    if (schema.logicalType() != data::LogicalType::None)
        text = schema.name() + QStringLiteral(" (") + text + u')';
    else if (schema.type() == data::Type::Struct && schema.hasName())
        text += u' ' + schema.name();
    if (schema.isOptional())
        text += QStringLiteral(", optional");
    return text;
}

QString meaningOf(const data::Schema &schema, const data::Value &value)
{
    if (value.isNull())
        return {};
    switch (schema.logicalType()) {
    case data::LogicalType::Decimal:
        return value.kind() == data::Value::Kind::Decimal ? value.decimal().toString() : QString();
    case data::LogicalType::Date:
        return data::DateSchema::toDate(value.toInt32()).toString(Qt::ISODate);
    case data::LogicalType::Time:
        return data::TimeSchema::toTime(value.toInt32()).toString(QStringLiteral("HH:mm:ss.zzz"));
    case data::LogicalType::Timestamp:
        return data::TimestampSchema::toDateTime(value.toInt64()).toString(Qt::ISODateWithMs);
    case data::LogicalType::None:
        break;
    }
    return {};
}

} // namespace

ValueDecoder::ValueDecoder()
    : m_json(std::make_unique<converters::JsonConverter>())
{
    // Decimals are read whichever way they were written; the schema says which.
    const data::Status configured
        = m_json->configure({ { QStringLiteral("schemas.enable"), QStringLiteral("true") },
                                { QStringLiteral("decimal.format"), QStringLiteral("BASE64") } },
            false);
    Q_ASSERT(configured.ok());
}

ValueDecoder::~ValueDecoder() = default;

QByteArray ValueDecoder::hexDump(QByteArrayView bytes, qsizetype maxBytes)
{
    QByteArray out;
    const qsizetype n = qMin(bytes.size(), maxBytes);
    for (qsizetype row = 0; row < n; row += 16) {
        out.append(QByteArray::number(row, 16).rightJustified(8, '0'));
        out.append("  ");
        QByteArray ascii;
        for (qsizetype i = row; i < row + 16; ++i) {
            if (i < n) {
                const auto c = static_cast<unsigned char>(bytes[i]);
                out.append(QByteArray::number(c, 16).rightJustified(2, '0')).append(' ');
                ascii.append(c >= 0x20 && c < 0x7f ? char(c) : '.');
            } else {
                out.append("   ");
            }
        }
        out.append(' ').append(ascii).append('\n');
    }
    if (bytes.size() > n)
        out.append("...\n");
    return out;
}

DecodedValue ValueDecoder::decode(const std::optional<QByteArray> &value)
{
    DecodedValue d;
    if (!value) {
        d.kind = DecodedValue::Kind::Null;
        return d;
    }
    if (value->isEmpty()) {
        d.kind = DecodedValue::Kind::Empty;
        return d;
    }
    const QByteArrayView bytes(*value);
    if (std::optional<QByteArray> pretty = prettyJson(bytes)) {
        d.kind = DecodedValue::Kind::Json;
        d.pretty = std::move(*pretty);
        // JsonConverter's envelope is an object with exactly these two members.
        const auto members = objectMembers(bytes);
        if (members && members->size() == 2) {
            QByteArrayView schema;
            QByteArrayView payload;
            bool both = true;
            for (const auto &[key, raw] : *members) {
                if (key == "schema")
                    schema = raw;
                else if (key == "payload")
                    payload = raw;
                else
                    both = false;
            }
            if (both && !schema.isNull() && !payload.isNull()) {
                d.kind = DecodedValue::Kind::ConnectEnvelope;
                d.schemaJson = prettyJson(schema).value_or(schema.toByteArray());
                d.payloadJson = prettyJson(payload).value_or(payload.toByteArray());
                data::Result<data::SchemaAndValue> parsed = m_json->toConnectData(u"", bytes);
                if (!parsed.ok()) {
                    d.error = parsed.error().toString();
                    return d;
                }
                const data::Schema &s = parsed->schema;
                if (s.isNull()) {
                    d.schemaSummary = tr("no schema (null)");
                    return d;
                }
                if (s.type() != data::Type::Struct) {
                    d.schemaSummary = typeText(s);
                    return d;
                }
                d.payloadIsStruct = true;
                d.schemaSummary = s.hasName()
                    ? tr("struct %1, %n field(s)", nullptr, int(s.fields().size())).arg(s.name())
                    : tr("struct, %n field(s)", nullptr, int(s.fields().size()));
                const auto payloadMembers = objectMembers(payload);
                const data::Struct *st = parsed->value.kind() == data::Value::Kind::Struct
                    ? &parsed->value.structValue()
                    : nullptr;
                for (const data::Field &f : s.fields()) {
                    PayloadField pf;
                    pf.name = f.name();
                    pf.type = typeText(f.schema());
                    if (payloadMembers) {
                        for (const auto &[key, raw] : *payloadMembers) {
                            if (key == QByteArrayView(f.nameUtf8())) {
                                pf.json = QString::fromUtf8(raw);
                                break;
                            }
                        }
                    }
                    if (st)
                        pf.meaning = meaningOf(f.schema(), st->getWithoutDefault(f.index()));
                    d.fields.append(std::move(pf));
                }
            }
        }
        return d;
    }
    if (bytes.isValidUtf8()) {
        d.kind = DecodedValue::Kind::Text;
        d.pretty = *value;
        return d;
    }
    d.kind = DecodedValue::Kind::Binary;
    d.pretty = hexDump(bytes);
    return d;
}

} // namespace cs::topicview
