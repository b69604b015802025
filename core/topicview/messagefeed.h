#pragma once

#include <deque>
#include <memory>
#include <optional>

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include "kafka/clientconfig.h"
#include "kafka/consumer.h"

namespace cs::topicview {

class MessageModel;

// What the viewer reads: one topic, all partitions or one, from a start position.
struct ReadSpec
{
    QString topic;
    std::optional<int> partition; // nullopt: all partitions
    kafka::StartPosition start = kafka::StartPosition::beginning();

    friend bool operator==(const ReadSpec &a, const ReadSpec &b)
    {
        return a.topic == b.topic && a.partition == b.partition && a.start.kind == b.start.kind
            && a.start.value == b.start.value;
    }
};

// Feeds a MessageModel from a kafka::Consumer (the console consumer's core, no group, nothing
// committed) that runs on its own thread. Batches are pulled on the GUI thread at most every
// drainIntervalMs and enter the model in steps of at most stepSize records per turn of the event
// loop, so the model changes in few steps and the GUI never waits for a large one; while paused
// nothing is pulled, the consumer's bounded queue fills and its thread stops fetching, so a pause
// loses nothing and costs no memory. Stopping a consumer (which may wait for the broker) happens on
// a thread of the feed's own, never on the GUI thread; the destructor waits for it.
// Lives on the GUI thread.
class MessageFeed final : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Idle, // nothing started
        Reading, // the consumer runs (possibly paused)
        Stopped, // the consumer ended: stop(), an error, or an unknown topic
    };
    Q_ENUM(State)

    explicit MessageFeed(MessageModel *model, QObject *parent = nullptr);
    ~MessageFeed() override;

    void setClientConfig(const kafka::ClientConfig &config);
    kafka::ClientConfig clientConfig() const { return m_config; }

    // Clears the model and starts reading `spec` (stopping a previous consumer).
    void start(const ReadSpec &spec);
    void stop();
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    State state() const { return m_state; }
    ReadSpec spec() const { return m_spec; }
    QString errorString() const { return m_error; } // the last consumer error, empty when none

    // Records per second that reached the model, over the last second or so.
    double messagesPerSecond() const { return m_rate; }
    // The consumer's hand-over queue bound (records waiting while the GUI catches up or is paused).
    void setQueueLimit(int messages) { m_queueLimit = messages; }
    void setDrainInterval(int ms) { m_drainIntervalMs = ms; }
    // At most this many records enter the model per turn of the GUI event loop.
    void setStepSize(int messages) { m_stepSize = qMax(1, messages); }
    // librdkafka's read-ahead (queued.max.messages.kbytes, KiB); 0 keeps librdkafka's (64 MiB).
    // A setting in the client config wins.
    void setReadAhead(int kibibytes) { m_readAheadKiB = kibibytes; }

Q_SIGNALS:
    void stateChanged();
    void errorOccurred(const QString &message);
    void rateChanged(double messagesPerSecond);

private:
    void scheduleDrain();
    void drain();
    void updateRate();
    void retire(std::unique_ptr<kafka::Consumer> consumer);

    struct Reaper;
    MessageModel *m_model;
    kafka::ClientConfig m_config;
    ReadSpec m_spec;
    std::unique_ptr<kafka::Consumer> m_consumer;
    std::unique_ptr<Reaper> m_reaper;
    State m_state = State::Idle;
    bool m_paused = false;
    QString m_error;
    int m_queueLimit = 50000;
    int m_readAheadKiB = 16384;
    int m_drainIntervalMs = 20;
    int m_stepSize = 10000;
    std::deque<QList<kafka::Message>> m_pending; // pulled from the consumer, not yet in the model
    qsizetype m_pendingAt = 0; // the first record of m_pending.front() not yet in the model
    qsizetype m_pendingCount = 0; // records in m_pending not yet in the model
    QTimer m_drainTimer;
    QTimer m_rateTimer;
    QElapsedTimer m_rateClock;
    qint64 m_rateCount = 0; // records counted since m_rateClock started
    double m_rate = 0;
};

} // namespace cs::topicview
