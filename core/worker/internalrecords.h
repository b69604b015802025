#pragma once

#include <optional>

#include <QByteArray>
#include <QString>

#include "connect/configdef.h"
#include "connect/connector.h"
#include "connect/herder.h"
#include "converters/jsonconverter.h"
#include "data/dataerror.h"
#include "data/value.h"

namespace cs::worker {

// Keys and values of the internal topics, in upstream's record formats (spec §2.2–2.5): values are
// schemaless JSON written by a JsonConverter with schemas.enable=false, config and status keys are
// plain UTF-8 strings, offset keys are JSON arrays ["<connector>",{<partition>}]. Encoding goes
// through the JsonConverter so that escaping and number text are Jackson's byte for byte.
// Not synchronized (it owns a converter): one instance per thread.

// One decoded record of the config topic.
struct ConfigRecord
{
    enum class Kind
    {
        ConnectorConfig, // connector-<name>
        TargetState, // target-state-<name>
        TaskConfig, // task-<name>-<n>
        Commit, // commit-<name>
        Other // session keys, restart requests, ...: not used by a single worker
    };
    Kind kind = Kind::Other;
    QString connector;
    int task = -1;
    bool tombstone = false;
    connect::ConfigMap config; // ConnectorConfig
    connect::TaskConfig taskConfig; // TaskConfig
    connect::TargetState targetState = connect::TargetState::Started;
    int taskCount = 0; // Commit
};

// One decoded record of the status topic.
struct StatusRecord
{
    enum class Kind
    {
        Connector, // status-connector-<name>
        Task, // status-task-<name>-<n>
        Topic, // status-topic-<topic>:connector-<name>
        Other
    };
    Kind kind = Kind::Other;
    QString connector;
    int task = -1;
    QString topic;
    bool tombstone = false;
    QString state; // RUNNING, FAILED, ...
    QString trace; // empty when null
    QString workerId;
    int generation = 0;
    qint64 discoverTimestamp = 0; // Topic
};

class InternalRecords final
{
public:
    InternalRecords();

    static QByteArray connectorKey(const QString &connector);
    static QByteArray targetStateKey(const QString &connector);
    static QByteArray taskKey(const QString &connector, int task);
    static QByteArray commitKey(const QString &connector);
    static QByteArray connectorStatusKey(const QString &connector);
    static QByteArray taskStatusKey(const QString &connector, int task);
    static QByteArray topicStatusKey(const QString &topic, const QString &connector);

    QByteArray connectorConfigValue(const connect::ConfigMap &config);
    QByteArray taskConfigValue(const connect::TaskConfig &config);
    QByteArray commitValue(int taskCount);
    // {"state":"PAUSED","state.v2":"STOPPED"} for STOPPED (older workers read "state").
    QByteArray targetStateValue(connect::TargetState state);
    QByteArray statusValue(
        const QString &state, const QString &trace, const QString &workerId, int generation);
    QByteArray topicStatusValue(
        const QString &topic, const QString &connector, int task, qint64 discoverTimestamp);

    // A null value is a tombstone. Unknown keys decode as Kind::Other.
    data::Result<ConfigRecord> decodeConfig(QByteArrayView key, std::optional<QByteArrayView> value);
    data::Result<StatusRecord> decodeStatus(QByteArrayView key, std::optional<QByteArrayView> value);

    // ["<connector>",{<partition>}] exactly as Java Connect writes it; `partition` is a map value.
    data::Result<QByteArray> offsetKey(const QString &connector, const data::Value &partition);
    // The offset map as JSON; a null Value gives the tombstone (nullopt).
    data::Result<std::optional<QByteArray>> offsetValue(const data::Value &offset);
    // Splits an offset key into connector name and partition map.
    data::Result<std::pair<QString, data::Value>> decodeOffsetKey(QByteArrayView key);
    data::Result<data::Value> decodeJson(QByteArrayView json);

private:
    QByteArray encode(const data::Value &value);
    // The record value as a JSON object, or a "Malformed record <key>" error.
    data::Result<data::ValueMap> decodeObject(QByteArrayView key, QByteArrayView json);

    converters::JsonConverter m_json;
};

} // namespace cs::worker
