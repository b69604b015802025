#pragma once

#include <functional>
#include <optional>
#include <variant>

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include "connectclient/restentities.h"

class QNetworkAccessManager;
class QNetworkReply;

namespace cs::connectclient {

// The answer to one request: the value, or the error exactly as the worker (or the network) gave it.
template<typename T> struct Result
{
    std::optional<T> value;
    std::optional<RestError> error;
    int httpStatus = 0;

    bool ok() const { return value.has_value(); }
};

using Done = std::monostate;
template<typename T> using Callback = std::function<void(const Result<T> &)>;

// An asynchronous client of the whole Kafka Connect REST API (kafka-connect.md §1.4), for the
// studio's embedded worker or any real Connect cluster, with optional HTTP basic auth. Requests go
// through its own QNetworkAccessManager and never block; each completes exactly once through its
// callback, on the thread the client lives on (create and use it on one thread, the GUI thread in
// the studio). Destroying the client aborts what is in flight without calling those callbacks.
// The password is only ever put into the Authorization header: never into errors or logs.
class ConnectClient final : public QObject
{
    Q_OBJECT

public:
    explicit ConnectClient(QObject *parent = nullptr);
    ~ConnectClient() override;

    // e.g. http://127.0.0.1:8083 (a path prefix such as https://host/connect is kept). Changing it
    // does not cancel requests in flight; cancelAll() does.
    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_baseUrl; }
    void setCredentials(const QString &user, const QString &password);
    QString user() const { return m_user; }
    QString password() const { return m_password; } // for "Copy as curl" when the user asks to reveal it
    void setTimeout(int ms) { m_timeoutMs = ms; } // per request; default 30 s
    // The URL of `path` (e.g. "/connectors/a b/config", segments percent-encoded) on the base URL.
    QUrl urlFor(const QString &path, const QList<std::pair<QString, QString>> &query = {}) const;
    int pendingRequests() const { return static_cast<int>(m_pending.size()); }
    void cancelAll();

    // GET / and GET /health (the worker answers a body with 503/500 too: it is returned as the value).
    void serverInfo(Callback<ServerInfo> callback);
    void health(Callback<WorkerHealth> callback);

    // Connectors.
    void connectors(Callback<QStringList> callback);
    // GET /connectors?expand=status&expand=info (either or both).
    void connectorsExpanded(bool status, bool info, Callback<QList<ConnectorOverview>> callback);
    void connectorInfo(const QString &name, Callback<ConnectorInfo> callback);
    void connectorConfig(const QString &name, Callback<config::Properties> callback);
    // POST /connectors; initialState "RUNNING", "PAUSED" or "STOPPED" (Kafka 3.7+), empty = none.
    void createConnector(const QString &name, const config::Properties &config,
        Callback<ConnectorInfo> callback, const QString &initialState = {});
    // PUT /connectors/{name}/config: creates (201) or updates (200).
    void putConnectorConfig(
        const QString &name, const config::Properties &config, Callback<PutResult> callback);
    // PATCH /connectors/{name}/config (3.9+): nullopt removes the key.
    void patchConnectorConfig(const QString &name,
        const QList<std::pair<QString, std::optional<QString>>> &patch, Callback<ConnectorInfo> callback);
    void deleteConnector(const QString &name, Callback<Done> callback);

    void connectorStatus(const QString &name, Callback<ConnectorStatus> callback);
    void taskStatus(const QString &name, int task, Callback<TaskStatus> callback);
    void taskConfigs(const QString &name, Callback<QList<TaskConfig>> callback);

    void pauseConnector(const QString &name, Callback<Done> callback);
    void resumeConnector(const QString &name, Callback<Done> callback);
    void stopConnector(const QString &name, Callback<Done> callback);
    // POST /connectors/{name}/restart. Without flags the worker answers 204 (value nullopt); with
    // includeTasks or onlyFailed 202 and the state with what restarts shown as RESTARTING.
    void restartConnector(const QString &name, bool includeTasks, bool onlyFailed,
        Callback<std::optional<ConnectorStatus>> callback);
    void restartTask(const QString &name, int task, Callback<Done> callback);

    void activeTopics(const QString &name, Callback<QStringList> callback);
    void resetActiveTopics(const QString &name, Callback<Done> callback);

    void offsets(const QString &name, Callback<QList<ConnectorOffset>> callback);
    void alterOffsets(const QString &name, const QList<ConnectorOffset> &offsets, Callback<QString> callback);
    void resetOffsets(const QString &name, Callback<QString> callback);

    // Plugins.
    void plugins(bool connectorsOnly, Callback<QList<PluginInfo>> callback);
    void pluginConfig(const QString &plugin, Callback<QList<ConfigKeyInfo>> callback);
    // PUT /connector-plugins/{type}/config/validate. `type` is the plugin's class or alias (the
    // worker checks it against connector.class).
    void validate(const QString &type, const config::Properties &config, Callback<ConfigInfos> callback);

    // Loggers.
    void loggers(Callback<QMap<QString, LoggerLevel>> callback);
    void logger(const QString &name, Callback<LoggerLevel> callback);
    // scope "worker" answers the affected loggers; "cluster" answers 204 (empty list).
    void setLoggerLevel(
        const QString &name, const QString &level, const QString &scope, Callback<QStringList> callback);

private:
    // Sends; `handle` gets the status and the body of a finished exchange (network errors are
    // handled before it).
    using Handler = std::function<void(int status, const QByteArray &body, const QNetworkReply *reply)>;
    using Failure = std::function<void(const RestError &error)>;
    void send(
        const QByteArray &method, const QUrl &url, const QByteArray &body, Handler handle, Failure fail);
    template<typename T, typename Parse>
    void request(const QByteArray &method, const QUrl &url, const QByteArray &body, QList<int> okStatuses,
        Parse parse, Callback<T> callback);
    void finished(QNetworkReply *reply);

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QString m_user;
    QString m_password; // never logged
    int m_timeoutMs = 30000;
    struct Pending
    {
        Handler handle;
        Failure fail;
    };
    QHash<QNetworkReply *, Pending> m_pending;
};

} // namespace cs::connectclient
