#pragma once

#include <memory>
#include <optional>

#include <QList>
#include <QMap>
#include <QString>

#include "connect/configdef.h"
#include "connect/records.h"
#include "data/dataerror.h"

namespace cs::connect {

// The plugin interfaces of the embedded worker, after org.apache.kafka.connect.connector.Connector
// and Task. A connector is a class behind this small interface, one folder each under
// core/connect/plugins/. Instances are created by the PluginRegistry; one instance is used by one
// thread at a time (the herder's or a task's), so implementations need no locking of their own.

enum class ConnectorType
{
    Source,
    Sink,
    Unknown
};
QString connectorTypeName(ConnectorType type); // "source", "sink", "unknown"

using TaskConfig = QMap<QString, QString>;

// A task: the unit of work that runs on its own thread (the worker's). The worker calls every method
// of a task from that one thread; implementations need no locking of their own.
class Task
{
public:
    virtual ~Task() = default;
    virtual QString version() const = 0;
    // Returns an error message when the task cannot start (it then FAILS with that message).
    virtual std::optional<QString> start(const TaskConfig &config) = 0;
    virtual void stop() = 0;
};

// What the worker offers a source task (SourceTaskContext / OffsetStorageReader).
class SourceTaskContext
{
public:
    virtual ~SourceTaskContext() = default;
    // The last committed source offset for `partition`, or null.
    virtual data::Value offset(const data::Value &partition) = 0;
};

class SourceTask : public Task
{
public:
    // Called once before start(); the context outlives the task's run.
    virtual void initialize(SourceTaskContext *context) { m_context = context; }
    // Records read since the last call; an empty list when there is nothing (poll again later). An
    // error fails the task.
    virtual data::Result<QList<SourceRecord>> poll() = 0;
    // The offsets of the records returned so far were committed.
    virtual void commit() { }

protected:
    SourceTaskContext *m_context = nullptr;
};

// What the worker offers a sink task (SinkTaskContext).
class SinkTaskContext
{
public:
    virtual ~SinkTaskContext() = default;
    // Asks the worker to commit consumed offsets soon.
    virtual void requestCommit() = 0;
    // Whether the worker is stopping this task: a put() waiting to retry should give up.
    virtual bool stopRequested() const { return false; }
};

class SinkTask : public Task
{
public:
    virtual void initialize(SinkTaskContext *context) { m_context = context; }
    // Writes (or buffers) a batch; an error fails the task.
    virtual data::Status put(const QList<SinkRecord> &records) = 0;
    // Makes everything put so far durable before the worker commits `offsets`.
    virtual data::Status flush(const QList<TopicPartitionOffset> &offsets)
    {
        Q_UNUSED(offsets);
        return {};
    }

protected:
    SinkTaskContext *m_context = nullptr;
};

// What the runtime offers a running connector (ConnectorContext): a connector that watches its
// source (the JDBC source's table monitor) asks for new task configurations or reports that it can
// no longer run. Both may be called from any thread the connector owns.
class ConnectorContext
{
public:
    virtual ~ConnectorContext() = default;
    // taskConfigs() would now answer differently: the runtime calls it again and restarts the tasks.
    virtual void requestTaskReconfiguration() = 0;
    // The connector FAILS with this message as its trace.
    virtual void raiseError(const QString &message) = 0;
};

class Connector
{
public:
    virtual ~Connector() = default;

    // Called by the runtime before start(); the context outlives the connector's start()..stop().
    virtual void initialize(ConnectorContext *context) { m_context = context; }

    virtual QString className() const = 0; // e.g. "org.apache.kafka.connect.file.FileStreamSinkConnector"
    virtual ConnectorType type() const = 0;
    virtual QString version() const = 0;
    // The connector's own keys (the framework keys come from connectorconfig.h).
    virtual ConfigDef config() const = 0;
    // Multi-key validation; the default validates `config()` key by key (Connector.validate).
    virtual QList<ConfigValue> validate(const ConfigMap &props) const { return config().validate(props); }

    // Returns an error message when the configuration cannot be used (the connector then FAILS).
    virtual std::optional<QString> start(const TaskConfig &config) = 0;
    virtual void stop() = 0;
    virtual QString taskClassName() const = 0;
    // A new, unstarted instance of the task class.
    virtual std::unique_ptr<Task> createTask() const = 0;
    // Up to maxTasks task configurations; valid after start().
    virtual QList<TaskConfig> taskConfigs(int maxTasks) const = 0;

protected:
    ConnectorContext *m_context = nullptr; // null until initialize() (e.g. during validation)
};

// Base classes that fix type(): connectors derive from one of these.
class SourceConnectorBase : public Connector
{
public:
    enum class Support
    {
        Supported,
        Unsupported
    };

    ConnectorType type() const final { return ConnectorType::Source; }
    // SourceConnector.exactlyOnceSupport: nullopt = the connector does not say (upstream's null).
    virtual std::optional<Support> exactlyOnceSupport(const ConfigMap &props) const
    {
        Q_UNUSED(props);
        return std::nullopt;
    }
    // SourceConnector.canDefineTransactionBoundaries.
    virtual Support canDefineTransactionBoundaries(const ConfigMap &props) const
    {
        Q_UNUSED(props);
        return Support::Unsupported;
    }
};

class SinkConnectorBase : public Connector
{
public:
    ConnectorType type() const final { return ConnectorType::Sink; }
};

} // namespace cs::connect
