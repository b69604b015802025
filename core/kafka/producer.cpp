#include "kafka/producer.h"

#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>

#include <QHash>
#include <QMetaMethod>

#include "kafka/rdkafkaglue.h"

namespace cs::kafka {

namespace {

// What travels with each message through librdkafka as its opaque.
struct Pending
{
    quint64 id = 0;
    Producer::DeliveryCallback callback;
};

} // namespace

struct Producer::Private
{
    Producer *q = nullptr;
    ClientConfig config;
    detail::HandleContext context;
    rd_kafka_t *rk = nullptr;
    QByteArray compression;
    QString error; // set by open(), read on the owner's thread
    std::thread thread;
    std::atomic<bool> stopping { false };
    bool emitSignal = false; // read on the delivery thread, refreshed each loop
    QList<DeliveryReport> collected; // only touched on the delivery thread
    // Set before open(): then every message's opaque is its id, not a Pending.
    DeliveryCallback handler;
    bool reportMessages = false;
    bool servedByCaller = false; // set before open(): no delivery thread

    // A handle per topic, made at its first message and kept until the producer goes: producing by
    // name made librdkafka look the topic up (and this producer encode its name) for every message,
    // and every report decoded the name again. `last` serves runs of one topic without hashing.
    struct Topic
    {
        QString name;
        rd_kafka_topic_t *rkt = nullptr;
    };
    std::mutex topicsMutex;
    QHash<QString, rd_kafka_topic_t *> topics;
    QHash<const rd_kafka_topic_t *, QString> topicNames;
    Topic last;

    rd_kafka_topic_t *topicHandle(const QString &name)
    {
        std::lock_guard lock(topicsMutex);
        if (last.rkt && (name.isSharedWith(last.name) || name == last.name))
            return last.rkt;
        rd_kafka_topic_t *&rkt = topics[name];
        if (!rkt) {
            rkt = rd_kafka_topic_new(rk, name.toUtf8().constData(), nullptr);
            if (!rkt)
                return nullptr;
            topicNames.insert(rkt, name);
        }
        last = { name, rkt };
        return rkt;
    }

    QString topicName(const rd_kafka_topic_t *rkt)
    {
        std::lock_guard lock(topicsMutex);
        if (rkt == last.rkt)
            return last.name;
        const QString name = topicNames.value(rkt);
        return name.isNull() ? QString::fromUtf8(rd_kafka_topic_name(rkt)) : name;
    }

    void destroyTopics()
    {
        std::lock_guard lock(topicsMutex);
        for (rd_kafka_topic_t *rkt : std::as_const(topics))
            rd_kafka_topic_destroy(rkt);
        topics.clear();
        topicNames.clear();
        last = {};
    }

    static void onDelivery(rd_kafka_t *, const rd_kafka_message_t *m, void *opaque)
    {
        auto *self = static_cast<Private *>(static_cast<detail::HandleContext *>(opaque)->owner);
        std::unique_ptr<Pending> pending(self->handler ? nullptr : static_cast<Pending *>(m->_private));
        DeliveryReport report;
        report.id = self->handler ? quint64(reinterpret_cast<quintptr>(m->_private))
            : pending             ? pending->id
                                  : 0;
        report.topic = self->topicName(m->rkt);
        report.partition = m->partition;
        report.offset = m->offset;
        report.timestamp = rd_kafka_message_timestamp(m, nullptr);
        report.errorCode = m->err;
        if (m->err)
            report.error = detail::errorText(m->err);
        report.bytes = qint64(m->key_len + m->len);
        if (self->reportMessages) {
            if (m->key)
                report.key = QByteArrayView(static_cast<const char *>(m->key), qsizetype(m->key_len));
            if (m->payload)
                report.value = QByteArrayView(static_cast<const char *>(m->payload), qsizetype(m->len));
            report.headers = detail::headersOf(m);
        }
        if (self->handler)
            self->handler(report);
        else if (pending && pending->callback)
            pending->callback(report);
        if (self->emitSignal) {
            report.key.reset(); // the views end with this callback
            report.value.reset();
            self->collected.append(std::move(report));
        }
    }

    int serve(int timeoutMs)
    {
        emitSignal = q->isSignalConnected(QMetaMethod::fromSignal(&Producer::delivered));
        const int served = rd_kafka_poll(rk, timeoutMs);
        if (!collected.isEmpty())
            Q_EMIT q->delivered(std::exchange(collected, {}));
        return served;
    }

    void run()
    {
        while (!stopping.load())
            serve(100);
        serve(0); // the reports that arrived while stopping, so no callback is lost
    }
};

Producer::Producer(const ClientConfig &config, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->config = config;
    d->context.owner = d.get();
}

Producer::~Producer()
{
    if (!d->rk)
        return;
    flush(d->config.timeoutMs);
    d->stopping = true;
    if (d->thread.joinable())
        d->thread.join();
    // Messages still queued fail with __PURGE_QUEUE so their opaques are freed by onDelivery.
    rd_kafka_purge(d->rk, RD_KAFKA_PURGE_F_QUEUE | RD_KAFKA_PURGE_F_INFLIGHT);
    rd_kafka_poll(d->rk, 0);
    d->destroyTopics();
    rd_kafka_destroy(d->rk);
}

bool Producer::open()
{
    if (d->rk)
        return true;
    d->compression = detail::bestCompression();
    const detail::Properties defaults = {
        { "compression.type", d->compression },
        { "linger.ms", "5" },
        // librdkafka waits 5 minutes by default before failing a message nobody can take.
        { "message.timeout.ms", QByteArray::number(qMax(30000, d->config.timeoutMs)) },
    };
    detail::ConfPtr conf = detail::makeConf(d->config, &d->context, defaults, &d->error);
    if (!conf)
        return false;
    rd_kafka_conf_set_dr_msg_cb(conf.get(), &Private::onDelivery);
    char size[64] = {};
    size_t sizeLength = sizeof size;
    rd_kafka_conf_get(conf.get(), "compression.type", size, &sizeLength);
    d->compression = QByteArray(size);

    char errstr[512];
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf.get(), errstr, sizeof errstr);
    if (!rk) {
        d->error = tr("Cannot create a Kafka producer: %1").arg(QString::fromUtf8(errstr));
        return false;
    }
    conf.release();
    if (!detail::checkReachable(rk, d->config, &d->context, &d->error)) {
        rd_kafka_destroy(rk);
        return false;
    }
    d->rk = rk;
    d->stopping = false;
    if (!d->servedByCaller)
        d->thread = std::thread([p = d.get()] { p->run(); });
    return true;
}

static_assert(sizeof(quintptr) >= sizeof(quint64), "message ids travel as librdkafka opaques");

void Producer::setDeliveryHandler(DeliveryCallback handler, bool withMessage)
{
    Q_ASSERT(!d->rk);
    d->handler = std::move(handler);
    d->reportMessages = withMessage;
}

void Producer::setServedByCaller()
{
    Q_ASSERT(!d->rk);
    d->servedByCaller = true;
}

int Producer::poll(int timeoutMs)
{
    return d->rk && d->servedByCaller ? d->serve(timeoutMs) : 0;
}

bool Producer::isOpen() const
{
    return d->rk != nullptr;
}

QString Producer::errorString() const
{
    return d->error;
}

QByteArray Producer::compression() const
{
    return d->compression;
}

bool Producer::produce(const Message &message, quint64 id, DeliveryCallback callback, QString *error)
{
    if (!d->rk) {
        if (error)
            *error = tr("The Kafka producer is not open.");
        return false;
    }
    if (d->handler && callback) {
        if (error)
            *error = tr("This producer reports every message to one handler.");
        return false;
    }
    rd_kafka_topic_t *rkt = d->topicHandle(message.topic);
    if (!rkt) {
        if (error)
            *error
                = tr("Cannot produce to %1: %2").arg(message.topic, detail::errorText(rd_kafka_last_error()));
        return false;
    }
    auto pending = d->handler ? nullptr : std::make_unique<Pending>(Pending { id, std::move(callback) });
    void *opaque = d->handler ? reinterpret_cast<void *>(quintptr(id)) : pending.get();
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(d->config.timeoutMs);
    for (;;) {
        rd_kafka_headers_t *headers = nullptr;
        if (!message.headers.isEmpty()) {
            headers = rd_kafka_headers_new(size_t(message.headers.size()));
            for (const Header &h : message.headers) {
                const QByteArray name = h.name.toUtf8();
                rd_kafka_header_add(headers, name.constData(), name.size(),
                    h.value ? h.value->constData() : nullptr, h.value ? h.value->size() : 0);
            }
        }
        // constData() of an empty QByteArray is "" (not null), which librdkafka keeps as an empty value.
        const void *keyData = message.key ? message.key->constData() : nullptr;
        const size_t keySize = message.key ? size_t(message.key->size()) : 0;
        void *valueData = message.value ? const_cast<char *>(message.value->constData()) : nullptr;
        const size_t valueSize = message.value ? size_t(message.value->size()) : 0;
        const int32_t partition = message.partition < 0 ? RD_KAFKA_PARTITION_UA : message.partition;
        const int64_t timestamp = message.timestamp < 0 ? 0 : message.timestamp;
        const rd_kafka_resp_err_t err
            = rd_kafka_producev(d->rk, RD_KAFKA_V_RKT(rkt), RD_KAFKA_V_PARTITION(partition),
                RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_KEY(keyData, keySize),
                RD_KAFKA_V_VALUE(valueData, valueSize), RD_KAFKA_V_TIMESTAMP(timestamp),
                RD_KAFKA_V_HEADERS(headers), RD_KAFKA_V_OPAQUE(opaque), RD_KAFKA_V_END);
        if (err == RD_KAFKA_RESP_ERR_NO_ERROR) {
            pending.release(); // freed in onDelivery
            return true;
        }
        if (headers)
            rd_kafka_headers_destroy(headers);
        if (err == RD_KAFKA_RESP_ERR__QUEUE_FULL && std::chrono::steady_clock::now() < deadline) {
            // Served reports drain the queue: here, or on the delivery thread, given a moment.
            if (d->servedByCaller)
                d->serve(1);
            else
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            continue;
        }
        if (error)
            *error = tr("Cannot produce to %1: %2").arg(message.topic, detail::errorText(err));
        return false;
    }
}

bool Producer::produce(const QString &topic, const std::optional<QByteArray> &key,
    const std::optional<QByteArray> &value, QString *error)
{
    Message m;
    m.topic = topic;
    m.key = key;
    m.value = value;
    return produce(m, 0, {}, error);
}

bool Producer::flush(int timeoutMs)
{
    if (!d->rk)
        return true;
    // Not rd_kafka_flush(): it would serve delivery reports on this thread, beside the delivery thread.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    while (rd_kafka_outq_len(d->rk) > 0) {
        if (std::chrono::steady_clock::now() >= deadline)
            return false;
        if (d->servedByCaller)
            d->serve(1);
        else
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return true;
}

int Producer::outstanding() const
{
    return d->rk ? rd_kafka_outq_len(d->rk) : 0;
}

} // namespace cs::kafka
