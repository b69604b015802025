#pragma once

#include <array>

#include <QObject>
#include <QString>

#include "lab/h2launcher.h"
#include "lab/servicestate.h"

namespace cs::ui {

class BrokerController;
class Endpoints;
class OrderServiceController;
class WorkerController;
struct BrokerStatus;

// The embedded lab as one thing: the Kafka broker (BrokerController), the Connect worker
// (WorkerController), the SQLite source and target databases (cs::lab::LabDatabases), the Order
// service (OrderServiceController) and, optionally, H2 (cs::lab::H2Launcher). Each part can be started
// and stopped on its own, or pointed at an existing external service (host:port, or a JDBC URL for a
// database); startAll() starts everything in dependency order (the worker once the broker runs, the
// Order service once the databases exist). When the broker and the worker are up it points the
// shared Endpoints at them and at the two databases. Lives on the GUI thread; all work happens on
// the controllers' threads or helper threads, never here.
class LabController final : public QObject
{
    Q_OBJECT

public:
    enum class Part
    {
        Broker,
        Worker,
        SourceDatabase,
        TargetDatabase,
        OrderService,
        H2,
    };
    Q_ENUM(Part)
    static constexpr int kPartCount = 6;

    struct Options
    {
        quint16 workerPort = 8083;
        quint16 orderServicePort = 8081;
        QString dataDirectory; // the lab databases' folder; empty = LabDatabases::defaultDirectory()
        cs::lab::H2Launcher::Options h2; // baseDir empty = <dataDirectory>/h2
    };

    LabController(BrokerController *broker, Endpoints *endpoints, Options options, QObject *parent = nullptr);
    ~LabController() override;

    ServiceStatus status(Part part) const;
    bool isExternal(Part part) const { return !m_external[index(part)].isEmpty(); }
    QString externalAddress(Part part) const { return m_external[index(part)]; }
    // True while the broker, the worker, both databases and the Order service run.
    bool isLabRunning() const;
    const Options &options() const { return m_options; }

    QString bootstrapServers() const; // the broker's address while it runs (or the external one)
    QString connectUrl() const; // the worker's REST URL, e.g. http://127.0.0.1:8083
    QString orderServiceUrl() const;
    QString sourceUrl() const; // JDBC URLs
    QString targetUrl() const;

    WorkerController *worker() const { return m_worker; }
    cs::lab::H2Launcher *h2() const { return m_h2; }
    // Whether H2 can be started here, and if not why (java, h2.jar, QtSql's PostgreSQL driver).
    bool h2Available(QString *why) const;

public Q_SLOTS:
    void startAll(); // every part except H2
    void stopAll();
    void start(cs::ui::LabController::Part part);
    void stop(cs::ui::LabController::Part part);
    // Points a part at an existing service: "host:port" (broker, worker, Order service, H2 TCP) or a
    // JDBC URL (databases). An empty address returns the part to the embedded one (stopped).
    void useExternal(cs::ui::LabController::Part part, const QString &address);

Q_SIGNALS:
    void statusChanged(cs::ui::LabController::Part part, const cs::ui::ServiceStatus &status);
    void labRunningChanged(bool running);

private:
    static int index(Part part) { return static_cast<int>(part); }
    void setStatus(Part part, const ServiceStatus &status);
    void onBrokerStatus(const BrokerStatus &status);
    void prepareDatabases();
    void checkExternalDatabase(Part part, const QString &url);
    void startOrderService();
    void continueStart();
    void updateEndpoints();

    BrokerController *m_broker;
    Endpoints *m_endpoints;
    Options m_options;
    WorkerController *m_worker;
    OrderServiceController *m_orders;
    cs::lab::H2Launcher *m_h2;
    std::array<ServiceStatus, kPartCount> m_status;
    std::array<QString, kPartCount> m_external;
    // Parts asked to start that wait for another (the worker for the broker, the Order service for the
    // databases).
    std::array<bool, kPartCount> m_pending {};
    bool m_labRunning = false;
    bool m_brokerStopPending = false; // the broker stops once the worker has stopped
};

} // namespace cs::ui
