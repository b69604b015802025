#include "lab/labcontroller.h"

#include <QDir>
#include <QPointer>
#include <QSqlDatabase>
#include <QThread>
#include <QUrl>

#include "endpoints.h"
#include "jdbc/jdbcurl.h"
#include "lab/brokercontroller.h"
#include "lab/labdatabases.h"
#include "lab/orderservicecontroller.h"
#include "lab/workercontroller.h"

namespace cs::ui {

using cs::lab::H2Launcher;
using cs::lab::LabDatabases;
using State = ServiceStatus::State;

namespace {

// "host:port" or a URL typed by a user, as an http URL without a trailing slash.
QString httpAddress(const QString &address)
{
    QString text = address.trimmed();
    if (!text.contains(QLatin1String("://")))
        text.prepend(QStringLiteral("http://"));
    while (text.endsWith(u'/'))
        text.chop(1);
    return text;
}

QList<QPointer<QThread>> &helperThreads()
{
    static QList<QPointer<QThread>> threads; // GUI thread only
    return threads;
}

// Runs `work` on a helper thread and `done` with its result on `context`'s thread (dropped if
// `context` is gone by then).
template<typename Work, typename Done> void runInBackground(QObject *context, Work work, Done done)
{
    QThread *thread = QThread::create([context, work, done] {
        auto result = work();
        QMetaObject::invokeMethod(
            context, [done, result] { done(result); }, Qt::QueuedConnection);
    });
    thread->setObjectName(QStringLiteral("lab-helper"));
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    helperThreads().removeAll(nullptr);
    helperThreads().append(thread);
    thread->start();
}

} // namespace

LabController::LabController(BrokerController *broker, Endpoints *endpoints, Options options, QObject *parent)
    : QObject(parent)
    , m_broker(broker)
    , m_endpoints(endpoints)
    , m_options(std::move(options))
    , m_worker(new WorkerController(m_options.workerPort, this))
    , m_orders(new OrderServiceController(this))
    , m_h2(new H2Launcher(this))
{
    if (m_options.dataDirectory.isEmpty())
        m_options.dataDirectory = LabDatabases::defaultDirectory();
    if (m_options.h2.baseDir.isEmpty())
        m_options.h2.baseDir = m_options.dataDirectory + QStringLiteral("/h2");

    connect(m_broker, &BrokerController::statusChanged, this, &LabController::onBrokerStatus);
    connect(m_worker, &WorkerController::statusChanged, this,
        [this](const ServiceStatus &status) { setStatus(Part::Worker, status); });
    connect(m_orders, &OrderServiceController::statusChanged, this,
        [this](const ServiceStatus &status) { setStatus(Part::OrderService, status); });
    connect(m_h2, &H2Launcher::stateChanged, this, [this](H2Launcher::State state) {
        ServiceStatus status;
        switch (state) {
        case H2Launcher::State::Stopped:
            break;
        case H2Launcher::State::Starting:
            status.state = State::Starting;
            break;
        case H2Launcher::State::Running:
            status.state = State::Running;
            status.address = m_h2->jdbcUrl();
            status.detail = tr("Web console %1 · PostgreSQL protocol on port %2 · user %3")
                                .arg(m_h2->webUrl())
                                .arg(m_h2->options().pgPort)
                                .arg(m_h2->options().user);
            break;
        case H2Launcher::State::Failed:
            status.state = State::Failed;
            status.errorString = m_h2->errorString();
            break;
        }
        setStatus(Part::H2, status);
    });
    onBrokerStatus(m_broker->status());
}

LabController::~LabController()
{
    // Helper threads post to this object; let them finish first (they are short: a file, a connection).
    for (const QPointer<QThread> &thread : helperThreads())
        if (thread)
            thread->wait();
}

ServiceStatus LabController::status(Part part) const
{
    return m_status[index(part)];
}

bool LabController::isLabRunning() const
{
    for (Part part :
        { Part::Broker, Part::Worker, Part::SourceDatabase, Part::TargetDatabase, Part::OrderService })
        if (!status(part).isRunning())
            return false;
    return true;
}

QString LabController::bootstrapServers() const
{
    return status(Part::Broker).isRunning() ? status(Part::Broker).address : QString();
}

QString LabController::connectUrl() const
{
    return status(Part::Worker).isRunning() ? status(Part::Worker).address : QString();
}

QString LabController::orderServiceUrl() const
{
    return status(Part::OrderService).isRunning() ? status(Part::OrderService).address : QString();
}

QString LabController::sourceUrl() const
{
    return isExternal(Part::SourceDatabase) ? externalAddress(Part::SourceDatabase)
                                            : LabDatabases(m_options.dataDirectory).sourceUrl();
}

QString LabController::targetUrl() const
{
    return isExternal(Part::TargetDatabase) ? externalAddress(Part::TargetDatabase)
                                            : LabDatabases(m_options.dataDirectory).targetUrl();
}

bool LabController::h2Available(QString *why) const
{
    return H2Launcher::isAvailable(m_options.h2, why);
}

void LabController::startAll()
{
    for (Part part :
        { Part::Broker, Part::SourceDatabase, Part::TargetDatabase, Part::Worker, Part::OrderService })
        start(part);
}

void LabController::stopAll()
{
    for (Part part : { Part::OrderService, Part::H2, Part::Broker }) // the broker after the worker
        stop(part);
}

void LabController::start(Part part)
{
    if (isExternal(part))
        return;
    switch (part) {
    case Part::Broker:
        m_brokerStopPending = false;
        m_broker->start();
        break;
    case Part::Worker:
        if (status(Part::Worker).isRunning() || status(Part::Worker).isBusy())
            break;
        if (status(Part::Broker).isRunning()) {
            m_worker->start(bootstrapServers());
        } else {
            start(Part::Broker); // the broker reports Starting at once
            m_pending[index(Part::Worker)] = true;
            ServiceStatus waiting;
            waiting.state = State::Starting;
            waiting.detail = tr("Waiting for the Kafka broker…");
            setStatus(Part::Worker, waiting);
        }
        break;
    case Part::SourceDatabase:
    case Part::TargetDatabase:
        prepareDatabases();
        break;
    case Part::OrderService:
        if (status(Part::OrderService).isRunning() || status(Part::OrderService).isBusy())
            break;
        if (status(Part::SourceDatabase).isRunning() && status(Part::TargetDatabase).isRunning()) {
            startOrderService();
        } else {
            prepareDatabases(); // the databases report Starting at once
            m_pending[index(Part::OrderService)] = true;
            ServiceStatus waiting;
            waiting.state = State::Starting;
            waiting.detail = tr("Waiting for the lab databases…");
            setStatus(Part::OrderService, waiting);
        }
        break;
    case Part::H2:
        m_h2->start(m_options.h2);
        break;
    }
}

void LabController::stop(Part part)
{
    m_pending[index(part)] = false;
    if (isExternal(part)) {
        useExternal(part, QString());
        return;
    }
    switch (part) {
    case Part::Broker: {
        // The worker's tasks flush offsets to the broker as they stop: stop the embedded worker first.
        const ServiceStatus worker = status(Part::Worker);
        if (!isExternal(Part::Worker) && (worker.isRunning() || m_worker->status().isBusy())) {
            m_brokerStopPending = true;
            stop(Part::Worker);
            break;
        }
        m_broker->stop();
        break;
    }
    case Part::Worker:
        if (status(Part::Worker).state == State::Starting && !m_worker->status().isBusy())
            setStatus(Part::Worker, {}); // was only waiting for the broker
        m_worker->stop();
        break;
    case Part::SourceDatabase:
    case Part::TargetDatabase:
        // Files need no process; "stopping" one means the lab no longer offers it.
        setStatus(part, {});
        break;
    case Part::OrderService:
        if (status(Part::OrderService).state == State::Starting && !m_orders->status().isBusy())
            setStatus(Part::OrderService, {});
        m_orders->stop();
        break;
    case Part::H2:
        m_h2->stop();
        break;
    }
}

void LabController::useExternal(Part part, const QString &address)
{
    const QString text = address.trimmed();
    if (!isExternal(part))
        stop(part);
    m_external[index(part)] = text;
    if (text.isEmpty()) {
        setStatus(part, {});
        if (part == Part::Broker)
            onBrokerStatus(m_broker->status());
        else if (part == Part::Worker)
            setStatus(part, m_worker->status());
        else if (part == Part::OrderService)
            setStatus(part, m_orders->status());
        return;
    }
    ServiceStatus status;
    status.external = true;
    status.state = State::Running;
    switch (part) {
    case Part::Broker:
        status.address = text;
        break;
    case Part::Worker:
    case Part::OrderService:
        status.address = httpAddress(text);
        break;
    case Part::H2:
        status.address = text.startsWith(QLatin1String("jdbc:"))
            ? text
            : QStringLiteral("jdbc:h2:tcp://%1/./%2").arg(text, m_options.h2.database);
        break;
    case Part::SourceDatabase:
    case Part::TargetDatabase:
        checkExternalDatabase(part, text);
        return;
    }
    setStatus(part, status);
}

void LabController::onBrokerStatus(const BrokerStatus &broker)
{
    if (isExternal(Part::Broker))
        return;
    ServiceStatus status;
    if (broker.busy) {
        status.state = broker.stopping ? State::Stopping : State::Starting;
    } else {
        switch (broker.state) {
        case BrokerStatus::State::Running:
            status.state = State::Running;
            status.address = broker.bootstrapServers;
            status.detail = broker.onPreferredPort ? tr("Try it: kcat -b %1 -L").arg(broker.bootstrapServers)
                                                   : tr("Port %1 was already in use, so the broker took port "
                                                        "%2: clients must use the address above.")
                                                         .arg(broker.preferredPort)
                                                         .arg(broker.port);
            break;
        case BrokerStatus::State::Failed:
            status.state = State::Failed;
            status.errorString = broker.errorString;
            break;
        case BrokerStatus::State::Stopped:
            break;
        }
    }
    setStatus(Part::Broker, status);
}

void LabController::prepareDatabases()
{
    QList<Part> parts;
    for (Part part : { Part::SourceDatabase, Part::TargetDatabase }) {
        if (isExternal(part) || status(part).isRunning() || status(part).isBusy())
            continue;
        ServiceStatus pending;
        pending.state = State::Starting;
        setStatus(part, pending);
        parts.append(part);
    }
    if (parts.isEmpty()) {
        continueStart();
        return;
    }
    const QString directory = m_options.dataDirectory;
    runInBackground(
        this,
        [directory] {
            QString error;
            const bool ok = LabDatabases(directory).prepare(&error);
            return std::make_pair(ok, error);
        },
        [this, parts, directory](const std::pair<bool, QString> &result) {
            const LabDatabases databases(directory);
            for (Part part : parts) {
                if (status(part).state != State::Starting || isExternal(part))
                    continue; // stopped or redirected meanwhile
                ServiceStatus status;
                if (result.first) {
                    status.state = State::Running;
                    status.address
                        = part == Part::SourceDatabase ? databases.sourceUrl() : databases.targetUrl();
                } else {
                    status.state = State::Failed;
                    status.errorString = result.second;
                }
                setStatus(part, status);
            }
        });
}

void LabController::checkExternalDatabase(Part part, const QString &url)
{
    ServiceStatus pending;
    pending.state = State::Starting;
    pending.external = true;
    pending.address = url;
    setStatus(part, pending);
    runInBackground(
        this,
        [url] {
            // Opens the database once, in this thread, with a connection of its own.
            const QString name = QStringLiteral("cs-lab-check-%1")
                                     .arg(reinterpret_cast<quintptr>(QThread::currentThreadId()), 0, 16);
            QString error;
            {
                auto opened = cs::jdbc::JdbcUrl::open(url, {}, name);
                if (!opened)
                    error = opened.error().toString();
                else
                    opened.value().close();
            }
            QSqlDatabase::removeDatabase(name);
            return error;
        },
        [this, part, url](const QString &error) {
            if (externalAddress(part) != url)
                return; // changed meanwhile
            ServiceStatus status;
            status.external = true;
            status.address = url;
            status.state = error.isEmpty() ? State::Running : State::Failed;
            status.errorString = error;
            setStatus(part, status);
        });
}

void LabController::startOrderService()
{
    cs::lab::OrderServiceConfig config;
    config.port = m_options.orderServicePort;
    config.sourceUrl = status(Part::SourceDatabase).address;
    config.targetUrl = status(Part::TargetDatabase).address;
    config.syncTable = LabDatabases::syncTable();
    m_orders->start(config);
}

void LabController::continueStart()
{
    if (m_brokerStopPending && !m_worker->status().isBusy() && !m_worker->status().isRunning()) {
        m_brokerStopPending = false;
        m_broker->stop();
    }
    const ServiceStatus broker = status(Part::Broker);
    if (m_pending[index(Part::Worker)]) {
        if (broker.isRunning()) {
            m_pending[index(Part::Worker)] = false;
            setStatus(Part::Worker, m_worker->status());
            m_worker->start(bootstrapServers());
        } else if (broker.state == State::Failed || broker.state == State::Stopped) {
            m_pending[index(Part::Worker)] = false;
            ServiceStatus failed;
            failed.state = State::Failed;
            failed.errorString = tr("The worker needs a Kafka broker, and the broker is not running.");
            setStatus(Part::Worker, failed);
        }
    }
    if (m_pending[index(Part::OrderService)]) {
        const ServiceStatus source = status(Part::SourceDatabase);
        const ServiceStatus target = status(Part::TargetDatabase);
        if (source.isRunning() && target.isRunning()) {
            m_pending[index(Part::OrderService)] = false;
            setStatus(Part::OrderService, m_orders->status());
            startOrderService();
        } else if (!source.isBusy() && !target.isBusy()) {
            m_pending[index(Part::OrderService)] = false;
            ServiceStatus failed;
            failed.state = State::Failed;
            failed.errorString = tr("The Order service needs the lab's source and target databases.");
            setStatus(Part::OrderService, failed);
        }
    }
}

void LabController::setStatus(Part part, const ServiceStatus &status)
{
    ServiceStatus next = status;
    next.external = next.external || isExternal(part);
    m_status[index(part)] = next;
    Q_EMIT statusChanged(part, next);
    continueStart();
    updateEndpoints();
    const bool running = isLabRunning();
    if (running != m_labRunning) {
        m_labRunning = running;
        Q_EMIT labRunningChanged(running);
    }
}

void LabController::updateEndpoints()
{
    if (!m_endpoints)
        return;
    const ServiceStatus broker = status(Part::Broker);
    const ServiceStatus worker = status(Part::Worker);
    if (!broker.isRunning() || !worker.isRunning())
        return; // the views keep pointing where they were until the lab is up
    Endpoints::Target target;
    target.name = tr("Lab");
    target.connectUrl = QUrl(worker.address);
    target.bootstrapServers = broker.address;
    target.embedded = !broker.external && !worker.external;
    for (Part part : { Part::SourceDatabase, Part::TargetDatabase })
        if (status(part).isRunning())
            target.databaseUrls.append(status(part).address);
    m_endpoints->setCurrent(target);
}

} // namespace cs::ui
