#include "worker/internalrecords.h"

#include <QCoreApplication>

namespace cs::worker {

using data::DataError;
using data::Value;
using data::ValueList;
using data::ValueMap;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cs::worker::InternalRecords", text);
}

Value str(const QString &s)
{
    return Value::fromString(s);
}

const Value *find(const ValueMap &map, QByteArrayView key)
{
    for (const auto &[k, v] : map) {
        if (k.kind() == Value::Kind::String && k.stringUtf8() == key)
            return &v;
    }
    return nullptr;
}

QString text(const ValueMap &map, QByteArrayView key)
{
    const Value *v = find(map, key);
    return v && v->kind() == Value::Kind::String ? v->toQString() : QString();
}

qint64 integer(const ValueMap &map, QByteArrayView key)
{
    const Value *v = find(map, key);
    return v && v->kind() == Value::Kind::Int64 ? v->toInt64() : 0;
}

// Reads a JSON object of strings ({"k":"v",...}); other value types are rendered as Java would.
template<typename Map> void readStringMap(const Value *source, Map &out)
{
    if (!source || source->kind() != Value::Kind::Map)
        return;
    for (const auto &[k, v] : source->map())
        out.insert(k.toQString(), v.isNull() ? QString() : v.toString());
}

DataError malformed(QByteArrayView key, const QString &why)
{
    return { tr("Malformed record %1 in an internal topic").arg(QString::fromUtf8(key)), why };
}

std::optional<std::pair<QString, int>> splitTask(QStringView rest)
{
    const qsizetype dash = rest.lastIndexOf(u'-');
    if (dash <= 0)
        return std::nullopt;
    bool ok = false;
    const int task = rest.mid(dash + 1).toInt(&ok);
    if (!ok || task < 0)
        return std::nullopt;
    return std::pair(rest.first(dash).toString(), task);
}

} // namespace

InternalRecords::InternalRecords()
{
    const data::Status configured
        = m_json.configure({ { QStringLiteral("schemas.enable"), QStringLiteral("false") } }, false);
    Q_ASSERT(configured.ok());
}

QByteArray InternalRecords::connectorKey(const QString &connector)
{
    return "connector-" + connector.toUtf8();
}

QByteArray InternalRecords::targetStateKey(const QString &connector)
{
    return "target-state-" + connector.toUtf8();
}

QByteArray InternalRecords::taskKey(const QString &connector, int task)
{
    return "task-" + connector.toUtf8() + '-' + QByteArray::number(task);
}

QByteArray InternalRecords::commitKey(const QString &connector)
{
    return "commit-" + connector.toUtf8();
}

QByteArray InternalRecords::connectorStatusKey(const QString &connector)
{
    return "status-connector-" + connector.toUtf8();
}

QByteArray InternalRecords::taskStatusKey(const QString &connector, int task)
{
    return "status-task-" + connector.toUtf8() + '-' + QByteArray::number(task);
}

QByteArray InternalRecords::topicStatusKey(const QString &topic, const QString &connector)
{
    return "status-topic-" + topic.toUtf8() + ":connector-" + connector.toUtf8();
}

QByteArray InternalRecords::encode(const Value &value)
{
    data::Result<QByteArray> bytes = m_json.fromConnectData(u"", data::Schema(), value);
    Q_ASSERT(bytes.ok()); // schemaless maps of strings and numbers always serialize
    return bytes.ok() ? std::move(bytes).value() : QByteArray();
}

QByteArray InternalRecords::connectorConfigValue(const connect::ConfigMap &config)
{
    ValueMap props;
    props.reserve(config.size());
    for (const auto &[key, value] : config.entries())
        props.emplace_back(str(key), value ? str(*value) : Value());
    return encode(ValueMap { { str(QStringLiteral("properties")), Value(std::move(props)) } });
}

QByteArray InternalRecords::taskConfigValue(const connect::TaskConfig &config)
{
    ValueMap props;
    props.reserve(config.size());
    for (auto it = config.cbegin(); it != config.cend(); ++it)
        props.emplace_back(str(it.key()), str(it.value()));
    return encode(ValueMap { { str(QStringLiteral("properties")), Value(std::move(props)) } });
}

QByteArray InternalRecords::commitValue(int taskCount)
{
    return encode(ValueMap { { str(QStringLiteral("tasks")), Value(qint32(taskCount)) } });
}

QByteArray InternalRecords::targetStateValue(connect::TargetState state)
{
    const QString v2 = connect::targetStateName(state);
    const QString v1 = state == connect::TargetState::Stopped ? QStringLiteral("PAUSED") : v2;
    return encode(
        ValueMap { { str(QStringLiteral("state")), str(v1) }, { str(QStringLiteral("state.v2")), str(v2) } });
}

QByteArray InternalRecords::statusValue(
    const QString &state, const QString &trace, const QString &workerId, int generation)
{
    return encode(ValueMap { { str(QStringLiteral("state")), str(state) },
        { str(QStringLiteral("trace")), trace.isEmpty() ? Value() : str(trace) },
        { str(QStringLiteral("worker_id")), str(workerId) },
        { str(QStringLiteral("generation")), Value(qint32(generation)) } });
}

QByteArray InternalRecords::topicStatusValue(
    const QString &topic, const QString &connector, int task, qint64 discoverTimestamp)
{
    ValueMap inner { { str(QStringLiteral("name")), str(topic) },
        { str(QStringLiteral("connector")), str(connector) },
        { str(QStringLiteral("task")), Value(qint32(task)) },
        { str(QStringLiteral("discoverTimestamp")), Value(discoverTimestamp) } };
    return encode(ValueMap { { str(QStringLiteral("topic")), Value(std::move(inner)) } });
}

data::Result<Value> InternalRecords::decodeJson(QByteArrayView json)
{
    data::Result<data::SchemaAndValue> parsed = m_json.toConnectData(u"", json);
    if (!parsed.ok())
        return parsed.error();
    return std::move(parsed).value().value;
}

data::Result<ValueMap> InternalRecords::decodeObject(QByteArrayView key, QByteArrayView json)
{
    data::Result<Value> parsed = decodeJson(json);
    if (!parsed.ok())
        return malformed(key, parsed.error().toString());
    if (parsed->kind() != Value::Kind::Map)
        return malformed(key, tr("the value is not a JSON object"));
    return parsed->map();
}

data::Result<ConfigRecord> InternalRecords::decodeConfig(
    QByteArrayView key, std::optional<QByteArrayView> value)
{
    ConfigRecord r;
    const QString k = QString::fromUtf8(key);
    r.tombstone = !value.has_value();
    if (k.startsWith(u"connector-")) {
        r.kind = ConfigRecord::Kind::ConnectorConfig;
        r.connector = k.mid(10);
    } else if (k.startsWith(u"target-state-")) {
        r.kind = ConfigRecord::Kind::TargetState;
        r.connector = k.mid(13);
    } else if (k.startsWith(u"task-")) {
        const auto split = splitTask(QStringView(k).mid(5));
        if (!split)
            return malformed(key, tr("no task number"));
        r.kind = ConfigRecord::Kind::TaskConfig;
        std::tie(r.connector, r.task) = *split;
    } else if (k.startsWith(u"commit-")) {
        r.kind = ConfigRecord::Kind::Commit;
        r.connector = k.mid(7);
    } else {
        return r;
    }
    if (r.tombstone)
        return r;

    data::Result<ValueMap> parsed = decodeObject(key, *value);
    if (!parsed.ok())
        return parsed.error();
    const ValueMap &map = *parsed;
    switch (r.kind) {
    case ConfigRecord::Kind::ConnectorConfig:
        if (const Value *props = find(map, "properties"); props && props->kind() == Value::Kind::Map) {
            for (const auto &[pk, pv] : props->map())
                r.config.insert(pk.toQString(), pv.isNull() ? std::nullopt : std::optional(pv.toString()));
        } else {
            return malformed(key, tr("no \"properties\" object"));
        }
        break;
    case ConfigRecord::Kind::TaskConfig:
        readStringMap(find(map, "properties"), r.taskConfig);
        break;
    case ConfigRecord::Kind::TargetState: {
        // Readers prefer state.v2 (STOPPED exists only there).
        QString state = text(map, "state.v2");
        if (state.isEmpty())
            state = text(map, "state");
        if (state == u"PAUSED")
            r.targetState = connect::TargetState::Paused;
        else if (state == u"STOPPED")
            r.targetState = connect::TargetState::Stopped;
        else if (state == u"STARTED")
            r.targetState = connect::TargetState::Started;
        else
            return malformed(key, tr("unknown target state \"%1\"").arg(state));
        break;
    }
    case ConfigRecord::Kind::Commit:
        r.taskCount = int(integer(map, "tasks"));
        break;
    case ConfigRecord::Kind::Other:
        break;
    }
    return r;
}

data::Result<StatusRecord> InternalRecords::decodeStatus(
    QByteArrayView key, std::optional<QByteArrayView> value)
{
    StatusRecord r;
    const QString k = QString::fromUtf8(key);
    r.tombstone = !value.has_value();
    if (k.startsWith(u"status-connector-")) {
        r.kind = StatusRecord::Kind::Connector;
        r.connector = k.mid(17);
    } else if (k.startsWith(u"status-task-")) {
        const auto split = splitTask(QStringView(k).mid(12));
        if (!split)
            return malformed(key, tr("no task number"));
        r.kind = StatusRecord::Kind::Task;
        std::tie(r.connector, r.task) = *split;
    } else if (k.startsWith(u"status-topic-")) {
        const qsizetype sep = k.indexOf(u":connector-", 13);
        if (sep < 0)
            return malformed(key, tr("no connector name"));
        r.kind = StatusRecord::Kind::Topic;
        r.topic = k.mid(13, sep - 13);
        r.connector = k.mid(sep + 11);
    } else {
        return r;
    }
    if (r.tombstone)
        return r;
    data::Result<ValueMap> parsed = decodeObject(key, *value);
    if (!parsed.ok())
        return parsed.error();
    const ValueMap &map = *parsed;
    if (r.kind == StatusRecord::Kind::Topic) {
        const Value *inner = find(map, "topic");
        if (!inner || inner->kind() != Value::Kind::Map)
            return malformed(key, tr("no \"topic\" object"));
        r.task = int(integer(inner->map(), "task"));
        r.discoverTimestamp = integer(inner->map(), "discoverTimestamp");
        return r;
    }
    r.state = text(map, "state");
    r.trace = text(map, "trace");
    r.workerId = text(map, "worker_id");
    r.generation = int(integer(map, "generation"));
    return r;
}

data::Result<QByteArray> InternalRecords::offsetKey(const QString &connector, const Value &partition)
{
    return m_json.fromConnectData(u"", data::Schema(), Value(ValueList { str(connector), partition }));
}

data::Result<std::optional<QByteArray>> InternalRecords::offsetValue(const Value &offset)
{
    if (offset.isNull())
        return std::optional<QByteArray>();
    data::Result<QByteArray> bytes = m_json.fromConnectData(u"", data::Schema(), offset);
    if (!bytes.ok())
        return bytes.error();
    return std::optional(std::move(bytes).value());
}

data::Result<std::pair<QString, Value>> InternalRecords::decodeOffsetKey(QByteArrayView key)
{
    data::Result<Value> parsed = decodeJson(key);
    if (!parsed.ok())
        return malformed(key, parsed.error().toString());
    if (parsed->kind() != Value::Kind::Array || parsed->array().size() != 2
        || parsed->array()[0].kind() != Value::Kind::String)
        return malformed(key, tr("an offset key must be [\"<connector>\", {<partition>}]"));
    return std::pair(parsed->array()[0].toQString(), parsed->array()[1]);
}

} // namespace cs::worker
