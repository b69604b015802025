#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "converters/converter.h"

namespace cs::converters {

// org.apache.kafka.connect.json.JsonConverter, byte-compatible with Kafka's: the same envelope
// {"schema":...,"payload":...} (schemas.enable=true) or bare JSON, the same schema JSON (key order,
// "float"/"double", always-written "optional", trailing "field"), Jackson's number and string text, base64
// or numeric decimals, and the same DataException texts on bad input. Serialisation writes bytes directly
// (no DOM); parsing uses RapidJSON's SAX reader (order-preserving, exact number text) into a reusable
// node arena. Schema JSON is cached per schema, parsed schemas per schema text (schemas.cache.size).
// Not synchronized: one instance per thread (each task owns its converters).
class JsonConverter final : public Converter
{
public:
    enum class DecimalFormat
    {
        Base64,
        Numeric
    };

    JsonConverter();
    ~JsonConverter() override;
    JsonConverter(const JsonConverter &) = delete;
    JsonConverter &operator=(const JsonConverter &) = delete;

    static QString staticClassName() { return QStringLiteral("org.apache.kafka.connect.json.JsonConverter"); }
    QString className() const override { return staticClassName(); }

    // Keys: schemas.enable (true), schemas.cache.size (1000), decimal.format (BASE64|NUMERIC),
    // replace.null.with.default (true), converter.type (key|value|header; set from isKey here).
    data::Status configure(const ConverterConfig &config, bool isKey) override;
    // As upstream's configure(Map): converter.type must be present.
    data::Status configure(const ConverterConfig &config);

    data::Result<QByteArray> fromConnectData(
        QStringView topic, const data::Schema &schema, const data::Value &value) override;
    data::Result<data::SchemaAndValue> toConnectData(QStringView topic, QByteArrayView bytes) override;

    // Hot-path variant: appends the serialised bytes to `out` (reuse one buffer across records).
    // Returns false in *tombstone when bytes were written, true (and writes nothing) for a null record.
    data::Status appendConnectData(
        const data::Schema &schema, const data::Value &value, QByteArray &out, bool *tombstone);

    // The schema JSON upstream's asJsonSchema() produces ("null" for a null schema).
    data::Result<QByteArray> asJsonSchema(const data::Schema &schema);
    // Parses schema JSON like upstream's asConnectSchema() (a JSON null gives a null Schema).
    data::Result<data::Schema> asConnectSchema(QByteArrayView json);

    bool schemasEnabled() const { return m_schemasEnabled; }
    DecimalFormat decimalFormat() const { return m_decimalFormat; }
    bool replaceNullWithDefault() const { return m_replaceNullWithDefault; }
    int schemaCacheSize() const { return m_cacheSize; }
    bool isKey() const { return m_isKey; }
    int fromConnectSchemaCacheSize() const;
    int toConnectSchemaCacheSize() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    bool m_schemasEnabled = true;
    DecimalFormat m_decimalFormat = DecimalFormat::Base64;
    bool m_replaceNullWithDefault = true;
    int m_cacheSize = 1000;
    bool m_isKey = false;
};

} // namespace cs::converters
