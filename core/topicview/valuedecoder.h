#pragma once

#include <memory>
#include <optional>

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace cs::converters {
class JsonConverter;
}

namespace cs::topicview {

// One field of a JsonConverter payload that is a struct.
struct PayloadField
{
    QString name;
    QString type; // "int64", "string (optional)", "org.apache.kafka.connect.data.Decimal (bytes)", ...
    QString json; // the field's JSON text exactly as in the payload
    QString meaning; // what a logical type's JSON means (a Decimal's number, a Timestamp's date); often empty
};

// A record value as the detail pane shows it.
struct DecodedValue
{
    enum class Kind
    {
        Null, // a tombstone
        Empty, // zero bytes
        ConnectEnvelope, // JsonConverter with schemas.enable=true: {"schema":...,"payload":...}
        Json, // any other JSON
        Text, // UTF-8 that is not JSON
        Binary // not UTF-8
    };
    Kind kind = Kind::Null;
    QByteArray pretty; // Json and ConnectEnvelope: the whole value indented; Text: the text; Binary: hex dump
    QByteArray schemaJson; // ConnectEnvelope: the schema, indented
    QByteArray payloadJson; // ConnectEnvelope: the payload, indented
    QString schemaSummary; // ConnectEnvelope: "struct ORDER_TABLE, 2 fields"
    bool payloadIsStruct = false;
    QList<PayloadField> fields; // ConnectEnvelope with a struct payload, in schema order
    QString error; // ConnectEnvelope the JsonConverter rejects: its DataException text
};

// Decodes record values for display: pretty JSON that keeps every byte of strings and numbers, and
// the JsonConverter envelope split into schema and payload (checked and typed by our JsonConverter,
// so what it accepts is what a sink connector would accept). Owns a JsonConverter: one instance per
// thread (the GUI thread decodes only the selected record).
class ValueDecoder final
{
    Q_DECLARE_TR_FUNCTIONS(cs::topicview::ValueDecoder)

public:
    ValueDecoder();
    ~ValueDecoder();
    ValueDecoder(const ValueDecoder &) = delete;
    ValueDecoder &operator=(const ValueDecoder &) = delete;

    DecodedValue decode(const std::optional<QByteArray> &value);

    // "00000000  7b 22 61 22 ...  {"a"..." lines, at most maxBytes bytes.
    static QByteArray hexDump(QByteArrayView bytes, qsizetype maxBytes = 64 * 1024);

private:
    std::unique_ptr<converters::JsonConverter> m_json;
};

} // namespace cs::topicview
