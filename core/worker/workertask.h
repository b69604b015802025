#pragma once

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

#include <QString>
#include <QStringList>

#include "connect/connector.h"
#include "connect/herder.h"
#include "connect/records.h"
#include "converters/converter.h"
#include "kafka/clientconfig.h"

namespace cs::kafka {
class Consumer;
}

namespace cs::worker {

class DataJournal;
class OffsetStore;
class TopicBacklog;

// Where task threads report. Implemented by the herder; called from task threads.
class TaskListener
{
public:
    virtual ~TaskListener() = default;
    // state: RUNNING, PAUSED, FAILED (with a trace), UNASSIGNED (stopped).
    virtual void taskStateChanged(
        const connect::ConnectorTaskId &id, quint64 incarnation, const QString &state, const QString &trace)
        = 0;
    // A topic this task produced to or consumed from for the first time (topic tracking).
    virtual void taskUsedTopic(const connect::ConnectorTaskId &id, const QString &topic) = 0;
    // A sink task committed these consumer offsets (the next offsets to read).
    virtual void taskCommitted(
        const connect::ConnectorTaskId &id, const QList<connect::TopicPartitionOffset> &offsets)
        = 0;
};

struct ConverterSpec
{
    QString className;
    converters::ConverterConfig config;
};

struct TaskSettings
{
    connect::ConnectorTaskId id;
    int taskCount = 1; // of the connector: sink tasks split the partitions by it on the embedded broker
    quint64 incarnation = 0; // tells this runner's reports from those of an earlier one
    connect::TaskConfig config;
    ConverterSpec keyConverter;
    ConverterSpec valueConverter;
    kafka::ClientConfig client;
    qint64 offsetFlushIntervalMs = 60000;
    qint64 shutdownTimeoutMs = 5000;
    // Embedded mode: source tasks append what the broker acknowledged and sync it before committing
    // source offsets; sink tasks sync it before committing consumer offsets. Null otherwise.
    DataJournal *dataJournal = nullptr;
    // Embedded mode: sources wait while a running sink is far behind on their topics. Null otherwise.
    TopicBacklog *backlog = nullptr;
};

// "org.apache.kafka.connect.errors.ConnectException: <message>" plus "Caused by: ..." lines: the
// shape of the Java traces that Connect's status API shows.
QString connectTrace(const QString &message, const QString &cause = {},
    const QString &exceptionClass = QStringLiteral("org.apache.kafka.connect.errors.ConnectException"));

// One task of a connector, running on its own thread (a worker is a process, a task a thread).
// The herder creates, pauses, resumes and stops it from the herder thread; the task's plugin
// object, converters and Kafka clients are used only on the task thread.
class WorkerTask
{
public:
    WorkerTask(TaskSettings settings, std::unique_ptr<connect::Task> task, TaskListener *listener);
    virtual ~WorkerTask();
    WorkerTask(const WorkerTask &) = delete;
    WorkerTask &operator=(const WorkerTask &) = delete;

    const connect::ConnectorTaskId &id() const { return m_settings.id; }
    void start(bool paused);
    void pause();
    void resume();
    // Asks the task to stop, waits up to task.shutdown.graceful.timeout.ms for it to flush and end,
    // and returns whether it did. A task that did not finish in time is still joined later.
    bool stop();

protected:
    virtual void execute() = 0; // the task thread's body
    // Asks the thread to stop and joins it; idempotent. Derived destructors call it first.
    void join();

    bool stopping() const { return m_stopping.load(std::memory_order_acquire); }
    // Blocks while paused (reporting PAUSED/RUNNING); returns false when the task must stop.
    bool awaitRunning();
    void sleepFor(qint64 ms);
    void report(const QString &state, const QString &trace = {});
    void fail(const QString &trace);
    bool makeConverters(QString *error);

    TaskSettings m_settings;
    std::unique_ptr<connect::Task> m_task;
    TaskListener *m_listener;
    std::unique_ptr<converters::Converter> m_keyConverter;
    std::unique_ptr<converters::Converter> m_valueConverter;

private:
    void run();

    std::thread m_thread;
    std::atomic<bool> m_stopping { false };
    std::atomic<bool> m_finished { false };
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_paused = false; // guarded by m_mutex
};

// A source task: poll → convert → produce; offsets of delivered records are committed to the
// offset store every offset.flush.interval.ms and when the task stops.
class WorkerSourceTask final : public WorkerTask
{
public:
    WorkerSourceTask(TaskSettings settings, std::unique_ptr<connect::Task> task, TaskListener *listener,
        OffsetStore &offsets);
    ~WorkerSourceTask() override;

protected:
    void execute() override;

private:
    class Context;
    bool commitOffsets(QString *error);

    OffsetStore &m_offsets;
};

// A sink task: consume as group connect-<connector> → convert → put; every
// offset.flush.interval.ms (and at stop) the task flushes and only then are the consumed offsets
// committed, so nothing is committed that was not written.
class WorkerSinkTask final : public WorkerTask
{
public:
    // `topics` (a list) or `topicsRegex` (a Java pattern the whole topic name must match).
    WorkerSinkTask(TaskSettings settings, std::unique_ptr<connect::Task> task, TaskListener *listener,
        QStringList topics, QString topicsRegex);
    ~WorkerSinkTask() override;

protected:
    void execute() override;

private:
    bool readFromEmbeddedBroker(kafka::Consumer &consumer, const QString &group);

    QStringList m_topics;
    QString m_topicsRegex;
};

} // namespace cs::worker
