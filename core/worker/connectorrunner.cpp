#include "worker/connectorrunner.h"

#include <QLoggingCategory>

#include "worker/workertask.h"

namespace cs::worker {

Q_LOGGING_CATEGORY(lcConnector, "org.apache.kafka.connect.runtime.WorkerConnector")

ConnectorRunner::ConnectorRunner(QString name, quint64 incarnation,
    std::unique_ptr<connect::Connector> connector, connect::TaskConfig config, int maxTasks,
    ConnectorListener *listener)
    : m_name(std::move(name))
    , m_incarnation(incarnation)
    , m_connector(std::move(connector))
    , m_config(std::move(config))
    , m_maxTasks(maxTasks)
    , m_listener(listener)
{ }

ConnectorRunner::~ConnectorRunner()
{
    if (!m_thread.joinable())
        return;
    // The last owner may be the thread itself (an abandoned runner): it cannot join itself.
    if (m_thread.get_id() == std::this_thread::get_id())
        m_thread.detach();
    else
        m_thread.join();
}

void ConnectorRunner::start()
{
    m_thread = std::thread([self = shared_from_this()] { self->run(); });
}

void ConnectorRunner::run()
{
    m_connector->initialize(this);
    const std::optional<QString> startError = m_connector->start(m_config);
    if (startError) {
        qCCritical(lcConnector).noquote()
            << QStringLiteral("WorkerConnector{id=%1} Error while starting connector").arg(m_name);
        const QString trace = connectTrace(*startError);
        report([&](ConnectorListener *l) { l->connectorFailed(m_name, m_incarnation, trace); });
        m_connector.reset();
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_changed.notify_all();
        return;
    }
    {
        std::lock_guard lock(m_mutex);
        m_started = true;
        m_reconfigure = false; // the first taskConfigs() below answers it
    }
    const QList<connect::TaskConfig> first = taskConfigs();
    report([&](ConnectorListener *l) { l->connectorStarted(m_name, m_incarnation, first); });

    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return m_stopping || m_reconfigure; });
        if (m_stopping)
            break;
        m_reconfigure = false;
        lock.unlock();
        const QList<connect::TaskConfig> configs = taskConfigs();
        report([&](ConnectorListener *l) { l->connectorTaskConfigs(m_name, m_incarnation, configs); });
        lock.lock();
    }
    lock.unlock();
    m_connector->stop();
    m_connector.reset(); // plugin objects end on the thread they ran on
    lock.lock();
    m_finished = true;
    m_changed.notify_all();
}

QList<connect::TaskConfig> ConnectorRunner::taskConfigs()
{
    QList<connect::TaskConfig> configs = m_connector->taskConfigs(m_maxTasks);
    const QString taskClass = m_connector->taskClassName();
    for (connect::TaskConfig &config : configs)
        config.insert(QStringLiteral("task.class"), taskClass);
    return configs;
}

bool ConnectorRunner::stop(qint64 timeoutMs)
{
    bool finished = false;
    {
        std::unique_lock lock(m_mutex);
        m_stopping = true;
        m_changed.notify_all();
        finished
            = m_changed.wait_for(lock, std::chrono::milliseconds(timeoutMs), [this] { return m_finished; });
    }
    {
        // Nothing is reported after stop() returned, whether the thread ended or not.
        std::lock_guard lock(m_reportMutex);
        m_listener = nullptr;
    }
    if (m_thread.joinable()) {
        if (finished)
            m_thread.join();
        else
            m_thread.detach(); // the thread owns the runner until it ends
    }
    return finished;
}

void ConnectorRunner::requestTaskReconfiguration()
{
    std::lock_guard lock(m_mutex);
    if (!m_started || m_stopping)
        return; // start() is still running: its own taskConfigs() call follows
    m_reconfigure = true;
    m_changed.notify_all();
}

void ConnectorRunner::raiseError(const QString &message)
{
    qCCritical(lcConnector).noquote()
        << QStringLiteral("WorkerConnector{id=%1} Connector raised an error").arg(m_name);
    const QString trace = connectTrace(message);
    report([&](ConnectorListener *l) { l->connectorFailed(m_name, m_incarnation, trace); });
}

void ConnectorRunner::report(const std::function<void(ConnectorListener *)> &call)
{
    std::lock_guard lock(m_reportMutex);
    if (m_listener)
        call(m_listener);
}

} // namespace cs::worker
