#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <variant>

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include "connect/configdef.h"
#include "connect/connecterror.h"
#include "connect/connector.h"

namespace cs::connect {

// The entities of Kafka Connect's REST API that a herder produces (§1.2), as plain values.
// JSON rendering lives in core/rest.

struct ConnectorTaskId
{
    QString connector;
    int task = 0;
    QString toString() const { return connector + QLatin1Char('-') + QString::number(task); }
    bool operator==(const ConnectorTaskId &other) const = default;
};

struct ConnectorInfo
{
    QString name;
    ConfigMap config; // raw, with "name"
    QList<ConnectorTaskId> tasks;
    ConnectorType type = ConnectorType::Unknown;
};

struct TaskState
{
    int id = 0;
    QString state; // UNASSIGNED, RUNNING, PAUSED, FAILED, RESTARTING
    QString workerId;
    QString trace; // empty = omitted
};

struct ConnectorStateInfo
{
    QString name;
    QString state; // + STOPPED for connectors
    QString workerId;
    QString trace;
    QList<TaskState> tasks; // sorted by id
    ConnectorType type = ConnectorType::Unknown;
};

struct TaskInfo
{
    ConnectorTaskId id;
    QMap<QString, QString> config;
};

// One entry of ConnectorOffsets: partition and offset are JSON objects (offset may be null).
struct ConnectorOffset
{
    QJsonObject partition;
    std::optional<QJsonObject> offset;
};

struct LoggerLevel
{
    QString level;
    std::optional<qint64> lastModified; // epoch ms
};

enum class TargetState
{
    Started,
    Paused,
    Stopped
};

struct RestartRequest
{
    QString connector;
    bool onlyFailed = false;
    bool includeTasks = false;
    // The plain form (no flags set) answers 204 without a body; the other 202 with the state.
    bool plain() const { return !onlyFailed && !includeTasks; }
};

struct WorkerStatus
{
    QString status; // "healthy", "starting", "unhealthy"
    QString message;
    int httpStatus = 200; // 200, 503 starting, 500 unhealthy
};

// What the herder answers: a value or a ConnectError (mapped to the HTTP error body).
template<typename T> struct HerderResult
{
    std::optional<T> value;
    std::optional<ConnectError> error;

    static HerderResult ok(T v) { return { std::move(v), std::nullopt }; }
    static HerderResult fail(ConnectError e) { return { std::nullopt, std::move(e) }; }
};
using Done = std::monostate;

template<typename T> using HerderCallback = std::function<void(HerderResult<T>)>;

struct Created
{
    bool created = false; // 201 + Location when true, 200 when an existing connector was updated
    ConnectorInfo info;
};

// Every connector's info and status as one consistent, immutable view (GET /connectors?expand=...).
struct ConnectorsView
{
    struct Entry
    {
        ConnectorInfo info;
        std::optional<ConnectorStateInfo> status; // nullopt: no status yet (left out of expand=status)
    };
    // Changes whenever anything in the view changed, so callers may cache what they render from it;
    // 0 means "not tracked" (never cache).
    quint64 generation = 0;
    QList<Entry> connectors; // sorted by name
};
using ConnectorsViewPtr = std::shared_ptr<const ConnectorsView>;

// The connector runtime behind the REST API (Kafka Connect's Herder). Every request completes
// asynchronously through its callback, which may be called on any thread, exactly once; the REST
// server never waits on a herder thread. Implementations own their threads and state; this
// interface holds none.
class Herder
{
public:
    virtual ~Herder() = default;

    virtual std::optional<QString> kafkaClusterId() const = 0; // GET /; thread-safe
    virtual void health(HerderCallback<WorkerStatus> callback) = 0;

    virtual void connectors(HerderCallback<QStringList> callback) = 0;
    // One call for every connector's info and status. The default composes it from connectors(),
    // connectorInfo() and connectorStatus() (one call per connector); a herder that can answer it
    // at once overrides it.
    virtual void connectorsView(HerderCallback<ConnectorsViewPtr> callback);
    virtual void connectorInfo(const QString &name, HerderCallback<ConnectorInfo> callback) = 0;
    virtual void connectorConfig(const QString &name, HerderCallback<ConfigMap> callback) = 0;
    virtual void connectorStatus(const QString &name, HerderCallback<ConnectorStateInfo> callback) = 0;
    virtual void taskStatus(const ConnectorTaskId &id, HerderCallback<TaskState> callback) = 0;
    virtual void taskConfigs(const QString &name, HerderCallback<QList<TaskInfo>> callback) = 0;
    // POST /connectors (allowReplace false) and PUT /connectors/{name}/config (true). The herder
    // validates (connectorconfig.h) and answers 400 with invalidConfigurationMessage() on errors.
    virtual void putConnectorConfig(const QString &name, const ConfigMap &config, bool allowReplace,
        std::optional<TargetState> initialState, HerderCallback<Created> callback)
        = 0;
    virtual void patchConnectorConfig(
        const QString &name, const ConfigMap &patch, HerderCallback<ConnectorInfo> callback)
        = 0;
    virtual void deleteConnector(const QString &name, HerderCallback<Done> callback) = 0;
    virtual void pauseConnector(const QString &name, HerderCallback<Done> callback) = 0;
    virtual void resumeConnector(const QString &name, HerderCallback<Done> callback) = 0;
    virtual void stopConnector(const QString &name, HerderCallback<Done> callback) = 0;
    // Plain requests answer with no value; flagged ones with the state showing RESTARTING instances.
    virtual void restartConnector(
        const RestartRequest &request, HerderCallback<std::optional<ConnectorStateInfo>> callback)
        = 0;
    virtual void restartTask(const ConnectorTaskId &id, HerderCallback<Done> callback) = 0;
    virtual void connectorActiveTopics(const QString &name, HerderCallback<QStringList> callback) = 0;
    virtual void resetConnectorActiveTopics(const QString &name, HerderCallback<Done> callback) = 0;
    virtual void connectorOffsets(const QString &name, HerderCallback<QList<ConnectorOffset>> callback) = 0;
    // Answers the success message of §1.4.
    virtual void alterConnectorOffsets(
        const QString &name, const QList<ConnectorOffset> &offsets, HerderCallback<QString> callback)
        = 0;
    virtual void resetConnectorOffsets(const QString &name, HerderCallback<QString> callback) = 0;

    virtual void loggerLevels(HerderCallback<QMap<QString, LoggerLevel>> callback) = 0;
    virtual void loggerLevel(const QString &logger, HerderCallback<LoggerLevel> callback) = 0;
    // scope "worker" answers the affected loggers; "cluster" answers nothing (204).
    virtual void setLoggerLevel(
        const QString &logger, const QString &level, bool clusterScope, HerderCallback<QStringList> callback)
        = 0;
};

QString targetStateName(TargetState state); // "STARTED", "PAUSED", "STOPPED"

} // namespace cs::connect
