#include "kafka/embeddedbroker.h"

#include <atomic>
#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>
#include <mutex>
#include <utility>

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include "kafka/rdkafkaglue.h"
#include "kafka/tcpforwarder.h"

namespace cs::kafka {

bool isEmbeddedClusterId(const QString &clusterId)
{
    return clusterId.startsWith(QLatin1String("mockCluster"));
}

namespace {

// Running brokers of this process, so that Admin can create topics on them although the mock has no
// CreateTopics request. Keyed by both ports a client may use.
struct Registry
{
    std::mutex mutex;
    QHash<quint16, rd_kafka_mock_cluster_t *> clusters; // guarded by mutex
};

Registry &registry()
{
    static Registry r;
    return r;
}

bool isLocalHost(const QString &host)
{
    return host == u"127.0.0.1" || host == u"localhost" || host == u"::1" || host == u"[::1]";
}

rd_kafka_resp_err_t createInCluster(
    rd_kafka_mock_cluster_t *cluster, const QString &name, int partitions, int replicationFactor)
{
    return rd_kafka_mock_topic_create(cluster, name.toUtf8().constData(), partitions, replicationFactor);
}

QString createError(const QString &name, rd_kafka_resp_err_t err)
{
    return QCoreApplication::translate("cs::kafka::EmbeddedBroker", "Cannot create topic %1: %2")
        .arg(name, detail::errorText(err));
}

} // namespace

struct EmbeddedBroker::Private
{
    rd_kafka_t *handle = nullptr;
    rd_kafka_mock_cluster_t *cluster = nullptr;
    TcpForwarder forwarder;
    detail::HandleContext context;

    mutable std::mutex mutex;
    State state = State::Stopped; // guarded by mutex
    QString error; // guarded by mutex
    quint16 port = 0; // guarded by mutex
    quint16 clusterPort = 0; // guarded by mutex
    bool onPreferredPort = false; // guarded by mutex

    // Removes the cluster from the registry and from `cluster`, under the registry lock so that no
    // createTopic() can still be using it when the caller destroys it.
    rd_kafka_mock_cluster_t *unregister()
    {
        std::lock_guard lock(registry().mutex);
        for (auto it = registry().clusters.begin(); it != registry().clusters.end();) {
            if (it.value() == cluster)
                it = registry().clusters.erase(it);
            else
                ++it;
        }
        return std::exchange(cluster, nullptr);
    }
};

EmbeddedBroker::EmbeddedBroker(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{ }

EmbeddedBroker::~EmbeddedBroker()
{
    stop();
}

bool EmbeddedBroker::start(quint16 preferredPort)
{
    if (state() == State::Running)
        return true;

    auto fail = [this](const QString &message) {
        if (d->cluster)
            rd_kafka_mock_cluster_destroy(d->cluster);
        if (d->handle)
            rd_kafka_destroy(d->handle);
        d->cluster = nullptr;
        d->handle = nullptr;
        {
            std::lock_guard lock(d->mutex);
            d->state = State::Failed;
            d->error = message;
        }
        Q_EMIT stateChanged(State::Failed);
        return false;
    };

    // The mock cluster needs a client handle of its own to run in; it never connects anywhere.
    detail::ConfPtr conf(rd_kafka_conf_new());
    rd_kafka_conf_set_opaque(conf.get(), &d->context);
    detail::routeLogs(conf.get());
    char errstr[512];
    d->handle = rd_kafka_new(RD_KAFKA_PRODUCER, conf.get(), errstr, sizeof errstr);
    if (!d->handle)
        return fail(tr("Cannot start the embedded Kafka broker: %1").arg(QString::fromUtf8(errstr)));
    conf.release(); // owned by the handle now

    d->cluster = rd_kafka_mock_cluster_new(d->handle, 1);
    if (!d->cluster)
        return fail(
            tr("Cannot start the embedded Kafka broker: librdkafka could not create its mock cluster."));

    // "127.0.0.1:<random port>" for our single broker.
    const QString bootstraps = QString::fromUtf8(rd_kafka_mock_cluster_bootstraps(d->cluster));
    const quint16 clusterPort = bootstraps.section(u':', -1).toUShort();
    if (clusterPort == 0)
        return fail(
            tr("Cannot start the embedded Kafka broker: unexpected listener address %1.").arg(bootstraps));

    quint16 port = clusterPort;
    bool preferred = false;
    if (preferredPort == clusterPort) {
        preferred = true;
    } else if (preferredPort != 0 && d->forwarder.listen(preferredPort, clusterPort)) {
        port = preferredPort;
        preferred = true;
    } else if (preferredPort != 0) {
        qCInfo(detail::lcKafka, "embedded broker: %s; using port %u instead",
            qUtf8Printable(d->forwarder.errorString()), unsigned(clusterPort));
    }

    {
        std::lock_guard lock(registry().mutex);
        registry().clusters.insert(clusterPort, d->cluster);
        registry().clusters.insert(port, d->cluster);
    }
    {
        std::lock_guard lock(d->mutex);
        d->state = State::Running;
        d->error.clear();
        d->port = port;
        d->clusterPort = clusterPort;
        d->onPreferredPort = preferred;
    }
    Q_EMIT stateChanged(State::Running);
    return true;
}

void EmbeddedBroker::stop()
{
    if (!d->cluster && !d->handle) {
        std::lock_guard lock(d->mutex);
        if (d->state != State::Failed)
            d->state = State::Stopped;
        return;
    }
    rd_kafka_mock_cluster_t *cluster = d->unregister();
    d->forwarder.close();
    if (cluster)
        rd_kafka_mock_cluster_destroy(cluster);
    rd_kafka_destroy(d->handle);
    d->handle = nullptr;
    const bool wasRunning = [this] {
        std::lock_guard lock(d->mutex);
        const bool running = d->state == State::Running;
        d->state = State::Stopped;
        d->port = 0;
        d->clusterPort = 0;
        d->onPreferredPort = false;
        return running;
    }();
    if (wasRunning)
        Q_EMIT stateChanged(State::Stopped);
}

EmbeddedBroker::State EmbeddedBroker::state() const
{
    std::lock_guard lock(d->mutex);
    return d->state;
}

QString EmbeddedBroker::errorString() const
{
    std::lock_guard lock(d->mutex);
    return d->error;
}

quint16 EmbeddedBroker::port() const
{
    std::lock_guard lock(d->mutex);
    return d->port;
}

bool EmbeddedBroker::onPreferredPort() const
{
    std::lock_guard lock(d->mutex);
    return d->onPreferredPort;
}

QString EmbeddedBroker::bootstrapServers() const
{
    const quint16 p = port();
    return p ? QStringLiteral("127.0.0.1:%1").arg(p) : QString();
}

quint16 EmbeddedBroker::clusterPort() const
{
    std::lock_guard lock(d->mutex);
    return d->clusterPort;
}

bool EmbeddedBroker::createTopic(const QString &name, int partitions, int replicationFactor, QString *error)
{
    std::lock_guard lock(registry().mutex); // keeps stop() from destroying the cluster meanwhile
    if (!d->cluster) {
        if (error)
            *error = tr("Cannot create topic %1: the embedded Kafka broker is not running.").arg(name);
        return false;
    }
    const rd_kafka_resp_err_t err = createInCluster(d->cluster, name, partitions, replicationFactor);
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR) {
        if (error)
            *error = createError(name, err);
        return false;
    }
    return true;
}

bool EmbeddedBroker::createTopicInProcess(const QString &bootstrapServers, const QString &name,
    int partitions, int replicationFactor, bool *handled, QString *error)
{
    *handled = false;
    std::lock_guard lock(registry().mutex);
    const QStringList servers = bootstrapServers.split(u',', Qt::SkipEmptyParts);
    for (const QString &server : servers) {
        const QString trimmed = server.trimmed();
        const QString host = trimmed.section(u':', 0, -2);
        const quint16 p = trimmed.section(u':', -1).toUShort();
        rd_kafka_mock_cluster_t *cluster = registry().clusters.value(p);
        if (!cluster || !isLocalHost(host))
            continue;
        *handled = true;
        const rd_kafka_resp_err_t err = createInCluster(cluster, name, partitions, replicationFactor);
        if (err != RD_KAFKA_RESP_ERR_NO_ERROR) {
            if (error)
                *error = createError(name, err);
            return false;
        }
        return true;
    }
    return false;
}

} // namespace cs::kafka
