// EmbeddedBroker: ports, the forwarder, restart, and interoperability with kcat (a real,
// independent Kafka client).

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include "kafka/admin.h"
#include "kafka/embeddedbroker.h"
#include "kafkatesthelpers.h"

using namespace cs::kafka;
using namespace cs::kafka::test;

class TestEmbeddedBroker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void forwardsFromAFreePreferredPort();
    void fallsBackWhenThePreferredPortIsTaken();
    void fallsBackWhen9092IsTaken();
    void stopsAndStartsAgain();
    void kcatListsOurTopics();
    void kcatReadsWhatWeProduce();
    void weReadWhatKcatProduces();
};

void TestEmbeddedBroker::initTestCase()
{
    if (kcatPath().isEmpty())
        QFAIL("kcat is required (apt-get install kcat)");
}

void TestEmbeddedBroker::forwardsFromAFreePreferredPort()
{
    // Find a port that is free right now.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 wanted = probe.serverPort();
    probe.close();

    EmbeddedBroker broker;
    QSignalSpy states(&broker, &EmbeddedBroker::stateChanged);
    QVERIFY2(broker.start(wanted), qPrintable(broker.errorString()));
    QCOMPARE(states.count(), 1);
    QCOMPARE(broker.state(), EmbeddedBroker::State::Running);
    QVERIFY(broker.onPreferredPort());
    QCOMPARE(broker.port(), wanted);
    QVERIFY(broker.clusterPort() != wanted);
    QCOMPARE(broker.bootstrapServers(), QStringLiteral("127.0.0.1:%1").arg(wanted));

    QVERIFY(broker.createTopic(QStringLiteral("through-forwarder"), 2));
    Admin admin(configFor(broker.bootstrapServers()));
    QString error;
    const auto topic = admin.describeTopic(QStringLiteral("through-forwarder"), true, &error);
    QVERIFY2(topic, qPrintable(error));
    QCOMPARE(topic->partitions.size(), 2);
}

void TestEmbeddedBroker::fallsBackWhenThePreferredPortIsTaken()
{
    QTcpServer occupant;
    QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
    EmbeddedBroker broker;
    QVERIFY2(broker.start(occupant.serverPort()), qPrintable(broker.errorString()));
    QVERIFY(!broker.onPreferredPort());
    QVERIFY(broker.port() != occupant.serverPort());
    QCOMPARE(broker.port(), broker.clusterPort());
    // The fallback port is a working broker.
    int exitCode = -1;
    const QByteArray listing = run(
        kcatPath(), { QStringLiteral("-b"), broker.bootstrapServers(), QStringLiteral("-L") }, {}, &exitCode);
    QCOMPARE(exitCode, 0);
    QVERIFY(listing.contains("1 brokers"));
}

void TestEmbeddedBroker::fallsBackWhen9092IsTaken()
{
    // Occupy 9092 ourselves; if another process already holds it, it is taken all the same.
    QTcpServer occupant;
    occupant.listen(QHostAddress::LocalHost, 9092);
    EmbeddedBroker broker;
    QVERIFY2(broker.start(9092), qPrintable(broker.errorString()));
    QVERIFY(!broker.onPreferredPort());
    QVERIFY(broker.port() != 9092);
}

void TestEmbeddedBroker::stopsAndStartsAgain()
{
    EmbeddedBroker broker;
    QVERIFY(broker.start(0));
    const QString first = broker.bootstrapServers();
    QVERIFY(broker.createTopic(QStringLiteral("gone"), 1));
    broker.stop();
    QCOMPARE(broker.state(), EmbeddedBroker::State::Stopped);
    QCOMPARE(broker.port(), quint16(0));
    QString error;
    QVERIFY(!broker.createTopic(QStringLiteral("x"), 1, 1, &error));
    QVERIFY(!error.isEmpty());
    bool handled = true;
    QVERIFY(!EmbeddedBroker::createTopicInProcess(first, QStringLiteral("x"), 1, 1, &handled, &error));
    QVERIFY(!handled);

    QVERIFY(broker.start(0));
    Admin admin(configFor(broker.bootstrapServers()));
    const auto topics = admin.listTopics(false, &error);
    QVERIFY2(topics, qPrintable(error));
    QVERIFY(topics->isEmpty()); // in memory only: a new start is a new, empty cluster
}

void TestEmbeddedBroker::kcatListsOurTopics()
{
    EmbeddedBroker broker;
    QVERIFY(broker.start(0));
    Admin admin(configFor(broker.bootstrapServers()));
    QString error;
    QVERIFY2(admin.createTopics({ { QStringLiteral("CONNECT_ORDER_TABLE"), 1, 1, {} },
                                    { QStringLiteral("connect-offsets"), 25, 1, {} } },
                 false, &error),
        qPrintable(error));
    int exitCode = -1;
    const QByteArray listing = run(
        kcatPath(), { QStringLiteral("-b"), broker.bootstrapServers(), QStringLiteral("-L") }, {}, &exitCode);
    QCOMPARE(exitCode, 0);
    QVERIFY2(listing.contains("topic \"CONNECT_ORDER_TABLE\" with 1 partitions"), listing.constData());
    QVERIFY(listing.contains("topic \"connect-offsets\" with 25 partitions"));
}

void TestEmbeddedBroker::kcatReadsWhatWeProduce()
{
    EmbeddedBroker broker;
    QVERIFY(broker.start(0));
    QVERIFY(broker.createTopic(QStringLiteral("ours"), 1));
    Producer producer(configFor(broker.bootstrapServers()));
    QVERIFY(producer.open());
    for (int i = 0; i < 100; ++i) {
        Message m;
        m.topic = QStringLiteral("ours");
        m.key = QByteArray::number(i);
        m.value = QStringLiteral("{\"ID\":%1,\"NAME\":\"order-%1\"}").arg(i).toUtf8();
        m.timestamp = 1700000000000 + i;
        if (i == 7)
            m.headers = { { QStringLiteral("trace"), QByteArray("abc") } };
        QVERIFY(producer.produce(m));
    }
    QVERIFY(producer.flush(10000));

    int exitCode = -1;
    const QByteArray out = run(kcatPath(),
        { QStringLiteral("-b"), broker.bootstrapServers(), QStringLiteral("-C"), QStringLiteral("-e"),
            QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ours"), QStringLiteral("-f"),
            QStringLiteral("%o|%T|%k|%s|%h\\n") },
        {}, &exitCode);
    QCOMPARE(exitCode, 0);
    const QList<QByteArray> lines = out.trimmed().split('\n');
    QCOMPARE(lines.size(), 100);
    QCOMPARE(lines[0], QByteArray("0|1700000000000|0|{\"ID\":0,\"NAME\":\"order-0\"}|"));
    QCOMPARE(lines[7], QByteArray("7|1700000000007|7|{\"ID\":7,\"NAME\":\"order-7\"}|trace=abc"));
    QCOMPARE(lines[99], QByteArray("99|1700000000099|99|{\"ID\":99,\"NAME\":\"order-99\"}|"));
}

void TestEmbeddedBroker::weReadWhatKcatProduces()
{
    EmbeddedBroker broker;
    QVERIFY(broker.start(0));
    QVERIFY(broker.createTopic(QStringLiteral("theirs"), 1));
    QByteArray input;
    for (int i = 0; i < 50; ++i)
        input += "key" + QByteArray::number(i) + ":value " + QByteArray::number(i) + "\n";
    int exitCode = -1;
    run(kcatPath(),
        { QStringLiteral("-b"), broker.bootstrapServers(), QStringLiteral("-P"), QStringLiteral("-t"),
            QStringLiteral("theirs"), QStringLiteral("-K:"), QStringLiteral("-H"),
            QStringLiteral("origin=kcat") },
        input, &exitCode);
    QCOMPARE(exitCode, 0);

    const ReadResult r
        = readTopic(broker.bootstrapServers(), QStringLiteral("theirs"), StartPosition::beginning());
    QVERIFY(r.errors.isEmpty());
    QCOMPARE(r.messages.size(), 50);
    for (int i = 0; i < 50; ++i) {
        QCOMPARE(r.messages[i].key, std::optional<QByteArray>("key" + QByteArray::number(i)));
        QCOMPARE(r.messages[i].value, std::optional<QByteArray>("value " + QByteArray::number(i)));
        QCOMPARE(r.messages[i].headers.size(), 1);
        QCOMPARE(r.messages[i].headers[0].name, QStringLiteral("origin"));
        QCOMPARE(r.messages[i].headers[0].value, std::optional<QByteArray>("kcat"));
    }
}

QTEST_GUILESS_MAIN(TestEmbeddedBroker)
#include "tst_embeddedbroker.moc"
