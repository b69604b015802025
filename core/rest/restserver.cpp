#include "rest/restserver.h"

#include <functional>
#include <mutex>
#include <sys/socket.h>

#include <QAbstractHttpServer>
#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QRunnable>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <QUrlQuery>

#include "connect/compat.h"
#include "connect/connectorconfig.h"
#include "net/listeningsockets.h"
#include "rest/restjson.h"

namespace cs::rest {

using connect::ConnectError;
using connect::HerderResult;

namespace {

QString trText(const char *text)
{
    return QCoreApplication::translate("cs::rest::RestServer", text);
}

// ---- request body limit --------------------------------------------------------------------------

// Watches one connection's incoming bytes before Qt's HTTP parser reads them: a request whose
// Content-Length, or whose received bytes, exceed the limit gets 413 and the connection is closed,
// so a huge body is never buffered in memory. Lives on the server thread as a child of its socket.
class BodyGuard final : public QObject
{
public:
    BodyGuard(QTcpSocket *socket, qint64 limit)
        : QObject(socket)
        , m_socket(socket)
        , m_limit(limit)
    { }

    void onReadyRead()
    {
        if (m_rejected) {
            m_socket->readAll(); // drain until the client goes away
            return;
        }
        const QByteArray chunk = m_socket->peek(m_socket->bytesAvailable());
        if (!m_headersChecked) {
            m_headers += chunk.left(64 * 1024);
            const qsizetype end = m_headers.indexOf("\r\n\r\n");
            if (end >= 0) {
                m_headersChecked = true;
                bool expectContinue = false;
                for (const QByteArray &line : m_headers.left(end).split('\n')) {
                    const qsizetype colon = line.indexOf(':');
                    if (colon <= 0)
                        continue;
                    const QByteArray name = line.left(colon).trimmed();
                    if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
                        bool ok = false;
                        const qint64 length = line.mid(colon + 1).trimmed().toLongLong(&ok);
                        if (ok && length > m_limit) {
                            reject();
                            return;
                        }
                    } else if (name.compare("expect", Qt::CaseInsensitive) == 0
                        && line.mid(colon + 1).trimmed().compare("100-continue", Qt::CaseInsensitive) == 0) {
                        expectContinue = true;
                    }
                }
                m_headers.clear();
                // Qt HttpServer 6.4 does not answer "Expect: 100-continue"; without this the client
                // waits a second before it sends the body.
                if (expectContinue)
                    m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            }
        }
        m_received += chunk.size();
        if (m_received > m_limit + 64 * 1024)
            reject();
    }

    void requestComplete()
    {
        m_received = 0;
        m_headersChecked = false;
        m_headers.clear();
    }

private:
    void reject()
    {
        m_rejected = true;
        // Stop Qt's parser from seeing more of this request, answer, and half-close: the client reads
        // the answer while the rest of its upload is drained and dropped.
        QObject::disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
        connect(m_socket, &QTcpSocket::readyRead, this, &BodyGuard::onReadyRead);
        const QByteArray body = json::error({ 413, QStringLiteral("HTTP 413 Request Entity Too Large") });
        m_socket->write("HTTP/1.1 413 Payload Too Large\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        m_socket->flush();
        ::shutdown(static_cast<int>(m_socket->socketDescriptor()), SHUT_WR);
        m_socket->readAll();
        QTimer::singleShot(5000, m_socket, [socket = m_socket] { socket->abort(); });
        connect(m_socket, &QTcpSocket::disconnected, m_socket, &QObject::deleteLater);
    }

    QTcpSocket *m_socket;
    qint64 m_limit;
    qint64 m_received = 0;
    QByteArray m_headers;
    bool m_headersChecked = false;
    bool m_rejected = false;
};

class GuardedTcpServer final : public QTcpServer
{
public:
    GuardedTcpServer(qint64 limit, QObject *parent)
        : QTcpServer(parent)
        , m_limit(limit)
    { }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        // Answers go out in several writes (status line, headers, body); with Nagle's algorithm the
        // last segment of a larger body waits for the client's delayed ACK (40 ms on Linux).
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        // Connected before QAbstractHttpServer connects its own reader, so it runs first.
        auto *guard = new BodyGuard(socket, m_limit);
        guard->setObjectName(QStringLiteral("cs_body_guard"));
        connect(socket, &QTcpSocket::readyRead, guard, &BodyGuard::onReadyRead);
        addPendingConnection(socket);
    }

private:
    qint64 m_limit;
};

// ---- one request ----------------------------------------------------------------------------------

class Exchange
{
public:
    Exchange(const QHttpServerRequest &request, QHttpServerResponder &&responder, QTcpSocket *socket)
        : method(request.method())
        , query(request.query())
        , body(request.body())
        , host(request.value("Host"))
        , contentType(request.value("Content-Type"))
        , m_responder(std::move(responder))
        , m_socket(socket)
    {
        const QString encoded = request.url().path(QUrl::FullyEncoded);
        for (const QString &segment : encoded.split(QLatin1Char('/'), Qt::SkipEmptyParts))
            segments.append(QUrl::fromPercentEncoding(segment.toUtf8()));
    }

    bool done() const { return m_done; }

    // Answers 500 "Request timed out" if nothing answered within `ms` (HerderRequestHandler's timeout).
    void startTimeout(QObject *context, int ms)
    {
        // The timer keeps the exchange alive even when a herder drops its callback; answering deletes it.
        m_timer = new QTimer(context);
        m_timer->setSingleShot(true);
        QObject::connect(m_timer, &QTimer::timeout, context, [self = m_self.lock()] {
            if (self)
                self->respondError(ConnectError::internal(QStringLiteral("Request timed out")));
        });
        m_timer->start(ms);
    }
    void setSelf(const std::shared_ptr<Exchange> &self) { m_self = self; }

    void respond(int status, const QByteArray &payload = QByteArray(),
        const QList<std::pair<QByteArray, QByteArray>> &headers = {})
    {
        if (m_done)
            return;
        m_done = true;
        if (m_timer)
            m_timer->deleteLater();
        if (!m_socket)
            return;
        m_responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(status));
        if (!payload.isEmpty())
            m_responder.writeHeader("Content-Type", "application/json");
        m_responder.writeHeader("Content-Length", QByteArray::number(payload.size()));
        for (const auto &[key, value] : headers)
            m_responder.writeHeader(key, value);
        m_responder.writeBody(headOnly ? QByteArray() : payload);
    }

    void respondError(const ConnectError &error) { respond(error.status, json::error(error)); }

    bool queryFlag(const QString &name, bool fallback) const
    {
        if (!query.hasQueryItem(name))
            return fallback;
        return query.queryItemValue(name).compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    }

    QHttpServerRequest::Method method;
    bool headOnly = false; // HEAD: answered like GET, without the body (as Jersey does)
    QStringList segments;
    QUrlQuery query;
    QByteArray body;
    QByteArray host;
    QByteArray contentType;

private:
    QHttpServerResponder m_responder;
    QPointer<QTcpSocket> m_socket;
    QPointer<QTimer> m_timer;
    std::weak_ptr<Exchange> m_self;
    bool m_done = false;
};
using ExchangePtr = std::shared_ptr<Exchange>;
using Params = QStringList;
using Handler = std::function<void(const ExchangePtr &, const Params &)>;

struct Route
{
    QHttpServerRequest::Method method;
    QStringList pattern; // "{x}" segments capture
    bool consumesJson = false;
    Handler handler;
};

bool matches(const QStringList &pattern, const QStringList &segments, Params *params)
{
    if (pattern.size() != segments.size())
        return false;
    Params captured;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern.at(i).startsWith(QLatin1Char('{'))) {
            captured.append(segments.at(i));
            continue;
        }
        if (pattern.at(i) != segments.at(i))
            return false;
    }
    if (params)
        *params = captured;
    return true;
}

bool isJsonMediaType(const QByteArray &contentType)
{
    const QByteArray type = contentType.split(';').first().trimmed().toLower();
    return type == "application/json" || type == "*/*" || type == "application/*";
}

} // namespace

// ---- the HTTP server (server thread) --------------------------------------------------------------

class HttpServer final : public QAbstractHttpServer
{
public:
    HttpServer(RestServerConfig config, std::shared_ptr<const connect::PluginRegistry> plugins,
        std::shared_ptr<connect::Herder> herder)
        : m_config(std::move(config))
        , m_plugins(std::move(plugins))
        , m_herder(std::move(herder))
    {
        addRoutes();
    }

    // Runs on the server thread. Returns the bound port or 0 with `error` set.
    quint16 listenOn(QString *error)
    {
        auto *tcp = new GuardedTcpServer(m_config.maxRequestBodyBytes, this);
        if (!tcp->listen(m_config.address, m_config.port)) {
            if (tcp->serverError() == QAbstractSocket::AddressInUseError) {
                const auto owner = net::listenerOnPort(m_config.port);
                *error = trText("Cannot start the REST API on %1:%2: port %2 is already in use by %3. "
                                "Choose another port, for example listeners=HTTP://:%4")
                             .arg(m_config.address.toString())
                             .arg(m_config.port)
                             .arg(owner ? owner->ownerText() : trText("another process"))
                             .arg(m_config.port == 65535 ? 8084 : m_config.port + 1);
            } else {
                *error = trText("Cannot start the REST API on %1:%2: %3")
                             .arg(m_config.address.toString())
                             .arg(m_config.port)
                             .arg(tcp->errorString());
            }
            delete tcp;
            return 0;
        }
        bind(tcp);
        return tcp->serverPort();
    }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        if (auto *guard = socket->findChild<BodyGuard *>(QStringLiteral("cs_body_guard")))
            guard->requestComplete();
        auto exchange = std::make_shared<Exchange>(request, makeResponder(request, socket), socket);
        exchange->setSelf(exchange);
        dispatch(exchange);
        return true;
    }

    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        Exchange exchange(request, makeResponder(request, socket), socket);
        exchange.respondError({ 404, QStringLiteral("HTTP 404 Not Found") });
    }

private:
    void dispatch(const ExchangePtr &ex)
    {
        if (ex->method == QHttpServerRequest::Method::Head) {
            ex->method = QHttpServerRequest::Method::Get;
            ex->headOnly = true;
        }
        bool pathMatched = false;
        for (const Route &route : m_routes) {
            Params params;
            if (!matches(route.pattern, ex->segments, &params))
                continue;
            pathMatched = true;
            if (route.method != ex->method)
                continue;
            if (route.consumesJson && !ex->contentType.isEmpty() && !isJsonMediaType(ex->contentType)) {
                ex->respondError({ 415, QStringLiteral("HTTP 415 Unsupported Media Type") });
                return;
            }
            route.handler(ex, params);
            return;
        }
        if (pathMatched)
            ex->respondError({ 405, QStringLiteral("HTTP 405 Method Not Allowed") });
        else
            ex->respondError({ 404, QStringLiteral("HTTP 404 Not Found") });
    }

    void route(
        QHttpServerRequest::Method method, const QString &path, Handler handler, bool consumesJson = false)
    {
        m_routes.append(
            { method, path.split(QLatin1Char('/'), Qt::SkipEmptyParts), consumesJson, std::move(handler) });
    }

    // A herder callback that completes `ex` on this thread; a timer answers 500 when the herder is
    // too slow (HerderRequestHandler's "Request timed out").
    template<typename T>
    connect::HerderCallback<T> onServer(
        const ExchangePtr &ex, std::function<void(const ExchangePtr &, T &)> fn)
    {
        if (!ex->done())
            ex->startTimeout(this, m_config.requestTimeoutMs);
        QPointer<HttpServer> self(this);
        return [self, ex, fn](HerderResult<T> result) {
            if (!self)
                return;
            QMetaObject::invokeMethod(
                self,
                [ex, fn, result = std::move(result)]() mutable {
                    if (ex->done())
                        return;
                    if (result.error)
                        ex->respondError(*result.error);
                    else if (result.value)
                        fn(ex, *result.value);
                    else
                        ex->respondError(ConnectError::internal(QString()));
                },
                Qt::QueuedConnection);
        };
    }

    // The herder for connector endpoints; answers 503 itself when there is none.
    connect::Herder *herder(const ExchangePtr &ex)
    {
        if (!m_herder)
            ex->respondError({ 503,
                trText("This REST server has no connector runtime attached, so connector "
                       "endpoints are not available.") });
        return m_herder.get();
    }

    // Parses a body that must bind to a flat config map: 500 with the parser's message otherwise, and
    // 500 with a null message for an empty body (upstream dereferences the null map).
    std::optional<connect::ConfigMap> configBody(const ExchangePtr &ex)
    {
        const json::ParsedMap parsed = json::parseConfigMap(ex->body);
        if (parsed.error) {
            ex->respondError(ConnectError::internal(*parsed.error));
            return std::nullopt;
        }
        if (!parsed.map) {
            ex->respondError(ConnectError::internal(QString()));
            return std::nullopt;
        }
        return parsed.map;
    }

    QByteArray location(const ExchangePtr &ex, const QString &name) const
    {
        QByteArray host = ex->host;
        if (host.isEmpty())
            host = m_config.address.toString().toUtf8() + ':' + QByteArray::number(m_config.port);
        return "http://" + host + "/connectors/" + QUrl::toPercentEncoding(name, "!$&'()*+,;=:@");
    }

    static std::optional<connect::ConnectorTaskId> taskId(const ExchangePtr &ex, const Params &p)
    {
        bool ok = false;
        const int task = p.at(1).toInt(&ok);
        if (!ok) {
            ex->respondError(
                { 404, QStringLiteral("HTTP 404 Not Found") }); // Jersey: unconvertible path param
            return std::nullopt;
        }
        return connect::ConnectorTaskId { p.at(0), task };
    }

    // ConnectorsResource.checkAndPutConnectorConfigName
    static bool checkAndPutName(const ExchangePtr &ex, const QString &name, connect::ConfigMap &config)
    {
        const std::optional<QString> included = config.value(QStringLiteral("name"));
        if (included) {
            if (*included != name) {
                ex->respondError(ConnectError::badRequest(QStringLiteral("Connector name configuration (")
                    + *included + QStringLiteral(") doesn't match connector name in the URL (") + name
                    + QLatin1Char(')')));
                return false;
            }
        } else {
            config.insert(QStringLiteral("name"), name);
        }
        return true;
    }

    void addRoutes();
    void addConnectorRoutes();
    void addPluginRoutes();
    void addLoggerRoutes();

    RestServerConfig m_config;
    std::shared_ptr<const connect::PluginRegistry> m_plugins;
    std::shared_ptr<connect::Herder> m_herder;
    QList<Route> m_routes;
    struct ExpandCache
    {
        quint64 generation = 0;
        QByteArray body;
    };
    ExpandCache m_expandCache[4]; // by expand flags (status = 1, info = 2)
};

using M = QHttpServerRequest::Method;

void HttpServer::addRoutes()
{
    route(M::Get, QStringLiteral("/"), [this](const ExchangePtr &ex, const Params &) {
        const std::optional<QString> clusterId = m_herder ? m_herder->kafkaClusterId() : std::nullopt;
        ex->respond(200, json::serverInfo(connect::kafkaVersion(), connect::buildCommitId(), clusterId));
    });
    route(M::Get, QStringLiteral("/health"), [this](const ExchangePtr &ex, const Params &) {
        if (auto *h = herder(ex))
            h->health(onServer<connect::WorkerStatus>(ex, [](const ExchangePtr &e, connect::WorkerStatus &s) {
                e->respond(s.httpStatus, json::workerStatus(s));
            }));
    });
    addConnectorRoutes();
    addPluginRoutes();
    addLoggerRoutes();
}

void HttpServer::addConnectorRoutes()
{
    route(M::Get, QStringLiteral("/connectors"), [this](const ExchangePtr &ex, const Params &) {
        auto *h = herder(ex);
        if (!h)
            return;
        const QStringList expand = ex->query.allQueryItemValues(QStringLiteral("expand"));
        const bool withStatus = expand.contains(QLatin1String("status"));
        const bool withInfo = expand.contains(QLatin1String("info"));
        if (!withStatus && !withInfo) {
            h->connectors(onServer<QStringList>(ex,
                [](const ExchangePtr &e, QStringList &names) { e->respond(200, json::stringArray(names)); }));
            return;
        }
        // One herder call for every connector; the rendering is reused while the view's generation
        // stays the same (the common case: many clients polling an unchanged worker).
        h->connectorsView(onServer<connect::ConnectorsViewPtr>(
            ex, [this, withStatus, withInfo](const ExchangePtr &e, connect::ConnectorsViewPtr &view) {
                const int slot = (withStatus ? 1 : 0) | (withInfo ? 2 : 0);
                ExpandCache &cache = m_expandCache[slot];
                if (view->generation == 0 || cache.generation != view->generation) {
                    cache.body = json::expandedConnectors(*view, withStatus, withInfo);
                    cache.generation = view->generation;
                }
                e->respond(200, cache.body);
            }));
    });

    route(
        M::Post, QStringLiteral("/connectors"),
        [this](const ExchangePtr &ex, const Params &) {
            auto *h = herder(ex);
            if (!h)
                return;
            const json::ParsedCreate parsed = json::parseCreateRequest(ex->body);
            if (parsed.error) {
                ex->respondError(ConnectError::internal(*parsed.error));
                return;
            }
            if (!parsed.request || !parsed.request->config) {
                ex->respondError(ConnectError::internal(QString()));
                return;
            }
            const QString name = parsed.request->name.value_or(QString()).trimmed();
            connect::ConfigMap config = *parsed.request->config;
            if (!checkAndPutName(ex, name, config))
                return;
            std::optional<connect::TargetState> initial;
            if (parsed.request->initialState) {
                const QString state = parsed.request->initialState->toUpper();
                if (state == QLatin1String("RUNNING"))
                    initial = connect::TargetState::Started;
                else if (state == QLatin1String("PAUSED"))
                    initial = connect::TargetState::Paused;
                else if (state == QLatin1String("STOPPED"))
                    initial = connect::TargetState::Stopped;
                else {
                    ex->respondError(ConnectError::internal(
                        QStringLiteral(
                            "Cannot construct instance of "
                            "`org.apache.kafka.connect.runtime.rest.entities.CreateConnectorRequest`, "
                            "problem: No enum constant "
                            "org.apache.kafka.connect.runtime.rest.entities.CreateConnectorRequest."
                            "InitialState.")
                        + state));
                    return;
                }
            }
            h->putConnectorConfig(name, config, false, initial,
                onServer<connect::Created>(ex, [this, name](const ExchangePtr &e, connect::Created &c) {
                    e->respond(201, json::connectorInfo(c.info), { { "Location", location(e, name) } });
                }));
        },
        true);

    route(M::Get, QStringLiteral("/connectors/{c}"), [this](const ExchangePtr &ex, const Params &p) {
        if (auto *h = herder(ex))
            h->connectorInfo(p.at(0),
                onServer<connect::ConnectorInfo>(ex, [](const ExchangePtr &e, connect::ConnectorInfo &i) {
                    e->respond(200, json::connectorInfo(i));
                }));
    });
    route(M::Delete, QStringLiteral("/connectors/{c}"), [this](const ExchangePtr &ex, const Params &p) {
        if (auto *h = herder(ex))
            h->deleteConnector(p.at(0),
                onServer<connect::Done>(ex, [](const ExchangePtr &e, connect::Done &) { e->respond(204); }));
    });
    route(M::Get, QStringLiteral("/connectors/{c}/config"), [this](const ExchangePtr &ex, const Params &p) {
        if (auto *h = herder(ex))
            h->connectorConfig(
                p.at(0), onServer<connect::ConfigMap>(ex, [](const ExchangePtr &e, connect::ConfigMap &c) {
                    e->respond(200, json::configMap(c));
                }));
    });
    route(
        M::Put, QStringLiteral("/connectors/{c}/config"),
        [this](const ExchangePtr &ex, const Params &p) {
            auto *h = herder(ex);
            if (!h)
                return;
            std::optional<connect::ConfigMap> config = configBody(ex);
            if (!config)
                return;
            const QString name = p.at(0);
            if (!checkAndPutName(ex, name, *config))
                return;
            h->putConnectorConfig(name, *config, true, std::nullopt,
                onServer<connect::Created>(ex, [this, name](const ExchangePtr &e, connect::Created &c) {
                    if (c.created)
                        e->respond(201, json::connectorInfo(c.info), { { "Location", location(e, name) } });
                    else
                        e->respond(200, json::connectorInfo(c.info));
                }));
        },
        true);
    route(
        M::Patch, QStringLiteral("/connectors/{c}/config"),
        [this](const ExchangePtr &ex, const Params &p) {
            auto *h = herder(ex);
            if (!h)
                return;
            std::optional<connect::ConfigMap> patch = configBody(ex);
            if (!patch)
                return;
            h->patchConnectorConfig(p.at(0), *patch,
                onServer<connect::ConnectorInfo>(ex, [](const ExchangePtr &e, connect::ConnectorInfo &i) {
                    e->respond(200, json::connectorInfo(i));
                }));
        },
        true);
    route(M::Get, QStringLiteral("/connectors/{c}/status"), [this](const ExchangePtr &ex, const Params &p) {
        if (auto *h = herder(ex))
            h->connectorStatus(p.at(0),
                onServer<connect::ConnectorStateInfo>(
                    ex, [](const ExchangePtr &e, connect::ConnectorStateInfo &s) {
                        e->respond(200, json::connectorStateInfo(s));
                    }));
    });
    route(M::Post, QStringLiteral("/connectors/{c}/restart"), [this](const ExchangePtr &ex, const Params &p) {
        auto *h = herder(ex);
        if (!h)
            return;
        const connect::RestartRequest request { p.at(0), ex->queryFlag(QStringLiteral("onlyFailed"), false),
            ex->queryFlag(QStringLiteral("includeTasks"), false) };
        h->restartConnector(request,
            onServer<std::optional<connect::ConnectorStateInfo>>(
                ex, [](const ExchangePtr &e, std::optional<connect::ConnectorStateInfo> &s) {
                    if (s)
                        e->respond(202, json::connectorStateInfo(*s));
                    else
                        e->respond(204);
                }));
    });
    const struct
    {
        const char *path;
        void (connect::Herder::*call)(const QString &, connect::HerderCallback<connect::Done>);
        int status;
    } simple[] = {
        { "/connectors/{c}/pause", &connect::Herder::pauseConnector, 202 },
        { "/connectors/{c}/resume", &connect::Herder::resumeConnector, 202 },
        { "/connectors/{c}/stop", &connect::Herder::stopConnector, 204 },
        { "/connectors/{c}/topics/reset", &connect::Herder::resetConnectorActiveTopics, 202 },
    };
    for (const auto &s : simple) {
        const auto call = s.call;
        const int status = s.status;
        route(M::Put, QString::fromLatin1(s.path),
            [this, call, status](const ExchangePtr &ex, const Params &p) {
                if (auto *h = herder(ex))
                    (h->*call)(p.at(0),
                        onServer<connect::Done>(
                            ex, [status](const ExchangePtr &e, connect::Done &) { e->respond(status); }));
            });
    }
    route(M::Get, QStringLiteral("/connectors/{c}/tasks"), [this](const ExchangePtr &ex, const Params &p) {
        if (auto *h = herder(ex))
            h->taskConfigs(p.at(0),
                onServer<QList<connect::TaskInfo>>(ex, [](const ExchangePtr &e, QList<connect::TaskInfo> &t) {
                    e->respond(200, json::taskInfos(t));
                }));
    });
    route(M::Get, QStringLiteral("/connectors/{c}/tasks-config"),
        [this](const ExchangePtr &ex, const Params &p) {
            if (auto *h = herder(ex))
                h->taskConfigs(p.at(0),
                    onServer<QList<connect::TaskInfo>>(
                        ex, [](const ExchangePtr &e, QList<connect::TaskInfo> &t) {
                            e->respond(200, json::tasksConfig(t));
                        }));
        });
    route(M::Get, QStringLiteral("/connectors/{c}/tasks/{t}/status"),
        [this](const ExchangePtr &ex, const Params &p) {
            auto *h = herder(ex);
            if (!h)
                return;
            if (const auto id = taskId(ex, p))
                h->taskStatus(
                    *id, onServer<connect::TaskState>(ex, [](const ExchangePtr &e, connect::TaskState &s) {
                        e->respond(200, json::taskState(s));
                    }));
        });
    route(M::Post, QStringLiteral("/connectors/{c}/tasks/{t}/restart"),
        [this](const ExchangePtr &ex, const Params &p) {
            auto *h = herder(ex);
            if (!h)
                return;
            if (const auto id = taskId(ex, p))
                h->restartTask(*id, onServer<connect::Done>(ex, [](const ExchangePtr &e, connect::Done &) {
                    e->respond(204);
                }));
        });
    route(M::Get, QStringLiteral("/connectors/{c}/topics"), [this](const ExchangePtr &ex, const Params &p) {
        auto *h = herder(ex);
        if (!h)
            return;
        const QString name = p.at(0);
        h->connectorActiveTopics(
            name, onServer<QStringList>(ex, [name](const ExchangePtr &e, QStringList &topics) {
                e->respond(200, json::activeTopics(name, topics));
            }));
    });
    route(M::Get, QStringLiteral("/connectors/{c}/offsets"), [this](const ExchangePtr &ex, const Params &p) {
        if (auto *h = herder(ex))
            h->connectorOffsets(p.at(0),
                onServer<QList<connect::ConnectorOffset>>(
                    ex, [](const ExchangePtr &e, QList<connect::ConnectorOffset> &o) {
                        e->respond(200, json::connectorOffsets(o));
                    }));
    });
    route(
        M::Patch, QStringLiteral("/connectors/{c}/offsets"),
        [this](const ExchangePtr &ex, const Params &p) {
            auto *h = herder(ex);
            if (!h)
                return;
            const json::ParsedOffsets parsed = json::parseConnectorOffsets(ex->body);
            if (parsed.error) {
                ex->respondError(ConnectError::internal(*parsed.error));
                return;
            }
            if (!parsed.offsets || parsed.offsets->isEmpty()) {
                ex->respondError(ConnectError::badRequest(
                    QStringLiteral("Partitions / offsets need to be provided for an alter offsets request")));
                return;
            }
            h->alterConnectorOffsets(p.at(0), *parsed.offsets,
                onServer<QString>(
                    ex, [](const ExchangePtr &e, QString &m) { e->respond(200, json::message(m)); }));
        },
        true);
    route(
        M::Delete, QStringLiteral("/connectors/{c}/offsets"), [this](const ExchangePtr &ex, const Params &p) {
            if (auto *h = herder(ex))
                h->resetConnectorOffsets(p.at(0), onServer<QString>(ex, [](const ExchangePtr &e, QString &m) {
                    e->respond(200, json::message(m));
                }));
        });
}

void HttpServer::addPluginRoutes()
{
    route(M::Get, QStringLiteral("/connector-plugins"), [this](const ExchangePtr &ex, const Params &) {
        const bool connectorsOnly = ex->queryFlag(QStringLiteral("connectorsOnly"), true);
        QList<connect::PluginDesc> list = m_plugins->connectors();
        if (!connectorsOnly) {
            list += m_plugins->plugins(connect::PluginType::Transformation);
            list += m_plugins->plugins(connect::PluginType::Predicate);
            list += m_plugins->plugins(connect::PluginType::Converter);
            list += m_plugins->plugins(connect::PluginType::HeaderConverter);
        }
        ex->respond(200, json::pluginInfos(list));
    });
    route(M::Get, QStringLiteral("/connector-plugins/{p}/config"),
        [this](const ExchangePtr &ex, const Params &p) {
            ConnectError error;
            const auto keys = connect::pluginConfig(*m_plugins, p.at(0), &error);
            if (!keys) {
                ex->respondError(error);
                return;
            }
            ex->respond(200, connect::configKeyInfosToJson(*keys));
        });
    route(
        M::Put, QStringLiteral("/connector-plugins/{p}/config/validate"),
        [this](const ExchangePtr &ex, const Params &p) {
            const std::optional<connect::ConfigMap> config = configBody(ex);
            if (!config)
                return;
            if (const auto error = connect::checkRequestedPluginType(p.at(0), *config)) {
                ex->respondError(*error);
                return;
            }
            // Connector validation may be slow (a connector may contact its database), so it runs on
            // the global thread pool and answers back on this thread.
            auto callback = onServer<connect::ConfigInfos>(ex,
                [](const ExchangePtr &e, connect::ConfigInfos &infos) { e->respond(200, infos.toJson()); });
            QThreadPool::globalInstance()->start(
                [plugins = m_plugins, props = *config, callback, context = m_config.validation] {
                    const connect::ValidationResult result
                        = connect::validateConnectorConfig(*plugins, props, context);
                    if (result.error)
                        callback(HerderResult<connect::ConfigInfos>::fail(*result.error));
                    else
                        callback(HerderResult<connect::ConfigInfos>::ok(*result.infos));
                });
        },
        true);
}

void HttpServer::addLoggerRoutes()
{
    route(M::Get, QStringLiteral("/admin/loggers"), [this](const ExchangePtr &ex, const Params &) {
        if (auto *h = herder(ex))
            h->loggerLevels(onServer<QMap<QString, connect::LoggerLevel>>(
                ex, [](const ExchangePtr &e, QMap<QString, connect::LoggerLevel> &l) {
                    e->respond(200, json::loggerLevels(l));
                }));
    });
    route(M::Get, QStringLiteral("/admin/loggers/{l}"), [this](const ExchangePtr &ex, const Params &p) {
        if (auto *h = herder(ex))
            h->loggerLevel(p.at(0),
                onServer<connect::LoggerLevel>(ex, [](const ExchangePtr &e, connect::LoggerLevel &l) {
                    e->respond(200, json::loggerLevel(l));
                }));
    });
    route(
        M::Put, QStringLiteral("/admin/loggers/{l}"),
        [this](const ExchangePtr &ex, const Params &p) {
            auto *h = herder(ex);
            if (!h)
                return;
            const json::ParsedLevel parsed = json::parseLoggerLevel(ex->body);
            if (parsed.error) {
                ex->respondError(ConnectError::internal(*parsed.error));
                return;
            }
            if (!parsed.level) {
                ex->respondError(ConnectError::badRequest(
                    QStringLiteral("Desired 'level' parameter was not specified in request.")));
                return;
            }
            const bool cluster = ex->query.queryItemValue(QStringLiteral("scope"))
                                     .compare(QLatin1String("cluster"), Qt::CaseInsensitive)
                == 0;
            h->setLoggerLevel(p.at(0), *parsed.level, cluster,
                onServer<QStringList>(ex, [cluster](const ExchangePtr &e, QStringList &affected) {
                    if (cluster)
                        e->respond(204);
                    else
                        e->respond(200, json::stringArray(affected));
                }));
        },
        true);
}

// ---- RestServer ---------------------------------------------------------------------------------

std::optional<Listener> parseListener(const QString &listener, QString *error)
{
    const QString text = listener.trimmed();
    const qsizetype scheme = text.indexOf(QLatin1String("://"));
    if (scheme < 0 || text.left(scheme).compare(QLatin1String("http"), Qt::CaseInsensitive) != 0) {
        if (error)
            *error = trText("Unsupported listener %1: only HTTP://host:port listeners are supported")
                         .arg(listener);
        return std::nullopt;
    }
    QString hostPort = text.mid(scheme + 3);
    if (hostPort.endsWith(QLatin1Char('/')))
        hostPort.chop(1);
    const qsizetype colon = hostPort.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const uint port = colon >= 0 ? hostPort.mid(colon + 1).toUInt(&ok) : 0;
    if (!ok || port > 65535) {
        if (error)
            *error = trText("Invalid listener %1: expected HTTP://host:port").arg(listener);
        return std::nullopt;
    }
    QString host = hostPort.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    Listener result;
    result.port = static_cast<quint16>(port);
    if (host.isEmpty() || host == QLatin1String("0.0.0.0")) {
        result.address = QHostAddress(QHostAddress::Any);
    } else if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) {
        result.address = QHostAddress(QHostAddress::LocalHost);
    } else if (!result.address.setAddress(host)) {
        if (error)
            *error = trText("Invalid listener %1: %2 is not an IP address").arg(listener, host);
        return std::nullopt;
    }
    return result;
}

struct RestServer::Private
{
    RestServerConfig config;
    std::shared_ptr<const connect::PluginRegistry> plugins;
    std::shared_ptr<connect::Herder> herder;
    QThread *thread = nullptr;
    HttpServer *server = nullptr; // lives on `thread`
    mutable std::mutex mutex;
    QString error; // guarded by mutex
    quint16 port = 0; // guarded by mutex
    bool running = false; // guarded by mutex
};

RestServer::RestServer(RestServerConfig config, std::shared_ptr<const connect::PluginRegistry> plugins,
    std::shared_ptr<connect::Herder> herder, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->config = std::move(config);
    d->plugins = plugins ? std::move(plugins) : connect::PluginRegistry::builtin();
    d->herder = std::move(herder);
}

RestServer::~RestServer()
{
    stop();
}

bool RestServer::start()
{
    if (isRunning())
        return true;
    auto *thread = new QThread;
    thread->setObjectName(QStringLiteral("cs-rest"));
    auto *server = new HttpServer(d->config, d->plugins, d->herder);
    server->moveToThread(thread);
    thread->start();
    QString error;
    quint16 port = 0;
    QMetaObject::invokeMethod(
        server, [&] { port = server->listenOn(&error); }, Qt::BlockingQueuedConnection);
    if (port == 0) {
        QMetaObject::invokeMethod(
            server, [server] { delete server; }, Qt::BlockingQueuedConnection);
        thread->quit();
        thread->wait();
        delete thread;
        std::lock_guard lock(d->mutex);
        d->error = error;
        d->running = false;
        return false;
    }
    d->thread = thread;
    d->server = server;
    std::lock_guard lock(d->mutex);
    d->error.clear();
    d->port = port;
    d->running = true;
    return true;
}

void RestServer::stop()
{
    if (!d->thread)
        return;
    HttpServer *server = d->server;
    QMetaObject::invokeMethod(
        server, [server] { delete server; }, Qt::BlockingQueuedConnection);
    d->thread->quit();
    d->thread->wait();
    delete d->thread;
    d->thread = nullptr;
    d->server = nullptr;
    std::lock_guard lock(d->mutex);
    d->running = false;
}

bool RestServer::isRunning() const
{
    std::lock_guard lock(d->mutex);
    return d->running;
}

QString RestServer::errorString() const
{
    std::lock_guard lock(d->mutex);
    return d->error;
}

quint16 RestServer::port() const
{
    std::lock_guard lock(d->mutex);
    return d->port;
}

QUrl RestServer::url() const
{
    QHostAddress address = d->config.address;
    if (address == QHostAddress(QHostAddress::Any) || address == QHostAddress(QHostAddress::AnyIPv4)
        || address == QHostAddress(QHostAddress::AnyIPv6))
        address = QHostAddress(QHostAddress::LocalHost);
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(address.toString());
    url.setPort(port());
    url.setPath(QStringLiteral("/"));
    return url;
}

} // namespace cs::rest
