#pragma once

#include <optional>

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include "config/properties.h"
#include "connect/configinfos.h"
#include "connect/herder.h"

namespace cs::connectclient {

// The entities a Kafka Connect REST API answers (kafka-connect.md §1.2), as a client reads them from
// any worker: the embedded one or a real cluster. Plain values, thread-safe to copy. Connector
// configs are ordered string maps (cs::config::Properties) in the order the worker wrote them, so a
// config read, edited and written back keeps its key order.

// A failed request as the worker wrote it: the HTTP status, the body's "error_code" and "message"
// verbatim; or, with httpStatus 0, a network error (connection refused, timeout, ...) whose message is
// Qt's text. Never contains credentials.
struct RestError
{
    int httpStatus = 0;
    std::optional<int> errorCode; // the body's "error_code", when the body had one
    QString message; // the body's "message" exactly, or the network error's text
    QByteArray body; // the raw answer body

    bool isNetworkError() const { return httpStatus == 0; }
    // "HTTP 400, error_code 400: <message>" or the network text: what the views show.
    QString toString() const;
};

struct ServerInfo
{
    QString version;
    QString commit;
    QString kafkaClusterId; // empty when the worker answered null
};

struct WorkerHealth
{
    QString status; // "healthy", "starting", "unhealthy"
    QString message;
};

struct TaskStatus
{
    int id = 0;
    QString state; // UNASSIGNED, RUNNING, PAUSED, FAILED, RESTARTING
    QString workerId;
    QString trace; // empty when the worker omitted it
};

struct ConnectorStatus
{
    QString name;
    QString state; // the task states plus STOPPED
    QString workerId;
    QString trace;
    QList<TaskStatus> tasks;
    QString type; // "source", "sink", "unknown"
};

struct ConnectorTaskRef
{
    QString connector;
    int task = 0;
    friend bool operator==(const ConnectorTaskRef &, const ConnectorTaskRef &) = default;
};

struct ConnectorInfo
{
    QString name;
    config::Properties config; // raw, in the worker's order, with "name"
    QList<ConnectorTaskRef> tasks;
    QString type;
};

// One entry of GET /connectors?expand=...: what was asked for and answered.
struct ConnectorOverview
{
    QString name;
    std::optional<ConnectorStatus> status;
    std::optional<ConnectorInfo> info;
};

struct TaskConfig
{
    ConnectorTaskRef id;
    config::Properties config;
};

struct PluginInfo
{
    QString className; // JSON "class"
    QString type; // "source", "sink", "converter", ...
    QString version; // empty when omitted
};

// PUT /connectors/{name}/config: 201 (created) or 200 (updated).
struct PutResult
{
    bool created = false;
    ConnectorInfo info;
};

using ConfigKeyInfo = connect::ConfigKeyInfo;
using ConfigValueInfo = connect::ConfigValueInfo;
using ConfigInfo = connect::ConfigInfo;
using ConfigInfos = connect::ConfigInfos;
using ConnectorOffset = connect::ConnectorOffset;
using LoggerLevel = connect::LoggerLevel;

// Parsers of answer bodies. Each returns nullopt for a body that does not have the entity's shape
// (the client then reports the body as an error).
namespace parse {
std::optional<RestError> errorBody(int httpStatus, QByteArrayView body);
std::optional<ServerInfo> serverInfo(QByteArrayView body);
std::optional<WorkerHealth> workerHealth(QByteArrayView body);
std::optional<QStringList> stringArray(QByteArrayView body);
std::optional<ConnectorStatus> connectorStatus(QByteArrayView body);
std::optional<TaskStatus> taskStatus(QByteArrayView body);
std::optional<ConnectorInfo> connectorInfo(QByteArrayView body);
std::optional<QList<ConnectorOverview>> connectorOverviews(QByteArrayView body);
std::optional<config::Properties> stringMap(QByteArrayView body); // keeps the order; null values are dropped
std::optional<QList<TaskConfig>> taskConfigs(QByteArrayView body);
std::optional<QStringList> activeTopics(const QString &connector, QByteArrayView body);
std::optional<QList<ConnectorOffset>> connectorOffsets(QByteArrayView body);
std::optional<QString> message(QByteArrayView body);
std::optional<QList<PluginInfo>> pluginInfos(QByteArrayView body);
std::optional<QList<ConfigKeyInfo>> configKeyInfos(QByteArrayView body);
std::optional<ConfigInfos> configInfos(QByteArrayView body);
std::optional<QMap<QString, LoggerLevel>> loggerLevels(QByteArrayView body);
std::optional<LoggerLevel> loggerLevel(QByteArrayView body);
} // namespace parse

} // namespace cs::connectclient
