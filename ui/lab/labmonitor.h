#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QThread>

namespace cs::ui {

// What the studio saw of the lab at one moment, step by step as lab.md has them. A value that
// crosses threads.
struct LabObservation
{
    bool brokerUp = false; // the bootstrap answers Kafka metadata
    bool workerUp = false; // GET / on the Connect REST URL answers with a version
    bool internalTopics = false; // connect-configs, connect-offsets and connect-status exist
    QString sourceConnector; // name of a registered JdbcSourceConnector (else any source connector)
    QString sourceState; // its connector state (RUNNING, FAILED, ...)
    int orders = -1; // rows of ORDER_TABLE (GET /orders), -1 = unknown
    bool orderTopic = false; // CONNECT_ORDER_TABLE exists
    QString sinkConnector; // name of a registered JdbcSinkConnector (else any sink connector)
    QString sinkState;
    int synced = -1; // rows of the sink's table (GET /syncOrders), -1 = unknown / no table yet
    QString version; // the worker's version from GET /
};

// Watches the lab from outside, as a user of lab.md would check each step: Kafka metadata through
// cs::kafka::Admin, the Connect REST API and the Order service over HTTP. Polls every `intervalMs`
// on a thread of its own (the Kafka calls block there, never on the GUI thread) and reports each
// round through observed(). Lives on the GUI thread; setTargets() may be called at any time.
class LabMonitor final : public QObject
{
    Q_OBJECT

public:
    explicit LabMonitor(int intervalMs = 1500, QObject *parent = nullptr);
    ~LabMonitor() override;

    LabObservation last() const { return m_last; }

public Q_SLOTS:
    // Empty values are not probed. Triggers a round at once.
    void setTargets(
        const QString &bootstrapServers, const QString &connectUrl, const QString &orderServiceUrl);

Q_SIGNALS:
    void observed(const cs::ui::LabObservation &observation);

private:
    QThread m_thread;
    QObject *m_probe = nullptr; // lives on m_thread
    LabObservation m_last;
};

} // namespace cs::ui

Q_DECLARE_METATYPE(cs::ui::LabObservation)
