#include "kafka/consumer.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

#include <QCoreApplication>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>

#include "kafka/rdkafkaglue.h"

namespace cs::kafka {

namespace {

using Clock = std::chrono::steady_clock;

// fetch.wait.max.ms on the embedded broker (see Consumer::Private::run()).
constexpr int kEmbeddedFetchWaitMs = 10;

struct PartitionListDeleter
{
    void operator()(rd_kafka_topic_partition_list_t *list) const
    {
        rd_kafka_topic_partition_list_destroy(list);
    }
};
using PartitionList = std::unique_ptr<rd_kafka_topic_partition_list_t, PartitionListDeleter>;

struct HandleDeleter
{
    void operator()(rd_kafka_t *rk) const { rd_kafka_destroy(rk); }
};
using Handle = std::unique_ptr<rd_kafka_t, HandleDeleter>;

struct QueueDeleter
{
    void operator()(rd_kafka_queue_t *queue) const { rd_kafka_queue_destroy(queue); }
};
using Queue = std::unique_ptr<rd_kafka_queue_t, QueueDeleter>;

QString tr(const char *text)
{
    return QCoreApplication::translate("cs::kafka::Consumer", text);
}

TimestampType timestampTypeOf(rd_kafka_timestamp_type_t type)
{
    switch (type) {
    case RD_KAFKA_TIMESTAMP_CREATE_TIME:
        return TimestampType::CreateTime;
    case RD_KAFKA_TIMESTAMP_LOG_APPEND_TIME:
        return TimestampType::LogAppendTime;
    case RD_KAFKA_TIMESTAMP_NOT_AVAILABLE:
        break;
    }
    return TimestampType::NotAvailable;
}

ConsumerError lostError(const QString &topic, int partition, qint64 first, qint64 last)
{
    ConsumerError e;
    e.kind = ConsumerError::OffsetsLost;
    e.topic = topic;
    e.partition = partition;
    e.firstLost = first;
    e.lastLost = last;
    e.message = tr("Offsets %1 to %2 of %3 [partition %4] are no longer on the broker: its retention removed "
                   "them before they were read. Nothing was skipped; reading stopped.")
                    .arg(first)
                    .arg(last)
                    .arg(topic)
                    .arg(partition);
    return e;
}

ConsumerError makeError(
    ConsumerError::Kind kind, const QString &message, const QString &topic = {}, int partition = -1)
{
    ConsumerError e;
    e.kind = kind;
    e.message = message;
    e.topic = topic;
    e.partition = partition;
    return e;
}

// Keys and values of one fetched batch share one allocation: each is a QByteArray over its own
// NUL-terminated slice of the arena (Qt's public DataPointer constructor; the arena's header counts
// the references). This saves a malloc and a cross-thread free per key and per value, which is most
// of what a reader like console-consumer spends beside librdkafka.
class Arena
{
public:
    explicit Arena(qsizetype bytes)
        : m_block(bytes, Qt::Uninitialized)
        , m_base(m_block.data()) // taken before slices share the block: data() would then detach
    { }
    QByteArray slice(const void *data, size_t size)
    {
        char *at = m_base + m_used;
        std::memcpy(at, data, size);
        at[size] = '\0';
        m_used += qsizetype(size) + 1;
        QByteArray::DataPointer &block = m_block.data_ptr();
        block.d_ptr()->ref();
        return QByteArray(QByteArray::DataPointer(block.d_ptr(), at, qsizetype(size)));
    }
    static qsizetype bytesFor(const rd_kafka_message_t *m)
    {
        return (m->key ? qsizetype(m->key_len) + 1 : 0) + (m->payload ? qsizetype(m->len) + 1 : 0);
    }

private:
    QByteArray m_block;
    char *m_base = nullptr;
    qsizetype m_used = 0;
};

} // namespace

struct Consumer::Private
{
    Consumer *q = nullptr;
    ClientConfig config;
    detail::HandleContext context;

    // Set up on the owner's thread before start(), read-only while the thread runs.
    enum class Mode
    {
        Assign, // assign(): no group
        Subscribe, // subscribe(): a member of groupId
        AssignInGroup // assignInGroup(): groupPartitions, offsets of groupId, no membership
    };
    Mode mode = Mode::Assign;
    QString topic;
    QList<int> partitions;
    QStringList topics;
    QList<QPair<QString, int>> groupPartitions;
    QString groupId;
    StartPosition start;
    bool failOnDataLoss = true;
    bool autoCommit = false;
    bool stopAtEnd = false;
    bool bySignal = false;
    int maxQueued = 50000;

    std::thread thread;
    std::atomic<bool> stopping { false };
    std::atomic<bool> running { false };

    // The handle, for commit() from other threads; null when the thread does not run.
    std::mutex handleMutex;
    rd_kafka_t *rk = nullptr; // guarded by handleMutex

    // The hand-over queue of pull mode.
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<QList<Message>> queued; // guarded by mutex; batches as the fetch thread made them
    qsizetype queuedCount = 0; // guarded by mutex; messages in `queued`
    QList<ConsumerError> errors; // guarded by mutex
    bool endReached = false; // guarded by mutex
    bool finished = false; // guarded by mutex

    // Only touched on the consumer's thread.
    QSet<QPair<QString, int>> assigned;
    QSet<QPair<QString, int>> atEnd;
    const rd_kafka_topic_t *lastTopicHandle = nullptr;
    QString lastTopicName;
    bool failed = false;

    void run();
    bool resolveAssignment(rd_kafka_t *handle);
    qint64 scanForTimestamp(int partition, qint64 low, qint64 high, qint64 timestamp);
    void onRebalance(rd_kafka_t *handle, rd_kafka_resp_err_t err, rd_kafka_topic_partition_list_t *list);
    void assignFromCommitted(rd_kafka_t *handle, rd_kafka_topic_partition_list_t *list);
    void handleEvent(rd_kafka_t *handle, const rd_kafka_message_t *m, QList<Message> &batch);
    Message convert(const rd_kafka_message_t *m, Arena *arena = nullptr);
    bool watermarks(rd_kafka_t *handle, const QString &topicName, int partition, qint64 *low, qint64 *high);

    void wakeFetcher(rd_kafka_t *handle);
    void deliver(QList<Message> &&messages, QList<ConsumerError> &&newErrors, bool end, bool done);
    void fail(ConsumerError error)
    {
        failed = true;
        deliver({}, { std::move(error) }, false, false);
    }

    static void rebalanceCallback(
        rd_kafka_t *handle, rd_kafka_resp_err_t err, rd_kafka_topic_partition_list_t *list, void *opaque)
    {
        static_cast<Private *>(static_cast<detail::HandleContext *>(opaque)->owner)
            ->onRebalance(handle, err, list);
    }
};

void Consumer::Private::deliver(
    QList<Message> &&messages, QList<ConsumerError> &&newErrors, bool end, bool done)
{
    if (bySignal) {
        if (!messages.isEmpty())
            Q_EMIT q->messagesReceived(messages);
        for (const ConsumerError &e : std::as_const(newErrors))
            Q_EMIT q->errorOccurred(e);
        if (end)
            Q_EMIT q->endReached();
        if (done)
            Q_EMIT q->finished();
        return;
    }
    bool wasEmpty = false;
    {
        std::lock_guard lock(mutex);
        wasEmpty = queued.empty() && errors.isEmpty() && !endReached && !finished;
        if (!messages.isEmpty()) {
            queuedCount += messages.size();
            queued.push_back(std::move(messages));
        }
        errors.append(newErrors);
        endReached = endReached || end;
        finished = finished || done;
        wasEmpty = wasEmpty && (!queued.empty() || !errors.isEmpty() || endReached || finished);
    }
    changed.notify_all();
    if (wasEmpty)
        Q_EMIT q->readyRead();
    if (done)
        Q_EMIT q->finished();
}

void Consumer::Private::wakeFetcher(rd_kafka_t *handle)
{
    // Any request of ours wakes the broker threads it goes to; the cheapest that reaches every
    // partition's leader at once is a lookup of the latest offsets. Its answer is not needed.
    PartitionList list(rd_kafka_topic_partition_list_new(int(assigned.size())));
    for (const auto &[name, partition] : std::as_const(assigned))
        rd_kafka_topic_partition_list_add(list.get(), name.toUtf8().constData(), partition)->offset
            = RD_KAFKA_OFFSET_END;
    if (list->cnt > 0)
        rd_kafka_offsets_for_times(handle, list.get(), qBound(100, config.timeoutMs, 1000));
}

bool Consumer::Private::watermarks(
    rd_kafka_t *handle, const QString &topicName, int partition, qint64 *low, qint64 *high)
{
    int64_t lo = -1;
    int64_t hi = -1;
    const rd_kafka_resp_err_t err = rd_kafka_query_watermark_offsets(
        handle, topicName.toUtf8().constData(), partition, &lo, &hi, config.timeoutMs);
    *low = lo;
    *high = hi;
    return err == RD_KAFKA_RESP_ERR_NO_ERROR;
}

Message Consumer::Private::convert(const rd_kafka_message_t *m, Arena *arena)
{
    Message message;
    if (m->rkt != lastTopicHandle) {
        lastTopicHandle = m->rkt;
        lastTopicName = QString::fromUtf8(rd_kafka_topic_name(m->rkt));
    }
    message.topic = lastTopicName;
    message.partition = m->partition;
    message.offset = m->offset;
    rd_kafka_timestamp_type_t type = RD_KAFKA_TIMESTAMP_NOT_AVAILABLE;
    message.timestamp = rd_kafka_message_timestamp(m, &type);
    message.timestampType = timestampTypeOf(type);
    if (m->key)
        message.key = arena ? arena->slice(m->key, m->key_len)
                            : QByteArray(static_cast<const char *>(m->key), qsizetype(m->key_len));
    if (m->payload)
        message.value = arena ? arena->slice(m->payload, m->len)
                              : QByteArray(static_cast<const char *>(m->payload), qsizetype(m->len));
    message.headers = detail::headersOf(m);
    return message;
}

qint64 Consumer::Private::scanForTimestamp(int partition, qint64 low, qint64 high, qint64 timestamp)
{
    // librdkafka's mock answers every ListOffsets-by-timestamp with "no such offset", so on the
    // embedded broker we look for the first message at or after `timestamp` by reading the partition
    // (at most about 5 MiB, in memory).
    detail::HandleContext scanContext;
    QString error;
    detail::ConfPtr conf = detail::makeConf(config, &scanContext,
        { { "enable.auto.commit", "false" }, { "group.id", "connect-studio-timestamp-scan" } }, &error);
    if (!conf)
        return high;
    char errstr[512];
    Handle scanner(rd_kafka_new(RD_KAFKA_CONSUMER, conf.get(), errstr, sizeof errstr));
    if (!scanner)
        return high;
    conf.release();
    PartitionList list(rd_kafka_topic_partition_list_new(1));
    rd_kafka_topic_partition_list_add(list.get(), topic.toUtf8().constData(), partition)->offset = low;
    rd_kafka_assign(scanner.get(), list.get());
    const auto deadline = Clock::now() + std::chrono::milliseconds(4 * config.timeoutMs);
    qint64 found = high;
    while (!stopping && Clock::now() < deadline) {
        rd_kafka_message_t *m = rd_kafka_consumer_poll(scanner.get(), 100);
        if (!m)
            continue;
        const bool isMessage = !m->err;
        const qint64 offset = m->offset;
        const qint64 ts = isMessage ? rd_kafka_message_timestamp(m, nullptr) : -1;
        rd_kafka_message_destroy(m);
        if (isMessage && ts >= timestamp) {
            found = offset;
            break;
        }
        if (isMessage && offset + 1 >= high)
            break;
    }
    rd_kafka_consumer_close(scanner.get());
    return found;
}

bool Consumer::Private::resolveAssignment(rd_kafka_t *handle)
{
    const QByteArray topicName = topic.toUtf8();
    rd_kafka_topic_t *rkt = rd_kafka_topic_new(handle, topicName.constData(), nullptr);
    const struct rd_kafka_metadata *metadata = nullptr;
    rd_kafka_resp_err_t err = rd_kafka_metadata(handle, 0, rkt, &metadata, config.timeoutMs);
    rd_kafka_topic_destroy(rkt);
    if (err) {
        fail(makeError(ConsumerError::Unreachable,
            tr("Cannot read the partitions of %1 from %2: %3")
                .arg(topic, config.bootstrapServers, detail::errorText(err)),
            topic));
        return false;
    }
    QList<int> existing;
    rd_kafka_resp_err_t topicErr = RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART;
    for (int t = 0; t < metadata->topic_cnt; ++t) {
        if (topic == QString::fromUtf8(metadata->topics[t].topic)) {
            topicErr = metadata->topics[t].err;
            for (int p = 0; p < metadata->topics[t].partition_cnt; ++p)
                existing.append(metadata->topics[t].partitions[p].id);
        }
    }
    rd_kafka_metadata_destroy(metadata);
    if (topicErr || existing.isEmpty()) {
        fail(makeError(ConsumerError::UnknownTopic,
            tr("Topic %1 does not exist on %2 (%3).")
                .arg(topic, config.bootstrapServers, detail::errorText(topicErr)),
            topic));
        return false;
    }
    std::sort(existing.begin(), existing.end());
    QList<int> chosen = partitions.isEmpty() ? existing : partitions;
    for (int p : std::as_const(chosen)) {
        if (!existing.contains(p)) {
            fail(makeError(ConsumerError::UnknownTopic,
                tr("Topic %1 has no partition %2 (it has %3).").arg(topic).arg(p).arg(existing.size()), topic,
                p));
            return false;
        }
    }

    PartitionList list(rd_kafka_topic_partition_list_new(int(chosen.size())));
    for (int p : std::as_const(chosen))
        rd_kafka_topic_partition_list_add(list.get(), topicName.constData(), p);

    switch (start.kind) {
    case StartPosition::Beginning:
    case StartPosition::End:
        for (int i = 0; i < list->cnt; ++i)
            list->elems[i].offset
                = start.kind == StartPosition::Beginning ? RD_KAFKA_OFFSET_BEGINNING : RD_KAFKA_OFFSET_END;
        break;
    case StartPosition::Offset:
        for (int i = 0; i < list->cnt; ++i) {
            qint64 low = -1;
            qint64 high = -1;
            if (!watermarks(handle, topic, list->elems[i].partition, &low, &high)) {
                list->elems[i].offset = start.value;
                continue;
            }
            if (start.value < low && failOnDataLoss) {
                fail(lostError(topic, list->elems[i].partition, start.value, low - 1));
                return false;
            }
            // Kafka resets a position outside the log; we make the same choice explicitly.
            list->elems[i].offset = start.value < low ? low : start.value > high ? high : start.value;
        }
        break;
    case StartPosition::Timestamp: {
        for (int i = 0; i < list->cnt; ++i)
            list->elems[i].offset = start.value;
        err = rd_kafka_offsets_for_times(handle, list.get(), config.timeoutMs);
        if (err) {
            fail(makeError(ConsumerError::Fatal,
                tr("Cannot look up offsets by timestamp in %1: %2").arg(topic, detail::errorText(err))));
            return false;
        }
        const bool mock = detail::isMockCluster(handle, config.timeoutMs);
        for (int i = 0; i < list->cnt; ++i) {
            if (list->elems[i].offset >= 0)
                continue;
            qint64 low = -1;
            qint64 high = -1;
            const bool known = watermarks(handle, topic, list->elems[i].partition, &low, &high);
            if (mock && known && high > low)
                list->elems[i].offset = scanForTimestamp(list->elems[i].partition, low, high, start.value);
            else
                list->elems[i].offset = RD_KAFKA_OFFSET_END; // every message is older
        }
        break;
    }
    }
    for (int i = 0; i < list->cnt; ++i)
        assigned.insert({ topic, list->elems[i].partition });
    err = rd_kafka_assign(handle, list.get());
    if (err) {
        fail(makeError(ConsumerError::Fatal,
            tr("Cannot assign partitions of %1: %2").arg(topic, detail::errorText(err))));
        return false;
    }
    return true;
}

void Consumer::Private::onRebalance(
    rd_kafka_t *handle, rd_kafka_resp_err_t err, rd_kafka_topic_partition_list_t *list)
{
    if (err != RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS) {
        rd_kafka_assign(handle, nullptr);
        assigned.clear();
        atEnd.clear();
        return;
    }
    assignFromCommitted(handle, list);
}

void Consumer::Private::assignFromCommitted(rd_kafka_t *handle, rd_kafka_topic_partition_list_t *list)
{
    // Committed offsets decide; partitions without one start where the caller asked. Checking them
    // against the retained start here lets auto.offset.reset=error mean only "data was lost".
    rd_kafka_committed(handle, list, config.timeoutMs);
    assigned.clear();
    atEnd.clear();
    for (int i = 0; i < list->cnt; ++i) {
        rd_kafka_topic_partition_t &tp = list->elems[i];
        const QString name = QString::fromUtf8(tp.topic);
        assigned.insert({ name, tp.partition });
        if (tp.offset < 0) {
            tp.offset = start.kind == StartPosition::End ? RD_KAFKA_OFFSET_END : RD_KAFKA_OFFSET_BEGINNING;
            continue;
        }
        qint64 low = -1;
        qint64 high = -1;
        if (failOnDataLoss && watermarks(handle, name, tp.partition, &low, &high) && tp.offset < low)
            fail(lostError(name, tp.partition, tp.offset, low - 1));
    }
    rd_kafka_assign(handle, list);
}

void Consumer::Private::handleEvent(rd_kafka_t *handle, const rd_kafka_message_t *m, QList<Message> &batch)
{
    const QString name = m->rkt ? QString::fromUtf8(rd_kafka_topic_name(m->rkt)) : QString();
    if (m->err != RD_KAFKA_RESP_ERR__PARTITION_EOF && !batch.isEmpty()) {
        // What came before the error is handed over before it.
        deliver(std::move(batch), {}, false, false);
        batch = {};
    }
    switch (m->err) {
    case RD_KAFKA_RESP_ERR__PARTITION_EOF:
        atEnd.insert({ name, m->partition });
        if (stopAtEnd && !assigned.isEmpty() && atEnd.contains(assigned)) {
            deliver(std::move(batch), {}, true, false);
            batch.clear();
            stopping = true;
        }
        return;
    case RD_KAFKA_RESP_ERR__AUTO_OFFSET_RESET:
    case RD_KAFKA_RESP_ERR_OFFSET_OUT_OF_RANGE: {
        // auto.offset.reset=error: the next offset to read is outside the log.
        qint64 low = -1;
        qint64 high = -1;
        const bool known = watermarks(handle, name, m->partition, &low, &high);
        if (known && m->offset >= 0 && m->offset < low) {
            fail(lostError(name, m->partition, m->offset, low - 1));
        } else {
            fail(makeError(ConsumerError::OffsetsLost,
                tr("Offset %1 of %2 [partition %3] is outside the log (%4 to %5): %6")
                    .arg(m->offset)
                    .arg(name)
                    .arg(m->partition)
                    .arg(low)
                    .arg(high)
                    .arg(QString::fromUtf8(rd_kafka_message_errstr(m))),
                name, m->partition));
        }
        return;
    }
    case RD_KAFKA_RESP_ERR__UNKNOWN_TOPIC:
    case RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART:
    case RD_KAFKA_RESP_ERR__UNKNOWN_PARTITION:
        fail(makeError(ConsumerError::UnknownTopic,
            tr("%1 [partition %2]: %3").arg(name).arg(m->partition).arg(detail::errorText(m->err)), name,
            m->partition));
        return;
    default:
        break;
    }
    char fatal[512];
    if (rd_kafka_fatal_error(handle, fatal, sizeof fatal)) {
        fail(makeError(
            ConsumerError::Fatal, tr("The Kafka consumer failed: %1").arg(QString::fromUtf8(fatal))));
        return;
    }
    deliver({},
        { makeError(
            ConsumerError::Transient, QString::fromUtf8(rd_kafka_message_errstr(m)), name, m->partition) },
        false, false);
}

void Consumer::Private::run()
{
    auto finish = [this] { deliver({}, {}, false, true); };
    detail::Properties defaults = {
        { "enable.partition.eof", "true" },
        { "enable.auto.commit", mode != Mode::Assign && autoCommit ? "true" : "false" },
        { "auto.offset.reset",
            failOnDataLoss                         ? QByteArray("error")
                : start.kind == StartPosition::End ? "latest"
                                                   : "earliest" },
    };
    // librdkafka's assign() needs a group.id although it never joins that group; nothing is committed
    // to it (enable.auto.commit=false outside group mode).
    const QByteArray group = mode != Mode::Assign
        ? groupId.toUtf8()
        : "connect-studio-reader-" + QByteArray::number(QRandomGenerator::global()->generate64(), 36);
    defaults.append(qMakePair(QByteArray("group.id"), group));
    QString error;
    auto create = [&](const detail::Properties &properties) -> Handle {
        detail::ConfPtr conf = detail::makeConf(config, &context, properties, &error);
        if (!conf) {
            fail(makeError(ConsumerError::Fatal, error));
            return {};
        }
        if (mode == Mode::Subscribe)
            rd_kafka_conf_set_rebalance_cb(conf.get(), &Private::rebalanceCallback);
        char errstr[512];
        Handle created(rd_kafka_new(RD_KAFKA_CONSUMER, conf.get(), errstr, sizeof errstr));
        if (!created) {
            fail(makeError(ConsumerError::Fatal,
                tr("Cannot create a Kafka consumer: %1").arg(QString::fromUtf8(errstr))));
            return {};
        }
        conf.release();
        if (!detail::checkReachable(created.get(), config, &context, &error)) {
            fail(makeError(ConsumerError::Unreachable, error));
            return {};
        }
        rd_kafka_poll_set_consumer(created.get());
        return created;
    };
    // The embedded broker (librdkafka's mock cluster) answers a fetch that finds no data only after
    // the whole fetch.wait.max.ms, even when a record arrives meanwhile (a real broker answers as
    // soon as there is data). A caught-up reader there, such as a sink task or the live topic view,
    // would see each new record up to that long late (librdkafka's 500 ms; the 50 ms we had set made
    // a third of bench_jdbc's insert-to-target latency). So on the mock the wait is short: the idle
    // fetches cost 0.2–0.7 % of a core per caught-up reader, on loopback. Its coordinator also holds a
    // rebalance after a member leaves for the session timeout minus one second (librdkafka's default: 45 s);
    // Kafka's smallest allowed value keeps restarts short. A real broker keeps librdkafka's defaults. The
    // caller's own properties still win.
    detail::Properties embedded = defaults;
    embedded.append(qMakePair(QByteArray("fetch.wait.max.ms"), QByteArray::number(kEmbeddedFetchWaitMs)));
    if (mode == Mode::Subscribe)
        embedded.append(qMakePair(QByteArray("session.timeout.ms"), QByteArray("6000")));
    // Created for the embedded broker first (the lab's case), again with the defaults for a real one.
    Handle handle = create(embedded);
    if (handle && !detail::isMockCluster(handle.get(), config.timeoutMs)) {
        handle.reset();
        handle = create(defaults);
    }
    if (!handle)
        return finish();
    bool ok = true;
    if (mode == Mode::AssignInGroup) {
        PartitionList list(rd_kafka_topic_partition_list_new(int(groupPartitions.size())));
        for (const auto &[name, partition] : std::as_const(groupPartitions))
            rd_kafka_topic_partition_list_add(list.get(), name.toUtf8().constData(), partition);
        assignFromCommitted(handle.get(), list.get());
    } else if (mode == Mode::Subscribe) {
        PartitionList list(rd_kafka_topic_partition_list_new(int(topics.size())));
        for (const QString &t : std::as_const(topics))
            rd_kafka_topic_partition_list_add(list.get(), t.toUtf8().constData(), RD_KAFKA_PARTITION_UA);
        const rd_kafka_resp_err_t err = rd_kafka_subscribe(handle.get(), list.get());
        if (err) {
            fail(makeError(ConsumerError::Fatal,
                tr("Cannot subscribe to %1: %2").arg(topics.join(u", "), detail::errorText(err))));
            ok = false;
        }
    } else {
        ok = resolveAssignment(handle.get());
    }
    {
        std::lock_guard lock(handleMutex);
        rk = handle.get();
    }

    QList<Message> batch;
    constexpr int batchSize = 2000;
    std::vector<rd_kafka_message_t *> polled(batchSize);
    Queue consumerQueue(mode == Mode::Subscribe ? nullptr : rd_kafka_queue_get_consumer(handle.get()));
    // librdkafka 2.0 stops fetching a partition while the local queue holds queued.min.messages or
    // queued.max.messages.kbytes, and looks again only when its broker thread wakes up, which on an
    // otherwise idle connection takes up to a second (later librdkafka: fetch.queue.backoff.ms).
    // A reader that empties a full queue then waits most of that second: reading a retained topic
    // from the embedded broker, the Topics view waited 0.7-0.9 s of every second (bench_viewer).
    // So once the queue came near either limit, we wake the fetcher ourselves when it has emptied
    // to a quarter, while records are still waiting to be converted.
    auto confValue = [&](const char *name, qint64 fallback) {
        char value[64];
        size_t size = sizeof value;
        return rd_kafka_conf_get(rd_kafka_conf(handle.get()), name, value, &size) == RD_KAFKA_CONF_OK
            ? QByteArray(value).toLongLong()
            : fallback;
    };
    const qint64 queueMinMessages = confValue("queued.min.messages", 100000);
    const qint64 queueMaxBytes = confValue("queued.max.messages.kbytes", 65536) * 1024;
    qint64 bytesPerMessage = 0; // of the last batch: estimates the bytes in librdkafka's queue
    bool nearQueueLimit = false;
    while (ok && !stopping && !failed) {
        if (!bySignal) {
            // Bounded hand-over: wait while the reader is behind.
            std::unique_lock lock(mutex);
            changed.wait_for(
                lock, std::chrono::milliseconds(100), [this] { return stopping || queuedCount < maxQueued; });
            if (queuedCount >= maxQueued)
                continue;
        }
        if (consumerQueue) {
            // Assign mode: many messages per lock of librdkafka's queue.
            const qint64 waiting = qint64(rd_kafka_queue_length(consumerQueue.get()));
            const qint64 waitingBytes = waiting * bytesPerMessage;
            if (waiting >= queueMinMessages / 4 * 3 || waitingBytes >= queueMaxBytes / 4 * 3) {
                nearQueueLimit = true;
            } else if (nearQueueLimit && waiting <= queueMinMessages / 4
                && waitingBytes <= queueMaxBytes / 4) {
                nearQueueLimit = false;
                wakeFetcher(handle.get());
            }
            // consume_batch_queue() with a timeout waits until the batch is full or the timeout has
            // passed, which delayed each record of a slow stream up to that long (a sink's insert-to-
            // target latency). So it takes only what is there, and an empty queue is waited on for
            // the first record alone.
            ssize_t n = rd_kafka_consume_batch_queue(consumerQueue.get(), 0, polled.data(), polled.size());
            if (n == 0) {
                if ((polled[0] = rd_kafka_consume_queue(consumerQueue.get(), 100))) {
                    const ssize_t more = rd_kafka_consume_batch_queue(
                        consumerQueue.get(), 0, polled.data() + 1, polled.size() - 1);
                    n = 1 + std::max<ssize_t>(more, 0);
                }
            }
            batch.reserve(qsizetype(n > 0 ? n : 0));
            qsizetype bytes = 0;
            for (ssize_t i = 0; i < n; ++i)
                bytes += polled[size_t(i)]->err ? 0 : Arena::bytesFor(polled[size_t(i)]);
            Arena arena(bytes);
            if (n > 0)
                bytesPerMessage = bytes / n;
            // A new topic string per batch: the reader's thread then releases references to a
            // string this thread no longer touches (no shared reference count between the threads).
            lastTopicHandle = nullptr;
            for (ssize_t i = 0; i < n; ++i) {
                rd_kafka_message_t *m = polled[size_t(i)];
                if (stopping || failed)
                    ; // stopped by an earlier event of this batch: drop the rest
                else if (m->err)
                    handleEvent(handle.get(), m, batch);
                else
                    batch.append(convert(m, &arena));
                rd_kafka_message_destroy(m);
            }
        } else {
            // Group mode: consumer_poll() also serves rebalances and offset commits.
            rd_kafka_message_t *m = rd_kafka_consumer_poll(handle.get(), 100);
            batch.reserve(batchSize);
            while (m) {
                if (m->err)
                    handleEvent(handle.get(), m, batch);
                else
                    batch.append(convert(m));
                rd_kafka_message_destroy(m);
                if (batch.size() >= batchSize || stopping || failed)
                    break;
                m = rd_kafka_consumer_poll(handle.get(), 0);
            }
        }
        if (!batch.isEmpty()) {
            deliver(std::move(batch), {}, false, false);
            batch = {};
        }
    }
    {
        std::lock_guard lock(handleMutex);
        rk = nullptr;
    }
    consumerQueue.reset();
    rd_kafka_consumer_close(handle.get());
    handle.reset();
    finish();
}

Consumer::Consumer(const ClientConfig &config, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->config = config;
    d->context.owner = d.get();
}

Consumer::~Consumer()
{
    stop();
}

void Consumer::assign(const QString &topic, const QList<int> &partitions, StartPosition start)
{
    d->mode = Private::Mode::Assign;
    d->topic = topic;
    d->partitions = partitions;
    d->start = start;
}

void Consumer::subscribe(const QStringList &topics, const QString &groupId, StartPosition start)
{
    d->mode = Private::Mode::Subscribe;
    d->topics = topics;
    d->groupId = groupId;
    d->start = start;
}

void Consumer::assignInGroup(
    const QList<QPair<QString, int>> &partitions, const QString &groupId, StartPosition start)
{
    d->mode = Private::Mode::AssignInGroup;
    d->groupPartitions = partitions;
    d->groupId = groupId;
    d->start = start;
}

void Consumer::setFailOnDataLoss(bool fail)
{
    d->failOnDataLoss = fail;
}

void Consumer::setAutoCommit(bool autoCommit)
{
    d->autoCommit = autoCommit;
}

void Consumer::setStopAtEnd(bool stop)
{
    d->stopAtEnd = stop;
}

void Consumer::setDeliverBySignal(bool bySignal)
{
    d->bySignal = bySignal;
}

void Consumer::setMaxQueued(int messages)
{
    d->maxQueued = qMax(1, messages);
}

int Consumer::maxQueued() const
{
    return d->maxQueued;
}

void Consumer::start()
{
    if (d->thread.joinable())
        return;
    d->stopping = false;
    d->failed = false;
    d->running = true;
    {
        std::lock_guard lock(d->mutex);
        d->finished = false;
        d->endReached = false;
    }
    d->thread = std::thread([p = d.get()] {
        p->run();
        p->running = false;
    });
}

void Consumer::stop()
{
    if (!d->thread.joinable())
        return;
    d->stopping = true;
    d->changed.notify_all();
    d->thread.join();
}

bool Consumer::isRunning() const
{
    return d->running;
}

ConsumerBatch Consumer::take(int timeoutMs)
{
    ConsumerBatch batch;
    {
        std::unique_lock lock(d->mutex);
        d->changed.wait_for(lock, std::chrono::milliseconds(qMax(timeoutMs, 0)),
            [this] { return !d->queued.empty() || !d->errors.isEmpty() || d->endReached || d->finished; });
        if (d->queued.size() == 1) {
            batch.messages = std::move(d->queued.front());
        } else if (!d->queued.empty()) {
            batch.messages.reserve(d->queuedCount);
            for (QList<Message> &part : d->queued)
                batch.messages.append(std::move(part));
        }
        d->queued.clear();
        d->queuedCount = 0;
        batch.errors = std::exchange(d->errors, {});
        batch.endReached = std::exchange(d->endReached, false);
        batch.finished = d->finished;
    }
    d->changed.notify_all(); // room again for the fetch thread
    return batch;
}

bool Consumer::commit(const QList<TopicPartitionOffset> &offsets, QString *error)
{
    std::lock_guard lock(d->handleMutex);
    if (!d->rk) {
        if (error)
            *error = tr("Cannot commit offsets: the consumer is not running.");
        return false;
    }
    PartitionList list(rd_kafka_topic_partition_list_new(int(offsets.size())));
    for (const TopicPartitionOffset &o : offsets)
        rd_kafka_topic_partition_list_add(list.get(), o.topic.toUtf8().constData(), o.partition)->offset
            = o.offset;
    // Through a queue of our own so that waiting for the answer is bounded.
    Queue queue(rd_kafka_queue_new(d->rk));
    rd_kafka_resp_err_t err = rd_kafka_commit_queue(d->rk, list.get(), queue.get(), nullptr, nullptr);
    if (!err) {
        rd_kafka_event_t *event = rd_kafka_queue_poll(queue.get(), d->config.timeoutMs);
        if (!event) {
            err = RD_KAFKA_RESP_ERR__TIMED_OUT;
        } else {
            err = rd_kafka_event_error(event);
            if (!err) {
                // Per-partition results.
                const rd_kafka_topic_partition_list_t *result = rd_kafka_event_topic_partition_list(event);
                for (int i = 0; result && i < result->cnt && !err; ++i)
                    err = result->elems[i].err;
            }
            rd_kafka_event_destroy(event);
        }
    }
    if (err) {
        if (error)
            *error = tr("Cannot commit offsets of group %1: %2").arg(d->groupId, detail::errorText(err));
        return false;
    }
    return true;
}

QList<TopicPartitionOffset> Consumer::committed(QString *error)
{
    std::lock_guard lock(d->handleMutex);
    QList<TopicPartitionOffset> result;
    if (!d->rk) {
        if (error)
            *error = tr("The consumer is not running.");
        return result;
    }
    rd_kafka_topic_partition_list_t *raw = nullptr;
    if (rd_kafka_assignment(d->rk, &raw) != RD_KAFKA_RESP_ERR_NO_ERROR)
        return result;
    PartitionList list(raw);
    const rd_kafka_resp_err_t err = rd_kafka_committed(d->rk, list.get(), d->config.timeoutMs);
    if (err) {
        if (error)
            *error = detail::errorText(err);
        return result;
    }
    for (int i = 0; i < list->cnt; ++i)
        result.append(
            { QString::fromUtf8(list->elems[i].topic), list->elems[i].partition, list->elems[i].offset });
    return result;
}

} // namespace cs::kafka
