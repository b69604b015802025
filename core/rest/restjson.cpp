#include "rest/restjson.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <QJsonArray>
#include <QJsonDocument>

#include "connect/jsonwriter_p.h"

namespace cs::rest::json {

using connect::detail::JsonWriter;

namespace {

const char kSource[]
    = "(org.glassfish.jersey.message.internal.ReaderInterceptorExecutor$UnCloseableInputStream)";

void writeTaskState(JsonWriter &w, const connect::TaskState &t)
{
    w.startObject();
    w.key("id");
    w.integer(t.id);
    w.key("state");
    w.string(t.state);
    w.key("worker_id");
    w.string(t.workerId);
    if (!t.trace.isEmpty()) {
        w.key("trace");
        w.string(t.trace);
    }
    w.endObject();
}

void writeConfigMap(JsonWriter &w, const connect::ConfigMap &config)
{
    w.startObject();
    for (const auto &[key, value] : config.entries()) {
        w.key(key);
        w.nullableString(value);
    }
    w.endObject();
}

void writeStringMap(JsonWriter &w, const QMap<QString, QString> &config)
{
    w.startObject();
    for (auto it = config.cbegin(); it != config.cend(); ++it) {
        w.key(it.key());
        w.string(it.value());
    }
    w.endObject();
}

void writeConnectorInfo(JsonWriter &w, const connect::ConnectorInfo &info)
{
    w.startObject();
    w.key("name");
    w.string(info.name);
    w.key("config");
    writeConfigMap(w, info.config);
    w.key("tasks");
    w.startArray();
    for (const connect::ConnectorTaskId &id : info.tasks) {
        w.startObject();
        w.key("connector");
        w.string(id.connector);
        w.key("task");
        w.integer(id.task);
        w.endObject();
    }
    w.endArray();
    w.key("type");
    w.string(connect::connectorTypeName(info.type));
    w.endObject();
}

void writeStateInfo(JsonWriter &w, const connect::ConnectorStateInfo &s)
{
    w.startObject();
    w.key("name");
    w.string(s.name);
    w.key("connector");
    w.startObject();
    w.key("state");
    w.string(s.state);
    w.key("worker_id");
    w.string(s.workerId);
    if (!s.trace.isEmpty()) {
        w.key("trace");
        w.string(s.trace);
    }
    w.endObject();
    w.key("tasks");
    w.startArray();
    for (const connect::TaskState &t : s.tasks)
        writeTaskState(w, t);
    w.endArray();
    w.key("type");
    w.string(connect::connectorTypeName(s.type));
    w.endObject();
}

void writeLoggerLevel(JsonWriter &w, const connect::LoggerLevel &l)
{
    w.startObject();
    w.key("level");
    w.string(l.level);
    w.key("last_modified");
    if (l.lastModified)
        w.integer(*l.lastModified);
    else
        w.null();
    w.endObject();
}

// Jackson's location suffix for a byte offset.
QString location(const QByteArray &body, size_t offset)
{
    int line = 1;
    int column = 1;
    for (size_t i = 0; i < offset && i < static_cast<size_t>(body.size()); ++i) {
        if (body.at(static_cast<qsizetype>(i)) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return QStringLiteral("\n at [Source: %1; line: %2, column: %3]")
        .arg(QLatin1String(kSource))
        .arg(line)
        .arg(column + 1);
}

QString unexpected(const QByteArray &body, size_t offset, const char *expecting)
{
    if (offset >= static_cast<size_t>(body.size()))
        return QStringLiteral("Unexpected end-of-input: ") + QLatin1String(expecting);
    const char c = body.at(static_cast<qsizetype>(offset));
    return QStringLiteral("Unexpected character ('%1' (code %2)): %3")
        .arg(QChar::fromLatin1(c))
        .arg(static_cast<int>(static_cast<unsigned char>(c)))
        .arg(QLatin1String(expecting));
}

// A Jackson-like message for a RapidJSON parse error.
QString parseErrorMessage(const QByteArray &body, rapidjson::ParseErrorCode code, size_t offset)
{
    QString reason;
    switch (code) {
    case rapidjson::kParseErrorObjectMissName:
        reason = unexpected(body, offset, "was expecting double-quote to start field name");
        break;
    case rapidjson::kParseErrorObjectMissColon:
        reason = unexpected(body, offset, "was expecting a colon to separate field name and value");
        break;
    case rapidjson::kParseErrorObjectMissCommaOrCurlyBracket:
        reason = unexpected(body, offset, "was expecting comma to separate Object entries");
        break;
    case rapidjson::kParseErrorArrayMissCommaOrSquareBracket:
        reason = unexpected(body, offset, "was expecting comma to separate Array entries");
        break;
    case rapidjson::kParseErrorValueInvalid: {
        if (offset >= static_cast<size_t>(body.size())) {
            reason = QStringLiteral("Unexpected end-of-input: expected close marker");
            break;
        }
        qsizetype end = static_cast<qsizetype>(offset);
        while (end < body.size() && QChar::fromLatin1(body.at(end)).isLetterOrNumber())
            ++end;
        const QByteArray token
            = body.mid(static_cast<qsizetype>(offset), end - static_cast<qsizetype>(offset));
        if (token.isEmpty())
            reason = unexpected(body, offset,
                "expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' "
                "or 'false')");
        else
            reason = QStringLiteral(
                "Unrecognized token '%1': was expecting (JSON String, Number, Array, Object or "
                "token 'null', 'true' or 'false')")
                         .arg(QString::fromUtf8(token));
        break;
    }
    default:
        reason = QString::fromUtf8(rapidjson::GetParseError_En(code));
        break;
    }
    return reason + location(body, offset);
}

QString tokenName(const rapidjson::Value &v)
{
    if (v.IsObject())
        return QStringLiteral("Object value (token `JsonToken.START_OBJECT`)");
    if (v.IsArray())
        return QStringLiteral("Array value (token `JsonToken.START_ARRAY`)");
    if (v.IsString())
        return QStringLiteral("String value (token `JsonToken.VALUE_STRING`)");
    if (v.IsBool())
        return QStringLiteral("Boolean value (token `JsonToken.VALUE_%1`)")
            .arg(v.GetBool() ? QStringLiteral("TRUE") : QStringLiteral("FALSE"));
    return QStringLiteral("Number value");
}

QString mismatch(const QString &type, const rapidjson::Value &v, const QByteArray &body)
{
    return QStringLiteral("Cannot deserialize value of type `%1` from %2").arg(type, tokenName(v))
        + location(body, 0);
}

constexpr unsigned kTextFlags = rapidjson::kParseNumbersAsStringsFlag | rapidjson::kParseStopWhenDoneFlag
    | rapidjson::kParseValidateEncodingFlag;

bool isBlank(const QByteArray &body)
{
    return body.trimmed().isEmpty();
}

// Reads a request body into `doc`. False when there is nothing to bind: a blank body, a JSON null,
// or a syntax error (then `error` holds Jackson's kind of message).
template<unsigned Flags = kTextFlags>
bool readBody(const QByteArray &body, rapidjson::Document &doc, std::optional<QString> &error)
{
    if (isBlank(body))
        return false;
    doc.Parse<Flags>(body.constData(), static_cast<size_t>(body.size()));
    if (doc.HasParseError()) {
        error = parseErrorMessage(body, doc.GetParseError(), doc.GetErrorOffset());
        return false;
    }
    return !doc.IsNull();
}

std::optional<QString> toConfigMap(
    const rapidjson::Value &object, const QByteArray &body, connect::ConfigMap &out)
{
    for (auto it = object.MemberBegin(); it != object.MemberEnd(); ++it) {
        const QString key = QString::fromUtf8(it->name.GetString(), it->name.GetStringLength());
        const rapidjson::Value &v = it->value;
        if (v.IsNull())
            out.insert(key, std::nullopt);
        else if (v.IsString())
            out.insert(key, QString::fromUtf8(v.GetString(), v.GetStringLength()));
        else if (v.IsBool())
            out.insert(key, v.GetBool() ? QStringLiteral("true") : QStringLiteral("false"));
        else
            return mismatch(QStringLiteral("java.lang.String"), v, body);
    }
    return std::nullopt;
}

} // namespace

QByteArray error(const connect::ConnectError &e)
{
    JsonWriter w;
    w.startObject();
    w.key("error_code");
    w.integer(e.status);
    w.key("message");
    w.nullableString(e.message);
    w.endObject();
    return w.result();
}

QByteArray serverInfo(const QString &version, const QString &commit, const std::optional<QString> &clusterId)
{
    JsonWriter w;
    w.startObject();
    w.key("version");
    w.string(version);
    w.key("commit");
    w.string(commit);
    w.key("kafka_cluster_id");
    w.nullableString(clusterId);
    w.endObject();
    return w.result();
}

QByteArray connectorInfo(const connect::ConnectorInfo &info)
{
    JsonWriter w;
    writeConnectorInfo(w, info);
    return w.result();
}

QByteArray connectorStateInfo(const connect::ConnectorStateInfo &state)
{
    JsonWriter w;
    writeStateInfo(w, state);
    return w.result();
}

QByteArray taskState(const connect::TaskState &state)
{
    JsonWriter w;
    writeTaskState(w, state);
    return w.result();
}

QByteArray taskInfos(const QList<connect::TaskInfo> &tasks)
{
    JsonWriter w;
    w.startArray();
    for (const connect::TaskInfo &t : tasks) {
        w.startObject();
        w.key("id");
        w.startObject();
        w.key("connector");
        w.string(t.id.connector);
        w.key("task");
        w.integer(t.id.task);
        w.endObject();
        w.key("config");
        writeStringMap(w, t.config);
        w.endObject();
    }
    w.endArray();
    return w.result();
}

QByteArray tasksConfig(const QList<connect::TaskInfo> &tasks)
{
    JsonWriter w;
    w.startObject();
    for (const connect::TaskInfo &t : tasks) {
        w.key(t.id.toString());
        writeStringMap(w, t.config);
    }
    w.endObject();
    return w.result();
}

QByteArray stringArray(const QStringList &values)
{
    JsonWriter w;
    w.stringArray(values);
    return w.result();
}

QByteArray configMap(const connect::ConfigMap &config)
{
    JsonWriter w;
    writeConfigMap(w, config);
    return w.result();
}

QByteArray activeTopics(const QString &connector, const QStringList &topics)
{
    JsonWriter w;
    w.startObject();
    w.key(connector);
    w.startObject();
    w.key("topics");
    w.stringArray(topics);
    w.endObject();
    w.endObject();
    return w.result();
}

QByteArray connectorOffsets(const QList<connect::ConnectorOffset> &offsets)
{
    // Partitions and offsets are small free-form objects; QJsonDocument renders them compactly.
    QByteArray out = "{\"offsets\":[";
    bool first = true;
    for (const connect::ConnectorOffset &o : offsets) {
        if (!first)
            out += ',';
        first = false;
        out += "{\"partition\":" + QJsonDocument(o.partition).toJson(QJsonDocument::Compact) + ",\"offset\":"
            + (o.offset ? QJsonDocument(*o.offset).toJson(QJsonDocument::Compact) : QByteArray("null")) + '}';
    }
    out += "]}";
    return out;
}

QByteArray message(const QString &text)
{
    JsonWriter w;
    w.startObject();
    w.key("message");
    w.string(text);
    w.endObject();
    return w.result();
}

QByteArray pluginInfos(const QList<connect::PluginDesc> &plugins)
{
    JsonWriter w;
    w.startArray();
    for (const connect::PluginDesc &p : plugins) {
        w.startObject();
        w.key("class");
        w.string(p.className);
        w.key("type");
        w.string(connect::pluginTypeName(p.type));
        if (!p.version.isEmpty() && p.version != QLatin1String("undefined")) {
            w.key("version");
            w.string(p.version);
        }
        w.endObject();
    }
    w.endArray();
    return w.result();
}

QByteArray loggerLevel(const connect::LoggerLevel &level)
{
    JsonWriter w;
    writeLoggerLevel(w, level);
    return w.result();
}

QByteArray loggerLevels(const QMap<QString, connect::LoggerLevel> &levels)
{
    JsonWriter w;
    w.startObject();
    for (auto it = levels.cbegin(); it != levels.cend(); ++it) {
        w.key(it.key());
        writeLoggerLevel(w, it.value());
    }
    w.endObject();
    return w.result();
}

QByteArray workerStatus(const connect::WorkerStatus &status)
{
    JsonWriter w;
    w.startObject();
    w.key("status");
    w.string(status.status);
    w.key("message");
    w.string(status.message);
    w.endObject();
    return w.result();
}

QByteArray expandedConnectors(const connect::ConnectorsView &view, bool withStatus, bool withInfo)
{
    JsonWriter w;
    w.startObject();
    for (const connect::ConnectorsView::Entry &entry : view.connectors) {
        const bool hasStatus = withStatus && entry.status.has_value();
        if (!hasStatus && !withInfo)
            continue;
        w.key(entry.info.name);
        w.startObject();
        if (hasStatus) {
            w.key("status");
            writeStateInfo(w, *entry.status);
        }
        if (withInfo) {
            w.key("info");
            writeConnectorInfo(w, entry.info);
        }
        w.endObject();
    }
    w.endObject();
    return w.result();
}

ParsedMap parseConfigMap(const QByteArray &body)
{
    ParsedMap result;
    rapidjson::Document doc;
    if (!readBody(body, doc, result.error))
        return result;
    if (!doc.IsObject()) {
        result.error = mismatch(
            QStringLiteral("java.util.LinkedHashMap<java.lang.String,java.lang.String>"), doc, body);
        return result;
    }
    connect::ConfigMap map;
    if (auto error = toConfigMap(doc, body, map)) {
        result.error = error;
        return result;
    }
    result.map = map;
    return result;
}

ParsedCreate parseCreateRequest(const QByteArray &body)
{
    ParsedCreate result;
    rapidjson::Document doc;
    if (!readBody(body, doc, result.error))
        return result;
    const QString entity
        = QStringLiteral("org.apache.kafka.connect.runtime.rest.entities.CreateConnectorRequest");
    if (!doc.IsObject()) {
        result.error = mismatch(entity, doc, body);
        return result;
    }
    CreateRequest request;
    for (auto it = doc.MemberBegin(); it != doc.MemberEnd(); ++it) {
        const QString key = QString::fromUtf8(it->name.GetString(), it->name.GetStringLength());
        const rapidjson::Value &v = it->value;
        if (key == QLatin1String("name") || key == QLatin1String("initial_state")) {
            std::optional<QString> text;
            if (v.IsString())
                text = QString::fromUtf8(v.GetString(), v.GetStringLength());
            else if (v.IsBool())
                text = v.GetBool() ? QStringLiteral("true") : QStringLiteral("false");
            else if (!v.IsNull()) {
                result.error = mismatch(QStringLiteral("java.lang.String"), v, body);
                return result;
            }
            (key == QLatin1String("name") ? request.name : request.initialState) = text;
        } else if (key == QLatin1String("config")) {
            if (v.IsNull())
                continue;
            if (!v.IsObject()) {
                result.error = mismatch(
                    QStringLiteral("java.util.LinkedHashMap<java.lang.String,java.lang.String>"), v, body);
                return result;
            }
            connect::ConfigMap map;
            if (auto error = toConfigMap(v, body, map)) {
                result.error = error;
                return result;
            }
            request.config = map;
        } else {
            result.error
                = QStringLiteral("Unrecognized field \"%1\" (class %2), not marked as ignorable (3 known "
                                 "properties: \"name\", \"config\", \"initial_state\"])")
                      .arg(key, entity)
                + location(body, 0);
            return result;
        }
    }
    result.request = request;
    return result;
}

ParsedOffsets parseConnectorOffsets(const QByteArray &body)
{
    ParsedOffsets result;
    rapidjson::Document doc;
    // Numbers stay numbers here: the mismatch message names the JSON kind that was sent.
    if (!readBody<rapidjson::kParseStopWhenDoneFlag | rapidjson::kParseValidateEncodingFlag>(
            body, doc, result.error))
        return result;
    const QJsonDocument qdoc = QJsonDocument::fromJson(body);
    if (!qdoc.isObject()) {
        result.error = mismatch(
            QStringLiteral("org.apache.kafka.connect.runtime.rest.entities.ConnectorOffsets"), doc, body);
        return result;
    }
    const QJsonValue list = qdoc.object().value(QStringLiteral("offsets"));
    if (!list.isArray())
        return result;
    QList<connect::ConnectorOffset> offsets;
    for (const QJsonValue &entry : list.toArray()) {
        connect::ConnectorOffset o;
        o.partition = entry.toObject().value(QStringLiteral("partition")).toObject();
        const QJsonValue offset = entry.toObject().value(QStringLiteral("offset"));
        if (offset.isObject())
            o.offset = offset.toObject();
        offsets.append(o);
    }
    result.offsets = offsets;
    return result;
}

ParsedLevel parseLoggerLevel(const QByteArray &body)
{
    ParsedLevel result;
    const ParsedMap map = parseConfigMap(body);
    if (map.error) {
        result.error = map.error;
        return result;
    }
    if (map.map)
        result.level = map.map->value(QStringLiteral("level"));
    return result;
}

} // namespace cs::rest::json
