#include "net/probes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRunnable>
#include <QTcpSocket>
#include <QThreadPool>
#include <QTimer>

#include "kafka/admin.h"

namespace cs::net {

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QUrl baseUrl(const ProbeTarget &target)
{
    if (target.url.isValid() && !target.url.isEmpty())
        return target.url;
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(target.host);
    url.setPort(target.port);
    url.setPath(QStringLiteral("/"));
    return url;
}

} // namespace

QThreadPool *probeThreadPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool; // never deleted: tasks may still run while statics are destroyed
        p->setMaxThreadCount(4);
        p->setExpiryTimeout(10000);
        return p;
    }();
    return pool;
}

QList<WellKnownPort> labPorts()
{
    return {
        { 8081, QCoreApplication::translate("cs::net::Prober", "Order service"), ProbeKind::OrderService },
        { 8083, QCoreApplication::translate("cs::net::Prober", "Kafka Connect worker (REST)"),
            ProbeKind::ConnectRest },
        { 8084, QCoreApplication::translate("cs::net::Prober", "Second Connect worker / extra service"),
            ProbeKind::Tcp },
        { 8087, QCoreApplication::translate("cs::net::Prober", "H2 web console"), ProbeKind::Http },
        { 9099, QCoreApplication::translate("cs::net::Prober", "H2 TCP server"), ProbeKind::Tcp },
        { 5435, QCoreApplication::translate("cs::net::Prober", "H2 PostgreSQL server"), ProbeKind::Tcp },
        { 9092, QCoreApplication::translate("cs::net::Prober", "Kafka broker"), ProbeKind::Kafka },
    };
}

Prober::Prober(QObject *parent)
    : QObject(parent)
    , m_http(new QNetworkAccessManager(this))
{
    qRegisterMetaType<cs::net::ProbeResult>();
}

Prober::~Prober() = default;

void Prober::probe(int id, const ProbeTarget &target)
{
    const qint64 started = nowMs();
    switch (target.kind) {
    case ProbeKind::Tcp:
    case ProbeKind::Kafka:
        probeTcp(id, target, started);
        return;
    case ProbeKind::ConnectRest:
    case ProbeKind::Http:
    case ProbeKind::OrderService:
        probeHttp(id, target, started);
        return;
    }
}

void Prober::probeTcp(int id, const ProbeTarget &target, qint64 started)
{
    auto *socket = new QTcpSocket(this);
    auto *timer = new QTimer(socket);
    timer->setSingleShot(true);
    // Reports once, then the socket (and its timer) go away.
    auto done = [this, id, socket, target, started](bool connected, const QString &error) {
        if (socket->property("cs_done").toBool())
            return;
        socket->setProperty("cs_done", true);
        socket->abort();
        socket->deleteLater();
        if (connected && target.kind == ProbeKind::Kafka) {
            probeKafka(id, target, started);
            return;
        }
        ProbeResult result;
        result.elapsedMs = nowMs() - started;
        if (connected) {
            result.state = ProbeResult::State::Up;
            result.summary = tr("Accepts connections");
        } else {
            result.state = ProbeResult::State::Down;
            result.summary = tr("Not reachable");
            result.detail = error;
        }
        Q_EMIT finished(id, result);
    };
    connect(socket, &QTcpSocket::connected, this, [done] { done(true, {}); });
    connect(socket, &QTcpSocket::errorOccurred, this, [done, socket] { done(false, socket->errorString()); });
    connect(timer, &QTimer::timeout, this,
        [done, ms = target.timeoutMs] { done(false, tr("No answer within %1 ms").arg(ms)); });
    timer->start(target.timeoutMs);
    socket->connectToHost(target.host, target.port);
}

void Prober::probeHttp(int id, const ProbeTarget &target, qint64 started)
{
    QUrl url = baseUrl(target);
    const QString user = url.userName();
    url.setUserInfo({});
    if (target.kind == ProbeKind::OrderService)
        url.setPath(QStringLiteral("/orders"));
    else if (target.kind == ProbeKind::ConnectRest)
        url.setPath(url.path().isEmpty() ? QStringLiteral("/") : url.path());
    QNetworkRequest request(url);
    request.setTransferTimeout(target.timeoutMs);
    request.setRawHeader("Accept", "application/json");
    if (!user.isEmpty())
        request.setRawHeader("Authorization", "Basic " + (user + u':' + target.password).toUtf8().toBase64());
    QNetworkReply *reply = m_http->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, id, reply, target, started, url] {
        reply->deleteLater();
        ProbeResult result;
        result.elapsedMs = nowMs() - started;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (status == 0) {
            // No HTTP answer at all: refused, unreachable, or silent.
            const bool refused = reply->error() == QNetworkReply::ConnectionRefusedError
                || reply->error() == QNetworkReply::HostNotFoundError;
            result.state = refused ? ProbeResult::State::Down : ProbeResult::State::Unhealthy;
            result.summary = refused ? tr("Not reachable") : tr("No HTTP answer");
            result.detail = reply->errorString();
            Q_EMIT finished(id, result);
            return;
        }
        QJsonParseError parseError;
        const QJsonDocument json = QJsonDocument::fromJson(body, &parseError);
        switch (target.kind) {
        case ProbeKind::ConnectRest: {
            const QJsonObject root = json.object();
            if (status == 200 && root.contains(QLatin1String("version"))) {
                result.state = ProbeResult::State::Up;
                const QString cluster = root.value(QLatin1String("kafka_cluster_id")).toString();
                const QString version = root.value(QLatin1String("version")).toString();
                result.summary = cluster.isEmpty()
                    ? tr("Kafka Connect %1 (no Kafka cluster id reported)").arg(version)
                    : tr("Kafka Connect %1, Kafka cluster %2").arg(version, cluster);
                result.detail = QString::fromUtf8(json.toJson(QJsonDocument::Compact));
            } else {
                result.state = ProbeResult::State::Unhealthy;
                result.summary
                    = tr("HTTP %1 from GET %2, not a Kafka Connect answer").arg(status).arg(url.path());
                result.detail = QString::fromUtf8(body.left(500));
            }
            break;
        }
        case ProbeKind::OrderService:
            if (status == 200 && json.isArray()) {
                result.state = ProbeResult::State::Up;
                result.summary = tr("GET /orders: %n order(s)", nullptr, int(json.array().size()));
            } else {
                result.state = ProbeResult::State::Unhealthy;
                result.summary = tr("HTTP %1 from GET /orders, not a JSON list").arg(status);
            }
            result.detail = QString::fromUtf8(body.left(500));
            break;
        default:
            // Any HTTP answer means the web server is there (the H2 console answers 200 or a redirect).
            result.state = ProbeResult::State::Up;
            result.summary = tr("HTTP %1 from GET %2").arg(status).arg(url.path());
            result.detail = QString::fromUtf8(body.left(200));
            break;
        }
        Q_EMIT finished(id, result);
    });
}

void Prober::probeKafka(int id, const ProbeTarget &target, qint64 started)
{
    cs::kafka::ClientConfig config = target.kafka;
    if (config.bootstrapServers.isEmpty())
        config.bootstrapServers = target.host + u':' + QString::number(target.port);
    config.timeoutMs = target.timeoutMs;
    config.clientId = QStringLiteral("connect-studio-probe");
    // The Kafka client blocks while it connects and asks for metadata: do it on the pool and
    // post the answer back to this object's thread (dropped if the prober is gone by then).
    QPointer<Prober> self(this);
    probeThreadPool()->start([self, id, config, started] {
        ProbeResult result;
        {
            cs::kafka::Admin admin(config);
            QString error;
            if (!admin.open()) {
                result.state = ProbeResult::State::Unhealthy;
                result.summary = tr("Accepts connections but does not answer as Kafka");
                result.detail = admin.errorString();
            } else if (const auto topics = admin.listTopics(false, &error)) {
                result.state = ProbeResult::State::Up;
                result.summary = admin.isEmbedded()
                    ? tr("Kafka metadata: %n topic(s), embedded broker", nullptr, int(topics->size()))
                    : tr("Kafka metadata: %n topic(s)", nullptr, int(topics->size()));
                QStringList names;
                for (const auto &topic : *topics)
                    names.append(topic.name);
                names.sort();
                result.detail = names.join(QLatin1String(", "));
            } else {
                result.state = ProbeResult::State::Unhealthy;
                result.summary = tr("Kafka metadata request failed");
                result.detail = error;
            }
        }
        result.elapsedMs = nowMs() - started;
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, id, result] {
                if (self)
                    Q_EMIT self->finished(id, result);
            },
            Qt::QueuedConnection);
    });
}

} // namespace cs::net
