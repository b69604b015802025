#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "endpoints.h"
#include "net/listeningsocketsmodel.h"
#include "net/probes.h"
#include "ports/labportsmodel.h"
#include "ports/portspage.h"
#include "support/databaseservers.h"
#include "support/workeroptions.h"
#include "worker/worker.h"

using cs::net::ListeningSocketsModel;
using cs::net::ProbeResult;
using cs::ui::LabPortsModel;
using cs::ui::PortsPage;

// The Ports & Status view against real sockets: a QTcpServer of this process, and a real in-process
// worker with its embedded broker on free ports.
class TestPortsPage final : public QObject
{
    Q_OBJECT

private:
    static bool refreshAndWait(PortsPage &page)
    {
        QSignalSpy spy(&page, &PortsPage::refreshed);
        page.refresh();
        return spy.wait(30000);
    }
    static int rowOf(const LabPortsModel &model, quint16 port)
    {
        for (int i = 0; i < model.rows().size(); ++i) {
            if (model.rows()[i].target.port == port)
                return i;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_restPort = cs::testsupport::freeTcpPort();
        m_kafkaPort = cs::testsupport::freeTcpPort();
        const QString props = QStringLiteral("group.id=uiops-%1\n"
                                             "key.converter=org.apache.kafka.connect.json.JsonConverter\n"
                                             "value.converter=org.apache.kafka.connect.json.JsonConverter\n"
                                             "offset.storage.topic=connect-offsets\n"
                                             "config.storage.topic=connect-configs\n"
                                             "status.storage.topic=connect-status\n"
                                             "listeners=http://127.0.0.1:%1\n")
                                  .arg(m_restPort);
        QString error;
        const std::optional<cs::worker::Worker::Options> options = cs::testsupport::embeddedWorkerOptions(
            props, m_kafkaPort, m_dir.filePath(QStringLiteral("state")), &error);
        QVERIFY2(options, qPrintable(error));
        m_worker = std::make_unique<cs::worker::Worker>(*options);
        QVERIFY2(m_worker->start(&error), qPrintable(error));
    }
    void cleanupTestCase() { m_worker.reset(); }

    void showsOwnListeningSocketWithPid()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        cs::ui::Endpoints endpoints;
        PortsPage page(&endpoints);
        QAbstractItemModelTester socketsTester(page.socketsModel());
        QAbstractItemModelTester labTester(page.labPortsModel());
        QVERIFY(refreshAndWait(page));

        const ListeningSocketsModel *model = page.socketsModel();
        const int row = model->rowOfPort(server.serverPort());
        QVERIFY2(row >= 0, "the test's own listening socket is not in the table");
        QCOMPARE(model->sockets()[row].pid, QCoreApplication::applicationPid());
        const QString process = model->index(row, ListeningSocketsModel::ProcessColumn).data().toString();
        QCOMPARE(process,
            QStringLiteral("%1/%2")
                .arg(QCoreApplication::applicationPid())
                .arg(model->sockets()[row].processName));
        QCOMPARE(model->index(row, ListeningSocketsModel::AddressColumn).data().toString(),
            QStringLiteral("127.0.0.1"));

        // "Which process holds port N?"
        QSignalSpy looked(&page, &PortsPage::portLookedUp);
        page.lookUpPort(server.serverPort());
        QVERIFY(looked.wait(10000));
        QVERIFY2(page.lookupText().contains(QString::number(QCoreApplication::applicationPid())),
            qPrintable(page.lookupText()));

        // A closed port is reported free.
        const quint16 port = server.serverPort();
        server.close();
        page.lookUpPort(port);
        QVERIFY(looked.wait(10000));
        QVERIFY2(page.lookupText().contains(QLatin1String("Nothing listens")), qPrintable(page.lookupText()));

        // The next refresh drops the closed socket.
        QVERIFY(refreshAndWait(page));
        QCOMPARE(page.socketsModel()->rowOfPort(port), -1);
    }

    void probesTheWorkerAndBrokerTheEndpointsNameAndTheLabPorts()
    {
        cs::ui::Endpoints endpoints;
        cs::ui::Endpoints::Target target;
        target.name = QStringLiteral("test worker");
        target.connectUrl = m_worker->restUrl();
        target.bootstrapServers = m_worker->bootstrapServers();
        endpoints.setCurrent(target);
        PortsPage page(&endpoints);
        QAbstractItemModelTester labTester(page.labPortsModel());
        QVERIFY(refreshAndWait(page));

        const LabPortsModel &model = *page.labPortsModel();
        // Every lab port is listed, probed, and reported up or down.
        for (quint16 port : { 8081, 8083, 8084, 8087, 9099, 5435, 9092 }) {
            const int row = rowOf(model, port);
            QVERIFY2(row >= 0, qPrintable(QString::number(port)));
            QVERIFY(model.rows()[row].probe.has_value());
        }

        const int connect = rowOf(model, m_restPort);
        QVERIFY(connect >= 0);
        const auto &connectRow = model.rows()[connect];
        QVERIFY(connectRow.probe);
        QCOMPARE(connectRow.probe->state, ProbeResult::State::Up);
        QVERIFY2(connectRow.probe->summary.startsWith(QLatin1String("Kafka Connect ")),
            qPrintable(connectRow.probe->summary));
        QVERIFY2(connectRow.probe->detail.contains(QLatin1String("kafka_cluster_id")),
            qPrintable(connectRow.probe->detail));
        QVERIFY(connectRow.listener);
        QCOMPARE(connectRow.listener->pid, QCoreApplication::applicationPid());
        QCOMPARE(model.index(connect, LabPortsModel::StateColumn).data().toString(), QStringLiteral("Up"));

        const int kafka = rowOf(model, m_kafkaPort);
        QVERIFY(kafka >= 0);
        const auto &kafkaRow = model.rows()[kafka];
        QVERIFY(kafkaRow.probe);
        QVERIFY2(kafkaRow.probe->state == ProbeResult::State::Up, qPrintable(kafkaRow.probe->detail));
        QVERIFY2(kafkaRow.probe->summary.contains(QLatin1String("Kafka metadata")),
            qPrintable(kafkaRow.probe->summary));
        // The worker's internal topics are there.
        QVERIFY2(kafkaRow.probe->detail.contains(QLatin1String("connect-configs")),
            qPrintable(kafkaRow.probe->detail));

        // Stop the worker: the same rows go down.
        m_worker->stop();
        QVERIFY(refreshAndWait(page));
        QCOMPARE(model.rows()[rowOf(model, m_restPort)].probe->state, ProbeResult::State::Down);
        QCOMPARE(model.rows()[rowOf(model, m_kafkaPort)].probe->state, ProbeResult::State::Down);
        QVERIFY(!model.rows()[rowOf(model, m_restPort)].listener);
    }

    void httpProbeTellsAWebServerFromAConnectWorker()
    {
        // A TCP server that answers HTTP but is not Kafka Connect: up for Http, unhealthy for Connect.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        connect(&server, &QTcpServer::newConnection, &server, [&server] {
            QTcpSocket *socket = server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                socket->readAll();
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 13\r\n"
                              "Connection: close\r\n\r\n<html></html>");
                socket->disconnectFromHost();
            });
        });
        cs::net::Prober prober;
        QSignalSpy spy(&prober, &cs::net::Prober::finished);
        cs::net::ProbeTarget target;
        target.port = server.serverPort();
        target.kind = cs::net::ProbeKind::Http;
        prober.probe(1, target);
        target.kind = cs::net::ProbeKind::ConnectRest;
        prober.probe(2, target);
        QVERIFY(QTest::qWaitFor([&] { return spy.size() == 2; }, 10000));
        for (const auto &args : spy) {
            const auto result = args.at(1).value<ProbeResult>();
            if (args.at(0).toInt() == 1)
                QCOMPARE(result.state, ProbeResult::State::Up);
            else
                QCOMPARE(result.state, ProbeResult::State::Unhealthy);
        }
    }

private:
    QTemporaryDir m_dir;
    quint16 m_restPort = 0;
    quint16 m_kafkaPort = 0;
    std::unique_ptr<cs::worker::Worker> m_worker;
};

QTEST_MAIN(TestPortsPage)
#include "tst_portspage.moc"
