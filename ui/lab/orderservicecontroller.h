#pragma once

#include <QObject>
#include <QThread>

#include "lab/orderservice.h"
#include "lab/servicestate.h"

namespace cs::ui {

// Runs the lab's Order service (cs::lab::OrderService, which serves HTTP on a thread of its own) and
// binds/unbinds it on a helper thread, so that the GUI thread never waits for a port or for /proc
// (a port in use is named with the process holding it). Lives on the GUI thread; start()/stop()
// return at once and statusChanged() reports the outcome. Destroying it stops the service.
class OrderServiceController final : public QObject
{
    Q_OBJECT

public:
    explicit OrderServiceController(QObject *parent = nullptr);
    ~OrderServiceController() override;

    ServiceStatus status() const { return m_status; }

public Q_SLOTS:
    void start(const cs::lab::OrderServiceConfig &config);
    void stop();

Q_SIGNALS:
    void statusChanged(const cs::ui::ServiceStatus &status);

private:
    void setStatus(const ServiceStatus &status);

    QThread m_thread;
    QObject *m_context = nullptr; // lives on m_thread
    cs::lab::OrderService *m_service = nullptr; // touched on m_thread only
    ServiceStatus m_status; // GUI thread only
};

} // namespace cs::ui
