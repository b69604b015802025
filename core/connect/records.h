#pragma once

#include "data/schema.h"
#include "data/value.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace cs::connect {

// A Connect record header: a key and a schema'd value (org.apache.kafka.connect.header.Header).
struct RecordHeader
{
    QString key;
    data::Schema schema;
    data::Value value;
};

// What a source task hands to the runtime (SourceRecord): where it came from (partition and offset
// maps, schemaless Connect maps of primitives), where it goes and what it holds. Value type.
struct SourceRecord
{
    data::Value sourcePartition;
    data::Value sourceOffset;
    QString topic;
    std::optional<int> kafkaPartition; // nullopt: the producer's partitioner decides
    data::Schema keySchema;
    data::Value key;
    data::Schema valueSchema;
    data::Value value;
    std::optional<qint64> timestamp; // epoch ms; nullopt: the producer's time
    QList<RecordHeader> headers;
};

// What the runtime hands to a sink task (SinkRecord): a consumed Kafka record after conversion.
struct SinkRecord
{
    QString topic;
    int kafkaPartition = -1;
    qint64 kafkaOffset = -1;
    std::optional<qint64> timestamp;
    QString timestampType; // "CreateTime", "LogAppendTime", "NoTimestampType"
    data::Schema keySchema;
    data::Value key;
    data::Schema valueSchema;
    data::Value value;
    QList<RecordHeader> headers;

    // "topic-partition" as Kafka's TopicPartition prints it.
    QString topicPartition() const { return topic + u'-' + QString::number(kafkaPartition); }
};

// A topic-partition and the next offset to read, as sink tasks and commits speak of them.
struct TopicPartitionOffset
{
    QString topic;
    int partition = -1;
    qint64 offset = -1;
};

} // namespace cs::connect
