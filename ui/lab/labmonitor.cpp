#include "lab/labmonitor.h"

#include <memory>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include "kafka/admin.h"
#include "lab/labdatabases.h"

namespace cs::ui {

namespace {

// The probing side; lives on the monitor's thread.
class Probe final : public QObject
{
public:
    Probe(int intervalMs, std::function<void(const LabObservation &)> report)
        : m_report(std::move(report))
    {
        m_timer = new QTimer(this);
        m_timer->setInterval(intervalMs);
        connect(m_timer, &QTimer::timeout, this, &Probe::round);
    }

    void start() { m_timer->start(); }

    void setTargets(const QString &bootstrap, const QString &connect, const QString &orders)
    {
        if (bootstrap != m_bootstrap)
            m_admin.reset();
        m_bootstrap = bootstrap;
        m_connect = connect;
        m_orders = orders;
        round();
    }

private:
    void round()
    {
        if (m_pending > 0)
            return;
        m_current = {};
        probeKafka();
        if (!m_network)
            m_network = new QNetworkAccessManager(this);
        m_pending = 1; // held until every request is sent
        if (!m_connect.isEmpty()) {
            get(m_connect + u'/', [this](int status, const QByteArray &body) {
                const QJsonObject root = QJsonDocument::fromJson(body).object();
                m_current.workerUp = status == 200 && root.contains(QStringLiteral("version"));
                m_current.version = root.value(QStringLiteral("version")).toString();
            });
            get(m_connect + QStringLiteral("/connectors?expand=info&expand=status"),
                [this](int status, const QByteArray &body) {
                    if (status == 200)
                        readConnectors(QJsonDocument::fromJson(body).object());
                });
        }
        if (!m_orders.isEmpty()) {
            // Counts only (X-Total-Count): the tables may hold many rows.
            get(m_orders + QStringLiteral("/orders?last=0"), [this](int status, const QByteArray &total) {
                if (status == 200)
                    m_current.orders = total.toInt();
            });
            get(m_orders + QStringLiteral("/syncOrders?last=0"), [this](int status, const QByteArray &total) {
                if (status == 200)
                    m_current.synced = total.toInt();
            });
        }
        finishOne();
    }

    void readConnectors(const QJsonObject &connectors)
    {
        for (auto it = connectors.begin(); it != connectors.end(); ++it) {
            const QJsonObject entry = it.value().toObject();
            const QJsonObject info = entry.value(QStringLiteral("info")).toObject();
            const QString type = info.value(QStringLiteral("type")).toString();
            const QString cls = info.value(QStringLiteral("config"))
                                    .toObject()
                                    .value(QStringLiteral("connector.class"))
                                    .toString();
            const QString state = entry.value(QStringLiteral("status"))
                                      .toObject()
                                      .value(QStringLiteral("connector"))
                                      .toObject()
                                      .value(QStringLiteral("state"))
                                      .toString();
            const bool jdbcSource = cls.endsWith(QLatin1String("JdbcSourceConnector"));
            const bool jdbcSink = cls.endsWith(QLatin1String("JdbcSinkConnector"));
            // A JDBC connector wins over another of the same kind.
            if ((jdbcSource || (type == u"source" && m_current.sourceConnector.isEmpty()))) {
                m_current.sourceConnector = it.key();
                m_current.sourceState = state;
            }
            if ((jdbcSink || (type == u"sink" && m_current.sinkConnector.isEmpty()))) {
                m_current.sinkConnector = it.key();
                m_current.sinkState = state;
            }
        }
    }

    void probeKafka()
    {
        if (m_bootstrap.isEmpty())
            return;
        if (!m_admin) {
            kafka::ClientConfig config;
            config.bootstrapServers = m_bootstrap;
            config.timeoutMs = 2000;
            config.clientId = QStringLiteral("connect-studio-lab-monitor");
            auto admin = std::make_unique<kafka::Admin>(config);
            if (!admin->open())
                return;
            m_admin = std::move(admin);
        }
        QString error;
        const auto topics = m_admin->listTopics(false, &error);
        if (!topics) {
            m_admin.reset(); // reconnect next round
            return;
        }
        m_current.brokerUp = true;
        int internal = 0;
        for (const kafka::TopicInfo &topic : *topics) {
            if (topic.name == u"connect-configs" || topic.name == u"connect-offsets"
                || topic.name == u"connect-status")
                ++internal;
            if (topic.name == QStringLiteral("CONNECT_") + cs::lab::LabDatabases::orderTable())
                m_current.orderTopic = true;
        }
        m_current.internalTopics = internal == 3;
    }

    void get(const QString &url, std::function<void(int, const QByteArray &)> done)
    {
        QNetworkRequest request { QUrl(url) };
        request.setTransferTimeout(2500);
        request.setRawHeader("Accept", "application/json");
        QNetworkReply *reply = m_network->get(request);
        ++m_pending;
        connect(reply, &QNetworkReply::finished, this, [this, reply, done] {
            reply->deleteLater();
            // Listings of the Order service answer with their row count in X-Total-Count.
            const QByteArray body
                = reply->hasRawHeader("X-Total-Count") ? reply->rawHeader("X-Total-Count") : reply->readAll();
            done(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), body);
            finishOne();
        });
    }

    void finishOne()
    {
        if (--m_pending == 0)
            m_report(m_current);
    }

    std::function<void(const LabObservation &)> m_report;
    QTimer *m_timer = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    std::unique_ptr<kafka::Admin> m_admin;
    QString m_bootstrap;
    QString m_connect;
    QString m_orders;
    LabObservation m_current;
    int m_pending = 0;
};

} // namespace

LabMonitor::LabMonitor(int intervalMs, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<LabObservation>();
    m_thread.setObjectName(QStringLiteral("lab-monitor"));
    auto *probe = new Probe(intervalMs, [this](const LabObservation &observation) {
        QMetaObject::invokeMethod(
            this,
            [this, observation] {
                m_last = observation;
                Q_EMIT observed(observation);
            },
            Qt::QueuedConnection);
    });
    probe->moveToThread(&m_thread);
    m_probe = probe;
    m_thread.start();
    QMetaObject::invokeMethod(
        probe, [probe] { probe->start(); }, Qt::QueuedConnection);
}

LabMonitor::~LabMonitor()
{
    QObject *probe = m_probe;
    QMetaObject::invokeMethod(
        probe, [probe] { delete probe; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void LabMonitor::setTargets(
    const QString &bootstrapServers, const QString &connectUrl, const QString &orderServiceUrl)
{
    auto *probe = static_cast<Probe *>(m_probe);
    QMetaObject::invokeMethod(
        probe,
        [probe, bootstrapServers, connectUrl, orderServiceUrl] {
            probe->setTargets(bootstrapServers, connectUrl, orderServiceUrl);
        },
        Qt::QueuedConnection);
}

} // namespace cs::ui
