#pragma once

#include <QObject>
#include <QString>
#include <QThread>

#include "kafka/embeddedbroker.h"

namespace cs::ui {

// What the studio knows about the embedded broker at one moment: a value that crosses threads.
struct BrokerStatus
{
    using State = cs::kafka::EmbeddedBroker::State;

    State state = State::Stopped;
    bool busy = false; // a start or stop is under way on the broker thread
    bool stopping = false; // with busy: which one
    QString bootstrapServers; // "127.0.0.1:<port>" while Running
    quint16 port = 0; // while Running
    quint16 preferredPort = 0; // the port asked for (9092 in the lab)
    bool onPreferredPort = false;
    QString errorString; // while Failed
};

// Runs the lab's embedded Kafka broker (cs::kafka::EmbeddedBroker) on a thread of its own, so that
// starting and stopping it (binding ports, spinning up the mock cluster) never blocks the GUI thread.
// Owns that thread and the broker, which is created, started, stopped and destroyed there.
// The controller itself lives on the GUI thread: start()/stop() return at once and statusChanged()
// reports the outcome later. Destroying the controller stops the broker and joins the thread.
class BrokerController final : public QObject
{
    Q_OBJECT

public:
    explicit BrokerController(quint16 preferredPort = 9092, QObject *parent = nullptr);
    ~BrokerController() override;

    BrokerStatus status() const { return m_status; }

public Q_SLOTS:
    void start();
    void stop();

Q_SIGNALS:
    void statusChanged(const cs::ui::BrokerStatus &status);

private:
    void setStatus(const BrokerStatus &status);
    void publishFromBrokerThread(); // reads the broker there, posts the value here

    QThread m_thread;
    QObject *m_context = nullptr; // lives on m_thread; parent of the broker
    cs::kafka::EmbeddedBroker *m_broker = nullptr; // touched on m_thread only
    BrokerStatus m_status; // GUI thread only
};

} // namespace cs::ui
