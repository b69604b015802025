#pragma once

#include "converters/converter.h"

namespace cs::converters {

// org.apache.kafka.connect.storage.StringConverter: values are written as their Java toString() text in
// `converter.encoding` (UTF-8 by default; also key.converter.encoding / value.converter.encoding style
// "converter.encoding"); bytes are read back as an optional string. Not synchronized (one per task).
class StringConverter final : public Converter
{
public:
    static QString staticClassName()
    {
        return QStringLiteral("org.apache.kafka.connect.storage.StringConverter");
    }
    QString className() const override { return staticClassName(); }

    data::Status configure(const ConverterConfig &config, bool isKey) override;
    data::Result<QByteArray> fromConnectData(
        QStringView topic, const data::Schema &schema, const data::Value &value) override;
    data::Result<data::SchemaAndValue> toConnectData(QStringView topic, QByteArrayView bytes) override;

    const QString &encoding() const { return m_encoding; }

private:
    QString m_encoding = QStringLiteral("UTF8");
    bool m_utf8 = true;
};

} // namespace cs::converters
