#include "connectclient/restentities.h"

#include <rapidjson/document.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cs::connectclient {

namespace {

using Json = rapidjson::Value;

// Parsed with RapidJSON because it keeps object members in the order the worker wrote them
// (QJsonObject sorts keys), which the config maps need.
struct Doc
{
    rapidjson::Document doc;
    bool ok = false;
    explicit Doc(QByteArrayView body)
    {
        doc.Parse<rapidjson::kParseStopWhenDoneFlag>(body.data(), static_cast<size_t>(body.size()));
        ok = !doc.HasParseError();
    }
};

QString str(const Json &v)
{
    return v.IsString() ? QString::fromUtf8(v.GetString(), static_cast<qsizetype>(v.GetStringLength()))
                        : QString();
}

const Json *member(const Json &o, const char *name)
{
    if (!o.IsObject())
        return nullptr;
    const auto it = o.FindMember(name);
    return it == o.MemberEnd() ? nullptr : &it->value;
}

QString strMember(const Json &o, const char *name)
{
    const Json *v = member(o, name);
    return v ? str(*v) : QString();
}

std::optional<QString> nullableStr(const Json &o, const char *name)
{
    const Json *v = member(o, name);
    if (!v || v->IsNull())
        return std::nullopt;
    return str(*v);
}

int intMember(const Json &o, const char *name, int fallback = 0)
{
    const Json *v = member(o, name);
    return v && v->IsInt() ? v->GetInt() : fallback;
}

bool boolMember(const Json &o, const char *name, bool fallback = false)
{
    const Json *v = member(o, name);
    return v && v->IsBool() ? v->GetBool() : fallback;
}

QStringList strings(const Json *v)
{
    QStringList out;
    if (v && v->IsArray())
        for (const Json &e : v->GetArray())
            out.append(str(e));
    return out;
}

// A JSON scalar as the text Jackson binds into a Map<String, String> (numbers and booleans as
// written); nullopt for null, objects and arrays.
std::optional<QString> scalarText(const Json &v)
{
    if (v.IsString())
        return str(v);
    if (v.IsBool())
        return v.GetBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.IsInt64())
        return QString::number(v.GetInt64());
    if (v.IsUint64())
        return QString::number(v.GetUint64());
    if (v.IsDouble())
        return QString::number(v.GetDouble());
    return std::nullopt;
}

config::Properties stringMapOf(const Json &o)
{
    config::Properties props;
    if (!o.IsObject())
        return props;
    for (const auto &m : o.GetObject())
        if (const auto text = scalarText(m.value))
            props.set(str(m.name), *text);
    return props;
}

TaskStatus taskStatusOf(const Json &o)
{
    return { intMember(o, "id"), strMember(o, "state"), strMember(o, "worker_id"), strMember(o, "trace") };
}

std::optional<ConnectorStatus> connectorStatusOf(const Json &o)
{
    if (!o.IsObject() || !member(o, "connector"))
        return std::nullopt;
    ConnectorStatus s;
    s.name = strMember(o, "name");
    const Json &c = *member(o, "connector");
    s.state = strMember(c, "state");
    s.workerId = strMember(c, "worker_id");
    s.trace = strMember(c, "trace");
    if (const Json *tasks = member(o, "tasks"); tasks && tasks->IsArray())
        for (const Json &t : tasks->GetArray())
            s.tasks.append(taskStatusOf(t));
    s.type = strMember(o, "type");
    return s;
}

ConnectorTaskRef taskRefOf(const Json &o)
{
    return { strMember(o, "connector"), intMember(o, "task") };
}

std::optional<ConnectorInfo> connectorInfoOf(const Json &o)
{
    if (!o.IsObject() || !member(o, "name"))
        return std::nullopt;
    ConnectorInfo info;
    info.name = strMember(o, "name");
    if (const Json *c = member(o, "config"))
        info.config = stringMapOf(*c);
    if (const Json *tasks = member(o, "tasks"); tasks && tasks->IsArray())
        for (const Json &t : tasks->GetArray())
            info.tasks.append(taskRefOf(t));
    info.type = strMember(o, "type");
    return info;
}

ConfigKeyInfo keyInfoOf(const Json &o)
{
    ConfigKeyInfo k;
    k.name = strMember(o, "name");
    k.type = strMember(o, "type");
    k.required = boolMember(o, "required");
    k.defaultValue = nullableStr(o, "default_value");
    k.importance = strMember(o, "importance");
    k.documentation = strMember(o, "documentation");
    k.group = strMember(o, "group");
    k.orderInGroup = intMember(o, "order", -1);
    k.width = strMember(o, "width");
    k.displayName = strMember(o, "display_name");
    k.dependents = strings(member(o, "dependents"));
    return k;
}

ConfigValueInfo valueInfoOf(const Json &o)
{
    ConfigValueInfo v;
    v.name = strMember(o, "name");
    v.value = nullableStr(o, "value");
    v.recommendedValues = strings(member(o, "recommended_values"));
    v.errors = strings(member(o, "errors"));
    v.visible = boolMember(o, "visible", true);
    return v;
}

LoggerLevel loggerLevelOf(const Json &o)
{
    LoggerLevel l;
    l.level = strMember(o, "level");
    if (const Json *m = member(o, "last_modified"); m && m->IsInt64())
        l.lastModified = m->GetInt64();
    return l;
}

} // namespace

QString RestError::toString() const
{
    if (isNetworkError())
        return message;
    if (errorCode)
        return QCoreApplication::translate("cs::connectclient::RestError", "HTTP %1, error_code %2: %3")
            .arg(httpStatus)
            .arg(*errorCode)
            .arg(message);
    return QCoreApplication::translate("cs::connectclient::RestError", "HTTP %1: %2")
        .arg(httpStatus)
        .arg(message);
}

namespace parse {

std::optional<RestError> errorBody(int httpStatus, QByteArrayView body)
{
    RestError e;
    e.httpStatus = httpStatus;
    e.body = body.toByteArray();
    Doc d(body);
    if (d.ok && d.doc.IsObject() && (member(d.doc, "error_code") || member(d.doc, "message"))) {
        if (const Json *code = member(d.doc, "error_code"); code && code->IsInt())
            e.errorCode = code->GetInt();
        e.message = strMember(d.doc, "message");
        return e;
    }
    // Not Connect's error shape (a proxy's page, an empty body): show what came, as text.
    e.message = QString::fromUtf8(body).trimmed();
    return e;
}

std::optional<ServerInfo> serverInfo(QByteArrayView body)
{
    Doc d(body);
    if (!d.ok || !d.doc.IsObject() || !member(d.doc, "version"))
        return std::nullopt;
    return ServerInfo { strMember(d.doc, "version"), strMember(d.doc, "commit"),
        strMember(d.doc, "kafka_cluster_id") };
}

std::optional<WorkerHealth> workerHealth(QByteArrayView body)
{
    Doc d(body);
    if (!d.ok || !d.doc.IsObject() || !member(d.doc, "status"))
        return std::nullopt;
    return WorkerHealth { strMember(d.doc, "status"), strMember(d.doc, "message") };
}

std::optional<QStringList> stringArray(QByteArrayView body)
{
    Doc d(body);
    if (!d.ok || !d.doc.IsArray())
        return std::nullopt;
    return strings(&d.doc);
}

std::optional<ConnectorStatus> connectorStatus(QByteArrayView body)
{
    Doc d(body);
    if (!d.ok)
        return std::nullopt;
    return connectorStatusOf(d.doc);
}

std::optional<TaskStatus> taskStatus(QByteArrayView body)
{
    Doc d(body);
    if (!d.ok || !d.doc.IsObject() || !member(d.doc, "state"))
        return std::nullopt;
    return taskStatusOf(d.doc);
}

std::optional<ConnectorInfo> connectorInfo(QByteArrayView body)
{
    Doc d(body);
    if (!d.ok)
        return std::nullopt;
    return connectorInfoOf(d.doc);
}

std::optional<QList<ConnectorOverview>> connectorOverviews(QByteArrayView body)
{
    Doc d(body);
    if (!d.ok || !d.doc.IsObject())
        return std::nullopt;
    QList<ConnectorOverview> list;
    for (const auto &m : d.doc.GetObject()) {
        ConnectorOverview o;
        o.name = str(m.name);
        if (const Json *s = member(m.value, "status"))
            o.status = connectorStatusOf(*s);
        if (const Json *i = member(m.value, "info"))
            o.info = connectorInfoOf(*i);
        list.append(std::move(o));
    }
    return list;
}

std::optional<config::Properties> stringMap(QByteArrayView body)
{
    Doc d(body);
    if (!d.ok || !d.doc.IsObject())
        return std::nullopt;
    return stringMapOf(d.doc);
}

std::optional<QList<TaskConfig>> taskConfigs(QByteArrayView body)
{
    Doc d(body);
    if (!d.ok || !d.doc.IsArray())
        return std::nullopt;
    QList<TaskConfig> list;
    for (const Json &t : d.doc.GetArray()) {
        TaskConfig c;
        if (const Json *id = member(t, "id"))
            c.id = taskRefOf(*id);
        if (const Json *config = member(t, "config"))
            c.config = stringMapOf(*config);
        list.append(std::move(c));
    }
    return list;
}

std::optional<QStringList> activeTopics(const QString &connector, QByteArrayView body)
{
    Doc d(body);
    if (!d.ok || !d.doc.IsObject())
        return std::nullopt;
    const QByteArray key = connector.toUtf8();
    const auto it = d.doc.FindMember(key.constData());
    if (it == d.doc.MemberEnd())
        return QStringList();
    return strings(member(it->value, "topics"));
}

std::optional<QList<ConnectorOffset>> connectorOffsets(QByteArrayView body)
{
    // Partition and offset maps are order-free, so QJsonObject serves.
    const QJsonDocument doc = QJsonDocument::fromJson(body.toByteArray());
    if (!doc.isObject() || !doc.object().value(QStringLiteral("offsets")).isArray())
        return std::nullopt;
    QList<ConnectorOffset> list;
    for (const QJsonValue &v : doc.object().value(QStringLiteral("offsets")).toArray()) {
        ConnectorOffset o;
        o.partition = v.toObject().value(QStringLiteral("partition")).toObject();
        const QJsonValue offset = v.toObject().value(QStringLiteral("offset"));
        if (offset.isObject())
            o.offset = offset.toObject();
        list.append(o);
    }
    return list;
}

std::optional<QString> message(QByteArrayView body)
{
    Doc d(body);
    if (!d.ok || !d.doc.IsObject() || !member(d.doc, "message"))
        return std::nullopt;
    return strMember(d.doc, "message");
}

std::optional<QList<PluginInfo>> pluginInfos(QByteArrayView body)
{
    Doc d(body);
    if (!d.ok || !d.doc.IsArray())
        return std::nullopt;
    QList<PluginInfo> list;
    for (const Json &p : d.doc.GetArray())
        list.append({ strMember(p, "class"), strMember(p, "type"), strMember(p, "version") });
    return list;
}

std::optional<QList<ConfigKeyInfo>> configKeyInfos(QByteArrayView body)
{
    Doc d(body);
    if (!d.ok || !d.doc.IsArray())
        return std::nullopt;
    QList<ConfigKeyInfo> list;
    for (const Json &k : d.doc.GetArray())
        list.append(keyInfoOf(k));
    return list;
}

std::optional<ConfigInfos> configInfos(QByteArrayView body)
{
    Doc d(body);
    if (!d.ok || !d.doc.IsObject() || !member(d.doc, "configs"))
        return std::nullopt;
    ConfigInfos infos;
    infos.name = strMember(d.doc, "name");
    infos.errorCount = intMember(d.doc, "error_count");
    infos.groups = strings(member(d.doc, "groups"));
    if (const Json *configs = member(d.doc, "configs"); configs->IsArray()) {
        for (const Json &c : configs->GetArray()) {
            ConfigInfo info;
            if (const Json *def = member(c, "definition"); def && def->IsObject())
                info.definition = keyInfoOf(*def);
            if (const Json *value = member(c, "value"); value && value->IsObject())
                info.value = valueInfoOf(*value);
            infos.configs.append(std::move(info));
        }
    }
    return infos;
}

std::optional<QMap<QString, LoggerLevel>> loggerLevels(QByteArrayView body)
{
    Doc d(body);
    if (!d.ok || !d.doc.IsObject())
        return std::nullopt;
    QMap<QString, LoggerLevel> map;
    for (const auto &m : d.doc.GetObject())
        map.insert(str(m.name), loggerLevelOf(m.value));
    return map;
}

std::optional<LoggerLevel> loggerLevel(QByteArrayView body)
{
    Doc d(body);
    if (!d.ok || !d.doc.IsObject() || !member(d.doc, "level"))
        return std::nullopt;
    return loggerLevelOf(d.doc);
}

} // namespace parse

} // namespace cs::connectclient
