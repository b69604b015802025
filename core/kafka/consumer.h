#pragma once

#include <memory>
#include <optional>

#include <QObject>
#include <QStringList>

#include "kafka/clientconfig.h"
#include "kafka/message.h"

namespace cs::kafka {

// Where a consumer starts reading a partition.
struct StartPosition
{
    enum Kind
    {
        Beginning, // the oldest retained message
        End, // only messages produced from now on
        Offset, // `value` is an absolute offset
        Timestamp // `value` is milliseconds since the epoch: the first message at or after it
    };
    Kind kind = Beginning;
    qint64 value = 0;

    static StartPosition beginning() { return { Beginning, 0 }; }
    static StartPosition end() { return { End, 0 }; }
    static StartPosition offset(qint64 offset) { return { Offset, offset }; }
    static StartPosition timestamp(qint64 msecsSinceEpoch) { return { Timestamp, msecsSinceEpoch }; }
};

// Something the consumer could not do. OffsetsLost means the broker no longer holds offsets
// firstLost..lastLost of topic/partition that this reader was about to read: it is never skipped
// silently (see Consumer::setFailOnDataLoss()).
struct ConsumerError
{
    enum Kind
    {
        Unreachable, // no answer from the bootstrap servers within the timeout
        UnknownTopic, // the topic or partition does not exist
        OffsetsLost, // the reader fell behind the retained start (or asked for an offset before it)
        Fatal, // any other error that stopped the consumer
        Transient // reported for information; the consumer keeps going (e.g. a broker went away)
    };
    Kind kind = Fatal;
    QString message; // for people; names topic, partition and offsets where they matter
    QString topic;
    int partition = -1;
    qint64 firstLost = -1;
    qint64 lastLost = -1;
};

// What a consumer produced since the last take(): messages in arrival order (per partition in offset
// order), possibly an error, and whether it stopped (error, end reached or stop()).
struct ConsumerBatch
{
    QList<Message> messages;
    QList<ConsumerError> errors;
    bool endReached = false; // setStopAtEnd(): every partition reached its end
    bool finished = false; // the consumer's thread has ended; nothing more will come
};

// A Kafka consumer on its own thread. Configure it (assign() or subscribe() and the options), then
// start(): the thread connects (bounded by config.timeoutMs), resolves start positions, fetches and
// hands batches over as values, either
//   - pulled with take() from any one thread (the CLI, the worker's sink tasks), announced by
//     readyRead() for event-driven callers, or
//   - pushed through messagesReceived()/errorOccurred()/finished() when setDeliverBySignal(true) (the GUI).
// In pull mode at most maxQueued() messages wait; the fetch thread then pauses (bounded memory).
// The destructor (or stop()) ends and joins the thread.
class Consumer final : public QObject
{
    Q_OBJECT

public:
    explicit Consumer(const ClientConfig &config, QObject *parent = nullptr);
    ~Consumer() override;

    // Reads `topic` without a group: the given partitions (all when empty) from `start`.
    void assign(const QString &topic, const QList<int> &partitions, StartPosition start);
    // Joins consumer group `groupId`. Partitions without a committed offset start at `start`
    // (Beginning or End); the others resume from their committed offset.
    void subscribe(
        const QStringList &topics, const QString &groupId, StartPosition start = StartPosition::end());
    // Reads exactly these (topic, partition)s and resumes each from the committed offset of group
    // `groupId` without joining it (no rebalances); the others start at `start` (Beginning or End).
    // commit() and committed() work on that group, as Kafka allows for a group without members.
    void assignInGroup(const QList<QPair<QString, int>> &partitions, const QString &groupId,
        StartPosition start = StartPosition::end());

    // Report ConsumerError::OffsetsLost and stop instead of jumping over offsets the broker no longer
    // holds (librdkafka's auto.offset.reset=error plus a watermark check). Default: true.
    void setFailOnDataLoss(bool fail);
    // Group mode: let librdkafka commit consumed offsets every 5 s (kafka-console-consumer does).
    // Default false: the caller commits with commit().
    void setAutoCommit(bool autoCommit);
    // Stop once every assigned partition has been read up to its end (kcat -e).
    void setStopAtEnd(bool stop);
    void setDeliverBySignal(bool bySignal);
    void setMaxQueued(int messages);
    int maxQueued() const;

    // Starts the thread. Errors (unreachable broker, unknown topic...) arrive as ConsumerErrors.
    void start();
    // Asks the thread to end and joins it. Safe to call twice.
    void stop();
    bool isRunning() const;

    // Pull mode: waits up to timeoutMs for messages, an error or the end, and returns what is there.
    // Returns at once with what is queued when timeoutMs is 0.
    ConsumerBatch take(int timeoutMs);

    // Group modes: commits exactly these offsets (the next offsets to read) and waits for the answer,
    // at most config.timeoutMs. Callable from any thread while the consumer runs.
    bool commit(const QList<TopicPartitionOffset> &offsets, QString *error = nullptr);
    // Group modes: the committed offsets of the current assignment.
    QList<TopicPartitionOffset> committed(QString *error = nullptr);

Q_SIGNALS:
    void readyRead(); // pull mode: the queue went from empty to not empty
    void messagesReceived(const QList<cs::kafka::Message> &messages);
    void errorOccurred(const cs::kafka::ConsumerError &error);
    void endReached();
    void finished();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cs::kafka

Q_DECLARE_METATYPE(cs::kafka::ConsumerError)
