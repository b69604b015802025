#include "worker/workertask.h"

#include <chrono>
#include <deque>
#include <functional>

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>
#include <QSet>

#include "converters/converterregistry.h"
#include "kafka/admin.h"
#include "kafka/consumer.h"
#include "kafka/producer.h"
#include "worker/datajournal.h"
#include "worker/internalrecords.h"
#include "worker/offsetstore.h"
#include "worker/topicbacklog.h"

namespace cs::worker {

Q_LOGGING_CATEGORY(lcTask, "org.apache.kafka.connect.runtime.WorkerTask")

namespace {

using Clock = std::chrono::steady_clock;

qint64 msSince(Clock::time_point t)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - t).count();
}

std::optional<QByteArray> toKafkaBytes(const QByteArray &bytes)
{
    return bytes.isNull() ? std::nullopt : std::optional(bytes);
}

QByteArrayView toView(const std::optional<QByteArray> &bytes)
{
    return bytes ? QByteArrayView(*bytes) : QByteArrayView();
}

} // namespace

QString connectTrace(const QString &message, const QString &cause, const QString &exceptionClass)
{
    QString trace = exceptionClass + QStringLiteral(": ") + message;
    if (!cause.isEmpty())
        trace += QStringLiteral("\nCaused by: ") + cause;
    return trace;
}

// ----------------------------------------------------------------------------------------------

WorkerTask::WorkerTask(TaskSettings settings, std::unique_ptr<connect::Task> task, TaskListener *listener)
    : m_settings(std::move(settings))
    , m_task(std::move(task))
    , m_listener(listener)
{ }

WorkerTask::~WorkerTask()
{
    join();
}

void WorkerTask::join()
{
    if (!m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stopping.store(true, std::memory_order_release);
        m_changed.notify_all();
    }
    m_thread.join();
}

void WorkerTask::start(bool paused)
{
    {
        std::lock_guard lock(m_mutex);
        m_paused = paused;
    }
    m_thread = std::thread([this] { run(); });
}

void WorkerTask::pause()
{
    std::lock_guard lock(m_mutex);
    m_paused = true;
    m_changed.notify_all();
}

void WorkerTask::resume()
{
    std::lock_guard lock(m_mutex);
    m_paused = false;
    m_changed.notify_all();
}

bool WorkerTask::stop()
{
    std::unique_lock lock(m_mutex);
    m_stopping.store(true, std::memory_order_release);
    m_changed.notify_all();
    return m_changed.wait_for(lock, std::chrono::milliseconds(m_settings.shutdownTimeoutMs),
        [this] { return m_finished.load(std::memory_order_acquire); });
}

void WorkerTask::run()
{
    execute();
    std::lock_guard lock(m_mutex);
    m_finished.store(true, std::memory_order_release);
    m_changed.notify_all();
}

bool WorkerTask::awaitRunning()
{
    std::unique_lock lock(m_mutex);
    if (m_paused && !stopping()) {
        lock.unlock();
        report(QStringLiteral("PAUSED"));
        lock.lock();
        m_changed.wait(lock, [this] { return !m_paused || stopping(); });
        if (!stopping()) {
            lock.unlock();
            report(QStringLiteral("RUNNING"));
            lock.lock();
        }
    }
    return !stopping();
}

void WorkerTask::sleepFor(qint64 ms)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait_for(lock, std::chrono::milliseconds(ms), [this] { return stopping(); });
}

void WorkerTask::report(const QString &state, const QString &trace)
{
    m_listener->taskStateChanged(m_settings.id, m_settings.incarnation, state, trace);
}

void WorkerTask::fail(const QString &trace)
{
    qCCritical(lcTask).noquote() << QStringLiteral(
        "%1 Task threw an uncaught and unrecoverable exception. Task is "
        "being killed and will not recover until manually restarted")
                                        .arg(m_settings.id.toString());
    qCCritical(lcTask).noquote() << trace;
    report(QStringLiteral("FAILED"), trace);
}

bool WorkerTask::makeConverters(QString *error)
{
    auto make = [&](const ConverterSpec &spec, bool isKey) -> std::unique_ptr<converters::Converter> {
        auto converter = converters::ConverterRegistry::instantiate(spec.className);
        if (!converter) {
            *error = QStringLiteral("Class %1 could not be found.").arg(spec.className);
            return nullptr;
        }
        const data::Status configured = converter->configure(spec.config, isKey);
        if (!configured.ok()) {
            *error = configured.error().toString();
            return nullptr;
        }
        return converter;
    };
    m_keyConverter = make(m_settings.keyConverter, true);
    if (!m_keyConverter)
        return false;
    m_valueConverter = make(m_settings.valueConverter, false);
    return m_valueConverter != nullptr;
}

// ----------------------------------------------------------------------------------------------

// Gives a source task its committed offsets (OffsetStorageReader).
class WorkerSourceTask::Context final : public connect::SourceTaskContext
{
public:
    Context(OffsetStore &offsets, QString connector)
        : m_offsets(offsets)
        , m_connector(std::move(connector))
    { }

    data::Value offset(const data::Value &partition) override
    {
        const auto key = m_codec.offsetKey(m_connector, partition);
        if (!key.ok())
            return {};
        const std::optional<QByteArray> stored = m_offsets.get(*key);
        if (!stored)
            return {};
        auto decoded = m_codec.decodeJson(*stored);
        return decoded.ok() ? std::move(decoded).value() : data::Value();
    }

private:
    OffsetStore &m_offsets;
    QString m_connector;
    InternalRecords m_codec;
};

WorkerSourceTask::WorkerSourceTask(
    TaskSettings settings, std::unique_ptr<connect::Task> task, TaskListener *listener, OffsetStore &offsets)
    : WorkerTask(std::move(settings), std::move(task), listener)
    , m_offsets(offsets)
{ }

WorkerSourceTask::~WorkerSourceTask()
{
    join(); // before this object's members go: the thread runs execute()
}

void WorkerSourceTask::execute()
{
    auto *task = static_cast<connect::SourceTask *>(m_task.get());
    QString error;
    if (!makeConverters(&error)) {
        fail(connectTrace(
            QCoreApplication::translate("cs::worker::WorkerTask", "Failed to create the converters of %1")
                .arg(id().toString()),
            error));
        return;
    }
    Context context(m_offsets, id().connector);
    task->initialize(&context);
    if (const auto startError = task->start(m_settings.config)) {
        fail(connectTrace(*startError));
        return;
    }

    kafka::ClientConfig client = m_settings.client;
    client.clientId = QStringLiteral("connector-producer-") + id().toString();
    // Like upstream's SubmittedRecords: every produced record takes the next sequence number, its
    // delivery report marks it acknowledged, and a commit takes only the offsets of the records up
    // to the first one still in flight. The task never waits for the producer to drain to commit.
    // The reports are served on this thread (declared before the producer, so they outlive the
    // reports its destructor serves): no locks.
    std::deque<bool> acked; // sequence ackedBase + i
    quint64 ackedBase = 0;
    QString sendFailure;
    qint64 inFlightBytes = 0; // produced, not yet acknowledged
    qint64 inFlightRecords = 0;
    DataJournal *journal = m_settings.dataJournal;
    TopicBacklog *backlog = m_settings.backlog;
    kafka::Producer producer(client);
    // The pacing learns what the broker holds, the data journal keeps the record (embedded mode), and
    // the record counts as acknowledged.
    producer.setDeliveryHandler(
        [&](const kafka::DeliveryReport &report) {
            // Recorded as produced before it stops counting as in flight: the pacing never misses it.
            if (report.ok() && backlog)
                backlog->produced(report.topic, report.partition, report.offset, report.bytes);
            inFlightBytes -= report.bytes;
            --inFlightRecords;
            if (report.ok()
                && (!journal
                    || journal->append({ report.topic, report.partition, report.offset, report.timestamp,
                        report.key, report.value, report.headers }))) {
                acked[size_t(report.id - ackedBase)] = true;
                return;
            }
            if (sendFailure.isEmpty())
                sendFailure = QStringLiteral("Unrecoverable exception from producer send callback: ")
                    + (report.ok() ? journal->errorString() : report.error);
        },
        journal != nullptr);
    producer.setServedByCaller();
    if (!producer.open()) {
        task->stop();
        fail(connectTrace(
            QCoreApplication::translate("cs::worker::WorkerTask", "Failed to start the producer of %1")
                .arg(id().toString()),
            producer.errorString()));
        return;
    }
    report(QStringLiteral("RUNNING"));

    // Kafka creates a missing topic with num.partitions=1; librdkafka's mock broker would make 4, and
    // unkeyed records would then interleave. On the embedded broker the task creates it like Kafka.
    kafka::Admin admin(client);
    const bool embeddedBroker = admin.open() && admin.isEmbedded();

    InternalRecords codec;
    // The offset stays a Connect value until a commit takes it: only the latest one per source
    // partition is ever written, so encoding each record's offset would be wasted work.
    struct SubmittedOffset
    {
        quint64 seq;
        QByteArray key;
        data::Value value;
    };
    std::deque<SubmittedOffset> submittedOffsets; // task thread only, in sequence order
    std::optional<data::Value> lastPartition; // task thread only: the last record's, and its key
    std::optional<QByteArray> lastKey;
    quint64 nextSeq = 0;
    QSet<QString> topicsSeen;
    QString lastTopic; // the last record's topic, in topicsSeen
    auto lastCommit = Clock::now();

    // Offsets are committed only for records the broker acknowledged. `drain` (at stop) waits for
    // everything in flight first; the periodic commit takes the acknowledged prefix and goes on.
    auto commit = [&](bool drain) -> bool {
        if (drain && producer.outstanding() > 0 && !producer.flush(int(m_settings.client.timeoutMs * 2))) {
            error = QStringLiteral(
                "Failed to flush, timed out while waiting for producer to flush outstanding %1 messages")
                        .arg(producer.outstanding());
            return false;
        }
        if (!sendFailure.isEmpty()) {
            error = sendFailure;
            return false;
        }
        while (!acked.empty() && acked.front()) {
            acked.pop_front();
            ++ackedBase;
        }
        const quint64 ackedThrough = ackedBase; // records with a smaller sequence number are all acknowledged
        // The latest offset per source partition, in first-seen order. Consecutive records mostly
        // share their partition, so the last one found is tried first.
        std::vector<std::pair<QByteArray, data::Value>> latest;
        QHash<QByteArray, size_t> index;
        size_t last = 0;
        while (!submittedOffsets.empty() && submittedOffsets.front().seq < ackedThrough) {
            SubmittedOffset &o = submittedOffsets.front();
            if (latest.empty() || latest[last].first != o.key) {
                const auto found = index.constFind(o.key);
                if (found == index.cend()) {
                    last = latest.size();
                    index.insert(o.key, last);
                    latest.emplace_back(o.key, data::Value());
                } else {
                    last = *found;
                }
            }
            latest[last].second = std::move(o.value);
            submittedOffsets.pop_front();
        }
        lastCommit = Clock::now();
        if (latest.empty())
            return true;
        // Embedded mode: the records behind these offsets must survive kill -9 before the offsets say
        // they were sent (the delivery report journals a record before marking it acknowledged).
        if (m_settings.dataJournal && !m_settings.dataJournal->sync()) {
            error = m_settings.dataJournal->errorString();
            return false;
        }
        QList<InternalTopics::Record> records;
        records.reserve(qsizetype(latest.size()));
        for (const auto &[key, offset] : latest) {
            const auto value = codec.offsetValue(offset);
            if (value.ok())
                records.append({ key, *value });
        }
        if (!m_offsets.commit(records, &error))
            return false;
        task->commit();
        return true;
    };

    bool failed = false;
    bool holding = false;
    while (!failed && awaitRunning()) {
        // Embedded mode: hold the next poll while a running sink lags far behind on our topics, so
        // it never falls behind what the broker retains.
        QString why;
        // What the producer still holds counts as behind too (on every partition, conservatively):
        // the source waits for acknowledgements instead of flushing.
        if (m_settings.backlog
            && m_settings.backlog->overLimit(topicsSeen, &why, 1.0, inFlightBytes, inFlightRecords)) {
            if (!holding)
                qCInfo(lcTask).noquote()
                    << QStringLiteral("%1 waits for sinks to catch up (%2)").arg(id().toString(), why);
            holding = true;
            if (msSince(lastCommit) >= m_settings.offsetFlushIntervalMs && !commit(false)) {
                fail(connectTrace(error));
                failed = true;
                break;
            }
            producer.poll(5); // the acknowledgements the source waits for
            continue;
        }
        holding = false;
        data::Result<QList<connect::SourceRecord>> polled = task->poll();
        if (!polled.ok()) {
            fail(connectTrace(polled.error().message, polled.error().cause));
            failed = true;
            break;
        }
        QList<connect::SourceRecord> records = std::move(polled).value();
        for (connect::SourceRecord &record : records) {
            auto key = m_keyConverter->fromConnectData(record.topic, record.keySchema, record.key);
            auto value = key.ok()
                ? m_valueConverter->fromConnectData(record.topic, record.valueSchema, record.value)
                : data::Result<QByteArray>(key.error());
            if (!key.ok() || !value.ok()) {
                const data::DataError &e = key.ok() ? value.error() : key.error();
                fail(connectTrace(QStringLiteral("Tolerance exceeded in error handler"),
                    QStringLiteral("org.apache.kafka.connect.errors.DataException: ") + e.toString()));
                failed = true;
                break;
            }
            // Records mostly share their topic's string: compared by address before it is hashed.
            if (!record.topic.isSharedWith(lastTopic) && !topicsSeen.contains(record.topic)) {
                topicsSeen.insert(record.topic);
                if (embeddedBroker)
                    admin.createTopics({ { record.topic, 1, 1, {} } }, true);
                m_listener->taskUsedTopic(id(), record.topic);
            }
            lastTopic = record.topic;
            kafka::Message m;
            m.topic = record.topic;
            m.partition = record.kafkaPartition.value_or(-1);
            m.timestamp = record.timestamp.value_or(-1);
            m.key = toKafkaBytes(*key);
            m.value = toKafkaBytes(*value);
            for (const connect::RecordHeader &h : record.headers)
                m.headers.append(
                    { h.key, h.value.isNull() ? std::nullopt : std::optional(h.value.toString().toUtf8()) });
            QString produceError;
            const quint64 seq = nextSeq++;
            acked.push_back(false);
            inFlightBytes += (m.key ? m.key->size() : 0) + (m.value ? m.value->size() : 0);
            ++inFlightRecords;
            const bool queued = producer.produce(m, seq, {}, &produceError);
            if (!queued) {
                fail(connectTrace(QStringLiteral("Unrecoverable exception trying to send"), produceError));
                failed = true;
                break;
            }
            if (!record.sourcePartition.isNull()) {
                // A task's records mostly share their source partition: its key is encoded once.
                if (!lastPartition || !(*lastPartition == record.sourcePartition)) {
                    const auto offsetKey = codec.offsetKey(id().connector, record.sourcePartition);
                    lastPartition = record.sourcePartition;
                    lastKey = offsetKey.ok() ? std::optional(*offsetKey) : std::nullopt;
                }
                if (lastKey)
                    submittedOffsets.push_back({ seq, *lastKey, std::move(record.sourceOffset) });
            }
        }
        if (failed)
            break;
        producer.poll(0);
        if (msSince(lastCommit) >= m_settings.offsetFlushIntervalMs && !commit(false)) {
            fail(connectTrace(error));
            failed = true;
        }
    }
    if (!failed && !commit(true))
        qCWarning(lcTask).noquote() << id().toString() << QStringLiteral("Failed to commit offsets:")
                                    << error;
    task->stop();
}

// ----------------------------------------------------------------------------------------------

namespace {

// The sink task's commit requests.
class SinkContext final : public connect::SinkTaskContext
{
public:
    explicit SinkContext(std::function<bool()> stopping)
        : m_stopping(std::move(stopping))
    { }
    void requestCommit() override { m_requested.store(true); }
    bool stopRequested() const override { return m_stopping(); }
    bool takeRequest() { return m_requested.exchange(false); }

private:
    std::atomic<bool> m_requested { false };
    std::function<bool()> m_stopping;
};

} // namespace

WorkerSinkTask::WorkerSinkTask(TaskSettings settings, std::unique_ptr<connect::Task> task,
    TaskListener *listener, QStringList topics, QString topicsRegex)
    : WorkerTask(std::move(settings), std::move(task), listener)
    , m_topics(std::move(topics))
    , m_topicsRegex(std::move(topicsRegex))
{ }

WorkerSinkTask::~WorkerSinkTask()
{
    join(); // before this object's members go: the thread runs execute()
}

// On the embedded broker (librdkafka 2.0's mock cluster) a sink task with a list of topics reads its
// share of their partitions without joining its group: the mock's coordinator holds a new group's first
// join 3 s (fixed in 2.0) and a rejoin after a restart up to the session timeout, so every sink started
// in the lab sat idle that long. The task still resumes from the group's committed offsets and commits
// to it; the mock answers no DescribeGroups, so no tool shows the difference, and only this worker's
// tasks use the group (a second worker with the same group.id is refused). The partitions are split
// among the connector's tasks in ranges, as Kafka's default range assignor does. Missing topics are
// created like Kafka would (1 partition; the mock would make 4). Returns false, having done nothing,
// on a real broker or with topics.regex (whose topics may appear later: the subscription follows them).
bool WorkerSinkTask::readFromEmbeddedBroker(kafka::Consumer &consumer, const QString &group)
{
    if (!m_topicsRegex.isEmpty())
        return false;
    kafka::Admin admin(m_settings.client);
    if (!admin.open() || !admin.isEmbedded())
        return false;
    QList<kafka::NewTopic> create;
    for (const QString &topic : std::as_const(m_topics))
        create.append({ topic, 1, 1, {} });
    admin.createTopics(create, true);
    const std::optional<QList<kafka::TopicInfo>> listed = admin.listTopics(false);
    if (!listed)
        return false;
    const int count = std::max(1, m_settings.taskCount);
    const int index = id().task;
    QList<QPair<QString, int>> partitions;
    for (const kafka::TopicInfo &topic : *listed) {
        if (!m_topics.contains(topic.name))
            continue;
        const int n = int(topic.partitions.size());
        const int first = index * (n / count) + std::min(index, n % count);
        const int length = n / count + (index < n % count ? 1 : 0);
        for (int p = first; p < first + length && p < n; ++p)
            partitions.append({ topic.name, topic.partitions[p].id });
    }
    consumer.assignInGroup(partitions, group, kafka::StartPosition::beginning());
    return true;
}

void WorkerSinkTask::execute()
{
    auto *task = static_cast<connect::SinkTask *>(m_task.get());
    const QString group = QStringLiteral("connect-") + id().connector;
    // Hold sources of these topics back from the start: joining the group takes a while.
    if (m_settings.backlog)
        m_settings.backlog->sinkPositions(group, m_topics, {});
    QString error;
    if (!makeConverters(&error)) {
        fail(connectTrace(
            QCoreApplication::translate("cs::worker::WorkerTask", "Failed to create the converters of %1")
                .arg(id().toString()),
            error));
        return;
    }
    SinkContext context([this] { return stopping(); });
    task->initialize(&context);
    if (const auto startError = task->start(m_settings.config)) {
        fail(connectTrace(*startError));
        return;
    }

    kafka::ClientConfig client = m_settings.client;
    client.clientId = QStringLiteral("connector-consumer-") + id().toString();
    kafka::Consumer consumer(client);
    // Sink task consumers: group connect-<name>, no auto-commit, earliest when nothing is committed.
    // topics.regex: librdkafka subscribes to the topics a name starting with ^ matches; Connect
    // matches the whole name.
    if (!readFromEmbeddedBroker(consumer, group))
        consumer.subscribe(m_topicsRegex.isEmpty() ? m_topics : QStringList { u"^(" + m_topicsRegex + u")$" },
            group, kafka::StartPosition::beginning());
    consumer.setAutoCommit(false);
    consumer.setFailOnDataLoss(true);
    consumer.start();
    report(QStringLiteral("RUNNING"));
    for (const QString &topic : std::as_const(m_topics))
        m_listener->taskUsedTopic(id(), topic);

    QMap<QPair<QString, int>, qint64> consumed; // next offset to read, per partition, since the last commit
    QMap<QPair<QString, int>, qint64> positions; // next offset to read, per partition (for pacing)
    auto lastCommit = Clock::now();
    auto flushAndCommit = [&]() -> bool {
        if (consumed.isEmpty())
            return true;
        QList<connect::TopicPartitionOffset> offsets;
        for (auto it = consumed.cbegin(); it != consumed.cend(); ++it)
            offsets.append({ it.key().first, it.key().second, it.value() });
        const data::Status flushed = task->flush(offsets);
        if (!flushed.ok()) {
            error = flushed.error().toString();
            return false;
        }
        // Embedded mode: what this task read must be durable at its source before the group's offsets
        // move past it (a restarted worker replays the journal, not the broker's memory), so the
        // journal is synced and the offsets go no further than it holds; the rest is committed later.
        QMap<QPair<QString, int>, qint64> later;
        if (DataJournal *journal = m_settings.dataJournal) {
            if (!journal->sync()) {
                error = journal->errorString();
                return false;
            }
            for (connect::TopicPartitionOffset &o : offsets) {
                const std::optional<qint64> end = journal->endOffset({ o.topic, o.partition });
                if (end && *end < o.offset) {
                    later.insert({ o.topic, o.partition }, o.offset);
                    o.offset = *end;
                }
            }
        }
        QList<kafka::TopicPartitionOffset> commits;
        for (const connect::TopicPartitionOffset &o : std::as_const(offsets))
            commits.append({ o.topic, o.partition, o.offset });
        if (!consumer.commit(commits, &error))
            return false;
        m_listener->taskCommitted(id(), offsets);
        consumed = later;
        lastCommit = Clock::now();
        return true;
    };

    bool failed = false;
    while (!failed && awaitRunning()) {
        kafka::ConsumerBatch batch = consumer.take(200);
        if (m_settings.backlog) {
            for (const kafka::Message &m : std::as_const(batch.messages))
                positions.insert({ m.topic, m.partition }, m.offset + 1);
            m_settings.backlog->sinkPositions(group, m_topics, positions);
        }
        for (const kafka::ConsumerError &e : std::as_const(batch.errors)) {
            if (e.kind == kafka::ConsumerError::Transient)
                continue;
            fail(connectTrace(
                QStringLiteral("Exiting WorkerSinkTask due to unrecoverable exception."), e.message));
            failed = true;
            break;
        }
        if (failed)
            break;
        QList<connect::SinkRecord> records;
        records.reserve(batch.messages.size());
        for (const kafka::Message &m : std::as_const(batch.messages)) {
            auto key = m_keyConverter->toConnectData(m.topic, toView(m.key));
            auto value = key.ok() ? m_valueConverter->toConnectData(m.topic, toView(m.value))
                                  : data::Result<data::SchemaAndValue>(key.error());
            if (!key.ok() || !value.ok()) {
                const data::DataError &e = key.ok() ? value.error() : key.error();
                fail(connectTrace(QStringLiteral("Tolerance exceeded in error handler"),
                    QStringLiteral("org.apache.kafka.connect.errors.DataException: %1 (topic %2, partition "
                                   "%3, offset %4)")
                        .arg(e.toString(), m.topic)
                        .arg(m.partition)
                        .arg(m.offset)));
                failed = true;
                break;
            }
            connect::SinkRecord r;
            r.topic = m.topic;
            r.kafkaPartition = m.partition;
            r.kafkaOffset = m.offset;
            if (m.timestamp >= 0)
                r.timestamp = m.timestamp;
            r.timestampType = kafka::timestampTypeName(m.timestampType);
            r.keySchema = key->schema;
            r.key = key->value;
            r.valueSchema = value->schema;
            r.value = value->value;
            for (const kafka::Header &h : m.headers)
                r.headers.append(
                    { h.name, data::Schema(), h.value ? data::Value::string(*h.value) : data::Value() });
            records.append(std::move(r));
        }
        if (failed)
            break;
        if (!records.isEmpty()) {
            const data::Status put = task->put(records);
            if (!put.ok()) {
                fail(connectTrace(QStringLiteral("Exiting WorkerSinkTask due to unrecoverable exception."),
                    put.error().toString()));
                failed = true;
                break;
            }
            for (const connect::SinkRecord &r : std::as_const(records))
                consumed.insert({ r.topic, r.kafkaPartition }, r.kafkaOffset + 1);
        }
        if ((context.takeRequest() || msSince(lastCommit) >= m_settings.offsetFlushIntervalMs)
            && !flushAndCommit()) {
            fail(connectTrace(QStringLiteral("Commit of offsets failed"), error));
            failed = true;
        }
    }
    if (!failed && !flushAndCommit())
        qCWarning(lcTask).noquote() << id().toString() << QStringLiteral("Failed to commit offsets:")
                                    << error;
    if (m_settings.backlog)
        m_settings.backlog->sinkGone(group);
    consumer.stop();
    task->stop();
}

} // namespace cs::worker
