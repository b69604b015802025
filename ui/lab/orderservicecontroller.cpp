#include "lab/orderservicecontroller.h"

namespace cs::ui {

OrderServiceController::OrderServiceController(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("lab-orders"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

OrderServiceController::~OrderServiceController()
{
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            delete m_service;
            m_service = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_context;
}

void OrderServiceController::start(const cs::lab::OrderServiceConfig &config)
{
    if (m_status.isBusy() || m_status.isRunning())
        return;
    ServiceStatus pending;
    pending.state = ServiceStatus::State::Starting;
    setStatus(pending);
    QMetaObject::invokeMethod(
        m_context,
        [this, config] {
            auto *service = new lab::OrderService(config);
            ServiceStatus result;
            if (service->start()) {
                m_service = service;
                result.state = ServiceStatus::State::Running;
                result.address = service->url().toString();
                result.detail = tr("Orders go to %1").arg(config.sourceUrl);
            } else {
                result.state = ServiceStatus::State::Failed;
                result.errorString = service->errorString();
                delete service;
            }
            QMetaObject::invokeMethod(
                this, [this, result] { setStatus(result); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void OrderServiceController::stop()
{
    if (m_status.isBusy() || !m_status.isRunning())
        return;
    ServiceStatus pending = m_status;
    pending.state = ServiceStatus::State::Stopping;
    setStatus(pending);
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            delete m_service;
            m_service = nullptr;
            QMetaObject::invokeMethod(
                this, [this] { setStatus({}); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void OrderServiceController::setStatus(const ServiceStatus &status)
{
    m_status = status;
    Q_EMIT statusChanged(m_status);
}

} // namespace cs::ui
