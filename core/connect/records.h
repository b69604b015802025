#pragma once

#include <optional>

#include <QList>
#include <QString>

#include "data/schema.h"
#include "data/value.h"

namespace cs::connect {

// The records that cross the task interfaces (Kafka Connect's ConnectRecord, SourceRecord,
// SinkRecord, Header and the committed positions of a sink task). Plain values: they are built on a
// task's thread and handed to the worker on the same thread.

struct RecordHeader
{
    QString key;
    data::Schema schema;
    data::Value value;
};

struct SourceRecord
{
    data::Value sourcePartition; // e.g. {"filename": "/tmp/in.txt"}; null = no offset tracking
    data::Value sourceOffset; // e.g. {"position": 42}
    QString topic;
    std::optional<int> kafkaPartition; // unset = the producer's partitioner decides
    data::Schema keySchema;
    data::Value key;
    data::Schema valueSchema;
    data::Value value;
    std::optional<qint64> timestamp; // epoch ms
    QList<RecordHeader> headers;
};

struct SinkRecord
{
    QString topic;
    int kafkaPartition = 0;
    qint64 kafkaOffset = 0;
    std::optional<qint64> timestamp;
    QString timestampType; // "CreateTime", "LogAppendTime", "NoTimestampType"
    data::Schema keySchema;
    data::Value key;
    data::Schema valueSchema;
    data::Value value;
    QList<RecordHeader> headers;
};

// A consumed position of a sink task: the next offset to read in topic/partition.
struct TopicPartitionOffset
{
    QString topic;
    int partition = 0;
    qint64 offset = 0;
};

} // namespace cs::connect
