#include "worker/workerherder.h"

#include <climits>

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSemaphore>

#include "connect/configinfos.h"
#include "connect/connectorconfig.h"
#include "util/log.h"
#include "worker/groupoffsets.h"

namespace cs::worker {

using connect::ConfigMap;
using connect::ConnectError;
using connect::ConnectorTaskId;
using connect::TargetState;
template<typename T> using Result = connect::HerderResult<T>;

Q_LOGGING_CATEGORY(lcHerder, "org.apache.kafka.connect.runtime.distributed.DistributedHerder")

namespace {

QString alteredMessage()
{
    return QStringLiteral("The Connect framework-managed offsets for this connector have been altered "
                          "successfully. However, if this connector manages offsets externally, they will "
                          "need to be manually altered in the system that the connector uses.");
}

QString resetMessage()
{
    return QStringLiteral("The Connect framework-managed offsets for this connector have been reset "
                          "successfully. However, if this connector manages offsets externally, they will "
                          "need to be manually reset in the system that the connector uses.");
}

QString running()
{
    return QStringLiteral("RUNNING");
}

ConnectError notFound(const QString &name)
{
    return ConnectError::notFound(QStringLiteral("Connector %1 not found").arg(name));
}

ConnectError unknownConnector(const QString &name)
{
    return ConnectError::notFound(QStringLiteral("Unknown connector %1").arg(name));
}

// JSON object of a schemaless Connect map (offset partitions and offsets).
QJsonObject toJsonObject(const data::Value &value, InternalRecords &codec)
{
    if (value.kind() != data::Value::Kind::Map)
        return {};
    const auto bytes = codec.offsetValue(value);
    if (!bytes.ok() || !bytes->has_value())
        return {};
    return QJsonDocument::fromJson(**bytes).object();
}

data::Value fromJsonObject(const QJsonObject &object, InternalRecords &codec)
{
    auto parsed = codec.decodeJson(QJsonDocument(object).toJson(QJsonDocument::Compact));
    return parsed.ok() ? std::move(parsed).value() : data::Value();
}

} // namespace

WorkerHerder::WorkerHerder(HerderSettings settings, std::shared_ptr<const connect::PluginRegistry> plugins,
    InternalTopics &topics, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_plugins(std::move(plugins))
    , m_topics(topics)
    , m_offsets(topics)
{
    m_thread.setObjectName(QStringLiteral("herder"));
}

WorkerHerder::~WorkerHerder()
{
    stop();
}

void WorkerHerder::post(std::function<void()> work)
{
    QMetaObject::invokeMethod(
        this,
        [this, work = std::move(work)] {
            ++m_generation;
            work();
        },
        Qt::QueuedConnection);
}

void WorkerHerder::postRead(std::function<void()> work)
{
    QMetaObject::invokeMethod(this, std::move(work), Qt::QueuedConnection);
}

WorkerHerder::ConnectorSlot *WorkerHerder::current(const QString &name, quint64 incarnation)
{
    ConnectorSlot *slot = find(name);
    return slot && slot->runner && slot->runner->incarnation() == incarnation ? slot : nullptr;
}

bool WorkerHerder::start(QString *error)
{
    m_thread.start();
    moveToThread(&m_thread);
    bool ok = false;
    QMetaObject::invokeMethod(
        this, [&] { ok = restore(error); }, Qt::BlockingQueuedConnection);
    m_started.store(ok);
    return ok;
}

void WorkerHerder::stop()
{
    if (!m_thread.isRunning())
        return;
    m_started.store(false);
    QMetaObject::invokeMethod(
        this, [this] { shutdownAll(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

bool WorkerHerder::restore(QString *error)
{
    Q_UNUSED(error);
    m_offsets.load();
    // Replay the config topic as upstream's KafkaConfigBackingStore does: task configs are staged
    // and become visible only with their commit record.
    QMap<QString, QMap<int, connect::TaskConfig>> staged;
    for (const InternalTopics::Record &record : m_topics.restored(InternalTopics::Topic::Configs)) {
        const auto decoded = m_codec.decodeConfig(
            record.key, record.value ? std::optional<QByteArrayView>(*record.value) : std::nullopt);
        if (!decoded.ok()) {
            qCWarning(lcHerder).noquote() << decoded.error().toString();
            continue;
        }
        const ConfigRecord &r = *decoded;
        switch (r.kind) {
        case ConfigRecord::Kind::ConnectorConfig:
            if (r.tombstone)
                m_connectors.erase(r.connector);
            else
                m_connectors[r.connector].config = r.config;
            break;
        case ConfigRecord::Kind::TargetState:
            if (!r.tombstone)
                m_connectors[r.connector].target = r.targetState;
            break;
        case ConfigRecord::Kind::TaskConfig:
            if (!r.tombstone)
                staged[r.connector].insert(r.task, r.taskConfig);
            break;
        case ConfigRecord::Kind::Commit: {
            QList<connect::TaskConfig> committed;
            const QMap<int, connect::TaskConfig> tasks = staged.take(r.connector);
            for (int i = 0; i < r.taskCount; ++i)
                committed.append(tasks.value(i));
            if (const auto it = m_connectors.find(r.connector); it != m_connectors.end())
                it->second.taskConfigs = committed;
            break;
        }
        case ConfigRecord::Kind::Other:
            break;
        }
    }
    // Target-state records of deleted connectors may remain; a config is what makes a connector.
    std::erase_if(m_connectors, [](const auto &entry) { return entry.second.config.isEmpty(); });
    for (const InternalTopics::Record &record : m_topics.restored(InternalTopics::Topic::Status)) {
        const auto decoded = m_codec.decodeStatus(record.key, std::optional<QByteArrayView>(*record.value));
        if (decoded.ok() && decoded->kind == StatusRecord::Kind::Topic) {
            if (ConnectorSlot *slot = find(decoded->connector))
                slot->activeTopics.insert(decoded->topic, decoded->discoverTimestamp);
        }
    }
    // Sink groups' offsets as the embedded mode's journal kept them (the broker holds them too).
    const QString groupPrefix = QStringLiteral("connect-");
    for (const InternalTopics::SinkOffset &o : m_topics.journaledSinkOffsets()) {
        if (ConnectorSlot *slot
            = o.group.startsWith(groupPrefix) ? find(o.group.mid(groupPrefix.size())) : nullptr)
            slot->sinkOffsets.insert({ o.position.topic, o.position.partition }, o.position.offset);
    }
    qCInfo(lcHerder).noquote()
        << QStringLiteral("Restored %1 connector(s) from the config topic").arg(m_connectors.size());
    for (auto &[name, slot] : m_connectors)
        startConnector(name);
    return true;
}

void WorkerHerder::shutdownAll()
{
    for (auto &[name, slot] : m_connectors) {
        stopTasks(name, slot, false);
        stopConnectorInstance(name, slot);
        if (slot.hasStatus)
            setConnectorState(name, slot, QStringLiteral("UNASSIGNED"));
    }
    m_topics.flush(int(m_settings.client.timeoutMs));
}

WorkerHerder::ConnectorSlot *WorkerHerder::find(const QString &name)
{
    const auto it = m_connectors.find(name);
    return it == m_connectors.end() ? nullptr : &it->second;
}

connect::ConnectorInfo WorkerHerder::info(const QString &name, const ConnectorSlot &slot) const
{
    connect::ConnectorInfo info;
    info.name = name;
    info.config = slot.config;
    info.type = slot.type;
    for (int i = 0; i < slot.taskConfigs.size(); ++i)
        info.tasks.append({ name, i });
    return info;
}

connect::ConnectorStateInfo WorkerHerder::stateInfo(const QString &name, const ConnectorSlot &slot) const
{
    connect::ConnectorStateInfo s;
    s.name = name;
    s.state = slot.state;
    s.trace = slot.trace;
    s.workerId = m_settings.workerId;
    s.type = slot.type;
    for (const auto &[index, task] : slot.tasks)
        s.tasks.append({ index, task.state, m_settings.workerId, task.trace });
    return s;
}

bool WorkerHerder::writeConfig(const QByteArray &key, const std::optional<QByteArray> &value, QString *error)
{
    return m_topics.write(InternalTopics::Topic::Configs, key, value, error);
}

void WorkerHerder::setConnectorState(
    const QString &name, ConnectorSlot &slot, const QString &state, const QString &trace)
{
    slot.hasStatus = true;
    slot.state = state;
    slot.trace = trace;
    m_topics.post(InternalTopics::Topic::Status, InternalRecords::connectorStatusKey(name),
        m_codec.statusValue(state, trace, m_settings.workerId, 0));
}

void WorkerHerder::setTaskState(
    const ConnectorTaskId &id, TaskSlot &task, const QString &state, const QString &trace)
{
    task.state = state;
    task.trace = trace;
    m_topics.post(InternalTopics::Topic::Status, InternalRecords::taskStatusKey(id.connector, id.task),
        m_codec.statusValue(state, trace, m_settings.workerId, 0));
}

void WorkerHerder::destroyStatus(const QString &name, ConnectorSlot &slot)
{
    // DESTROYED is written as a tombstone.
    m_topics.post(InternalTopics::Topic::Status, InternalRecords::connectorStatusKey(name), std::nullopt);
    for (const auto &[index, task] : slot.tasks)
        m_topics.post(
            InternalTopics::Topic::Status, InternalRecords::taskStatusKey(name, index), std::nullopt);
    for (auto it = slot.activeTopics.cbegin(); it != slot.activeTopics.cend(); ++it)
        m_topics.post(
            InternalTopics::Topic::Status, InternalRecords::topicStatusKey(it.key(), name), std::nullopt);
    slot.hasStatus = false;
}

// ---- the connector lifecycle ------------------------------------------------------------------

ConverterSpec WorkerHerder::converterFor(const ConnectorSlot &slot, bool isKey) const
{
    const QString key = isKey ? QStringLiteral("key.converter") : QStringLiteral("value.converter");
    const std::optional<QString> cls = slot.config.value(key);
    if (!cls || cls->isEmpty())
        return isKey ? m_settings.keyConverter : m_settings.valueConverter;
    ConverterSpec spec { *cls, {} };
    const QString prefix = key + u'.';
    for (const auto &[k, v] : slot.config.entries()) {
        if (k.startsWith(prefix) && v)
            spec.config.insert(k.mid(prefix.size()), *v);
    }
    return spec;
}

void WorkerHerder::startConnector(const QString &name)
{
    ConnectorSlot *slot = find(name);
    if (!slot)
        return;
    ConnectError error;
    const QString cls = slot->config.value(QStringLiteral("connector.class"), QString());
    slot->prototype = m_plugins->newConnector(cls, &error);
    if (!slot->prototype) {
        setConnectorState(name, *slot, QStringLiteral("FAILED"), connectTrace(error.message));
        return;
    }
    slot->type = slot->prototype->type();
    if (slot->target == TargetState::Stopped) {
        setConnectorState(name, *slot, QStringLiteral("STOPPED"));
        return;
    }
    if (slot->target == TargetState::Paused && !slot->taskConfigs.isEmpty()) {
        // Upstream's WorkerConnector never starts a connector whose target is PAUSED; its tasks are
        // created from the stored task configs, paused.
        setConnectorState(name, *slot, QStringLiteral("PAUSED"));
        for (int i = 0; i < slot->taskConfigs.size(); ++i) {
            const auto it = slot->tasks.find(i);
            if (it == slot->tasks.end() || !it->second.runner)
                startTask(name, *slot, i);
        }
        return;
    }
    runConnectorInstance(name, *slot);
}

void WorkerHerder::runConnectorInstance(const QString &name, ConnectorSlot &slot)
{
    const QString cls = slot.config.value(QStringLiteral("connector.class"), QString());
    qCInfo(lcHerder).noquote() << QStringLiteral("Starting connector %1").arg(name);
    bool ok = false;
    const int maxTasks = slot.config.value(QStringLiteral("tasks.max"), QStringLiteral("1")).toInt(&ok);
    // start() and taskConfigs() run on the connector's own thread; connectorStarted() continues.
    slot.runner = std::make_shared<ConnectorRunner>(
        name, ++m_incarnations, m_plugins->newConnector(cls), slot.config.toMap(), ok ? maxTasks : 1, this);
    slot.runner->start();
}

void WorkerHerder::stopConnectorInstance(const QString &name, ConnectorSlot &slot)
{
    if (!slot.runner)
        return;
    qCInfo(lcHerder).noquote() << QStringLiteral("Stopping connector %1").arg(name);
    if (!slot.runner->stop(m_settings.taskShutdownTimeoutMs))
        qCWarning(lcHerder).noquote()
            << QStringLiteral("Connector %1 did not stop within %2 ms; it is left to finish on its own.")
                   .arg(name)
                   .arg(m_settings.taskShutdownTimeoutMs);
    slot.runner.reset();
}

bool WorkerHerder::reconfigureTasks(const QString &name, ConnectorSlot &slot,
    QList<connect::TaskConfig> configs, bool *changed, QString *error)
{
    *changed = false;
    bool ok = false;
    const int maxTasks = slot.config.value(QStringLiteral("tasks.max"), QStringLiteral("1")).toInt(&ok);
    const bool enforce
        = slot.config.value(QStringLiteral("tasks.max.enforce"), QStringLiteral("true")) != u"false";
    if (enforce && configs.size() > (ok ? maxTasks : 1)) {
        *error = QStringLiteral(
            "The connector %1 has generated %2 tasks, which is greater than %3, the maximum number of "
            "tasks it is configured to create. This behaviour should be considered a bug and is no "
            "longer supported. You can either modify the connector's config or use the "
            "'tasks.max.enforce' config to disable this check.")
                     .arg(name)
                     .arg(configs.size())
                     .arg(maxTasks);
        return false;
    }
    if (slot.type == connect::ConnectorType::Sink) {
        for (connect::TaskConfig &task : configs) {
            for (const QString &key : { QStringLiteral("topics"), QStringLiteral("topics.regex") }) {
                if (const auto v = slot.config.value(key))
                    task.insert(key, *v);
            }
        }
    }
    if (configs == slot.taskConfigs)
        return true;
    for (int i = 0; i < configs.size(); ++i) {
        if (!writeConfig(InternalRecords::taskKey(name, i), m_codec.taskConfigValue(configs[i]), error))
            return false;
    }
    if (!writeConfig(InternalRecords::commitKey(name), m_codec.commitValue(int(configs.size())), error))
        return false;
    slot.taskConfigs = configs;
    *changed = true;
    return true;
}

void WorkerHerder::startTasks(const QString &name, ConnectorSlot &slot)
{
    for (int i = 0; i < slot.taskConfigs.size(); ++i)
        startTask(name, slot, i);
}

void WorkerHerder::startTask(const QString &name, ConnectorSlot &slot, int index)
{
    const ConnectorTaskId id { name, index };
    TaskSlot &task = slot.tasks[index];
    task.runner.reset();
    std::unique_ptr<connect::Task> plugin = slot.prototype ? slot.prototype->createTask() : nullptr;
    if (!plugin) {
        setTaskState(id, task, QStringLiteral("FAILED"),
            connectTrace(QStringLiteral("Failed to start task: %1").arg(id.toString())));
        return;
    }
    TaskSettings settings;
    settings.id = id;
    settings.taskCount = int(slot.taskConfigs.size());
    settings.incarnation = ++m_incarnations;
    task.incarnation = settings.incarnation;
    settings.config = slot.taskConfigs.value(index);
    settings.keyConverter = converterFor(slot, true);
    settings.valueConverter = converterFor(slot, false);
    settings.client = m_settings.client;
    settings.offsetFlushIntervalMs = m_settings.offsetFlushIntervalMs;
    settings.shutdownTimeoutMs = m_settings.taskShutdownTimeoutMs;
    settings.dataJournal = m_settings.dataJournal;
    settings.backlog = m_settings.backlog;
    if (slot.type == connect::ConnectorType::Sink) {
        const QStringList topics
            = slot.config.value(QStringLiteral("topics"), QString()).split(u',', Qt::SkipEmptyParts);
        QStringList trimmed;
        for (const QString &t : topics)
            trimmed.append(t.trimmed());
        task.runner = std::make_unique<WorkerSinkTask>(std::move(settings), std::move(plugin), this, trimmed,
            slot.config.value(QStringLiteral("topics.regex"), QString()).trimmed());
    } else {
        task.runner
            = std::make_unique<WorkerSourceTask>(std::move(settings), std::move(plugin), this, m_offsets);
    }
    qCInfo(lcHerder).noquote() << QStringLiteral("Starting task %1").arg(id.toString());
    task.runner->start(slot.target == TargetState::Paused);
}

void WorkerHerder::stopTasks(const QString &name, ConnectorSlot &slot, bool destroyStatuses)
{
    // Ask all first, then wait: tasks flush in parallel.
    for (auto &[index, task] : slot.tasks) {
        if (task.runner && !task.runner->stop())
            qCWarning(lcHerder).noquote()
                << QStringLiteral("Graceful stop of task %1-%2 failed.").arg(name).arg(index);
    }
    for (auto &[index, task] : slot.tasks) {
        task.runner.reset(); // joins
        if (destroyStatuses)
            m_topics.post(
                InternalTopics::Topic::Status, InternalRecords::taskStatusKey(name, index), std::nullopt);
        else
            setTaskState({ name, index }, task, QStringLiteral("UNASSIGNED"));
    }
    if (destroyStatuses)
        slot.tasks.clear();
}

// ---- task reports -------------------------------------------------------------------------------

void WorkerHerder::taskStateChanged(
    const ConnectorTaskId &id, quint64 incarnation, const QString &state, const QString &trace)
{
    post([this, id, incarnation, state, trace] {
        // Reports of a runner that has since been stopped or replaced are stale.
        ConnectorSlot *slot = find(id.connector);
        if (!slot)
            return;
        const auto it = slot->tasks.find(id.task);
        if (it == slot->tasks.end() || !it->second.runner || it->second.incarnation != incarnation)
            return;
        setTaskState(id, it->second, state, trace);
    });
}

void WorkerHerder::taskCommitted(
    const ConnectorTaskId &id, const QList<connect::TopicPartitionOffset> &offsets)
{
    post([this, id, offsets] {
        if (ConnectorSlot *slot = find(id.connector)) {
            QList<kafka::TopicPartitionOffset> positions;
            for (const connect::TopicPartitionOffset &o : offsets) {
                slot->sinkOffsets.insert({ o.topic, o.partition }, o.offset);
                positions.append({ o.topic, o.partition, o.offset });
            }
            recordSinkOffsets(id.connector, positions);
        }
    });
}

void WorkerHerder::recordSinkOffsets(
    const QString &connector, const QList<kafka::TopicPartitionOffset> &offsets)
{
    QString error;
    if (!m_topics.recordSinkOffsets(QStringLiteral("connect-") + connector, offsets, &error))
        qCWarning(lcHerder).noquote() << error;
}

void WorkerHerder::taskUsedTopic(const ConnectorTaskId &id, const QString &topic)
{
    post([this, id, topic] {
        ConnectorSlot *slot = find(id.connector);
        if (!m_settings.topicTrackingEnable || !slot || slot->activeTopics.contains(topic))
            return;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        slot->activeTopics.insert(topic, now);
        m_topics.post(InternalTopics::Topic::Status, InternalRecords::topicStatusKey(topic, id.connector),
            m_codec.topicStatusValue(topic, id.connector, id.task, now));
    });
}

// ---- connector reports ---------------------------------------------------------------------------

void WorkerHerder::connectorStarted(
    const QString &name, quint64 incarnation, const QList<connect::TaskConfig> &taskConfigs)
{
    post([this, name, incarnation, taskConfigs] {
        ConnectorSlot *slot = current(name, incarnation);
        if (!slot)
            return;
        setConnectorState(
            name, *slot, slot->target == TargetState::Paused ? QStringLiteral("PAUSED") : running());
        bool changed = false;
        QString error;
        if (!reconfigureTasks(name, *slot, taskConfigs, &changed, &error)) {
            setConnectorState(name, *slot, QStringLiteral("FAILED"), connectTrace(error));
            return;
        }
        if (changed)
            stopTasks(name, *slot, true);
        // Tasks that run already (a connector-only restart) keep running; failed ones stay failed.
        for (int i = 0; i < slot->taskConfigs.size(); ++i) {
            const auto it = slot->tasks.find(i);
            if (it == slot->tasks.end() || !it->second.runner)
                startTask(name, *slot, i);
        }
        // A connector created PAUSED ran only to produce its first task configs (its tasks are
        // created paused); a paused connector's instance does not keep running.
        if (slot->target == TargetState::Paused)
            stopConnectorInstance(name, *slot);
    });
}

void WorkerHerder::connectorTaskConfigs(
    const QString &name, quint64 incarnation, const QList<connect::TaskConfig> &taskConfigs)
{
    post([this, name, incarnation, taskConfigs] {
        ConnectorSlot *slot = current(name, incarnation);
        if (!slot)
            return;
        bool changed = false;
        QString error;
        if (!reconfigureTasks(name, *slot, taskConfigs, &changed, &error)) {
            setConnectorState(name, *slot, QStringLiteral("FAILED"), connectTrace(error));
            return;
        }
        if (!changed)
            return;
        qCInfo(lcHerder).noquote()
            << QStringLiteral("Task configurations of connector %1 changed; restarting its tasks").arg(name);
        stopTasks(name, *slot, true);
        startTasks(name, *slot);
    });
}

void WorkerHerder::connectorFailed(const QString &name, quint64 incarnation, const QString &trace)
{
    post([this, name, incarnation, trace] {
        ConnectorSlot *slot = current(name, incarnation);
        if (!slot)
            return;
        setConnectorState(name, *slot, QStringLiteral("FAILED"), trace);
    });
}

// ---- REST requests --------------------------------------------------------------------------------

void WorkerHerder::health(connect::HerderCallback<connect::WorkerStatus> callback)
{
    if (!m_started.load()) {
        callback(Result<connect::WorkerStatus>::ok(
            { QStringLiteral("starting"), QStringLiteral("Worker is still starting up."), 503 }));
        return;
    }
    postRead([callback] {
        callback(Result<connect::WorkerStatus>::ok({ QStringLiteral("healthy"),
            QStringLiteral("Worker has completed startup and is ready to handle requests."), 200 }));
    });
}

void WorkerHerder::connectors(connect::HerderCallback<QStringList> callback)
{
    postRead([this, callback] {
        QStringList names;
        for (const auto &[name, slot] : m_connectors)
            names.append(name);
        callback(Result<QStringList>::ok(names));
    });
}

void WorkerHerder::connectorsView(connect::HerderCallback<connect::ConnectorsViewPtr> callback)
{
    postRead([this, callback] {
        // Built once per change, shared by every request until the next one.
        if (!m_view || m_view->generation != m_generation) {
            auto view = std::make_shared<connect::ConnectorsView>();
            view->generation = m_generation;
            view->connectors.reserve(qsizetype(m_connectors.size()));
            for (const auto &[name, slot] : m_connectors)
                view->connectors.append({ info(name, slot),
                    slot.hasStatus ? std::optional(stateInfo(name, slot)) : std::nullopt });
            m_view = std::move(view);
        }
        callback(Result<connect::ConnectorsViewPtr>::ok(m_view));
    });
}

void WorkerHerder::connectorInfo(
    const QString &name, connect::HerderCallback<connect::ConnectorInfo> callback)
{
    postRead([this, name, callback] {
        const ConnectorSlot *slot = find(name);
        callback(slot ? Result<connect::ConnectorInfo>::ok(info(name, *slot))
                      : Result<connect::ConnectorInfo>::fail(notFound(name)));
    });
}

void WorkerHerder::connectorConfig(const QString &name, connect::HerderCallback<ConfigMap> callback)
{
    postRead([this, name, callback] {
        const ConnectorSlot *slot = find(name);
        callback(slot ? Result<ConfigMap>::ok(slot->config) : Result<ConfigMap>::fail(notFound(name)));
    });
}

void WorkerHerder::connectorStatus(
    const QString &name, connect::HerderCallback<connect::ConnectorStateInfo> callback)
{
    postRead([this, name, callback] {
        const ConnectorSlot *slot = find(name);
        if (!slot || !slot->hasStatus) {
            callback(Result<connect::ConnectorStateInfo>::fail(
                ConnectError::notFound(QStringLiteral("No status found for connector %1").arg(name))));
            return;
        }
        callback(Result<connect::ConnectorStateInfo>::ok(stateInfo(name, *slot)));
    });
}

void WorkerHerder::taskStatus(const ConnectorTaskId &id, connect::HerderCallback<connect::TaskState> callback)
{
    postRead([this, id, callback] {
        const ConnectorSlot *slot = find(id.connector);
        if (!slot || !slot->tasks.contains(id.task)) {
            callback(Result<connect::TaskState>::fail(
                ConnectError::notFound(QStringLiteral("No status found for task %1").arg(id.toString()))));
            return;
        }
        const TaskSlot &task = slot->tasks.at(id.task);
        callback(Result<connect::TaskState>::ok({ id.task, task.state, m_settings.workerId, task.trace }));
    });
}

void WorkerHerder::taskConfigs(
    const QString &name, connect::HerderCallback<QList<connect::TaskInfo>> callback)
{
    postRead([this, name, callback] {
        const ConnectorSlot *slot = find(name);
        if (!slot) {
            callback(Result<QList<connect::TaskInfo>>::fail(notFound(name)));
            return;
        }
        QList<connect::TaskInfo> tasks;
        for (int i = 0; i < slot->taskConfigs.size(); ++i)
            tasks.append({ { name, i }, slot->taskConfigs[i] });
        callback(Result<QList<connect::TaskInfo>>::ok(tasks));
    });
}

void WorkerHerder::putConnectorConfig(const QString &name, const ConfigMap &config, bool allowReplace,
    std::optional<TargetState> initialState, connect::HerderCallback<connect::Created> callback)
{
    post([this, name, config, allowReplace, initialState, callback] {
        const bool exists = m_connectors.contains(name);
        if (exists && !allowReplace) {
            callback(Result<connect::Created>::fail(
                ConnectError::conflict(QStringLiteral("Connector %1 already exists").arg(name))));
            return;
        }
        const connect::ValidationResult validation
            = connect::validateConnectorConfig(*m_plugins, config, m_settings.validation);
        if (validation.error) {
            callback(Result<connect::Created>::fail(*validation.error));
            return;
        }
        if (validation.infos && validation.infos->errorCount > 0) {
            callback(Result<connect::Created>::fail(
                ConnectError::badRequest(connect::invalidConfigurationMessage(*validation.infos))));
            return;
        }
        // Upstream's write order: the optional target state first, then the configuration.
        QString error;
        if (!exists && initialState
            && !writeConfig(
                InternalRecords::targetStateKey(name), m_codec.targetStateValue(*initialState), &error)) {
            callback(Result<connect::Created>::fail(ConnectError::internal(error)));
            return;
        }
        if (!writeConfig(InternalRecords::connectorKey(name), m_codec.connectorConfigValue(config), &error)) {
            callback(Result<connect::Created>::fail(ConnectError::internal(error)));
            return;
        }
        ConnectorSlot &slot = m_connectors[name];
        if (exists) {
            stopTasks(name, slot, false);
            stopConnectorInstance(name, slot);
        } else if (initialState) {
            slot.target = *initialState;
        }
        slot.config = config;
        startConnector(name);
        callback(Result<connect::Created>::ok({ !exists, info(name, slot) }));
    });
}

void WorkerHerder::patchConnectorConfig(
    const QString &name, const ConfigMap &patch, connect::HerderCallback<connect::ConnectorInfo> callback)
{
    post([this, name, patch, callback] {
        const ConnectorSlot *slot = find(name);
        if (!slot) {
            callback(Result<connect::ConnectorInfo>::fail(notFound(name)));
            return;
        }
        ConfigMap patched = slot->config;
        for (const auto &[key, value] : patch.entries()) {
            if (value)
                patched.insert(key, value);
            else
                patched.remove(key);
        }
        putConnectorConfig(name, patched, true, std::nullopt, [callback](Result<connect::Created> result) {
            if (result.error)
                callback(Result<connect::ConnectorInfo>::fail(*result.error));
            else
                callback(Result<connect::ConnectorInfo>::ok(result.value->info));
        });
    });
}

void WorkerHerder::deleteConnector(const QString &name, connect::HerderCallback<connect::Done> callback)
{
    post([this, name, callback] {
        ConnectorSlot *slot = find(name);
        if (!slot) {
            callback(Result<connect::Done>::fail(notFound(name)));
            return;
        }
        QString error;
        if (!writeConfig(InternalRecords::connectorKey(name), std::nullopt, &error)
            || !writeConfig(InternalRecords::targetStateKey(name), std::nullopt, &error)) {
            callback(Result<connect::Done>::fail(ConnectError::internal(error)));
            return;
        }
        stopTasks(name, *slot, true);
        stopConnectorInstance(name, *slot);
        destroyStatus(name, *slot);
        m_connectors.erase(name);
        qCInfo(lcHerder).noquote() << QStringLiteral("Deleted connector %1").arg(name);
        callback(Result<connect::Done>::ok({}));
    });
}

void WorkerHerder::pauseConnector(const QString &name, connect::HerderCallback<connect::Done> callback)
{
    post([this, name, callback] { setTargetState(name, TargetState::Paused, callback); });
}

void WorkerHerder::resumeConnector(const QString &name, connect::HerderCallback<connect::Done> callback)
{
    post([this, name, callback] { setTargetState(name, TargetState::Started, callback); });
}

// PUT .../pause and .../resume: record the target state, then pause or resume the running tasks;
// a STOPPED connector is started again (its tasks paused when the target is PAUSED). As upstream's
// WorkerConnector does, pausing stops the connector instance (Connector::stop()) and resuming starts a
// new one, whose task configs replace the stored ones when they changed; a FAILED connector is left
// as it is.
void WorkerHerder::setTargetState(
    const QString &name, TargetState target, const connect::HerderCallback<connect::Done> &callback)
{
    ConnectorSlot *slot = find(name);
    if (!slot) {
        callback(Result<connect::Done>::fail(unknownConnector(name)));
        return;
    }
    QString error;
    if (!writeConfig(InternalRecords::targetStateKey(name), m_codec.targetStateValue(target), &error)) {
        callback(Result<connect::Done>::fail(ConnectError::internal(error)));
        return;
    }
    const TargetState before = slot->target;
    slot->target = target;
    if (before == TargetState::Stopped) {
        startConnector(name);
    } else {
        const bool pause = target == TargetState::Paused;
        for (auto &[index, task] : slot->tasks) {
            if (task.runner)
                pause ? task.runner->pause() : task.runner->resume();
        }
        if (slot->state != u"FAILED" && before != target) {
            setConnectorState(name, *slot, pause ? QStringLiteral("PAUSED") : running());
            if (pause)
                stopConnectorInstance(name, *slot);
            else if (!slot->runner && slot->prototype)
                runConnectorInstance(name, *slot);
        }
    }
    callback(Result<connect::Done>::ok({}));
}

void WorkerHerder::stopConnector(const QString &name, connect::HerderCallback<connect::Done> callback)
{
    post([this, name, callback] {
        ConnectorSlot *slot = find(name);
        if (!slot) {
            callback(Result<connect::Done>::fail(unknownConnector(name)));
            return;
        }
        // Upstream: remove every task (an empty task set), then the STOPPED target state.
        QString error;
        if (!writeConfig(InternalRecords::commitKey(name), m_codec.commitValue(0), &error)
            || !writeConfig(InternalRecords::targetStateKey(name),
                m_codec.targetStateValue(TargetState::Stopped), &error)) {
            callback(Result<connect::Done>::fail(ConnectError::internal(error)));
            return;
        }
        stopTasks(name, *slot, true);
        stopConnectorInstance(name, *slot);
        slot->taskConfigs.clear();
        slot->target = TargetState::Stopped;
        setConnectorState(name, *slot, QStringLiteral("STOPPED"));
        callback(Result<connect::Done>::ok({}));
    });
}

void WorkerHerder::restartConnector(const connect::RestartRequest &request,
    connect::HerderCallback<std::optional<connect::ConnectorStateInfo>> callback)
{
    post([this, request, callback] {
        const QString &name = request.connector;
        ConnectorSlot *slot = find(name);
        if (!slot) {
            callback(Result<std::optional<connect::ConnectorStateInfo>>::fail(
                ConnectError::notFound(QStringLiteral("Unknown connector: %1").arg(name))));
            return;
        }
        if (request.plain()) {
            stopTasks(name, *slot, false);
            stopConnectorInstance(name, *slot);
            startConnector(name);
            callback(Result<std::optional<connect::ConnectorStateInfo>>::ok(std::nullopt));
            return;
        }
        if (!slot->hasStatus) {
            callback(Result<std::optional<connect::ConnectorStateInfo>>::fail(
                ConnectError::notFound(QStringLiteral("Status for connector %1 not found").arg(name))));
            return;
        }
        const bool restartConnector = !request.onlyFailed || slot->state == u"FAILED";
        QList<int> restartTasks;
        for (const auto &[index, task] : slot->tasks) {
            if (request.includeTasks && (!request.onlyFailed || task.state == u"FAILED"))
                restartTasks.append(index);
        }
        if (restartConnector)
            setConnectorState(name, *slot, QStringLiteral("RESTARTING"));
        for (int task : std::as_const(restartTasks))
            setTaskState({ name, task }, slot->tasks[task], QStringLiteral("RESTARTING"));
        callback(Result<std::optional<connect::ConnectorStateInfo>>::ok(stateInfo(name, *slot)));

        // The restart itself happens after the answer, as upstream's asynchronous restart does.
        post([this, name, restartConnector, restartTasks] {
            ConnectorSlot *s = find(name);
            if (!s)
                return;
            if (restartConnector) {
                if (restartTasks.size() == qsizetype(s->tasks.size())) {
                    stopTasks(name, *s, false);
                    stopConnectorInstance(name, *s);
                    startConnector(name);
                    return;
                }
                // The connector alone: its running tasks are left alone (connectorStarted()).
                stopConnectorInstance(name, *s);
                for (int task : restartTasks) {
                    auto it = s->tasks.find(task);
                    if (it != s->tasks.end() && it->second.runner) {
                        it->second.runner->stop();
                        it->second.runner.reset();
                    }
                }
                startConnector(name);
                return;
            }
            for (int task : restartTasks) {
                auto it = s->tasks.find(task);
                if (it != s->tasks.end() && it->second.runner) {
                    it->second.runner->stop();
                    it->second.runner.reset();
                }
                startTask(name, *s, task);
            }
        });
    });
}

void WorkerHerder::restartTask(const ConnectorTaskId &id, connect::HerderCallback<connect::Done> callback)
{
    post([this, id, callback] {
        ConnectorSlot *slot = find(id.connector);
        if (!slot) {
            callback(Result<connect::Done>::fail(
                ConnectError::notFound(QStringLiteral("Unknown connector: %1").arg(id.connector))));
            return;
        }
        if (id.task < 0 || id.task >= slot->taskConfigs.size()) {
            callback(Result<connect::Done>::fail(
                ConnectError::notFound(QStringLiteral("Unknown task: %1").arg(id.toString()))));
            return;
        }
        auto it = slot->tasks.find(id.task);
        if (it != slot->tasks.end() && it->second.runner) {
            it->second.runner->stop();
            it->second.runner.reset();
        }
        startTask(id.connector, *slot, id.task);
        callback(Result<connect::Done>::ok({}));
    });
}

void WorkerHerder::connectorActiveTopics(const QString &name, connect::HerderCallback<QStringList> callback)
{
    postRead([this, name, callback] {
        if (!m_settings.topicTrackingEnable) {
            callback(Result<QStringList>::fail({ 403, QStringLiteral("Topic tracking is disabled.") }));
            return;
        }
        const ConnectorSlot *slot = find(name);
        callback(Result<QStringList>::ok(slot ? slot->activeTopics.keys() : QStringList()));
    });
}

void WorkerHerder::resetConnectorActiveTopics(
    const QString &name, connect::HerderCallback<connect::Done> callback)
{
    post([this, name, callback] {
        if (!m_settings.topicTrackingEnable) {
            callback(Result<connect::Done>::fail({ 403, QStringLiteral("Topic tracking is disabled.") }));
            return;
        }
        if (!m_settings.topicTrackingAllowReset) {
            callback(
                Result<connect::Done>::fail({ 403, QStringLiteral("Topic tracking reset is disabled.") }));
            return;
        }
        ConnectorSlot *slot = find(name);
        if (!slot) {
            callback(Result<connect::Done>::fail(notFound(name)));
            return;
        }
        for (auto it = slot->activeTopics.cbegin(); it != slot->activeTopics.cend(); ++it)
            m_topics.post(
                InternalTopics::Topic::Status, InternalRecords::topicStatusKey(it.key(), name), std::nullopt);
        slot->activeTopics.clear();
        callback(Result<connect::Done>::ok({}));
    });
}

void WorkerHerder::connectorOffsets(
    const QString &name, connect::HerderCallback<QList<connect::ConnectorOffset>> callback)
{
    postRead([this, name, callback] {
        const ConnectorSlot *slot = find(name);
        if (!slot) {
            callback(Result<QList<connect::ConnectorOffset>>::fail(notFound(name)));
            return;
        }
        QList<connect::ConnectorOffset> out;
        if (slot->type == connect::ConnectorType::Sink) {
            for (auto it = slot->sinkOffsets.cbegin(); it != slot->sinkOffsets.cend(); ++it) {
                out.append({ QJsonObject { { QStringLiteral("kafka_topic"), it.key().first },
                                 { QStringLiteral("kafka_partition"), it.key().second } },
                    QJsonObject { { QStringLiteral("kafka_offset"), it.value() } } });
            }
        } else {
            for (const InternalTopics::Record &r : m_offsets.forConnector(name)) {
                const auto key = m_codec.decodeOffsetKey(r.key);
                if (!key.ok() || !r.value)
                    continue;
                const auto value = m_codec.decodeJson(*r.value);
                out.append({ toJsonObject(key->second, m_codec),
                    value.ok() ? std::optional(toJsonObject(*value, m_codec)) : std::nullopt });
            }
        }
        callback(Result<QList<connect::ConnectorOffset>>::ok(out));
    });
}

std::optional<ConnectError> WorkerHerder::offsetsChangeRefused(const QString &name)
{
    const ConnectorSlot *slot = find(name);
    if (!slot)
        return notFound(name);
    if (slot->target != TargetState::Stopped || !slot->taskConfigs.isEmpty())
        return ConnectError::badRequest(QStringLiteral(
            "Connectors must be in the STOPPED state before their offsets can be modified. This can be "
            "done for the specified connector by issuing a 'PUT' request to the "
            "'/connectors/%1/stop' endpoint")
                                            .arg(name));
    return std::nullopt;
}

namespace {

// Integer.parseInt / Long.parseLong of String.valueOf(value), as SinkUtils parses REST offsets.
std::optional<qint64> javaIntegral(const QJsonValue &value, qint64 min, qint64 max)
{
    QString text;
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d != double(qint64(d)))
            return std::nullopt; // "10.5" does not parse
        text = QString::number(qint64(d));
    } else if (value.isString()) {
        text = value.toString();
    } else {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v < min || v > max || text.trimmed() != text)
        return std::nullopt;
    return v;
}

QString javaText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    return QString::fromUtf8(QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

} // namespace

std::optional<ConnectError> WorkerHerder::changeSinkOffsets(
    const QString &name, ConnectorSlot &slot, const QList<connect::ConnectorOffset> *offsets)
{
    // SinkUtils.parseSinkConnectorOffsets: the same checks and texts.
    const QString topicKey = QStringLiteral("kafka_topic");
    const QString partitionKey = QStringLiteral("kafka_partition");
    const QString offsetKey = QStringLiteral("kafka_offset");
    QList<kafka::TopicPartitionOffset> commits;
    QList<QPair<QString, int>> resets; // partitions whose offset is null: start again at the log start
    if (offsets) {
        for (const connect::ConnectorOffset &o : *offsets) {
            if (!o.partition.contains(topicKey) || !o.partition.contains(partitionKey))
                return ConnectError::badRequest(QStringLiteral(
                    "The partition for a sink connector offset must contain the keys 'kafka_topic' and "
                    "'kafka_partition'"));
            if (o.partition.value(topicKey).isNull())
                return ConnectError::badRequest(
                    QStringLiteral("Kafka topic names must be valid strings and may not be null"));
            if (o.partition.value(partitionKey).isNull())
                return ConnectError::badRequest(
                    QStringLiteral("Kafka partitions must be valid numbers and may not be null"));
            const QString topic = javaText(o.partition.value(topicKey));
            const auto partition = javaIntegral(o.partition.value(partitionKey), INT_MIN, INT_MAX);
            if (!partition)
                return ConnectError::badRequest(
                    QStringLiteral("Failed to parse the following Kafka partition value in the provided "
                                   "offsets: '%1'. Partition values for sink connectors need to be integers.")
                        .arg(javaText(o.partition.value(partitionKey))));
            if (!o.offset) {
                resets.append({ topic, int(*partition) });
                continue;
            }
            if (!o.offset->contains(offsetKey))
                return ConnectError::badRequest(
                    QStringLiteral("The offset for a sink connector should either be null or contain the key "
                                   "'kafka_offset'"));
            const auto offset = javaIntegral(o.offset->value(offsetKey), LLONG_MIN, LLONG_MAX);
            if (!offset)
                return ConnectError::badRequest(
                    QStringLiteral("Failed to parse the following Kafka offset value in the provided "
                                   "offsets: '%1'. Offset values for sink connectors need to be integers.")
                        .arg(javaText(o.offset->value(offsetKey))));
            commits.append({ topic, int(*partition), *offset });
        }
    }
    // Upstream deletes the group's offsets; this broker cannot, so a reset partition gets its log start
    // committed, which is where a group without offsets starts (auto.offset.reset=earliest).
    QString error;
    if (!offsets || !resets.isEmpty()) {
        QStringList topics;
        if (offsets) {
            for (const auto &r : std::as_const(resets))
                if (!topics.contains(r.first))
                    topics.append(r.first);
        } else {
            for (const QString &t :
                slot.config.value(QStringLiteral("topics"), QString()).split(u',', Qt::SkipEmptyParts))
                topics.append(t.trimmed());
            for (auto it = slot.sinkOffsets.cbegin(); it != slot.sinkOffsets.cend(); ++it)
                if (!topics.contains(it.key().first))
                    topics.append(it.key().first);
        }
        const auto starts = GroupOffsets::logStarts(m_settings.client, topics, &error);
        if (!starts)
            return ConnectError::internal(error);
        for (const kafka::TopicPartitionOffset &start : *starts) {
            if (!offsets || resets.contains(qMakePair(start.topic, start.partition)))
                commits.append(start);
        }
    }
    const QString group = QStringLiteral("connect-") + name;
    if (!GroupOffsets::commit(m_settings.client, group, commits, &error))
        return ConnectError::internal(error);
    if (!offsets)
        slot.sinkOffsets.clear();
    for (const kafka::TopicPartitionOffset &c : std::as_const(commits)) {
        if (offsets && !resets.contains(qMakePair(c.topic, c.partition)))
            slot.sinkOffsets.insert({ c.topic, c.partition }, c.offset);
        else
            slot.sinkOffsets.remove({ c.topic, c.partition });
    }
    recordSinkOffsets(name, commits);
    return std::nullopt;
}

void WorkerHerder::alterConnectorOffsets(const QString &name, const QList<connect::ConnectorOffset> &offsets,
    connect::HerderCallback<QString> callback)
{
    post([this, name, offsets, callback] {
        if (const auto refused = offsetsChangeRefused(name)) {
            callback(Result<QString>::fail(*refused));
            return;
        }
        ConnectorSlot &slot = *find(name);
        if (slot.type == connect::ConnectorType::Sink) {
            if (const auto failed = changeSinkOffsets(name, slot, &offsets)) {
                callback(Result<QString>::fail(*failed));
                return;
            }
            callback(Result<QString>::ok(alteredMessage()));
            return;
        }
        QList<InternalTopics::Record> records;
        for (const connect::ConnectorOffset &o : offsets) {
            const auto key = m_codec.offsetKey(name, fromJsonObject(o.partition, m_codec));
            const auto value = o.offset
                ? m_codec.offsetValue(fromJsonObject(*o.offset, m_codec))
                : data::Result<std::optional<QByteArray>>(std::optional<QByteArray>());
            if (!key.ok() || !value.ok()) {
                callback(Result<QString>::fail(
                    ConnectError::badRequest((key.ok() ? value.error() : key.error()).toString())));
                return;
            }
            records.append({ *key, *value });
        }
        QString error;
        if (!m_offsets.commit(records, &error)) {
            callback(Result<QString>::fail(ConnectError::internal(error)));
            return;
        }
        callback(Result<QString>::ok(alteredMessage()));
    });
}

void WorkerHerder::resetConnectorOffsets(const QString &name, connect::HerderCallback<QString> callback)
{
    post([this, name, callback] {
        if (const auto refused = offsetsChangeRefused(name)) {
            callback(Result<QString>::fail(*refused));
            return;
        }
        ConnectorSlot &slot = *find(name);
        if (slot.type == connect::ConnectorType::Sink) {
            if (const auto failed = changeSinkOffsets(name, slot, nullptr)) {
                callback(Result<QString>::fail(*failed));
                return;
            }
            callback(Result<QString>::ok(resetMessage()));
            return;
        }
        QList<InternalTopics::Record> tombstones;
        for (const InternalTopics::Record &r : m_offsets.forConnector(name))
            tombstones.append({ r.key, std::nullopt });
        QString error;
        if (!m_offsets.commit(tombstones, &error)) {
            callback(Result<QString>::fail(ConnectError::internal(error)));
            return;
        }
        callback(Result<QString>::ok(resetMessage()));
    });
}

void WorkerHerder::loggerLevels(connect::HerderCallback<QMap<QString, connect::LoggerLevel>> callback)
{
    QMap<QString, connect::LoggerLevel> out;
    const QMap<QString, util::LoggerLevel> levels = util::Logging::instance().explicitLevels();
    for (auto it = levels.cbegin(); it != levels.cend(); ++it)
        out.insert(it.key(), { util::logLevelName(it->level), it->lastModifiedMs });
    callback(Result<QMap<QString, connect::LoggerLevel>>::ok(out));
}

void WorkerHerder::loggerLevel(const QString &logger, connect::HerderCallback<connect::LoggerLevel> callback)
{
    const auto level = util::Logging::instance().level(logger);
    if (!level) {
        callback(Result<connect::LoggerLevel>::fail(
            ConnectError::notFound(QStringLiteral("Logger %1 not found.").arg(logger))));
        return;
    }
    callback(Result<connect::LoggerLevel>::ok({ util::logLevelName(level->level), level->lastModifiedMs }));
}

void WorkerHerder::setLoggerLevel(const QString &logger, const QString &level, bool clusterScope,
    connect::HerderCallback<QStringList> callback)
{
    const auto parsed = util::parseLogLevel(level);
    if (!parsed) {
        callback(Result<QStringList>::fail(
            ConnectError::notFound(QStringLiteral("invalid log level '%1'.").arg(level))));
        return;
    }
    const QStringList affected = util::Logging::instance().setLevel(logger, *parsed);
    callback(Result<QStringList>::ok(clusterScope ? QStringList() : affected));
}

} // namespace cs::worker
