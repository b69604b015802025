#pragma once

#include <optional>

#include <QList>
#include <QMap>
#include <QString>

#include "connect/configdef.h"

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

// A task: the unit of work that runs on its own thread. The runtime refines the record-level
// methods of SourceTask/SinkTask when it exists; the lifecycle is fixed here.
class Task
{
public:
    virtual ~Task() = default;
    virtual QString version() const = 0;
    virtual std::optional<QString> start(const TaskConfig &config) = 0;
    virtual void stop() = 0;
};

class SourceTask : public Task
{
};

class SinkTask : public Task
{
};

class Connector
{
public:
    virtual ~Connector() = default;

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
    // Up to maxTasks task configurations; valid after start().
    virtual QList<TaskConfig> taskConfigs(int maxTasks) const = 0;
};

// Base classes that fix type(): connectors derive from one of these.
class SourceConnectorBase : public Connector
{
public:
    ConnectorType type() const final { return ConnectorType::Source; }
};

class SinkConnectorBase : public Connector
{
public:
    ConnectorType type() const final { return ConnectorType::Sink; }
};

} // namespace cs::connect
