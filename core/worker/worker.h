#pragma once

#include <memory>

#include <QLockFile>
#include <QObject>
#include <QString>
#include <QUrl>

#include "config/workerconfig.h"
#include "kafka/clientconfig.h"
#include "worker/datajournal.h"

namespace cs::kafka {
class EmbeddedBroker;
}
namespace cs::rest {
class RestServer;
}

namespace cs::worker {

class TopicBacklog;
class InternalTopics;
class WorkerHerder;

// One Kafka Connect worker, as connect-distributed.sh starts it: the REST API, the herder with
// its connectors and tasks, the internal topics and, with embeddedKafka, the in-process broker.
// Create, start and stop it on one thread (the main thread of connect-studio-worker, or the
// studio's lab thread); it runs its own threads (REST, herder, tasks, Kafka clients).
class Worker final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        config::WorkerConfig config;
        bool embeddedKafka = false; // start the embedded broker and use it
        quint16 embeddedKafkaPort = 9092; // where it should listen (a free port if taken)
        // Embedded mode keeps configs and source offsets here, per group.id.
        QString stateDirectory;
        int kafkaTimeoutMs = 10000;
        // Embedded mode: the data file is compacted to what the broker still retains once it is larger
        // than this and grew by half since the last compaction; -1 never compacts.
        qint64 dataCompactionBytes = DataJournal::defaultCompactionBytes;
    };

    explicit Worker(Options options, QObject *parent = nullptr);
    ~Worker() override; // stop()

    // Starts everything; on failure stops what was started and returns false with one message a
    // person can act on (a port in use names the process holding it).
    bool start(QString *error);
    // Stops gracefully: tasks stop and flush their offsets, then the REST API and the broker.
    void stop();

    QUrl restUrl() const;
    QString bootstrapServers() const;
    QString workerId() const;
    QString journalPath() const;

    // The default folder for embedded-mode state: $XDG_DATA_HOME/connect-studio/worker.
    static QString defaultStateDirectory();

private:
    bool lockGroup(const QString &bootstrap, QString *error);
    // Embedded mode: replays the data journal into the fresh broker and commits the sink groups'
    // journaled offsets, before any task starts.
    bool restoreData(const kafka::ClientConfig &client, QString *error);
    // The retention the data journal compacts to (runs on the journal's compaction thread).
    DataJournal::Retention retention(const kafka::ClientConfig &client) const;

    Options m_options;
    std::unique_ptr<kafka::EmbeddedBroker> m_broker;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<InternalTopics> m_topics;
    std::unique_ptr<DataJournal> m_data;
    std::unique_ptr<TopicBacklog> m_backlog;
    std::shared_ptr<WorkerHerder> m_herder;
    std::unique_ptr<rest::RestServer> m_rest;
    QString m_bootstrap;
    QString m_workerId;
    QString m_journalPath;
};

} // namespace cs::worker
