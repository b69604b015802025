#pragma once

#include <memory>
#include <optional>

#include <QList>
#include <QObject>
#include <QPair>
#include <QStringList>

#include "kafka/clientconfig.h"

namespace cs::kafka {

struct PartitionInfo
{
    int id = -1;
    int leader = -1;
    qint64 low = -1; // log-start offset (first retained), -1 when not asked or unknown
    qint64 high = -1; // end offset (next offset to be written)
};

struct TopicInfo
{
    QString name;
    QList<PartitionInfo> partitions; // sorted by id
    bool internal = false; // "__consumer_offsets" and the like
    QString error; // per-topic metadata error, empty when fine
};

struct NewTopic
{
    QString name;
    int partitions = 1;
    int replicationFactor = 1;
    QList<QPair<QString, QString>> configs; // e.g. {"cleanup.policy", "compact"}
};

// Cluster administration. Owns a librdkafka handle and one thread for the asynchronous requests.
// The blocking calls may be used from any thread except the GUI thread (each waits at most
// config.timeoutMs per request); the request*() calls run on the Admin's own thread and answer
// through signals.
// On the embedded broker (librdkafka's mock, which has no CreateTopics request) createTopics() creates
// the topics directly in the mock cluster when it runs in this process, and through Metadata
// auto-creation (4 partitions) when it runs in another one; topic configs are ignored there.
class Admin final : public QObject
{
    Q_OBJECT

public:
    explicit Admin(const ClientConfig &config, QObject *parent = nullptr);
    ~Admin() override;

    // Creates the client and waits up to config.timeoutMs for the cluster to answer.
    bool open();
    QString errorString() const;
    // True when the cluster is librdkafka's mock (an embedded broker). Valid after open().
    bool isEmbedded() const;
    // The cluster's id (what Connect's GET / reports as kafka_cluster_id); empty when the cluster
    // gave none. Valid after open().
    QString clusterId() const;

    // Blocking calls. On failure they return nullopt/false with *error.
    std::optional<QList<TopicInfo>> listTopics(bool withWatermarks, QString *error = nullptr);
    std::optional<TopicInfo> describeTopic(
        const QString &topic, bool withWatermarks, QString *error = nullptr);
    bool watermarks(const QString &topic, int partition, qint64 *low, qint64 *high, QString *error = nullptr);
    // Creates the topics; existing ones are an error unless ignoreExisting. *warnings collects
    // what the target broker could not honour (e.g. configs on the embedded broker).
    bool createTopics(const QList<NewTopic> &topics, bool ignoreExisting = false, QString *error = nullptr,
        QStringList *warnings = nullptr);

    // Asynchronous variants, run on the Admin's thread.
    void requestTopics(bool withWatermarks);
    void requestCreateTopics(const QList<cs::kafka::NewTopic> &topics, bool ignoreExisting);

Q_SIGNALS:
    void topicsListed(const QList<cs::kafka::TopicInfo> &topics, const QString &error);
    void topicsCreated(const QStringList &names, const QStringList &warnings, const QString &error);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cs::kafka

Q_DECLARE_METATYPE(cs::kafka::TopicInfo)
Q_DECLARE_METATYPE(cs::kafka::NewTopic)
