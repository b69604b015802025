#pragma once

#include <functional>
#include <memory>

#include <QObject>

#include "kafka/clientconfig.h"
#include "kafka/message.h"

namespace cs::kafka {

// The outcome of one produced message.
struct DeliveryReport
{
    quint64 id = 0; // the id given to Producer::produce()
    QString topic;
    int partition = -1;
    qint64 offset = -1;
    qint64 timestamp = -1;
    int errorCode = 0; // rd_kafka_resp_err_t, 0 on success
    QString error; // empty on success
    qint64 bytes = 0; // of the key and the value
    // For a handler that asked for the message: its key, value (nullopt when null) and headers. The
    // views point into librdkafka's copy and are valid only while the handler runs.
    std::optional<QByteArrayView> key;
    std::optional<QByteArrayView> value;
    QList<Header> headers;

    bool ok() const { return errorCode == 0; }
};

// A Kafka producer. Owns a librdkafka producer handle and one thread that serves its delivery
// reports (none with setServedByCaller()); produce() may be called from any thread. Reports arrive
// through the per-message callback or the handler (on the thread that serves them) and the delivered() signal
// (emitted from the producer's thread, so queued to receivers living elsewhere). Compresses with zstd, else
// lz4, when librdkafka has it (the embedded broker's retention counts compressed bytes). The destructor
// flushes for at most config.timeoutMs, then stops and joins the thread.
class Producer final : public QObject
{
    Q_OBJECT

public:
    using DeliveryCallback = std::function<void(const DeliveryReport &)>;

    explicit Producer(const ClientConfig &config, QObject *parent = nullptr);
    ~Producer() override;

    // Creates the client, waits up to config.timeoutMs for the cluster to answer and starts the
    // delivery thread. Returns false with errorString() when the broker is unreachable.
    bool open();
    bool isOpen() const;
    QString errorString() const;
    QByteArray compression() const; // compression.type in effect

    // Before open(): one handler for the reports of every message, on the producer's thread, instead
    // of a callback per message (produce() then refuses one). `withMessage`: reports carry the message.
    // The per-message callback and its captures are allocated on the producing thread and freed on the
    // delivery thread, and those frees contended for the producing thread's malloc arena (a source
    // task spent 18 % of its context switches waiting in free()); this way nothing crosses threads.
    void setDeliveryHandler(DeliveryCallback handler, bool withMessage);
    // Before open(): no delivery thread; reports are served on the thread that calls poll(), flush()
    // or produce() (when librdkafka's queue is full). librdkafka allocates each message on the
    // producing thread and frees it where its report is served; on a delivery thread of its own
    // those frees waited for the producing thread's malloc arena.
    void setServedByCaller();
    // Serves the delivery reports that arrived, waiting up to timeoutMs for one. Returns how many.
    int poll(int timeoutMs);

    // Queues one message. partition < 0 lets the partitioner choose; timestamp < 0 means now.
    // Waits while librdkafka's queue is full (at most config.timeoutMs). Thread-safe.
    bool produce(
        const Message &message, quint64 id = 0, DeliveryCallback callback = {}, QString *error = nullptr);
    bool produce(const QString &topic, const std::optional<QByteArray> &key,
        const std::optional<QByteArray> &value, QString *error = nullptr);

    // Waits until every queued message is delivered or failed. False on timeout. Thread-safe.
    bool flush(int timeoutMs);
    int outstanding() const;

Q_SIGNALS:
    void delivered(const QList<cs::kafka::DeliveryReport> &reports);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cs::kafka

Q_DECLARE_METATYPE(cs::kafka::DeliveryReport)
