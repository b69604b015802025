#pragma once

#include <atomic>
#include <functional>
#include <map>
#include <memory>

#include <QHash>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QThread>

#include "connect/connectorconfig.h"
#include "connect/herder.h"
#include "connect/pluginregistry.h"
#include "kafka/clientconfig.h"
#include "worker/connectorrunner.h"
#include "worker/datajournal.h"
#include "worker/internalrecords.h"
#include "worker/internaltopics.h"
#include "worker/offsetstore.h"
#include "worker/topicbacklog.h"
#include "worker/workertask.h"

namespace cs::worker {

struct HerderSettings
{
    QString workerId; // "host:port" of the advertised REST URL
    std::optional<QString> kafkaClusterId;
    kafka::ClientConfig client;
    ConverterSpec keyConverter; // the worker's defaults; connectors may override them
    ConverterSpec valueConverter;
    qint64 offsetFlushIntervalMs = 60000;
    qint64 taskShutdownTimeoutMs = 5000;
    bool topicTrackingEnable = true;
    bool topicTrackingAllowReset = true;
    connect::ValidationContext validation; // the worker's group.id, for the sink group check
    DataJournal *dataJournal = nullptr; // embedded mode: what source tasks produce is kept here
    TopicBacklog *backlog = nullptr; // embedded mode: paces sources to their sinks
};

// The connector runtime of one worker: Kafka Connect's herder for a cluster of one. It owns every
// connector's configuration, target state, status and tasks, persists them in the internal topics
// in upstream's formats, and restores them at start. All of that state lives on the herder's own
// thread: REST requests are queued to it and answered through their callbacks from it. Every
// running connector instance has a thread of its own (ConnectorRunner), and so has every task.
class WorkerHerder final : public QObject,
                           public connect::Herder,
                           public TaskListener,
                           public ConnectorListener
{
    Q_OBJECT

public:
    WorkerHerder(HerderSettings settings, std::shared_ptr<const connect::PluginRegistry> plugins,
        InternalTopics &topics, QObject *parent = nullptr);
    ~WorkerHerder() override; // stop()

    // Starts the herder thread, restores the connectors found in the (open) internal topics and
    // starts them. Blocks until that is done.
    bool start(QString *error);
    // Stops every task (each flushes and commits its offsets) and connector, then the thread.
    void stop();
    bool isStarted() const { return m_started.load(); }

    // connect::Herder
    std::optional<QString> kafkaClusterId() const override { return m_settings.kafkaClusterId; }
    void health(connect::HerderCallback<connect::WorkerStatus> callback) override;
    void connectors(connect::HerderCallback<QStringList> callback) override;
    void connectorsView(connect::HerderCallback<connect::ConnectorsViewPtr> callback) override;
    void connectorInfo(
        const QString &name, connect::HerderCallback<connect::ConnectorInfo> callback) override;
    void connectorConfig(const QString &name, connect::HerderCallback<connect::ConfigMap> callback) override;
    void connectorStatus(
        const QString &name, connect::HerderCallback<connect::ConnectorStateInfo> callback) override;
    void taskStatus(
        const connect::ConnectorTaskId &id, connect::HerderCallback<connect::TaskState> callback) override;
    void taskConfigs(
        const QString &name, connect::HerderCallback<QList<connect::TaskInfo>> callback) override;
    void putConnectorConfig(const QString &name, const connect::ConfigMap &config, bool allowReplace,
        std::optional<connect::TargetState> initialState,
        connect::HerderCallback<connect::Created> callback) override;
    void patchConnectorConfig(const QString &name, const connect::ConfigMap &patch,
        connect::HerderCallback<connect::ConnectorInfo> callback) override;
    void deleteConnector(const QString &name, connect::HerderCallback<connect::Done> callback) override;
    void pauseConnector(const QString &name, connect::HerderCallback<connect::Done> callback) override;
    void resumeConnector(const QString &name, connect::HerderCallback<connect::Done> callback) override;
    void stopConnector(const QString &name, connect::HerderCallback<connect::Done> callback) override;
    void restartConnector(const connect::RestartRequest &request,
        connect::HerderCallback<std::optional<connect::ConnectorStateInfo>> callback) override;
    void restartTask(
        const connect::ConnectorTaskId &id, connect::HerderCallback<connect::Done> callback) override;
    void connectorActiveTopics(const QString &name, connect::HerderCallback<QStringList> callback) override;
    void resetConnectorActiveTopics(
        const QString &name, connect::HerderCallback<connect::Done> callback) override;
    void connectorOffsets(
        const QString &name, connect::HerderCallback<QList<connect::ConnectorOffset>> callback) override;
    void alterConnectorOffsets(const QString &name, const QList<connect::ConnectorOffset> &offsets,
        connect::HerderCallback<QString> callback) override;
    void resetConnectorOffsets(const QString &name, connect::HerderCallback<QString> callback) override;
    void loggerLevels(connect::HerderCallback<QMap<QString, connect::LoggerLevel>> callback) override;
    void loggerLevel(const QString &logger, connect::HerderCallback<connect::LoggerLevel> callback) override;
    void setLoggerLevel(const QString &logger, const QString &level, bool clusterScope,
        connect::HerderCallback<QStringList> callback) override;

private:
    struct TaskSlot
    {
        std::unique_ptr<WorkerTask> runner;
        quint64 incarnation = 0; // of the current runner; older runners' reports are ignored
        QString state = QStringLiteral("UNASSIGNED");
        QString trace;
    };
    struct ConnectorSlot
    {
        connect::ConfigMap config;
        connect::TargetState target = connect::TargetState::Started;
        QList<connect::TaskConfig> taskConfigs; // committed
        connect::ConnectorType type = connect::ConnectorType::Unknown;
        // An unstarted instance for type() and createTask() on the herder thread; the running
        // instance lives on the runner's thread.
        std::unique_ptr<connect::Connector> prototype;
        std::shared_ptr<ConnectorRunner> runner;
        bool hasStatus = false;
        QString state = QStringLiteral("UNASSIGNED");
        QString trace;
        std::map<int, TaskSlot> tasks;
        QMap<QString, qint64> activeTopics; // topic → discover timestamp
        QMap<QPair<QString, int>, qint64> sinkOffsets; // last committed by the sink tasks
    };

    // TaskListener (task threads) → queued to the herder thread.
    void taskStateChanged(const connect::ConnectorTaskId &id, quint64 incarnation, const QString &state,
        const QString &trace) override;
    void taskCommitted(
        const connect::ConnectorTaskId &id, const QList<connect::TopicPartitionOffset> &offsets) override;
    void taskUsedTopic(const connect::ConnectorTaskId &id, const QString &topic) override;

    // ConnectorListener (connector threads) → queued to the herder thread.
    void connectorStarted(
        const QString &name, quint64 incarnation, const QList<connect::TaskConfig> &taskConfigs) override;
    void connectorTaskConfigs(
        const QString &name, quint64 incarnation, const QList<connect::TaskConfig> &taskConfigs) override;
    void connectorFailed(const QString &name, quint64 incarnation, const QString &trace) override;

    // Everything below runs on the herder thread.
    // Queues work that may change what connectorsView() shows; postRead() queues work that does not.
    void post(std::function<void()> work);
    void postRead(std::function<void()> work);
    // The slot of `name` if its current runner is `incarnation` (reports of older runs are stale).
    ConnectorSlot *current(const QString &name, quint64 incarnation);
    bool restore(QString *error);
    void shutdownAll();
    ConnectorSlot *find(const QString &name);
    connect::ConnectorInfo info(const QString &name, const ConnectorSlot &slot) const;
    connect::ConnectorStateInfo stateInfo(const QString &name, const ConnectorSlot &slot) const;

    bool writeConfig(const QByteArray &key, const std::optional<QByteArray> &value, QString *error);
    void setConnectorState(
        const QString &name, ConnectorSlot &slot, const QString &state, const QString &trace = {});
    void setTaskState(
        const connect::ConnectorTaskId &id, TaskSlot &task, const QString &state, const QString &trace = {});
    void destroyStatus(const QString &name, ConnectorSlot &slot);

    void startConnector(const QString &name);
    // Runs a new instance of the connector on its own thread (ConnectorRunner).
    void runConnectorInstance(const QString &name, ConnectorSlot &slot);
    void stopConnectorInstance(const QString &name, ConnectorSlot &slot);
    // Checks and decorates the connector's task configs and writes them when they changed. Sets
    // *changed when they did.
    bool reconfigureTasks(const QString &name, ConnectorSlot &slot, QList<connect::TaskConfig> configs,
        bool *changed, QString *error);
    void startTasks(const QString &name, ConnectorSlot &slot);
    void startTask(const QString &name, ConnectorSlot &slot, int index);
    void stopTasks(const QString &name, ConnectorSlot &slot, bool destroyStatuses);
    ConverterSpec converterFor(const ConnectorSlot &slot, bool isKey) const;
    void setTargetState(const QString &name, connect::TargetState target,
        const connect::HerderCallback<connect::Done> &callback);
    // Why offsets of `name` may not be altered or reset now (upstream's STOPPED rule), if so.
    std::optional<connect::ConnectError> offsetsChangeRefused(const QString &name);
    // Alters (offsets given) or resets (null) the consumer-group offsets of a sink connector.
    std::optional<connect::ConnectError> changeSinkOffsets(
        const QString &name, ConnectorSlot &slot, const QList<connect::ConnectorOffset> *offsets);
    // Keeps a sink group's committed offsets in the embedded mode's journal.
    void recordSinkOffsets(const QString &connector, const QList<kafka::TopicPartitionOffset> &offsets);

    HerderSettings m_settings;
    std::shared_ptr<const connect::PluginRegistry> m_plugins;
    InternalTopics &m_topics;
    OffsetStore m_offsets;
    InternalRecords m_codec; // herder thread only
    std::map<QString, ConnectorSlot> m_connectors; // herder thread only; sorted by name
    quint64 m_incarnations = 0; // herder thread only
    quint64 m_generation = 1; // herder thread only; bumped by every post()
    connect::ConnectorsViewPtr m_view; // herder thread only; rebuilt when m_generation moved on
    QThread m_thread;
    std::atomic<bool> m_started { false };
};

} // namespace cs::worker
