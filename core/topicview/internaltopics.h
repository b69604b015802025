#pragma once

#include <memory>

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

#include "kafka/message.h"

namespace cs::worker {
class InternalRecords;
}

namespace cs::topicview {

// Which internal topic a topic is, judged by its name.
enum class TopicKind
{
    Data, // an ordinary topic
    ConnectConfigs, // a Connect worker's config.storage.topic
    ConnectOffsets, // offset.storage.topic
    ConnectStatus, // status.storage.topic
    KafkaInternal // "__consumer_offsets", "__transaction_state", ...
};

// connect-configs / connect-offsets / connect-status (the sample properties' names) and any name that
// ends like them ("my-connect-configs", "docker-connect-offsets"); "__" names are Kafka's own.
TopicKind topicKindOf(const QString &topic);
inline bool isInternalTopic(TopicKind kind)
{
    return kind != TopicKind::Data;
}

// What one record of a Connect internal topic means.
struct RecordMeaning
{
    QString summary; // one line, e.g. "Source offset of h2-source-connect, table ORDER_TABLE: incrementing=1"
    QList<QPair<QString, QString>> details; // label → value; config properties with secrets hidden
    QString trace; // a FAILED status's stack trace
    bool malformed = false; // the record does not have upstream's format (summary says why)
};

// Reads connect-configs, connect-offsets and connect-status records the way the worker does
// (worker::InternalRecords) and says what they mean. Config values are shown with secrets hidden.
// Owns a JsonConverter: one instance per thread.
class InternalRecordDecoder final
{
    Q_DECLARE_TR_FUNCTIONS(cs::topicview::InternalRecordDecoder)

public:
    InternalRecordDecoder();
    ~InternalRecordDecoder();
    InternalRecordDecoder(const InternalRecordDecoder &) = delete;
    InternalRecordDecoder &operator=(const InternalRecordDecoder &) = delete;

    RecordMeaning describe(TopicKind kind, const kafka::Message &message);

    // A config-topic value with the values of secret keys (util::isSecretConfigKey) replaced by
    // "[hidden]"; other bytes unchanged. The viewer keeps only this form of connect-configs records.
    static QByteArray maskConfigSecrets(const QByteArray &value);

private:
    RecordMeaning describeConfig(const kafka::Message &message);
    RecordMeaning describeOffset(const kafka::Message &message);
    RecordMeaning describeStatus(const kafka::Message &message);

    std::unique_ptr<worker::InternalRecords> m_records;
};

} // namespace cs::topicview
