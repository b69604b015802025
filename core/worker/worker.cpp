#include "worker/worker.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QLoggingCategory>
#include <QStandardPaths>

#include "connect/pluginregistry.h"
#include "kafka/embeddedbroker.h"
#include "rest/restserver.h"
#include "worker/internaltopics.h"
#include "worker/workerherder.h"

namespace cs::worker {

Q_LOGGING_CATEGORY(lcWorker, "org.apache.kafka.connect.runtime.Worker")

namespace {

ConverterSpec converterSpec(const QString &cls, const config::Properties &props)
{
    return { cls, props.toMap() };
}

} // namespace

Worker::Worker(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{ }

Worker::~Worker()
{
    stop();
}

QString Worker::defaultStateDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/connect-studio/worker");
}

QUrl Worker::restUrl() const
{
    return m_rest ? m_rest->url() : QUrl();
}

QString Worker::bootstrapServers() const
{
    return m_bootstrap;
}

QString Worker::workerId() const
{
    return m_workerId;
}

QString Worker::journalPath() const
{
    return m_journalPath;
}

// Clustering several workers is Apache Kafka Connect's job: one worker per group.id. A lock file
// per (Kafka cluster, group.id) refuses a second worker on this machine.
bool Worker::lockGroup(const QString &bootstrap, QString *error)
{
    const config::WorkerConfig &config = m_options.config;
    const QString identity = m_options.embeddedKafka ? QStringLiteral("embedded") : bootstrap;
    const QByteArray hash
        = QCryptographicHash::hash((identity + u'\n' + config.groupId()).toUtf8(), QCryptographicHash::Sha1)
              .toHex()
              .left(16);
    QString dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (dir.isEmpty())
        dir = QDir::tempPath();
    QDir().mkpath(dir);
    const QString path = dir + QStringLiteral("/connect-studio-worker-") + QString::fromLatin1(hash)
        + QStringLiteral(".lock");
    m_lock = std::make_unique<QLockFile>(path);
    m_lock->setStaleLockTime(0); // a dead owner's lock is stale at once (checked by pid)
    if (m_lock->tryLock(100))
        return true;
    qint64 pid = -1;
    QString host, app;
    m_lock->getLockInfo(&pid, &host, &app);
    *error = tr(
        "Another worker (pid %1) already serves group.id '%2' on %3. Clustering several workers is Apache "
        "Kafka Connect's job: give this worker its own group.id and storage topics.")
                 .arg(pid)
                 .arg(config.groupId(), m_options.embeddedKafka ? tr("the embedded broker") : bootstrap);
    m_lock.reset();
    return false;
}

bool Worker::start(QString *error)
{
    const config::WorkerConfig &config = m_options.config;

    if (m_options.embeddedKafka) {
        m_broker = std::make_unique<kafka::EmbeddedBroker>();
        if (!m_broker->start(m_options.embeddedKafkaPort)) {
            *error = tr("The embedded Kafka broker did not start: %1").arg(m_broker->errorString());
            stop();
            return false;
        }
        m_bootstrap = m_broker->bootstrapServers();
        if (!m_broker->onPreferredPort())
            qCWarning(lcWorker).noquote()
                << tr("Port %1 is in use; the embedded Kafka broker listens on %2 instead.")
                       .arg(m_options.embeddedKafkaPort)
                       .arg(m_bootstrap);
    } else {
        m_bootstrap = config.bootstrapServers().join(u',');
    }
    if (!lockGroup(m_bootstrap, error)) {
        stop();
        return false;
    }

    kafka::ClientConfig client;
    client.bootstrapServers = m_bootstrap;
    client.timeoutMs = m_options.kafkaTimeoutMs;
    client.clientId = QStringLiteral("connect-") + config.groupId();

    InternalTopics::Settings topics;
    topics.client = client;
    topics.configTopic = config.configStorageTopic();
    topics.offsetTopic = config.offsetStorageTopic();
    topics.statusTopic = config.statusStorageTopic();
    topics.offsetPartitions = config.offsetStoragePartitions() > 0 ? config.offsetStoragePartitions() : 25;
    topics.statusPartitions = config.statusStoragePartitions() > 0 ? config.statusStoragePartitions() : 5;
    topics.replicationFactor = config.configStorageReplicationFactor();
    if (m_options.embeddedKafka) {
        const QString dir
            = m_options.stateDirectory.isEmpty() ? defaultStateDirectory() : m_options.stateDirectory;
        m_journalPath = dir + u'/' + config.groupId() + QStringLiteral(".journal");
        topics.journalPath = m_journalPath;
    }
    m_topics = std::make_unique<InternalTopics>();
    if (!m_topics->open(topics, error)) {
        stop();
        return false;
    }
    if (m_topics->republished() > 0)
        qCInfo(lcWorker).noquote() << tr("Restored %1 record(s) from %2 into the embedded broker.")
                                          .arg(m_topics->republished())
                                          .arg(m_journalPath);

    HerderSettings herder;
    herder.client = client;
    herder.keyConverter = converterSpec(config.keyConverterClass(), config.keyConverterConfig());
    herder.valueConverter = converterSpec(config.valueConverterClass(), config.valueConverterConfig());
    herder.offsetFlushIntervalMs = config.offsetFlushIntervalMs();
    herder.taskShutdownTimeoutMs = config.taskShutdownGracefulTimeoutMs();
    herder.topicTrackingEnable = config.topicTrackingEnable();
    herder.topicTrackingAllowReset = config.topicTrackingAllowReset();
    herder.validation.workerGroupId = config.groupId();

    // plugin.path: upstream loads connector jars from these folders. Here every connector is native
    // code compiled into the program, so the key is accepted (the lab's file sets it) and says so.
    if (const std::optional<QStringList> pluginPath = config.pluginPath();
        pluginPath && !pluginPath->isEmpty()) {
        QStringList builtin;
        for (const connect::PluginDesc &p : connect::PluginRegistry::builtin()->connectors())
            builtin.append(p.simpleName());
        qCInfo(lcWorker).noquote() << tr(
            "plugin.path=%1 is accepted but not searched: this worker's connectors are compiled "
            "in (%2), so no jar or folder is loaded from there. Java connector plugins need "
            "Apache Kafka Connect.")
                                          .arg(pluginPath->join(u','), builtin.join(QStringLiteral(", ")));
    }

    // The REST API comes up first (answering 503 "starting" to /health), as upstream's does.
    const config::RestBinding binding = config.restBinding();
    const config::Listener &listener = binding.primary();
    rest::RestServerConfig restConfig;
    restConfig.address = listener.bindAddress().value_or(QHostAddress(QHostAddress::Any));
    restConfig.port = quint16(listener.port);
    restConfig.validation = herder.validation;
    if (binding.reachableBeyondLoopback)
        qCWarning(lcWorker).noquote()
            << tr("The REST API listens on %1, which other machines can reach. Connect's REST "
                  "API has no authentication: bind it to 127.0.0.1 unless you mean it.")
                   .arg(listener.text);
    // The worker id needs the bound port: fix it before the herder starts.
    const QString fallbackHost
        = restConfig.address.isLoopback() ? restConfig.address.toString() : QStringLiteral("127.0.0.1");
    m_workerId = config.workerId(restConfig.port, fallbackHost);
    herder.workerId = m_workerId;
    m_herder = std::make_shared<WorkerHerder>(herder, connect::PluginRegistry::builtin(), *m_topics);
    m_rest = std::make_unique<rest::RestServer>(restConfig, connect::PluginRegistry::builtin(), m_herder);
    if (!m_rest->start()) {
        *error = m_rest->errorString();
        stop();
        return false;
    }
    if (!m_herder->start(error)) {
        stop();
        return false;
    }
    qCInfo(lcWorker).noquote() << tr(
        "Kafka Connect started: REST API at %1, Kafka bootstrap %2, worker id %3")
                                      .arg(restUrl().toString(), m_bootstrap, m_workerId);
    return true;
}

void Worker::stop()
{
    if (m_herder)
        m_herder->stop(); // tasks stop and flush their offsets
    if (m_rest)
        m_rest->stop();
    m_rest.reset();
    m_herder.reset();
    if (m_topics)
        m_topics->close();
    m_topics.reset();
    if (m_broker)
        m_broker->stop();
    m_broker.reset();
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
}

} // namespace cs::worker
