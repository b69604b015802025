#pragma once

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include "kafka/clientconfig.h"

class QNetworkAccessManager;
class QThreadPool;

namespace cs::net {

// A thread pool for the blocking parts of probing and /proc scans (Kafka clients that wait while
// they connect, directory walks), apart from the global pool so that a slow broker never delays
// other work queued there. Lives until the process exits.
QThreadPool *probeThreadPool();

// How a port is checked beyond "something listens there".
enum class ProbeKind
{
    Tcp, // a TCP connect only
    ConnectRest, // GET / of a Kafka Connect REST API: version, commit, kafka_cluster_id
    Kafka, // cluster metadata through cs::kafka::Admin
    Http, // GET / answers with any HTTP status (the H2 web console)
    OrderService // GET /orders answers with a JSON array
};

// One port of the lab, as the lab's README lists them.
struct WellKnownPort
{
    quint16 port = 0;
    QString service; // translated, e.g. "Kafka Connect worker"
    ProbeKind kind = ProbeKind::Tcp;
};

// The lab's ports: 8081 order service, 8083 worker, 8084, 8087 H2 web, 9099 H2 TCP, 5435 H2 PG,
// 9092 Kafka.
QList<WellKnownPort> labPorts();

struct ProbeResult
{
    enum class State
    {
        Down, // nothing accepts connections
        Up, // the port accepts connections and the health check (if any) passed
        Unhealthy // the port accepts connections but does not answer as expected
    };
    State state = State::Down;
    QString summary; // translated, one line: "Kafka Connect 3.6.1, cluster dTqY…"
    QString detail; // translated or upstream text: the answer or the error
    qint64 elapsedMs = 0;
};

// What to probe: a host, a port, and how. For Connect and the order service `url` may carry a
// scheme and basic-auth user (the password is passed apart and never shown); for Kafka `kafka`
// carries the bootstrap and security properties.
struct ProbeTarget
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0;
    ProbeKind kind = ProbeKind::Tcp;
    QUrl url; // Connect REST / HTTP / order service base URL; derived from host:port when empty
    QString password; // basic auth for `url`, never shown
    cs::kafka::ClientConfig kafka; // for Kafka; bootstrapServers derived from host:port when empty
    int timeoutMs = 3000;
};

// Runs health probes asynchronously. Lives on the thread that created it (the GUI thread): TCP and
// HTTP probes use that thread's event loop (QTcpSocket, QNetworkAccessManager, never blocking);
// the Kafka probe, whose client blocks while it connects, runs on probeThreadPool(). Create it on
// the main thread (answers from the pool are posted through the application object).
// Each probe reports once through finished(), with the id given to probe().
class Prober final : public QObject
{
    Q_OBJECT

public:
    explicit Prober(QObject *parent = nullptr);
    ~Prober() override;

    void probe(int id, const ProbeTarget &target);

Q_SIGNALS:
    void finished(int id, const cs::net::ProbeResult &result);

private:
    void probeTcp(int id, const ProbeTarget &target, qint64 started);
    void probeHttp(int id, const ProbeTarget &target, qint64 started);
    void probeKafka(int id, const ProbeTarget &target, qint64 started);

    QNetworkAccessManager *m_http;
};

} // namespace cs::net

Q_DECLARE_METATYPE(cs::net::ProbeResult)
