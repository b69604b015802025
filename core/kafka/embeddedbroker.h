#pragma once

#include <memory>

#include <QObject>
#include <QString>

namespace cs::kafka {

// Whether a Kafka cluster id is that of an embedded broker: librdkafka's mock cluster, of this or
// another Connect Studio process (its ids start with "mockCluster").
bool isEmbeddedClusterId(const QString &clusterId);

// The lab's Kafka: librdkafka's in-process mock cluster (rdkafka_mock.h), reachable at
// 127.0.0.1:9092 through a TCP forwarder when that port is free, otherwise at a free port that
// port()/bootstrapServers() report. Owns the mock cluster (which runs its own threads) and the
// forwarder thread. Create, start and stop it on one thread; the const getters are thread-safe.
// Topics live in memory only, and each partition keeps only about its last 5 MiB (librdkafka).
class EmbeddedBroker final : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Stopped,
        Running,
        Failed
    };
    Q_ENUM(State)

    explicit EmbeddedBroker(QObject *parent = nullptr);
    ~EmbeddedBroker() override; // stops

    // Starts the cluster and the forwarder. Returns false and sets errorString() on failure.
    bool start(quint16 preferredPort = 9092);
    void stop();

    State state() const;
    QString errorString() const;
    quint16 port() const; // the port clients should use (preferredPort or the fallback)
    bool onPreferredPort() const; // false when preferredPort was taken and a free port was used
    QString bootstrapServers() const; // "127.0.0.1:<port()>"
    // The mock cluster's own listener. Metadata answers advertise this address, so after
    // bootstrapping through port() clients talk to it directly (see docs/architecture.md).
    quint16 clusterPort() const;

    // The mock implements no CreateTopics request; this creates the topic directly in the cluster.
    // Thread-safe. Topic configs (cleanup.policy, retention.*) are not supported by the mock.
    bool createTopic(
        const QString &name, int partitions, int replicationFactor = 1, QString *error = nullptr);

    // Admin's way around the mock's missing CreateTopics: when `bootstrapServers` names a running
    // EmbeddedBroker of this process (by port() or clusterPort()), creates the topic there and sets
    // *handled. Thread-safe.
    static bool createTopicInProcess(const QString &bootstrapServers, const QString &name, int partitions,
        int replicationFactor, bool *handled, QString *error);

    // Per-partition retention of librdkafka 2.0's mock (rd_kafka_mock_partition_init): the oldest
    // record batches are dropped once a partition holds more than this many bytes of (compressed)
    // batches or more than retainedBatchesPerPartition batches.
    static constexpr qint64 retainedBytesPerPartition = 5 * 1024 * 1024;
    static constexpr int retainedBatchesPerPartition = 100000;

Q_SIGNALS:
    void stateChanged(cs::kafka::EmbeddedBroker::State state);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cs::kafka
