// connect-studio-cli console-consumer / topics: the formatter, the option checks, and the real
// binary compared line by line with kcat on the embedded broker.

#include <QDir>
#include <QRandomGenerator>
#include <QTest>

#include "cli/consoleconsumer.h"
#include "cli/messageformatter.h"
#include "kafka/embeddedbroker.h"
#include "kafkatesthelpers.h"

using namespace cs::kafka;
using namespace cs::kafka::test;
using cs::cli::ConsoleConsumerOptions;
using cs::cli::MessageFormatter;

class TestConsoleConsumer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void formatterMatchesDefaultMessageFormatter_data();
    void formatterMatchesDefaultMessageFormatter();
    void optionChecks_data();
    void optionChecks();
    void startPositionsFromOptions();
    void printsTheSameLinesAsKcat_data();
    void printsTheSameLinesAsKcat();
    void multiplePartitionsSameSetAsKcat();
    void partitionAndOffset();
    void timeoutEndsWithTotal();
    void lostOffsetsFailLoudly();
    void topicsList();

private:
    QString cli() const { return m_binDir + QStringLiteral("/connect-studio-cli"); }
    QByteArray runCli(const QStringList &args, int *exitCode, QByteArray *err = nullptr)
    {
        return run(cli(), args, {}, exitCode, err);
    }
    EmbeddedBroker m_broker;
    QString m_bootstrap;
    QString m_binDir;
};

void TestConsoleConsumer::initTestCase()
{
    m_binDir = qEnvironmentVariable("CS_BIN_DIR", QStringLiteral(CS_BINARY_DIR "/bin"));
    QVERIFY2(QFileInfo::exists(cli()), qPrintable(cli()));
    QVERIFY2(!kcatPath().isEmpty(), "kcat is required");
    QVERIFY(m_broker.start(0));
    m_bootstrap = m_broker.bootstrapServers();

    // "orders": one partition, JSON values like the lab's, one null key, one header set.
    QVERIFY(m_broker.createTopic(QStringLiteral("orders"), 1));
    QVERIFY(m_broker.createTopic(QStringLiteral("spread"), 3));
    Producer producer(configFor(m_bootstrap));
    QVERIFY(producer.open());
    for (int i = 0; i < 500; ++i) {
        Message m;
        m.topic = QStringLiteral("orders");
        m.key = QStringLiteral("{\"ID\":%1}").arg(i).toUtf8();
        m.value = QStringLiteral("{\"ID\":%1,\"PRODUCT\":\"p-%2\",\"QTY\":%3}")
                      .arg(i)
                      .arg(i % 7)
                      .arg(i * 3)
                      .toUtf8();
        m.timestamp = 1700000000000 + i * 10;
        QVERIFY(producer.produce(m));
        m.topic = QStringLiteral("spread");
        m.partition = i % 3;
        QVERIFY(producer.produce(m));
    }
    QVERIFY(producer.flush(10000));
}

void TestConsoleConsumer::formatterMatchesDefaultMessageFormatter_data()
{
    QTest::addColumn<QStringList>("properties");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("value only") << QStringList() << QByteArray("v\n");
    QTest::newRow("key") << QStringList { QStringLiteral("print.key=true") } << QByteArray("k\tv\n");
    QTest::newRow("all") << QStringList { QStringLiteral("print.timestamp=true"),
        QStringLiteral("print.partition=true"), QStringLiteral("print.offset=true"),
        QStringLiteral("print.headers=true"), QStringLiteral("print.key=true") }
                         << QByteArray(
                                "CreateTime:1700000000000\tPartition:2\tOffset:42\th1:x,h2:null,h1:\tk\tv\n");
    QTest::newRow("separators") << QStringList { QStringLiteral("print.key=TRUE"),
        QStringLiteral("key.separator= | "), QStringLiteral("line.separator=;"),
        QStringLiteral("print.headers=true"), QStringLiteral("headers.separator=&"),
        QStringLiteral("headers.key.separator==") }
                                << QByteArray("h1=x&h2=null&h1= | k | v;");
    QTest::newRow("no value") << QStringList { QStringLiteral("print.key=true"),
        QStringLiteral("print.value=false") }
                              << QByteArray("k\n");
    QTest::newRow("offset only") << QStringList { QStringLiteral("print.offset=true"),
        QStringLiteral("print.value=false") }
                                 << QByteArray("Offset:42\n");
}

void TestConsoleConsumer::formatterMatchesDefaultMessageFormatter()
{
    QFETCH(QStringList, properties);
    QFETCH(QByteArray, expected);
    MessageFormatter f;
    for (const QString &p : properties)
        QVERIFY(f.setProperty(p.section(u'=', 0, 0), p.section(u'=', 1)));
    Message m;
    m.topic = QStringLiteral("t");
    m.partition = 2;
    m.offset = 42;
    m.timestamp = 1700000000000;
    m.timestampType = TimestampType::CreateTime;
    m.key = QByteArray("k");
    m.value = QByteArray("v");
    m.headers = { { QStringLiteral("h1"), QByteArray("x") }, { QStringLiteral("h2"), std::nullopt },
        { QStringLiteral("h1"), QByteArray("") } };
    QCOMPARE(f.format(m), expected);
}

void TestConsoleConsumer::optionChecks_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("error");
    const QString bs = QStringLiteral("--bootstrap-server=127.0.0.1:1");
    QTest::newRow("no bootstrap") << QStringList { QStringLiteral("--topic"), QStringLiteral("t") }
                                  << QStringLiteral("Missing required argument \"[bootstrap-server]\"");
    QTest::newRow("no topic") << QStringList { bs }
                              << QStringLiteral("Exactly one of include/topic is required.");
    QTest::newRow("offset without partition") << QStringList {
        bs, QStringLiteral("--topic"), QStringLiteral("t"), QStringLiteral("--offset"), QStringLiteral("3")
    } << QStringLiteral("The partition is required when offset is specified.");
    QTest::newRow("beginning and offset")
        << QStringList { bs, QStringLiteral("--topic"), QStringLiteral("t"), QStringLiteral("--partition"),
               QStringLiteral("0"), QStringLiteral("--offset"), QStringLiteral("3"),
               QStringLiteral("--from-beginning") }
        << QStringLiteral("Options from-beginning and offset cannot be specified together.");
    QTest::newRow("bad offset") << QStringList { bs, QStringLiteral("--topic"), QStringLiteral("t"),
        QStringLiteral("--partition"), QStringLiteral("0"), QStringLiteral("--offset"), QStringLiteral("-5") }
                                << QStringLiteral("The provided offset value is incorrect. Valid values are "
                                                  "'earliest', 'latest', or a non-negative long.");
    QTest::newRow("unknown option") << QStringList { bs, QStringLiteral("--nope") }
                                    << QStringLiteral("nope is not a recognized option");
    QTest::newRow("bad property") << QStringList { bs, QStringLiteral("--property"),
        QStringLiteral("print.key") }
                                  << QStringLiteral("Invalid command line properties: print.key");
}

void TestConsoleConsumer::optionChecks()
{
    QFETCH(QStringList, args);
    QFETCH(QString, error);
    ConsoleConsumerOptions options;
    QString actual;
    QVERIFY(!options.parse(args, &actual));
    QCOMPARE(actual, error);
}

void TestConsoleConsumer::startPositionsFromOptions()
{
    const QStringList base { QStringLiteral("--bootstrap-server"), QStringLiteral("h:1"),
        QStringLiteral("--topic"), QStringLiteral("t") };
    ConsoleConsumerOptions o;
    QString error;
    QVERIFY(o.parse(base, &error));
    QCOMPARE(o.start.kind, StartPosition::End);
    QVERIFY(o.parse(base + QStringList { QStringLiteral("--from-beginning") }, &error));
    QCOMPARE(o.start.kind, StartPosition::Beginning);
    ConsoleConsumerOptions p;
    QVERIFY(p.parse(base
            + QStringList { QStringLiteral("--partition"), QStringLiteral("2"), QStringLiteral("--offset"),
                QStringLiteral("earliest") },
        &error));
    QCOMPARE(p.start.kind, StartPosition::Beginning);
    QCOMPARE(*p.partition, 2);
    ConsoleConsumerOptions q;
    QVERIFY(q.parse(base
            + QStringList { QStringLiteral("--partition=1"), QStringLiteral("--offset=17"),
                QStringLiteral("--max-messages=5"), QStringLiteral("--timeout-ms=100") },
        &error));
    QCOMPARE(q.start.kind, StartPosition::Offset);
    QCOMPARE(q.start.value, 17);
    QCOMPARE(q.maxMessages, 5);
    QCOMPARE(q.timeoutMs, 100);
}

void TestConsoleConsumer::printsTheSameLinesAsKcat_data()
{
    QTest::addColumn<QStringList>("properties");
    QTest::addColumn<QString>("kcatFormat");
    QTest::newRow("value") << QStringList() << QStringLiteral("%s\\n");
    QTest::newRow("key") << QStringList { QStringLiteral("print.key=true") } << QStringLiteral("%k\\t%s\\n");
    QTest::newRow("everything") << QStringList { QStringLiteral("print.key=true"),
        QStringLiteral("print.timestamp=true"), QStringLiteral("print.partition=true"),
        QStringLiteral("print.offset=true"), QStringLiteral("key.separator=|") }
                                << QStringLiteral("CreateTime:%T|Partition:%p|Offset:%o|%k|%s\\n");
}

void TestConsoleConsumer::printsTheSameLinesAsKcat()
{
    QFETCH(QStringList, properties);
    QFETCH(QString, kcatFormat);
    QStringList args { QStringLiteral("console-consumer"), QStringLiteral("--bootstrap-server"), m_bootstrap,
        QStringLiteral("--topic"), QStringLiteral("orders"), QStringLiteral("--from-beginning"),
        QStringLiteral("--max-messages"), QStringLiteral("500") };
    for (const QString &p : properties)
        args << QStringLiteral("--property") << p;
    int exitCode = -1;
    QByteArray err;
    const QByteArray ours = runCli(args, &exitCode, &err);
    QCOMPARE(exitCode, 0);
    QVERIFY2(err.contains("Processed a total of 500 messages"), err.constData());

    const QByteArray theirs = run(kcatPath(),
        { QStringLiteral("-b"), m_bootstrap, QStringLiteral("-C"), QStringLiteral("-e"), QStringLiteral("-q"),
            QStringLiteral("-t"), QStringLiteral("orders"), QStringLiteral("-f"), kcatFormat },
        {}, &exitCode);
    QCOMPARE(exitCode, 0);
    QCOMPARE(ours.count('\n'), 500);
    QCOMPARE(ours, theirs);
}

void TestConsoleConsumer::multiplePartitionsSameSetAsKcat()
{
    // Across partitions the interleaving is the client's choice; the lines are the same.
    int exitCode = -1;
    const QByteArray ours
        = runCli({ QStringLiteral("console-consumer"), QStringLiteral("--bootstrap-server"), m_bootstrap,
                     QStringLiteral("--topic"), QStringLiteral("spread"), QStringLiteral("--from-beginning"),
                     QStringLiteral("--max-messages"), QStringLiteral("500"), QStringLiteral("--property"),
                     QStringLiteral("print.partition=true"), QStringLiteral("--property"),
                     QStringLiteral("print.offset=true") },
            &exitCode);
    QCOMPARE(exitCode, 0);
    const QByteArray theirs = run(kcatPath(),
        { QStringLiteral("-b"), m_bootstrap, QStringLiteral("-C"), QStringLiteral("-e"), QStringLiteral("-q"),
            QStringLiteral("-t"), QStringLiteral("spread"), QStringLiteral("-f"),
            QStringLiteral("Partition:%p\\tOffset:%o\\t%s\\n") },
        {}, &exitCode);
    QList<QByteArray> a = ours.split('\n');
    QList<QByteArray> b = theirs.split('\n');
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    QCOMPARE(a.size(), 501);
    QCOMPARE(a, b);
}

void TestConsoleConsumer::partitionAndOffset()
{
    int exitCode = -1;
    const QByteArray out
        = runCli({ QStringLiteral("console-consumer"), QStringLiteral("--bootstrap-server"), m_bootstrap,
                     QStringLiteral("--topic"), QStringLiteral("spread"), QStringLiteral("--partition"),
                     QStringLiteral("1"), QStringLiteral("--offset"), QStringLiteral("160"),
                     QStringLiteral("--property"), QStringLiteral("print.offset=true"),
                     QStringLiteral("--timeout-ms"), QStringLiteral("2000") },
            &exitCode);
    QCOMPARE(exitCode, 0);
    const QList<QByteArray> lines = out.trimmed().split('\n');
    // Partition 1 holds 167 messages (i % 3 == 1 for i < 500): offsets 160..166.
    QCOMPARE(lines.size(), 7);
    QVERIFY(lines.first().startsWith("Offset:160\t{\"ID\":481,"));
    QVERIFY(lines.last().startsWith("Offset:166\t"));
}

void TestConsoleConsumer::timeoutEndsWithTotal()
{
    QVERIFY(m_broker.createTopic(QStringLiteral("empty"), 1));
    int exitCode = -1;
    QByteArray err;
    const QByteArray out = runCli({ QStringLiteral("console-consumer"), QStringLiteral("--bootstrap-server"),
                                      m_bootstrap, QStringLiteral("--topic"), QStringLiteral("empty"),
                                      QStringLiteral("--timeout-ms"), QStringLiteral("500") },
        &exitCode, &err);
    QCOMPARE(exitCode, 0);
    QVERIFY(out.isEmpty());
    QVERIFY(err.contains("org.apache.kafka.common.errors.TimeoutException"));
    QVERIFY(err.endsWith("Processed a total of 0 messages\n"));
}

void TestConsoleConsumer::lostOffsetsFailLoudly()
{
    // Offset 0 of a topic whose oldest records the broker dropped: an error naming the lost range.
    QVERIFY(m_broker.createTopic(QStringLiteral("trimmed"), 1));
    Producer producer(configFor(m_bootstrap));
    QVERIFY(producer.open());
    QByteArray value(16 * 1024, Qt::Uninitialized);
    for (int i = 0; i < 512; ++i) {
        // Incompressible, so that 8 MiB stay 8 MiB after zstd/lz4.
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(value.data()), value.size() / 4);
        Message m;
        m.topic = QStringLiteral("trimmed");
        m.value = value;
        QVERIFY(producer.produce(m));
    }
    QVERIFY(producer.flush(10000));
    int exitCode = -1;
    QByteArray err;
    runCli({ QStringLiteral("console-consumer"), QStringLiteral("--bootstrap-server"), m_bootstrap,
               QStringLiteral("--topic"), QStringLiteral("trimmed"), QStringLiteral("--partition"),
               QStringLiteral("0"), QStringLiteral("--offset"), QStringLiteral("0"),
               QStringLiteral("--timeout-ms"), QStringLiteral("3000") },
        &exitCode, &err);
    QCOMPARE(exitCode, 1);
    QVERIFY2(err.contains("Offsets 0 to "), err.constData());
    QVERIFY(err.contains("trimmed [partition 0]"));
}

void TestConsoleConsumer::topicsList()
{
    int exitCode = -1;
    const QByteArray out = runCli({ QStringLiteral("topics"), QStringLiteral("--list"),
                                      QStringLiteral("--bootstrap-server"), m_bootstrap },
        &exitCode);
    QCOMPARE(exitCode, 0);
    QVERIFY(out.split('\n').contains("orders"));
    QVERIFY(out.split('\n').contains("spread"));
    QByteArray err;
    runCli({ QStringLiteral("topics"), QStringLiteral("--list") }, &exitCode, &err);
    QCOMPARE(exitCode, 1);
    QVERIFY(err.contains("Missing required argument \"[bootstrap-server]\""));
}

QTEST_GUILESS_MAIN(TestConsoleConsumer)
#include "tst_consoleconsumer.moc"
