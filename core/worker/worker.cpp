#include "worker/worker.h"

#include <algorithm>
#include <mutex>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QLoggingCategory>
#include <QStandardPaths>

#include "connect/pluginregistry.h"
#include "kafka/admin.h"
#include "kafka/embeddedbroker.h"
#include "kafka/mocklogstart.h"
#include "kafka/producer.h"
#include "rest/restserver.h"
#include "worker/datajournal.h"
#include "worker/groupoffsets.h"
#include "worker/internaltopics.h"
#include "worker/topicbacklog.h"
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
    if (m_options.embeddedKafka) {
        m_data = std::make_unique<DataJournal>();
        const QString dataPath
            = m_journalPath.chopped(QStringLiteral(".journal").size()) + QStringLiteral(".data");
        if (!m_data->open(dataPath)) {
            *error = m_data->errorString();
            stop();
            return false;
        }
        if (!restoreData(client, error)) {
            stop();
            return false;
        }
        if (m_options.dataCompactionBytes >= 0)
            m_data->setAutoCompaction(m_options.dataCompactionBytes, retention(client));
    }

    HerderSettings herder;
    if (!m_topics->kafkaClusterId().isEmpty())
        herder.kafkaClusterId = m_topics->kafkaClusterId();
    herder.client = client;
    herder.keyConverter = converterSpec(config.keyConverterClass(), config.keyConverterConfig());
    herder.valueConverter = converterSpec(config.valueConverterClass(), config.valueConverterConfig());
    herder.offsetFlushIntervalMs = config.offsetFlushIntervalMs();
    herder.taskShutdownTimeoutMs = config.taskShutdownGracefulTimeoutMs();
    herder.topicTrackingEnable = config.topicTrackingEnable();
    herder.topicTrackingAllowReset = config.topicTrackingAllowReset();
    herder.validation.workerGroupId = config.groupId();
    herder.dataJournal = m_data.get();
    // Any embedded broker keeps only the last few MiB per partition: its own (--embedded-kafka) and
    // one that another part of the process or another process runs, such as the studio's lab broker.
    if (m_options.embeddedKafka || kafka::isEmbeddedClusterId(m_topics->kafkaClusterId()))
        m_backlog = std::make_unique<TopicBacklog>();
    herder.backlog = m_backlog.get();

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

bool Worker::restoreData(const kafka::ClientConfig &client, QString *error)
{
    const QHash<QString, int> topics = m_data->topics();
    using Partition = QPair<QString, int>;
    // old offset → offset in the fresh broker, per partition, in replay order (offsets increase).
    QHash<Partition, QList<QPair<qint64, qint64>>> moved;
    qint64 replayed = 0;
    if (!topics.isEmpty()) {
        kafka::Admin admin(client);
        if (!admin.open()) {
            *error = admin.errorString();
            return false;
        }
        QList<kafka::NewTopic> create;
        for (auto it = topics.cbegin(); it != topics.cend(); ++it)
            create.append({ it.key(), it.value(), 1, {} });
        if (!admin.createTopics(create, true, error))
            return false;
        kafka::Producer producer(client);
        if (!producer.open()) {
            *error = producer.errorString();
            return false;
        }
        // A compacted file starts partitions past offset 0: the fresh broker's partitions are made to
        // start there, so that every record gets its old offset back.
        const QHash<DataJournal::Partition, DataJournal::Span> spans = m_data->spans();
        for (auto it = spans.cbegin(); it != spans.cend(); ++it) {
            if (it->first < 2 || !m_broker)
                continue;
            QString startError;
            if (!kafka::startMockPartitionAt(m_broker->clusterPort(), it.key().first, it.key().second,
                    it->first, client.timeoutMs, &startError))
                qCWarning(lcWorker).noquote() << startError;
        }
        std::mutex mutex;
        QString failure; // guarded by mutex
        const bool read = m_data->replay([&](const kafka::Message &m) {
            QString produceError;
            const bool queued = producer.produce(
                m, 0,
                [&, old = m.offset](const kafka::DeliveryReport &report) {
                    std::lock_guard lock(mutex);
                    if (!report.ok()) {
                        if (failure.isEmpty())
                            failure = report.error;
                        return;
                    }
                    moved[{ report.topic, report.partition }].append({ old, report.offset });
                },
                &produceError);
            if (!queued) {
                std::lock_guard lock(mutex);
                failure = produceError;
                return false;
            }
            ++replayed;
            return true;
        });
        if (!read) {
            *error = m_data->errorString();
            return false;
        }
        if (!producer.flush(std::max(60000, client.timeoutMs * 6)) || !failure.isEmpty()) {
            *error = tr("Cannot restore the records of %1 into the embedded broker: %2")
                         .arg(m_data->path(), failure.isEmpty() ? tr("timed out") : failure);
            return false;
        }
        QStringList shifted;
        for (auto it = moved.begin(); it != moved.end(); ++it) {
            std::sort(it->begin(), it->end());
            if (std::any_of(it->cbegin(), it->cend(), [](const auto &p) { return p.first != p.second; }))
                shifted.append(it.key().first + u'-' + QString::number(it.key().second));
        }
        qCInfo(lcWorker).noquote() << tr(
            "Restored %1 record(s) of %2 topic(s) from %3 into the embedded broker.")
                                          .arg(replayed)
                                          .arg(topics.size())
                                          .arg(m_data->path());
        if (!shifted.isEmpty())
            qCWarning(lcWorker).noquote()
                << tr("Offsets of %1 differ from before the restart: records that other producers wrote "
                      "there are not kept. Sink positions were moved to match.")
                       .arg(shifted.join(QStringLiteral(", ")));
    }
    // The sink groups' committed offsets, translated where offsets moved.
    QHash<QString, QList<kafka::TopicPartitionOffset>> groups;
    for (const InternalTopics::SinkOffset &o : m_topics->journaledSinkOffsets()) {
        kafka::TopicPartitionOffset position = o.position;
        const auto it = moved.constFind({ position.topic, position.partition });
        if (it != moved.cend() && !it->isEmpty()) {
            const auto next
                = std::lower_bound(it->cbegin(), it->cend(), qMakePair(position.offset, qint64(-1)));
            position.offset = next == it->cend() ? it->constLast().second + 1 : next->second;
        }
        groups[o.group].append(position);
    }
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        // Topics other producers filled are not kept, so their positions may not exist any more.
        QString commitError;
        if (!GroupOffsets::commit(client, it.key(), it.value(), &commitError))
            qCWarning(lcWorker).noquote()
                << tr("Cannot restore the offsets of group %1: %2").arg(it.key(), commitError);
        else if (!m_topics->recordSinkOffsets(it.key(), it.value(), error))
            return false;
    }
    return true;
}

DataJournal::Retention Worker::retention(const kafka::ClientConfig &client) const
{
    // What the broker still holds of each partition: from its log start offset. Sink groups' committed
    // positions (cheap to read from the state journal) are deliberately not used to keep more: a group
    // that can still read is at or above the log start, one below it has lost those offsets already,
    // and the broker would drop the same records again when they were replayed (it keeps about 5 MiB a
    // partition). A deleted connector's group would otherwise hold the file at its position forever.
    // A partition whose start cannot be asked now keeps everything.
    return [client, data = m_data.get()]() -> std::optional<QHash<DataJournal::Partition, qint64>> {
        kafka::Admin admin(client);
        if (!admin.open())
            return std::nullopt;
        QHash<DataJournal::Partition, qint64> keepFrom;
        const QHash<DataJournal::Partition, DataJournal::Span> spans = data->spans();
        for (auto it = spans.cbegin(); it != spans.cend(); ++it) {
            qint64 low = -1;
            qint64 high = -1;
            if (admin.watermarks(it.key().first, it.key().second, &low, &high) && low >= 0)
                keepFrom.insert(it.key(), low);
        }
        return keepFrom;
    };
}

void Worker::stop()
{
    if (m_herder)
        m_herder->stop(); // tasks stop and flush their offsets
    if (m_data)
        m_data->close(); // waits for a compaction under way
    if (m_rest)
        m_rest->stop();
    m_rest.reset();
    m_herder.reset();
    m_backlog.reset();
    if (m_topics)
        m_topics->close();
    m_topics.reset();
    if (m_data)
        m_data->close();
    m_data.reset();
    if (m_broker)
        m_broker->stop();
    m_broker.reset();
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
}

} // namespace cs::worker
