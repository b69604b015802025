#pragma once

#include <QObject>
#include <QThread>

#include "lab/servicestate.h"

namespace cs::worker {
class Worker;
}

namespace cs::ui {

// Runs the embedded Kafka Connect worker (cs::worker::Worker: REST API, herder, connectors and tasks)
// inside the studio's process, on a thread of its own, against a Kafka bootstrap (the lab's embedded
// broker or any other). The worker is configured as the lab's connect-distributed.properties
// (group.id connect-cluster, JsonConverter with schemas, connect-configs/-offsets/-status, replication
// factor 1) with its REST API on 127.0.0.1:<port>. Owns that thread and the worker, which is created,
// started, stopped and destroyed there; the controller lives on the GUI thread, start()/stop() return
// at once and statusChanged() reports the outcome. Destroying it stops the worker and joins the thread.
class WorkerController final : public QObject
{
    Q_OBJECT

public:
    explicit WorkerController(quint16 port = 8083, QObject *parent = nullptr);
    ~WorkerController() override;

    ServiceStatus status() const { return m_status; }
    quint16 port() const { return m_port; }
    void setPort(quint16 port) { m_port = port; } // takes effect on the next start()

public Q_SLOTS:
    void start(const QString &bootstrapServers);
    void stop();

Q_SIGNALS:
    void statusChanged(const cs::ui::ServiceStatus &status);

private:
    void setStatus(const ServiceStatus &status);

    quint16 m_port;
    QThread m_thread;
    QObject *m_context = nullptr; // lives on m_thread
    cs::worker::Worker *m_worker = nullptr; // touched on m_thread only
    ServiceStatus m_status; // GUI thread only
};

} // namespace cs::ui
