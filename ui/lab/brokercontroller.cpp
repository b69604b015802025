#include "brokercontroller.h"

namespace cs::ui {

using cs::kafka::EmbeddedBroker;

BrokerController::BrokerController(quint16 preferredPort, QObject *parent)
    : QObject(parent)
{
    m_status.preferredPort = preferredPort;
    m_thread.setObjectName(QStringLiteral("embedded-broker"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

BrokerController::~BrokerController()
{
    // The broker was created on m_thread and must be stopped and destroyed there.
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            if (m_broker) {
                QObject::disconnect(m_broker, nullptr, m_context, nullptr);
                delete m_broker; // stops
                m_broker = nullptr;
            }
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_context;
}

void BrokerController::start()
{
    if (m_status.busy || m_status.state == BrokerStatus::State::Running)
        return;
    BrokerStatus pending = m_status;
    pending.busy = true;
    pending.stopping = false;
    setStatus(pending);

    const quint16 port = m_status.preferredPort;
    QMetaObject::invokeMethod(
        m_context,
        [this, port] {
            if (!m_broker) {
                m_broker = new EmbeddedBroker(m_context);
                // Later changes (a failure while running) reach the GUI the same way.
                connect(m_broker, &EmbeddedBroker::stateChanged, m_context,
                    [this] { publishFromBrokerThread(); });
            }
            if (m_broker->state() != EmbeddedBroker::State::Running)
                m_broker->start(port);
            publishFromBrokerThread();
        },
        Qt::QueuedConnection);
}

void BrokerController::stop()
{
    if (m_status.busy || m_status.state != BrokerStatus::State::Running)
        return;
    BrokerStatus pending = m_status;
    pending.busy = true;
    pending.stopping = true;
    setStatus(pending);

    QMetaObject::invokeMethod(
        m_context,
        [this] {
            if (m_broker)
                m_broker->stop();
            publishFromBrokerThread();
        },
        Qt::QueuedConnection);
}

void BrokerController::publishFromBrokerThread()
{
    Q_ASSERT(QThread::currentThread() == &m_thread);
    BrokerStatus status;
    if (m_broker) {
        status.state = m_broker->state();
        if (status.state == EmbeddedBroker::State::Running) {
            status.bootstrapServers = m_broker->bootstrapServers();
            status.port = m_broker->port();
            status.onPreferredPort = m_broker->onPreferredPort();
        } else if (status.state == EmbeddedBroker::State::Failed) {
            status.errorString = m_broker->errorString();
        }
    }
    // Posted to the GUI thread; dropped if the controller is gone by then.
    QMetaObject::invokeMethod(
        this,
        [this, status] {
            BrokerStatus next = status;
            next.preferredPort = m_status.preferredPort;
            setStatus(next);
        },
        Qt::QueuedConnection);
}

void BrokerController::setStatus(const BrokerStatus &status)
{
    m_status = status;
    Q_EMIT statusChanged(m_status);
}

} // namespace cs::ui
