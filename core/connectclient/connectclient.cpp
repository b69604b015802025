#include "connectclient/connectclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

#include "connectclient/configtext.h"

namespace cs::connectclient {

namespace {

QString enc(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

QByteArray patchJson(const QList<std::pair<QString, std::optional<QString>>> &patch)
{
    // QJsonObject would sort the keys; the order of a patch does not matter to the worker.
    QJsonObject o;
    for (const auto &[key, value] : patch)
        o.insert(key, value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

ConnectClient::ConnectClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setAutoDeleteReplies(false);
}

ConnectClient::~ConnectClient()
{
    cancelAll();
}

void ConnectClient::setBaseUrl(const QUrl &url)
{
    m_baseUrl = url;
}

void ConnectClient::setCredentials(const QString &user, const QString &password)
{
    m_user = user;
    m_password = password;
}

void ConnectClient::cancelAll()
{
    const auto pending = m_pending.keys();
    m_pending.clear();
    for (QNetworkReply *reply : pending) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

QUrl ConnectClient::urlFor(const QString &path, const QList<std::pair<QString, QString>> &query) const
{
    QUrl url = m_baseUrl;
    QString base = url.path(QUrl::FullyEncoded);
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path, QUrl::StrictMode);
    if (!query.isEmpty()) {
        QUrlQuery q;
        for (const auto &[key, value] : query)
            q.addQueryItem(key, value);
        url.setQuery(q);
    }
    return url;
}

void ConnectClient::send(
    const QByteArray &method, const QUrl &url, const QByteArray &body, Handler handle, Failure fail)
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    if (!body.isNull())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_user.isEmpty())
        request.setRawHeader(
            "Authorization", "Basic " + (m_user + QLatin1Char(':') + m_password).toUtf8().toBase64());
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = m_network->sendCustomRequest(request, method, body);
    m_pending.insert(reply, Pending { std::move(handle), std::move(fail) });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { finished(reply); });
}

void ConnectClient::finished(QNetworkReply *reply)
{
    reply->deleteLater();
    const auto it = m_pending.find(reply);
    if (it == m_pending.end())
        return;
    const Pending pending = std::move(it.value());
    m_pending.erase(it);

    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    if (!statusAttribute.isValid()) {
        RestError error;
        error.message = reply->error() == QNetworkReply::OperationCanceledError
            ? tr("No answer from %1 within %2 s")
                  .arg(m_baseUrl.toDisplayString(QUrl::RemoveUserInfo))
                  .arg(m_timeoutMs / 1000)
            : tr("Cannot reach %1: %2")
                  .arg(m_baseUrl.toDisplayString(QUrl::RemoveUserInfo), reply->errorString());
        pending.fail(error);
        return;
    }
    pending.handle(statusAttribute.toInt(), body, reply);
}

template<typename T, typename Parse>
void ConnectClient::request(const QByteArray &method, const QUrl &url, const QByteArray &body,
    QList<int> okStatuses, Parse parse, Callback<T> callback)
{
    auto fail = [callback](const RestError &error) {
        Result<T> r;
        r.error = error;
        r.httpStatus = error.httpStatus;
        callback(r);
    };
    send(
        method, url, body,
        [callback, okStatuses, parse, fail](int status, const QByteArray &bytes, const QNetworkReply *reply) {
            if (!okStatuses.contains(status)) {
                fail(*parse::errorBody(status, bytes));
                return;
            }
            std::optional<T> value = parse(status, bytes, reply);
            if (!value) {
                RestError error = *parse::errorBody(status, bytes);
                error.message = tr("Unexpected answer (HTTP %1): %2")
                                    .arg(status)
                                    .arg(QString::fromUtf8(bytes.left(500)));
                fail(error);
                return;
            }
            Result<T> r;
            r.value = std::move(value);
            r.httpStatus = status;
            callback(r);
        },
        fail);
}

// Adapts a body parser to request()'s (status, body, reply) signature.
#define CS_PARSE(fn) [](int, const QByteArray &b, const QNetworkReply *) { return parse::fn(b); }
#define CS_DONE [](int, const QByteArray &, const QNetworkReply *) { return std::optional<Done>(Done {}); }

void ConnectClient::serverInfo(Callback<ServerInfo> callback)
{
    request<ServerInfo>(
        "GET", urlFor(QStringLiteral("/")), {}, { 200 }, CS_PARSE(serverInfo), std::move(callback));
}

void ConnectClient::health(Callback<WorkerHealth> callback)
{
    request<WorkerHealth>("GET", urlFor(QStringLiteral("/health")), {}, { 200, 500, 503 },
        CS_PARSE(workerHealth), std::move(callback));
}

void ConnectClient::connectors(Callback<QStringList> callback)
{
    request<QStringList>("GET", urlFor(QStringLiteral("/connectors")), {}, { 200 }, CS_PARSE(stringArray),
        std::move(callback));
}

void ConnectClient::connectorsExpanded(bool status, bool info, Callback<QList<ConnectorOverview>> callback)
{
    QList<std::pair<QString, QString>> query;
    if (status)
        query.append({ QStringLiteral("expand"), QStringLiteral("status") });
    if (info)
        query.append({ QStringLiteral("expand"), QStringLiteral("info") });
    request<QList<ConnectorOverview>>("GET", urlFor(QStringLiteral("/connectors"), query), {}, { 200 },
        CS_PARSE(connectorOverviews), std::move(callback));
}

void ConnectClient::connectorInfo(const QString &name, Callback<ConnectorInfo> callback)
{
    request<ConnectorInfo>("GET", urlFor(QStringLiteral("/connectors/") + enc(name)), {}, { 200 },
        CS_PARSE(connectorInfo), std::move(callback));
}

void ConnectClient::connectorConfig(const QString &name, Callback<config::Properties> callback)
{
    request<config::Properties>("GET", urlFor(QStringLiteral("/connectors/%1/config").arg(enc(name))), {},
        { 200 }, CS_PARSE(stringMap), std::move(callback));
}

void ConnectClient::createConnector(const QString &name, const config::Properties &config,
    Callback<ConnectorInfo> callback, const QString &initialState)
{
    QByteArray body = createRequestJson(name, config, false);
    if (!initialState.isEmpty()) {
        body.chop(1);
        body += ",\"initial_state\":\"" + initialState.toUtf8() + "\"}";
    }
    request<ConnectorInfo>("POST", urlFor(QStringLiteral("/connectors")), body, { 201 },
        CS_PARSE(connectorInfo), std::move(callback));
}

void ConnectClient::putConnectorConfig(
    const QString &name, const config::Properties &config, Callback<PutResult> callback)
{
    request<PutResult>(
        "PUT", urlFor(QStringLiteral("/connectors/%1/config").arg(enc(name))), configJson(config, false),
        { 200, 201 },
        [](int status, const QByteArray &body, const QNetworkReply *) -> std::optional<PutResult> {
            auto info = parse::connectorInfo(body);
            if (!info)
                return std::nullopt;
            return PutResult { status == 201, *info };
        },
        std::move(callback));
}

void ConnectClient::patchConnectorConfig(const QString &name,
    const QList<std::pair<QString, std::optional<QString>>> &patch, Callback<ConnectorInfo> callback)
{
    request<ConnectorInfo>("PATCH", urlFor(QStringLiteral("/connectors/%1/config").arg(enc(name))),
        patchJson(patch), { 200 }, CS_PARSE(connectorInfo), std::move(callback));
}

void ConnectClient::deleteConnector(const QString &name, Callback<Done> callback)
{
    request<Done>("DELETE", urlFor(QStringLiteral("/connectors/") + enc(name)), {}, { 200, 204 }, CS_DONE,
        std::move(callback));
}

void ConnectClient::connectorStatus(const QString &name, Callback<ConnectorStatus> callback)
{
    request<ConnectorStatus>("GET", urlFor(QStringLiteral("/connectors/%1/status").arg(enc(name))), {},
        { 200 }, CS_PARSE(connectorStatus), std::move(callback));
}

void ConnectClient::taskStatus(const QString &name, int task, Callback<TaskStatus> callback)
{
    request<TaskStatus>("GET",
        urlFor(QStringLiteral("/connectors/%1/tasks/%2/status").arg(enc(name)).arg(task)), {}, { 200 },
        CS_PARSE(taskStatus), std::move(callback));
}

void ConnectClient::taskConfigs(const QString &name, Callback<QList<TaskConfig>> callback)
{
    request<QList<TaskConfig>>("GET", urlFor(QStringLiteral("/connectors/%1/tasks").arg(enc(name))), {},
        { 200 }, CS_PARSE(taskConfigs), std::move(callback));
}

void ConnectClient::pauseConnector(const QString &name, Callback<Done> callback)
{
    request<Done>("PUT", urlFor(QStringLiteral("/connectors/%1/pause").arg(enc(name))), {}, { 200, 202, 204 },
        CS_DONE, std::move(callback));
}

void ConnectClient::resumeConnector(const QString &name, Callback<Done> callback)
{
    request<Done>("PUT", urlFor(QStringLiteral("/connectors/%1/resume").arg(enc(name))), {},
        { 200, 202, 204 }, CS_DONE, std::move(callback));
}

void ConnectClient::stopConnector(const QString &name, Callback<Done> callback)
{
    request<Done>("PUT", urlFor(QStringLiteral("/connectors/%1/stop").arg(enc(name))), {}, { 200, 202, 204 },
        CS_DONE, std::move(callback));
}

void ConnectClient::restartConnector(const QString &name, bool includeTasks, bool onlyFailed,
    Callback<std::optional<ConnectorStatus>> callback)
{
    QList<std::pair<QString, QString>> query;
    if (includeTasks)
        query.append({ QStringLiteral("includeTasks"), QStringLiteral("true") });
    if (onlyFailed)
        query.append({ QStringLiteral("onlyFailed"), QStringLiteral("true") });
    request<std::optional<ConnectorStatus>>(
        "POST", urlFor(QStringLiteral("/connectors/%1/restart").arg(enc(name)), query), {}, { 200, 202, 204 },
        [](int status, const QByteArray &body,
            const QNetworkReply *) -> std::optional<std::optional<ConnectorStatus>> {
            if (status == 204)
                return std::optional<ConnectorStatus>();
            auto s = parse::connectorStatus(body);
            if (!s)
                return std::nullopt;
            return std::optional<ConnectorStatus>(*s);
        },
        std::move(callback));
}

void ConnectClient::restartTask(const QString &name, int task, Callback<Done> callback)
{
    request<Done>("POST", urlFor(QStringLiteral("/connectors/%1/tasks/%2/restart").arg(enc(name)).arg(task)),
        {}, { 200, 202, 204 }, CS_DONE, std::move(callback));
}

void ConnectClient::activeTopics(const QString &name, Callback<QStringList> callback)
{
    request<QStringList>(
        "GET", urlFor(QStringLiteral("/connectors/%1/topics").arg(enc(name))), {}, { 200 },
        [name](
            int, const QByteArray &body, const QNetworkReply *) { return parse::activeTopics(name, body); },
        std::move(callback));
}

void ConnectClient::resetActiveTopics(const QString &name, Callback<Done> callback)
{
    request<Done>("PUT", urlFor(QStringLiteral("/connectors/%1/topics/reset").arg(enc(name))), {},
        { 200, 202, 204 }, CS_DONE, std::move(callback));
}

void ConnectClient::offsets(const QString &name, Callback<QList<ConnectorOffset>> callback)
{
    request<QList<ConnectorOffset>>("GET", urlFor(QStringLiteral("/connectors/%1/offsets").arg(enc(name))),
        {}, { 200 }, CS_PARSE(connectorOffsets), std::move(callback));
}

void ConnectClient::alterOffsets(
    const QString &name, const QList<ConnectorOffset> &offsets, Callback<QString> callback)
{
    QJsonArray list;
    for (const ConnectorOffset &o : offsets)
        list.append(QJsonObject { { QStringLiteral("partition"), o.partition },
            { QStringLiteral("offset"), o.offset ? QJsonValue(*o.offset) : QJsonValue(QJsonValue::Null) } });
    const QByteArray body
        = QJsonDocument(QJsonObject { { QStringLiteral("offsets"), list } }).toJson(QJsonDocument::Compact);
    request<QString>("PATCH", urlFor(QStringLiteral("/connectors/%1/offsets").arg(enc(name))), body, { 200 },
        CS_PARSE(message), std::move(callback));
}

void ConnectClient::resetOffsets(const QString &name, Callback<QString> callback)
{
    request<QString>("DELETE", urlFor(QStringLiteral("/connectors/%1/offsets").arg(enc(name))), {}, { 200 },
        CS_PARSE(message), std::move(callback));
}

void ConnectClient::plugins(bool connectorsOnly, Callback<QList<PluginInfo>> callback)
{
    request<QList<PluginInfo>>("GET",
        urlFor(QStringLiteral("/connector-plugins"),
            { { QStringLiteral("connectorsOnly"),
                connectorsOnly ? QStringLiteral("true") : QStringLiteral("false") } }),
        {}, { 200 }, CS_PARSE(pluginInfos), std::move(callback));
}

void ConnectClient::pluginConfig(const QString &plugin, Callback<QList<ConfigKeyInfo>> callback)
{
    request<QList<ConfigKeyInfo>>("GET",
        urlFor(QStringLiteral("/connector-plugins/%1/config").arg(enc(plugin))), {}, { 200 },
        CS_PARSE(configKeyInfos), std::move(callback));
}

void ConnectClient::validate(
    const QString &type, const config::Properties &config, Callback<ConfigInfos> callback)
{
    request<ConfigInfos>("PUT",
        urlFor(QStringLiteral("/connector-plugins/%1/config/validate").arg(enc(type))),
        configJson(config, false), { 200 }, CS_PARSE(configInfos), std::move(callback));
}

void ConnectClient::loggers(Callback<QMap<QString, LoggerLevel>> callback)
{
    request<QMap<QString, LoggerLevel>>("GET", urlFor(QStringLiteral("/admin/loggers")), {}, { 200 },
        CS_PARSE(loggerLevels), std::move(callback));
}

void ConnectClient::logger(const QString &name, Callback<LoggerLevel> callback)
{
    request<LoggerLevel>("GET", urlFor(QStringLiteral("/admin/loggers/") + enc(name)), {}, { 200 },
        CS_PARSE(loggerLevel), std::move(callback));
}

void ConnectClient::setLoggerLevel(
    const QString &name, const QString &level, const QString &scope, Callback<QStringList> callback)
{
    QList<std::pair<QString, QString>> query;
    if (!scope.isEmpty())
        query.append({ QStringLiteral("scope"), scope });
    const QByteArray body
        = QJsonDocument(QJsonObject { { QStringLiteral("level"), level } }).toJson(QJsonDocument::Compact);
    request<QStringList>(
        "PUT", urlFor(QStringLiteral("/admin/loggers/") + enc(name), query), body, { 200, 204 },
        [](int status, const QByteArray &b, const QNetworkReply *) -> std::optional<QStringList> {
            if (status == 204)
                return QStringList();
            return parse::stringArray(b);
        },
        std::move(callback));
}

#undef CS_PARSE
#undef CS_DONE

} // namespace cs::connectclient
