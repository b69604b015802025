#pragma once

#include <optional>

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

namespace cs::kafka {

// One record header. A null value (std::nullopt) is distinct from an empty one, as in Kafka.
struct Header
{
    QString name;
    std::optional<QByteArray> value;

    friend bool operator==(const Header &, const Header &) = default;
};

enum class TimestampType
{
    NotAvailable, // "NO_TIMESTAMP" in kafka-console-consumer
    CreateTime,
    LogAppendTime
};

// A Kafka record as a value: cheap to copy (implicitly shared byte arrays), safe to hand across threads.
// Key and value are nullopt for null (a tombstone has a null value) and an empty QByteArray for empty.
struct Message
{
    QString topic;
    int partition = -1;
    qint64 offset = -1;
    qint64 timestamp = -1; // milliseconds since the epoch
    TimestampType timestampType = TimestampType::NotAvailable;
    std::optional<QByteArray> key;
    std::optional<QByteArray> value;
    QList<Header> headers; // in record order; names may repeat

    friend bool operator==(const Message &, const Message &) = default;
};

// Kafka's names for timestamp types: "CreateTime", "LogAppendTime", "NoTimestampType".
QString timestampTypeName(TimestampType type);

// A topic-partition and an offset, e.g. for commits. For commits `offset` is the next offset to read.
struct TopicPartitionOffset
{
    QString topic;
    int partition = -1;
    qint64 offset = -1;

    friend bool operator==(const TopicPartitionOffset &, const TopicPartitionOffset &) = default;
};

} // namespace cs::kafka

Q_DECLARE_METATYPE(cs::kafka::Message)
Q_DECLARE_METATYPE(cs::kafka::TopicPartitionOffset)
