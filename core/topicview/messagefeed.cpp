#include "topicview/messagefeed.h"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

#include "topicview/messagemodel.h"

namespace cs::topicview {

// Destroys retired consumers (each joins its thread and closes its librdkafka handle, which can wait
// for the broker) on a thread of its own. Its destructor finishes the queue and joins.
struct MessageFeed::Reaper
{
    std::mutex mutex;
    std::condition_variable wake;
    std::deque<std::unique_ptr<kafka::Consumer>> queue; // guarded by mutex
    bool stopping = false; // guarded by mutex
    std::thread thread;

    Reaper()
        : thread([this] { run(); })
    { }
    ~Reaper()
    {
        {
            std::lock_guard lock(mutex);
            stopping = true;
        }
        wake.notify_one();
        thread.join();
    }
    void add(std::unique_ptr<kafka::Consumer> consumer)
    {
        {
            std::lock_guard lock(mutex);
            queue.push_back(std::move(consumer));
        }
        wake.notify_one();
    }
    void run()
    {
        std::unique_lock lock(mutex);
        for (;;) {
            wake.wait(lock, [this] { return stopping || !queue.empty(); });
            if (queue.empty())
                return; // stopping and nothing left
            std::unique_ptr<kafka::Consumer> consumer = std::move(queue.front());
            queue.pop_front();
            lock.unlock();
            consumer.reset();
            lock.lock();
        }
    }
};

MessageFeed::MessageFeed(MessageModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_reaper(std::make_unique<Reaper>())
{
    m_drainTimer.setSingleShot(true);
    m_drainTimer.setInterval(m_drainIntervalMs);
    connect(&m_drainTimer, &QTimer::timeout, this, &MessageFeed::drain);
    m_rateTimer.setInterval(1000);
    connect(&m_rateTimer, &QTimer::timeout, this, &MessageFeed::updateRate);
}

MessageFeed::~MessageFeed()
{
    if (m_consumer)
        retire(std::move(m_consumer));
    m_reaper.reset();
}

void MessageFeed::setClientConfig(const kafka::ClientConfig &config)
{
    m_config = config;
}

void MessageFeed::retire(std::unique_ptr<kafka::Consumer> consumer)
{
    // Nothing of the old consumer may reach the model any more.
    consumer->disconnect(this);
    // The consumer leaves the GUI thread's ownership: it is destroyed on the reaper's thread.
    consumer->moveToThread(nullptr);
    m_reaper->add(std::move(consumer));
}

void MessageFeed::start(const ReadSpec &spec)
{
    if (m_consumer)
        retire(std::move(m_consumer));
    m_drainTimer.stop();
    m_pending.clear();
    m_pendingAt = 0;
    m_pendingCount = 0;
    m_spec = spec;
    m_error.clear();
    m_paused = false;
    m_model->clear();
    m_model->setTopicKind(topicKindOf(spec.topic));

    kafka::ClientConfig config = m_config;
    // librdkafka prefetches up to 64 MiB per consumer by default; the feed asks for 16 MiB, which reads
    // the embedded broker as fast (bench_viewer, once kafka::Consumer wakes librdkafka's fetcher after
    // a full local queue) and keeps the process below 300 MB there. A setting of the user's own wins.
    const bool ownReadAhead = std::any_of(config.properties.cbegin(), config.properties.cend(),
        [](const auto &p) { return p.first == "queued.max.messages.kbytes"; });
    if (!ownReadAhead && m_readAheadKiB > 0)
        config.properties.append({ "queued.max.messages.kbytes", QByteArray::number(m_readAheadKiB) });
    m_consumer = std::make_unique<kafka::Consumer>(config);
    m_consumer->assign(
        spec.topic, spec.partition ? QList<int> { *spec.partition } : QList<int>(), spec.start);
    // As connect-studio-cli console-consumer: stop with an error rather than skip lost offsets.
    m_consumer->setFailOnDataLoss(true);
    m_consumer->setMaxQueued(m_queueLimit);
    connect(m_consumer.get(), &kafka::Consumer::readyRead, this, &MessageFeed::scheduleDrain,
        Qt::QueuedConnection);
    connect(m_consumer.get(), &kafka::Consumer::finished, this, &MessageFeed::scheduleDrain,
        Qt::QueuedConnection);
    m_consumer->start();
    m_state = State::Reading;
    m_rateCount = 0;
    m_rate = 0;
    m_rateClock.start();
    m_rateTimer.start();
    Q_EMIT stateChanged();
    Q_EMIT rateChanged(0);
}

void MessageFeed::stop()
{
    if (!m_consumer)
        return;
    m_drainTimer.stop();
    if (m_consumer)
        retire(std::move(m_consumer));
    // What was already pulled is shown.
    for (QList<kafka::Message> &batch : m_pending) {
        m_model->append(batch.data() + m_pendingAt, batch.size() - m_pendingAt);
        m_pendingAt = 0;
    }
    m_pending.clear();
    m_pendingCount = 0;
    m_rateTimer.stop();
    m_rate = 0;
    m_state = State::Stopped;
    Q_EMIT rateChanged(0);
    Q_EMIT stateChanged();
}

void MessageFeed::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (!paused)
        scheduleDrain();
    Q_EMIT stateChanged();
}

void MessageFeed::scheduleDrain()
{
    if (!m_paused && m_consumer && !m_drainTimer.isActive())
        m_drainTimer.start(m_pending.empty() ? m_drainIntervalMs : 0);
}

void MessageFeed::drain()
{
    if (!m_consumer || m_paused)
        return;
    bool finished = false;
    if (m_pendingCount < m_queueLimit) {
        // Keep the consumer's thread busy: take what it has queued while the model catches up.
        kafka::ConsumerBatch batch = m_consumer->take(0);
        if (!batch.messages.isEmpty()) {
            m_pendingCount += batch.messages.size();
            m_pending.push_back(std::move(batch.messages));
        }
        for (const kafka::ConsumerError &e : std::as_const(batch.errors)) {
            if (e.kind == kafka::ConsumerError::Transient)
                continue;
            m_error = e.message;
            Q_EMIT errorOccurred(e.message);
        }
        finished = batch.finished;
    }
    // The model takes at most m_stepSize records per turn of the event loop, so painting and input
    // are never held up by a large pull.
    qsizetype n = 0;
    while (!m_pending.empty() && n < m_stepSize) {
        QList<kafka::Message> &front = m_pending.front();
        const qsizetype k = qMin(front.size() - m_pendingAt, qsizetype(m_stepSize) - n);
        m_model->append(front.data() + m_pendingAt, k);
        m_pendingAt += k;
        n += k;
        if (m_pendingAt >= front.size()) {
            m_pending.pop_front();
            m_pendingAt = 0;
        }
    }
    m_pendingCount -= n;
    m_rateCount += n;
    if (finished && m_pending.empty()) {
        retire(std::move(m_consumer));
        m_rateTimer.stop();
        m_rate = 0;
        m_state = State::Stopped;
        Q_EMIT rateChanged(0);
        Q_EMIT stateChanged();
        return;
    }
    // readyRead announces only the step from an empty queue, so after a pull more may be waiting
    // already. While records come fast (a full step), come back at once; otherwise after the interval,
    // which gathers a slow trickle into fewer model updates.
    if (!m_pending.empty() || n >= m_stepSize)
        m_drainTimer.start(0);
    else if (n > 0)
        m_drainTimer.start(m_drainIntervalMs);
}

void MessageFeed::updateRate()
{
    const qint64 ms = m_rateClock.restart();
    m_rate = ms > 0 ? double(m_rateCount) * 1000.0 / double(ms) : 0;
    m_rateCount = 0;
    Q_EMIT rateChanged(m_rate);
}

} // namespace cs::topicview
