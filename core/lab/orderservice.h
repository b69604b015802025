#pragma once

#include <memory>

#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QUrl>

#include "jdbc/jdbcurl.h"

namespace cs::lab {

// Where the Order service listens and which databases it uses.
struct OrderServiceConfig
{
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 8081; // the lab's port; 0 = any free port (tests)
    QString sourceUrl; // JDBC URL of the database holding ORDER_TABLE (POST/GET /orders)
    cs::jdbc::ConnectionProperties sourceProperties;
    QString targetUrl; // JDBC URL of the sink's database (GET /syncOrders)
    cs::jdbc::ConnectionProperties targetProperties;
    QString syncTable = QStringLiteral("CONNECT_ORDER_TABLE"); // the table the sink connector fills
    qint64 maxBodyBytes = 1024 * 1024;
};

// The lab's Order microservice, built in: an HTTP server (Qt HttpServer) with
//   POST /orders       body {"message": "..."} (httpie's `message=...`), a form (`-f`, curl -d) or
//                      ?message=...; inserts one row into ORDER_TABLE; 201 {"id":n,"message":"..."}
//   GET  /orders       ORDER_TABLE's rows, [{"id":n,"message":"..."}, ...] by ID
//   GET  /syncOrders   the sink table's rows as JSON objects (column names lower-cased, as Spring's
//                      JSON of the lab's entity), by ID
// Listings take ?last=N (only the N greatest IDs, still in ID order) and carry the table's row count
// in the header X-Total-Count, so a view can follow a large table without fetching all of it.
// Errors are JSON {"error": "<what happened and what to do>", "status": <code>}.
// Owns a thread with its own event loop on which the server, its sockets and its two QtSql
// connections (opened lazily there, removed there on stop) live: requests never touch the caller's
// thread. Create, start and stop it from one thread; the getters are thread-safe after start().
class OrderService final : public QObject
{
    Q_OBJECT

public:
    explicit OrderService(OrderServiceConfig config, QObject *parent = nullptr);
    ~OrderService() override; // stop()

    // Binds and starts serving. On failure returns false and errorString() says why; a port in use
    // names the process holding it.
    bool start();
    void stop();

    bool isRunning() const;
    QString errorString() const;
    quint16 port() const;
    QUrl url() const; // http://127.0.0.1:<port>

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cs::lab
