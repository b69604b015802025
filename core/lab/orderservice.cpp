#include "lab/orderservice.h"

#include <mutex>

#include <QAbstractHttpServer>
#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QUrlQuery>

#include "lab/labdatabases.h"
#include "net/listeningsockets.h"

namespace cs::lab {

using cs::jdbc::ConnectionSpec;
using cs::jdbc::DatabaseKind;
using cs::jdbc::JdbcUrl;

namespace {

QString trText(const char *text)
{
    return QCoreApplication::translate("cs::lab::OrderService", text);
}

// Answers "Expect: 100-continue" (Qt HttpServer 6.4 does not; curl would wait a second before it sends
// a body) and refuses bodies above the limit by their Content-Length. Runs before Qt's parser reads.
class ExpectGuard final : public QObject
{
public:
    ExpectGuard(QTcpSocket *socket, qint64 limit)
        : QObject(socket)
        , m_socket(socket)
        , m_limit(limit)
    {
        setObjectName(QStringLiteral("cs_expect_guard"));
    }

    void onReadyRead()
    {
        if (m_headersSeen)
            return;
        m_headers += m_socket->peek(m_socket->bytesAvailable()).left(64 * 1024 - m_headers.size());
        const qsizetype end = m_headers.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        m_headersSeen = true;
        for (const QByteArray &line : m_headers.left(end).split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-length" && value.toLongLong() > m_limit) {
                const QByteArray body = R"({"error":"The request body is too large.","status":413})";
                m_socket->write("HTTP/1.1 413 Payload Too Large\r\nContent-Type: application/json\r\n"
                                "Connection: close\r\nContent-Length: "
                    + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                QObject::disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
                m_socket->disconnectFromHost();
                return;
            }
            if (name == "expect" && value.compare("100-continue", Qt::CaseInsensitive) == 0)
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
    }

    void requestComplete()
    {
        m_headers.clear();
        m_headersSeen = false;
    }

private:
    QTcpSocket *m_socket;
    qint64 m_limit;
    QByteArray m_headers;
    bool m_headersSeen = false;
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
        auto *guard = new ExpectGuard(socket, m_limit);
        connect(socket, &QTcpSocket::readyRead, guard, &ExpectGuard::onReadyRead);
        addPendingConnection(socket);
    }

private:
    qint64 m_limit;
};

struct Reply
{
    int status = 200;
    QByteArray body;
    qint64 totalCount = -1; // X-Total-Count, for listings
};

Reply jsonReply(int status, const QJsonValue &value)
{
    const QByteArray body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                            : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return { status, body };
}

Reply errorReply(int status, const QString &message)
{
    return jsonReply(
        status, QJsonObject { { QStringLiteral("error"), message }, { QStringLiteral("status"), status } });
}

// The message of POST /orders from a JSON object, a form or the query string.
std::optional<QString> orderMessage(const QHttpServerRequest &request, QString *error)
{
    const QByteArray type = request.value("Content-Type").split(';').first().trimmed().toLower();
    const QByteArray body = request.body();
    if (!body.trimmed().isEmpty()) {
        if (type == "application/x-www-form-urlencoded") {
            QByteArray form = body;
            form.replace('+', "%20");
            const QUrlQuery query(QString::fromUtf8(form));
            if (query.hasQueryItem(QStringLiteral("message")))
                return query.queryItemValue(QStringLiteral("message"), QUrl::FullyDecoded);
            *error = trText("The form has no \"message\" field.");
            return std::nullopt;
        }
        if (type.startsWith("text/")) // text/plain: the body is the message
            return QString::fromUtf8(body);
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            *error = trText("The body is not valid JSON (%1 at offset %2). Send {\"message\": \"...\"}.")
                         .arg(parseError.errorString())
                         .arg(parseError.offset);
            return std::nullopt;
        }
        const QJsonValue message = doc.object().value(QStringLiteral("message"));
        if (message.isString())
            return message.toString();
        if (message.isDouble() || message.isBool())
            return message.toVariant().toString();
        *error = trText("The JSON body has no \"message\" string. Send {\"message\": \"...\"}.");
        return std::nullopt;
    }
    const QUrlQuery query(request.url());
    if (query.hasQueryItem(QStringLiteral("message")))
        return query.queryItemValue(QStringLiteral("message"), QUrl::FullyDecoded);
    *error
        = trText("No order message: send {\"message\": \"...\"}, a form field message=... or ?message=....");
    return std::nullopt;
}

QString quoted(DatabaseKind kind, const QString &name)
{
    const bool mysql = kind == DatabaseKind::MySql || kind == DatabaseKind::MariaDb;
    return mysql ? u'`' + name + u'`' : u'"' + name + u'"';
}

} // namespace

// ---- the server (service thread) ------------------------------------------------------------------

class OrderHttpServer final : public QAbstractHttpServer
{
public:
    explicit OrderHttpServer(OrderServiceConfig config)
        : m_config(std::move(config))
    {
        m_connectionPrefix
            = QStringLiteral("cs-orderservice-%1-").arg(reinterpret_cast<quintptr>(this), 0, 16);
    }

    ~OrderHttpServer() override
    {
        for (Database *db : { &m_source, &m_target })
            close(*db);
    }

    quint16 listenOn(QString *error)
    {
        auto *tcp = new GuardedTcpServer(m_config.maxBodyBytes, this);
        if (!tcp->listen(m_config.address, m_config.port)) {
            if (tcp->serverError() == QAbstractSocket::AddressInUseError) {
                const auto owner = net::listenerOnPort(m_config.port);
                *error
                    = trText("Cannot start the Order service on port %1: the port is already in use by %2.")
                          .arg(m_config.port)
                          .arg(owner ? owner->ownerText() : trText("another process"));
            } else {
                *error = trText("Cannot start the Order service on %1:%2: %3")
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
        if (auto *guard = socket->findChild<ExpectGuard *>(QStringLiteral("cs_expect_guard")))
            guard->requestComplete();
        const Reply reply = dispatch(request);
        QHttpServerResponder responder = makeResponder(request, socket);
        responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
        responder.writeHeader("Content-Type", "application/json");
        responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
        if (reply.totalCount >= 0)
            responder.writeHeader("X-Total-Count", QByteArray::number(reply.totalCount));
        responder.writeBody(request.method() == QHttpServerRequest::Method::Head ? QByteArray() : reply.body);
        return true;
    }

    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override { }

private:
    struct Database
    {
        QString name; // the QtSql connection name, empty while closed
        ConnectionSpec spec;
    };

    Reply dispatch(const QHttpServerRequest &request)
    {
        const QString path = request.url().path();
        const auto method = request.method();
        const bool get
            = method == QHttpServerRequest::Method::Get || method == QHttpServerRequest::Method::Head;
        if (path == u"/orders" || path == u"/orders/") {
            if (method == QHttpServerRequest::Method::Post)
                return placeOrder(request);
            if (get)
                return listRows(m_source, m_config.sourceUrl, m_config.sourceProperties,
                    LabDatabases::orderTable(), QStringLiteral("source"), lastParameter(request));
            return errorReply(405, trText("Use POST /orders to place an order or GET /orders to list them."));
        }
        if (path == u"/syncOrders" || path == u"/syncOrders/") {
            if (get)
                return listRows(m_target, m_config.targetUrl, m_config.targetProperties, m_config.syncTable,
                    QStringLiteral("target"), lastParameter(request));
            return errorReply(405, trText("Use GET /syncOrders."));
        }
        return errorReply(404,
            trText(
                "No such resource: %1. The Order service has POST /orders, GET /orders and GET /syncOrders.")
                .arg(path));
    }

    // ?last=N: only the N rows with the greatest IDs (still in ID order); -1 = all.
    static qint64 lastParameter(const QHttpServerRequest &request)
    {
        const QUrlQuery query(request.url());
        bool ok = false;
        const qint64 last = query.queryItemValue(QStringLiteral("last")).toLongLong(&ok);
        return ok && last >= 0 ? last : -1;
    }

    // Opens the connection on first use (and again after a failure dropped it).
    std::optional<QSqlDatabase> open(Database &db, const QString &url,
        const cs::jdbc::ConnectionProperties &props, const QString &role, QString *error)
    {
        if (!db.name.isEmpty()) {
            QSqlDatabase existing = QSqlDatabase::database(db.name, false);
            if (existing.isOpen())
                return existing;
            close(db);
        }
        if (url.isEmpty()) {
            *error = trText("The Order service has no %1 database configured.").arg(role);
            return std::nullopt;
        }
        auto spec = JdbcUrl::parse(url, props);
        if (!spec) {
            *error = spec.error().toString();
            return std::nullopt;
        }
        if (spec->kind == DatabaseKind::Sqlite)
            spec.value().connectOptions << QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
        const QString name = m_connectionPrefix + role;
        auto opened = JdbcUrl::open(spec.value(), name);
        if (!opened) {
            *error = opened.error().toString();
            return std::nullopt;
        }
        db.name = name;
        db.spec = spec.value();
        return opened.value();
    }

    void close(Database &db)
    {
        if (db.name.isEmpty())
            return;
        {
            QSqlDatabase existing = QSqlDatabase::database(db.name, false);
            existing.close();
        }
        QSqlDatabase::removeDatabase(db.name);
        db.name.clear();
    }

    Reply placeOrder(const QHttpServerRequest &request)
    {
        QString error;
        const std::optional<QString> message = orderMessage(request, &error);
        if (!message)
            return errorReply(400, error);
        auto db
            = open(m_source, m_config.sourceUrl, m_config.sourceProperties, QStringLiteral("source"), &error);
        if (!db)
            return errorReply(503, trText("Cannot reach the source database: %1").arg(error));
        const qint64 id = LabDatabases::insertOrder(*db, m_source.spec.kind, *message, &error);
        if (id < 0) {
            const QString where = m_source.spec.redactedUrl();
            close(m_source);
            return errorReply(
                500, trText("Cannot insert the order into ORDER_TABLE of %1: %2").arg(where, error));
        }
        return jsonReply(
            201, QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("message"), *message } });
    }

    Reply listRows(Database &database, const QString &url, const cs::jdbc::ConnectionProperties &props,
        const QString &table, const QString &role, qint64 last)
    {
        QString error;
        auto db = open(database, url, props, role, &error);
        if (!db)
            return errorReply(503, trText("Cannot reach the %1 database: %2").arg(role, error));
        const DatabaseKind kind = database.spec.kind;
        bool exists = false;
        for (const QString &name : db->tables())
            exists = exists || name.compare(table, Qt::CaseInsensitive) == 0
                || name.endsWith(u'.' + table, Qt::CaseInsensitive);
        if (!exists)
            return errorReply(404,
                role == u"target"
                    ? trText("The table %1 does not exist yet in %2: the JDBC sink connector creates it "
                             "(auto.create=true) when it writes its first record.")
                          .arg(table, database.spec.redactedUrl())
                    : trText("The table %1 does not exist in %2.").arg(table, database.spec.redactedUrl()));
        QSqlQuery q(*db);
        q.setForwardOnly(true);
        qint64 total = -1;
        if (q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(quoted(kind, table))) && q.next())
            total = q.value(0).toLongLong();
        q.finish();
        QString sql = QStringLiteral("SELECT * FROM %1").arg(quoted(kind, table));
        if (last >= 0)
            sql += QStringLiteral(" ORDER BY %1 DESC LIMIT %2")
                       .arg(quoted(kind, QStringLiteral("ID")))
                       .arg(last);
        if (!q.exec(sql)) {
            const QString where = database.spec.redactedUrl();
            error = q.lastError().text();
            close(database);
            return errorReply(500, trText("Cannot read %1 in %2: %3").arg(table, where, error));
        }
        QList<QPair<qint64, QJsonObject>> rows;
        while (q.next()) {
            const QSqlRecord record = q.record();
            QJsonObject row;
            qint64 id = rows.size();
            for (int i = 0; i < record.count(); ++i) {
                const QString column = record.fieldName(i);
                const QVariant value = record.value(i);
                if (column.compare(QLatin1String("id"), Qt::CaseInsensitive) == 0)
                    id = value.toLongLong();
                row.insert(column.toLower(),
                    value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(value));
            }
            rows.append({ id, row });
        }
        std::stable_sort(
            rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        QJsonArray array;
        for (const auto &row : std::as_const(rows))
            array.append(row.second);
        Reply reply = jsonReply(200, array);
        reply.totalCount = total;
        return reply;
    }

    OrderServiceConfig m_config;
    QString m_connectionPrefix;
    Database m_source;
    Database m_target;
};

// ---- the object on the owner's thread ------------------------------------------------------------

struct OrderService::Private
{
    OrderServiceConfig config;
    QThread *thread = nullptr;
    OrderHttpServer *server = nullptr; // lives on `thread`
    mutable std::mutex mutex;
    QString error; // guarded by mutex
    quint16 port = 0; // guarded by mutex
    bool running = false; // guarded by mutex
};

OrderService::OrderService(OrderServiceConfig config, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->config = std::move(config);
}

OrderService::~OrderService()
{
    stop();
}

bool OrderService::start()
{
    if (isRunning())
        return true;
    auto *thread = new QThread;
    thread->setObjectName(QStringLiteral("cs-orderservice"));
    auto *server = new OrderHttpServer(d->config);
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

void OrderService::stop()
{
    if (!d->thread)
        return;
    OrderHttpServer *server = d->server;
    // Deleted on its thread: that closes its sockets and removes its QtSql connections there.
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

bool OrderService::isRunning() const
{
    std::lock_guard lock(d->mutex);
    return d->running;
}

QString OrderService::errorString() const
{
    std::lock_guard lock(d->mutex);
    return d->error;
}

quint16 OrderService::port() const
{
    std::lock_guard lock(d->mutex);
    return d->port;
}

QUrl OrderService::url() const
{
    QHostAddress address = d->config.address;
    if (address == QHostAddress(QHostAddress::Any) || address == QHostAddress(QHostAddress::AnyIPv4)
        || address == QHostAddress(QHostAddress::AnyIPv6))
        address = QHostAddress(QHostAddress::LocalHost);
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(address.toString());
    url.setPort(port());
    return url;
}

} // namespace cs::lab
