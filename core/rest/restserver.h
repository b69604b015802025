#pragma once

#include <memory>
#include <optional>

#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QUrl>

#include "connect/connectorconfig.h"
#include "connect/herder.h"
#include "connect/pluginregistry.h"

namespace cs::rest {

// Where and how the REST server listens. Defaults are the safe ones: loopback only, port 8083.
struct RestServerConfig
{
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 8083; // 0 = any free port (tests)
    qint64 maxRequestBodyBytes = 8 * 1024 * 1024; // larger bodies get 413 and the connection closes
    int requestTimeoutMs = 90000; // herder calls answer 500 "Request timed out" after this
    connect::ValidationContext validation; // the worker's group.id and exactly-once setting
};

// One entry of the worker's `listeners` key, e.g. "HTTP://:8083" (all interfaces) or
// "http://127.0.0.1:8084".
struct Listener
{
    QHostAddress address;
    quint16 port = 0;
};
std::optional<Listener> parseListener(const QString &listener, QString *error = nullptr);

// Kafka Connect's REST API over Qt HttpServer (QAbstractHttpServer): routing, upstream's status codes
// and error bodies (§1.1), the plugin and validation endpoints, and every connector endpoint of §1.4
// forwarded to a connect::Herder. Owns a thread with its own event loop on which the HTTP server,
// its sockets and all request handling live; herder answers are marshalled back to that thread, so a
// slow herder never blocks the server. Create, start and stop it from one thread (any thread); the
// getters are thread-safe after start() returned.
class RestServer final : public QObject
{
    Q_OBJECT

public:
    // Without a herder, the connector endpoints answer 503 with a message that says so.
    RestServer(RestServerConfig config, std::shared_ptr<const connect::PluginRegistry> plugins,
        std::shared_ptr<connect::Herder> herder = {}, QObject *parent = nullptr);
    ~RestServer() override; // stops

    // Binds and starts serving. Returns false and sets errorString() when the address cannot be
    // bound; a port in use is named together with the process that holds it.
    bool start();
    void stop();

    bool isRunning() const;
    QString errorString() const;
    quint16 port() const;
    QUrl url() const; // http://<address>:<port>/

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cs::rest
