#include "lab/workercontroller.h"

#include "config/properties.h"
#include "config/workerconfig.h"
#include "worker/worker.h"

namespace cs::ui {

WorkerController::WorkerController(quint16 port, QObject *parent)
    : QObject(parent)
    , m_port(port)
{
    m_thread.setObjectName(QStringLiteral("lab-worker"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

WorkerController::~WorkerController()
{
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            delete m_worker; // stops: tasks flush their offsets
            m_worker = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_context;
}

void WorkerController::start(const QString &bootstrapServers)
{
    if (m_status.isBusy() || m_status.isRunning())
        return;
    ServiceStatus pending;
    pending.state = ServiceStatus::State::Starting;
    setStatus(pending);

    const quint16 port = m_port;
    QMetaObject::invokeMethod(
        m_context,
        [this, port, bootstrapServers] {
            // The lab's connect-distributed.properties.
            config::Properties props;
            props.set(QStringLiteral("bootstrap.servers"), bootstrapServers);
            props.set(QStringLiteral("group.id"), QStringLiteral("connect-cluster"));
            props.set(QStringLiteral("key.converter"),
                QStringLiteral("org.apache.kafka.connect.json.JsonConverter"));
            props.set(QStringLiteral("value.converter"),
                QStringLiteral("org.apache.kafka.connect.json.JsonConverter"));
            props.set(QStringLiteral("key.converter.schemas.enable"), QStringLiteral("true"));
            props.set(QStringLiteral("value.converter.schemas.enable"), QStringLiteral("true"));
            props.set(QStringLiteral("offset.storage.topic"), QStringLiteral("connect-offsets"));
            props.set(QStringLiteral("offset.storage.replication.factor"), QStringLiteral("1"));
            props.set(QStringLiteral("config.storage.topic"), QStringLiteral("connect-configs"));
            props.set(QStringLiteral("config.storage.replication.factor"), QStringLiteral("1"));
            props.set(QStringLiteral("status.storage.topic"), QStringLiteral("connect-status"));
            props.set(QStringLiteral("status.storage.replication.factor"), QStringLiteral("1"));
            props.set(QStringLiteral("offset.flush.interval.ms"), QStringLiteral("10000"));
            props.set(QStringLiteral("listeners"), QStringLiteral("http://127.0.0.1:%1").arg(port));

            ServiceStatus result;
            const config::WorkerConfigResult parsed = config::WorkerConfig::fromProperties(props);
            if (!parsed.ok()) {
                result.state = ServiceStatus::State::Failed;
                result.errorString = parsed.errors.join(u'\n');
            } else {
                worker::Worker::Options options;
                options.config = *parsed.config;
                options.embeddedKafka = false; // the lab's broker runs beside it (BrokerController)
                auto *worker = new worker::Worker(options);
                QString error;
                if (worker->start(&error)) {
                    m_worker = worker;
                    result.state = ServiceStatus::State::Running;
                    result.address = worker->restUrl().toString();
                    while (result.address.endsWith(u'/'))
                        result.address.chop(1);
                    result.detail = tr("Worker id %1, group.id connect-cluster").arg(worker->workerId());
                } else {
                    delete worker;
                    result.state = ServiceStatus::State::Failed;
                    result.errorString = error;
                }
            }
            QMetaObject::invokeMethod(
                this, [this, result] { setStatus(result); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void WorkerController::stop()
{
    if (m_status.isBusy() || !m_status.isRunning())
        return;
    ServiceStatus pending = m_status;
    pending.state = ServiceStatus::State::Stopping;
    setStatus(pending);
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            delete m_worker;
            m_worker = nullptr;
            QMetaObject::invokeMethod(
                this, [this] { setStatus({}); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void WorkerController::setStatus(const ServiceStatus &status)
{
    m_status = status;
    Q_EMIT statusChanged(m_status);
}

} // namespace cs::ui
