#pragma once

// Shared by the topic viewer tests: the lab's ORDER_TABLE records made by the real JsonConverter and
// produced to a real EmbeddedBroker.

#include <QTest>

#include "converters/jsonconverter.h"
#include "data/schemabuilder.h"
#include "data/struct.h"
#include "data/value.h"
#include "kafka/producer.h"

namespace cs::topicview::test {

// ORDER_TABLE(ID BIGINT NOT NULL, MESSAGE VARCHAR(255) NULL) as the JDBC source sends it.
inline data::Schema orderSchema()
{
    static const data::Schema schema = data::SchemaBuilder::structure()
                                           .name(QStringLiteral("ORDER_TABLE"))
                                           .field(QStringLiteral("ID"), data::Schema::int64())
                                           .field(QStringLiteral("MESSAGE"), data::Schema::optionalString())
                                           .build();
    return schema;
}

// What the lab's JDBC source writes to CONNECT_ORDER_TABLE for one row (value.converter=JsonConverter,
// schemas.enable=true), made by our JsonConverter.
inline QByteArray orderValue(qint64 id, const QString &message)
{
    converters::JsonConverter json;
    const data::Status configured
        = json.configure({ { QStringLiteral("schemas.enable"), QStringLiteral("true") } }, false);
    Q_ASSERT(configured.ok());
    data::Struct row(orderSchema());
    row.set(0, data::Value(id));
    row.set(1, data::Value::fromString(message));
    data::Result<QByteArray> bytes
        = json.fromConnectData(u"CONNECT_ORDER_TABLE", orderSchema(), data::Value(row));
    Q_ASSERT(bytes.ok());
    return bytes.value();
}

inline QString orderText(qint64 id)
{
    return id == 1 ? QStringLiteral("1st OrderPlaced.")
        : id == 2  ? QStringLiteral("2nd OrderPlaced.")
        : id == 3  ? QStringLiteral("3rd OrderPlaced.")
                   : QStringLiteral("%1th OrderPlaced.").arg(id);
}

// Produces and waits for the delivery of every record. Returns false on any failure.
inline bool produceAll(kafka::Producer &producer, const QList<kafka::Message> &messages)
{
    for (const kafka::Message &m : messages) {
        if (!producer.produce(m))
            return false;
    }
    return producer.flush(20000);
}

inline kafka::Message record(const QString &topic, int partition, std::optional<QByteArray> key,
    std::optional<QByteArray> value, qint64 timestamp = -1, QList<kafka::Header> headers = {})
{
    kafka::Message m;
    m.topic = topic;
    m.partition = partition;
    m.key = std::move(key);
    m.value = std::move(value);
    m.timestamp = timestamp;
    m.headers = std::move(headers);
    return m;
}

} // namespace cs::topicview::test
