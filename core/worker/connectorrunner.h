#pragma once

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

#include <QList>
#include <QString>

#include "connect/connector.h"
#include "connect/herder.h"

namespace cs::worker {

// Where a connector's thread reports. Implemented by the herder; called from the connector's thread
// or from any thread the connector owns (ConnectorContext). `incarnation` tells the reports of this
// run from those of an earlier one.
class ConnectorListener
{
public:
    virtual ~ConnectorListener() = default;
    // start() succeeded and taskConfigs() answered (each config carries task.class).
    virtual void connectorStarted(
        const QString &name, quint64 incarnation, const QList<connect::TaskConfig> &taskConfigs)
        = 0;
    // requestTaskReconfiguration(): taskConfigs() answered again.
    virtual void connectorTaskConfigs(
        const QString &name, quint64 incarnation, const QList<connect::TaskConfig> &taskConfigs)
        = 0;
    // start() failed, or the connector raised an error: the connector FAILS with this trace.
    virtual void connectorFailed(const QString &name, quint64 incarnation, const QString &trace) = 0;
};

// One running connector instance on a thread of its own (Kafka Connect's WorkerConnector): the
// thread calls initialize(), start(), taskConfigs() and finally stop() on the plugin object, one at
// a time, and reports through a ConnectorListener. It is also the instance's ConnectorContext:
// requestTaskReconfiguration() and raiseError() may come from any thread the connector owns.
// Created, started and stopped by the herder thread. The thread shares ownership of the runner, so a
// connector that does not stop in time can be abandoned without the herder waiting for it.
class ConnectorRunner final : public connect::ConnectorContext,
                              public std::enable_shared_from_this<ConnectorRunner>
{
public:
    ConnectorRunner(QString name, quint64 incarnation, std::unique_ptr<connect::Connector> connector,
        connect::TaskConfig config, int maxTasks, ConnectorListener *listener);
    ~ConnectorRunner() override;
    ConnectorRunner(const ConnectorRunner &) = delete;
    ConnectorRunner &operator=(const ConnectorRunner &) = delete;

    quint64 incarnation() const { return m_incarnation; }
    void start();
    // Queues stop() and waits up to timeoutMs for the thread to end. Returns whether it did; a runner
    // that did not is abandoned (its thread ends on its own and reports nothing more).
    bool stop(qint64 timeoutMs);

    // connect::ConnectorContext, from any thread.
    void requestTaskReconfiguration() override;
    void raiseError(const QString &message) override;

private:
    void run();
    QList<connect::TaskConfig> taskConfigs();
    // Calls the listener unless the runner was stopped or abandoned.
    void report(const std::function<void(ConnectorListener *)> &call);

    const QString m_name;
    const quint64 m_incarnation;
    std::unique_ptr<connect::Connector> m_connector; // used on m_thread only
    const connect::TaskConfig m_config;
    const int m_maxTasks;

    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_reconfigure = false; // guarded by m_mutex: taskConfigs() was asked for again
    bool m_started = false; // guarded by m_mutex: start() returned without error
    bool m_stopping = false; // guarded by m_mutex
    bool m_finished = false; // guarded by m_mutex

    std::mutex m_reportMutex;
    ConnectorListener *m_listener; // guarded by m_reportMutex; null once stopped
};

} // namespace cs::worker
