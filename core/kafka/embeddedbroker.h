#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace cs::kafka {

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
    quint16 port() const;             // the port clients should use (preferredPort or the fallback)
    bool onPreferredPort() const;     // false when preferredPort was taken and a free port was used
    QString bootstrapServers() const; // "127.0.0.1:<port()>"

Q_SIGNALS:
    void stateChanged(cs::kafka::EmbeddedBroker::State state);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cs::kafka
