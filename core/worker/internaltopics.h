#pragma once

#include <memory>
#include <optional>

#include <QByteArray>
#include <QList>
#include <QString>

#include "kafka/clientconfig.h"
#include "kafka/message.h"
#include "worker/statejournal.h"

namespace cs::kafka {
class Admin;
class Producer;
} // namespace cs::kafka

namespace cs::worker {

// The worker's three internal topics (config, offset and status storage) as one durable store.
// open() creates the topics when they are missing (compacted; the config topic with exactly one
// partition, as upstream requires), reads each to its end and keeps the latest value per key.
// In embedded mode (a journal path is given) config and offset records are also written to a
// StateJournal, and when the in-memory broker starts empty the journal is republished into the
// fresh topics, so that a restarted worker finds what it had accepted.
//
// Owned by the herder thread; write() and post() are thread-safe (the producer and the journal
// are), so tasks may record offsets from their own threads.
class InternalTopics final
{
public:
    enum class Topic
    {
        Configs,
        Offsets,
        Status
    };

    struct Record
    {
        QByteArray key;
        std::optional<QByteArray> value; // nullopt = tombstone
    };

    struct Settings
    {
        kafka::ClientConfig client;
        QString configTopic = QStringLiteral("connect-configs");
        QString offsetTopic = QStringLiteral("connect-offsets");
        QString statusTopic = QStringLiteral("connect-status");
        int offsetPartitions = 25;
        int statusPartitions = 5;
        int replicationFactor = 1; // -1 = broker default
        QString journalPath; // empty: no journal (a real Kafka cluster keeps the topics)
    };

    InternalTopics();
    ~InternalTopics();

    // Creates, reads and (embedded) restores the topics. On failure returns false with a message
    // a person can act on (naming the topic and the broker).
    bool open(const Settings &settings, QString *error);
    void close();

    const Settings &settings() const { return m_settings; }
    QString topicName(Topic topic) const;

    // What open() found: the latest value of every key, in the order keys first appeared.
    // Tombstoned keys are left out.
    QList<Record> restored(Topic topic) const;
    // How many journal records open() republished into empty topics (0 when none or no journal).
    int republished() const { return m_republished; }

    // Durable write: returns once the broker has acknowledged the record and, with a journal,
    // once it is on disk.
    bool write(Topic topic, const QByteArray &key, const std::optional<QByteArray> &value, QString *error);
    // Queued write for status updates: delivery is not awaited.
    void post(Topic topic, const QByteArray &key, const std::optional<QByteArray> &value);
    bool flush(int timeoutMs);

    // Embedded mode: the committed offsets of sink groups (connect-<name>), kept in the journal because
    // the embedded broker forgets them. Without a journal these do nothing.
    struct SinkOffset
    {
        QString group;
        kafka::TopicPartitionOffset position;
    };
    bool recordSinkOffsets(
        const QString &group, const QList<kafka::TopicPartitionOffset> &offsets, QString *error);
    QList<SinkOffset> journaledSinkOffsets() const;

    // The Kafka cluster's id, learned while opening; empty when it gave none.
    QString kafkaClusterId() const { return m_kafkaClusterId; }

private:
    bool ensureTopics(QString *error);
    bool readToEnd(Topic topic, QString *error);
    bool republishJournal(QString *error);

    Settings m_settings;
    std::unique_ptr<kafka::Admin> m_admin; // while opening
    QString m_kafkaClusterId;
    std::unique_ptr<kafka::Producer> m_producer;
    StateJournal m_journal;
    QList<Record> m_restored[3];
    int m_republished = 0;
};

} // namespace cs::worker
