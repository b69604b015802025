#include "kafka/admin.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

#include <QCoreApplication>

#include "kafka/embeddedbroker.h"
#include "kafka/rdkafkaglue.h"

namespace cs::kafka {

namespace {

// Partition count of the mock's automatic topic creation (rd_kafka_mock_cluster_new defaults).
constexpr int mockAutoCreatePartitions = 4;

} // namespace

struct Admin::Private
{
    ClientConfig config;
    detail::HandleContext context;
    std::mutex openMutex;
    rd_kafka_t *rk = nullptr; // set once under openMutex, then read-only
    bool embedded = false;
    QString clusterId;
    QString error;

    // The request thread.
    std::thread thread;
    std::mutex mutex;
    std::condition_variable wake;
    std::deque<std::function<void()>> jobs; // guarded by mutex
    bool stopping = false; // guarded by mutex

    void post(std::function<void()> job)
    {
        {
            std::lock_guard lock(mutex);
            if (!thread.joinable())
                thread = std::thread([this] { loop(); });
            jobs.push_back(std::move(job));
        }
        wake.notify_one();
    }

    void loop()
    {
        for (;;) {
            std::function<void()> job;
            {
                std::unique_lock lock(mutex);
                wake.wait(lock, [this] { return stopping || !jobs.empty(); });
                if (stopping)
                    return;
                job = std::move(jobs.front());
                jobs.pop_front();
            }
            job();
        }
    }

    bool ensureOpen(QString *errorOut)
    {
        std::lock_guard lock(openMutex);
        if (rk)
            return true;
        detail::ConfPtr conf = detail::makeConf(config, &context, {}, &error);
        if (conf) {
            char errstr[512];
            rd_kafka_t *handle = rd_kafka_new(RD_KAFKA_PRODUCER, conf.get(), errstr, sizeof errstr);
            if (!handle) {
                error = QCoreApplication::translate(
                    "cs::kafka::Admin", "Cannot create a Kafka admin client: %1")
                            .arg(QString::fromUtf8(errstr));
            } else {
                conf.release();
                if (detail::checkReachable(handle, config, &context, &error)) {
                    clusterId = detail::clusterId(handle, config.timeoutMs);
                    embedded = isEmbeddedClusterId(clusterId);
                    rk = handle;
                } else {
                    rd_kafka_destroy(handle);
                }
            }
        }
        if (!rk && errorOut)
            *errorOut = error;
        return rk != nullptr;
    }
};

Admin::Admin(const ClientConfig &config, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->config = config;
}

Admin::~Admin()
{
    {
        std::lock_guard lock(d->mutex);
        d->stopping = true;
    }
    d->wake.notify_one();
    if (d->thread.joinable())
        d->thread.join();
    if (d->rk)
        rd_kafka_destroy(d->rk);
}

bool Admin::open()
{
    return d->ensureOpen(nullptr);
}

QString Admin::errorString() const
{
    return d->error;
}

bool Admin::isEmbedded() const
{
    return d->embedded;
}

QString Admin::clusterId() const
{
    return d->clusterId;
}

std::optional<QList<TopicInfo>> Admin::listTopics(bool withWatermarks, QString *error)
{
    if (!d->ensureOpen(error))
        return std::nullopt;
    const struct rd_kafka_metadata *metadata = nullptr;
    const rd_kafka_resp_err_t err = rd_kafka_metadata(d->rk, 1, nullptr, &metadata, d->config.timeoutMs);
    if (err) {
        if (error)
            *error = tr("Cannot list the topics of %1: %2")
                         .arg(d->config.bootstrapServers, detail::errorText(err));
        return std::nullopt;
    }
    QList<TopicInfo> topics;
    for (int t = 0; t < metadata->topic_cnt; ++t) {
        const rd_kafka_metadata_topic &mt = metadata->topics[t];
        TopicInfo info;
        info.name = QString::fromUtf8(mt.topic);
        info.internal = info.name.startsWith(u"__");
        if (mt.err)
            info.error = detail::errorText(mt.err);
        for (int p = 0; p < mt.partition_cnt; ++p)
            info.partitions.append({ mt.partitions[p].id, mt.partitions[p].leader, -1, -1 });
        std::sort(info.partitions.begin(), info.partitions.end(),
            [](const PartitionInfo &a, const PartitionInfo &b) { return a.id < b.id; });
        topics.append(std::move(info));
    }
    rd_kafka_metadata_destroy(metadata);
    std::sort(
        topics.begin(), topics.end(), [](const TopicInfo &a, const TopicInfo &b) { return a.name < b.name; });
    if (withWatermarks) {
        for (TopicInfo &topic : topics) {
            for (PartitionInfo &p : topic.partitions) {
                if (!watermarks(topic.name, p.id, &p.low, &p.high, error))
                    return std::nullopt;
            }
        }
    }
    return topics;
}

std::optional<TopicInfo> Admin::describeTopic(const QString &topic, bool withWatermarks, QString *error)
{
    // A Metadata request for one topic would auto-create it on brokers that allow that (the mock
    // does); listing all topics never creates any.
    const std::optional<QList<TopicInfo>> all = listTopics(false, error);
    if (!all)
        return std::nullopt;
    for (TopicInfo info : *all) {
        if (info.name != topic)
            continue;
        if (withWatermarks) {
            for (PartitionInfo &p : info.partitions) {
                if (!watermarks(info.name, p.id, &p.low, &p.high, error))
                    return std::nullopt;
            }
        }
        return info;
    }
    if (error)
        *error = tr("Topic %1 does not exist.").arg(topic);
    return std::nullopt;
}

bool Admin::watermarks(const QString &topic, int partition, qint64 *low, qint64 *high, QString *error)
{
    if (!d->ensureOpen(error))
        return false;
    int64_t lo = -1;
    int64_t hi = -1;
    const rd_kafka_resp_err_t err = rd_kafka_query_watermark_offsets(
        d->rk, topic.toUtf8().constData(), partition, &lo, &hi, d->config.timeoutMs);
    if (err) {
        if (error)
            *error = tr("Cannot read the offsets of %1 [partition %2]: %3")
                         .arg(topic)
                         .arg(partition)
                         .arg(detail::errorText(err));
        return false;
    }
    *low = lo;
    *high = hi;
    return true;
}

bool Admin::createTopics(
    const QList<NewTopic> &topics, bool ignoreExisting, QString *error, QStringList *warnings)
{
    const std::optional<QList<TopicInfo>> existing = listTopics(false, error);
    if (!existing)
        return false;
    QList<NewTopic> missing;
    for (const NewTopic &t : topics) {
        const bool exists = std::any_of(
            existing->begin(), existing->end(), [&](const TopicInfo &info) { return info.name == t.name; });
        if (exists && !ignoreExisting) {
            if (error)
                *error = tr("Topic %1 already exists.").arg(t.name);
            return false;
        }
        if (!exists)
            missing.append(t);
    }
    if (missing.isEmpty())
        return true;

    if (d->embedded) {
        for (const NewTopic &t : std::as_const(missing)) {
            if (!t.configs.isEmpty() && warnings) {
                QStringList pairs;
                for (const auto &[key, value] : t.configs)
                    pairs.append(key + u'=' + value);
                warnings->append(
                    tr("The embedded broker ignores the configs of topic %1 (%2): it neither compacts "
                       "nor applies retention settings, and keeps about the last 5 MiB per partition.")
                        .arg(t.name, pairs.join(u", ")));
            }
            if (t.replicationFactor > 1 && warnings)
                warnings->append(
                    tr("Topic %1 has replication factor 1 instead of %2: the embedded broker is a "
                       "single broker.")
                        .arg(t.name)
                        .arg(t.replicationFactor));
            bool handled = false;
            if (EmbeddedBroker::createTopicInProcess(
                    d->config.bootstrapServers, t.name, t.partitions, 1, &handled, error))
                continue;
            if (handled)
                return false;
            // The embedded broker of another process: it creates topics when they are first asked for.
            rd_kafka_topic_t *rkt = rd_kafka_topic_new(d->rk, t.name.toUtf8().constData(), nullptr);
            const struct rd_kafka_metadata *metadata = nullptr;
            const rd_kafka_resp_err_t err = rd_kafka_metadata(d->rk, 0, rkt, &metadata, d->config.timeoutMs);
            rd_kafka_topic_destroy(rkt);
            if (metadata)
                rd_kafka_metadata_destroy(metadata);
            if (err) {
                if (error)
                    *error = tr("Cannot create topic %1: %2").arg(t.name, detail::errorText(err));
                return false;
            }
            if (t.partitions != mockAutoCreatePartitions && warnings)
                warnings->append(
                    tr("Topic %1 was created with %2 partitions instead of %3: the embedded broker of "
                       "another process only creates topics automatically.")
                        .arg(t.name)
                        .arg(mockAutoCreatePartitions)
                        .arg(t.partitions));
        }
        return true;
    }

    std::vector<rd_kafka_NewTopic_t *> newTopics;
    auto cleanup = qScopeGuard([&] { rd_kafka_NewTopic_destroy_array(newTopics.data(), newTopics.size()); });
    char errstr[512];
    for (const NewTopic &t : std::as_const(missing)) {
        rd_kafka_NewTopic_t *nt = rd_kafka_NewTopic_new(
            t.name.toUtf8().constData(), t.partitions, t.replicationFactor, errstr, sizeof errstr);
        if (!nt) {
            if (error)
                *error = tr("Cannot create topic %1: %2").arg(t.name, QString::fromUtf8(errstr));
            return false;
        }
        newTopics.push_back(nt);
        for (const auto &[key, value] : t.configs)
            rd_kafka_NewTopic_set_config(nt, key.toUtf8().constData(), value.toUtf8().constData());
    }
    rd_kafka_AdminOptions_t *options = rd_kafka_AdminOptions_new(d->rk, RD_KAFKA_ADMIN_OP_CREATETOPICS);
    rd_kafka_AdminOptions_set_request_timeout(options, d->config.timeoutMs, errstr, sizeof errstr);
    rd_kafka_AdminOptions_set_operation_timeout(options, d->config.timeoutMs, errstr, sizeof errstr);
    rd_kafka_queue_t *queue = rd_kafka_queue_new(d->rk);
    rd_kafka_CreateTopics(d->rk, newTopics.data(), newTopics.size(), options, queue);
    rd_kafka_event_t *event = rd_kafka_queue_poll(queue, d->config.timeoutMs + 1000);
    bool ok = true;
    if (!event) {
        ok = false;
        if (error)
            *error = tr("Kafka at %1 did not answer the topic creation within %2 ms.")
                         .arg(d->config.bootstrapServers)
                         .arg(d->config.timeoutMs);
    } else if (rd_kafka_event_error(event)) {
        ok = false;
        if (error)
            *error
                = tr("Cannot create topics: %1").arg(QString::fromUtf8(rd_kafka_event_error_string(event)));
    } else {
        size_t count = 0;
        const rd_kafka_topic_result_t **results
            = rd_kafka_CreateTopics_result_topics(rd_kafka_event_CreateTopics_result(event), &count);
        for (size_t i = 0; i < count && ok; ++i) {
            const rd_kafka_resp_err_t err = rd_kafka_topic_result_error(results[i]);
            if (err == RD_KAFKA_RESP_ERR_NO_ERROR
                || (err == RD_KAFKA_RESP_ERR_TOPIC_ALREADY_EXISTS && ignoreExisting))
                continue;
            ok = false;
            if (error) {
                const char *text = rd_kafka_topic_result_error_string(results[i]);
                *error = tr("Cannot create topic %1: %2")
                             .arg(QString::fromUtf8(rd_kafka_topic_result_name(results[i])),
                                 text ? QString::fromUtf8(text) : detail::errorText(err));
            }
        }
    }
    if (event)
        rd_kafka_event_destroy(event);
    rd_kafka_queue_destroy(queue);
    rd_kafka_AdminOptions_destroy(options);
    return ok;
}

void Admin::requestTopics(bool withWatermarks)
{
    d->post([this, withWatermarks] {
        QString error;
        const std::optional<QList<TopicInfo>> topics = listTopics(withWatermarks, &error);
        Q_EMIT topicsListed(topics.value_or(QList<TopicInfo>()), error);
    });
}

void Admin::requestCreateTopics(const QList<NewTopic> &topics, bool ignoreExisting)
{
    d->post([this, topics, ignoreExisting] {
        QString error;
        QStringList warnings;
        QStringList names;
        for (const NewTopic &t : topics)
            names.append(t.name);
        createTopics(topics, ignoreExisting, &error, &warnings);
        Q_EMIT topicsCreated(names, warnings, error);
    });
}

} // namespace cs::kafka
