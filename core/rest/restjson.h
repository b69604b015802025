#pragma once

#include <optional>

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include "connect/configdef.h"
#include "connect/connecterror.h"
#include "connect/herder.h"
#include "connect/pluginregistry.h"

namespace cs::rest {

// JSON of Kafka Connect's REST entities (§1.2) with Jackson's key order and compact form, and the
// parsing of request bodies with upstream-like errors. Stateless functions; thread-safe.
namespace json {

QByteArray error(const connect::ConnectError &error); // {"error_code":...,"message":...}
QByteArray serverInfo(const QString &version, const QString &commit, const std::optional<QString> &clusterId);
QByteArray connectorInfo(const connect::ConnectorInfo &info);
QByteArray connectorStateInfo(const connect::ConnectorStateInfo &state);
QByteArray taskState(const connect::TaskState &state);
QByteArray taskInfos(const QList<connect::TaskInfo> &tasks);
QByteArray tasksConfig(const QList<connect::TaskInfo> &tasks); // {"<name>-<n>": {...}}
QByteArray stringArray(const QStringList &values);
QByteArray configMap(const connect::ConfigMap &config);
QByteArray activeTopics(const QString &connector, const QStringList &topics);
QByteArray connectorOffsets(const QList<connect::ConnectorOffset> &offsets);
QByteArray message(const QString &text);
QByteArray pluginInfos(const QList<connect::PluginDesc> &plugins);
QByteArray loggerLevel(const connect::LoggerLevel &level);
QByteArray loggerLevels(const QMap<QString, connect::LoggerLevel> &levels);
QByteArray workerStatus(const connect::WorkerStatus &status);
// {"<name>": {"status": ..., "info": ...}} for GET /connectors?expand=...
// (connectors without a status are left out of "status"; those with nothing to show are left out).
QByteArray expandedConnectors(const connect::ConnectorsView &view, bool withStatus, bool withInfo);

// A parsed request body. The error is the 500 message Jackson would give for malformed JSON or a
// body that does not bind to the expected type.
struct ParsedMap
{
    std::optional<connect::ConfigMap> map; // nullopt with no error = empty body (Java null)
    std::optional<QString> error;
};
// A flat {"k": "v"} object. Scalars become their text (Jackson coerces them to String); JSON null is
// kept as null; nested objects and arrays do not bind.
ParsedMap parseConfigMap(const QByteArray &body);

struct CreateRequest
{
    std::optional<QString> name;
    std::optional<connect::ConfigMap> config;
    std::optional<QString> initialState;
};
struct ParsedCreate
{
    std::optional<CreateRequest> request; // nullopt with no error = empty body
    std::optional<QString> error;
};
ParsedCreate parseCreateRequest(const QByteArray &body);

struct ParsedOffsets
{
    std::optional<QList<connect::ConnectorOffset>> offsets; // nullopt = "offsets" missing or null
    std::optional<QString> error;
};
ParsedOffsets parseConnectorOffsets(const QByteArray &body);

struct ParsedLevel
{
    std::optional<QString> level;
    std::optional<QString> error;
};
ParsedLevel parseLoggerLevel(const QByteArray &body);

} // namespace json
} // namespace cs::rest
