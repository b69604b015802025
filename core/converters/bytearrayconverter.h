#pragma once

#include "converters/converter.h"

namespace cs::converters {

// org.apache.kafka.connect.converters.ByteArrayConverter: passes bytes through unchanged (schema must be
// null or BYTES); reads them back with an optional bytes schema. Stateless apart from configure().
class ByteArrayConverter final : public Converter
{
public:
    static QString staticClassName()
    {
        return QStringLiteral("org.apache.kafka.connect.converters.ByteArrayConverter");
    }
    QString className() const override { return staticClassName(); }

    data::Status configure(const ConverterConfig &config, bool isKey) override;
    data::Result<QByteArray> fromConnectData(
        QStringView topic, const data::Schema &schema, const data::Value &value) override;
    data::Result<data::SchemaAndValue> toConnectData(QStringView topic, QByteArrayView bytes) override;
};

} // namespace cs::converters
