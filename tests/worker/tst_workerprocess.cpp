// connect-studio-worker as a process (the real binary in CS_BIN_DIR, free ports, temporary state):
// kill -9 in the middle of a FileStream source → topic → FileStream sink copy, then a restart that must
// bring back configs, target states and offsets and lose no line; two workers side by side; and a
// second worker on a group.id that a live worker serves, refused with its reason.
#include <csignal>

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

struct Reply
{
    int status = 0;
    QByteArray body;
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
};

// One worker process: its properties file, ports and state folder.
struct WorkerProcess
{
    QString groupId;
    quint16 restPort = 0;
    quint16 kafkaPort = 0; // 0: no --embedded-kafka
    QString bootstrap; // used without --embedded-kafka
    QString storageSuffix;
    QString stateDir;
    QString propsPath;
    std::unique_ptr<QProcess> process;

    QString base() const { return QStringLiteral("http://127.0.0.1:%1").arg(restPort); }

    void writeProperties()
    {
        QFile f(propsPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            QStringLiteral("bootstrap.servers=%1\ngroup.id=%2\n"
                           "key.converter=org.apache.kafka.connect.json.JsonConverter\n"
                           "value.converter=org.apache.kafka.connect.json.JsonConverter\n"
                           "offset.storage.topic=connect-offsets%3\nconfig.storage.topic=connect-configs%3\n"
                           "status.storage.topic=connect-status%3\n"
                           "offset.storage.replication.factor=1\nconfig.storage.replication.factor=1\n"
                           "status.storage.replication.factor=1\noffset.flush.interval.ms=200\n"
                           "plugin.path=/usr/local/kafka/connectors\n"
                           "listeners=HTTP://127.0.0.1:%4\n")
                .arg(bootstrap.isEmpty() ? QStringLiteral("localhost:9092") : bootstrap, groupId,
                    storageSuffix)
                .arg(restPort)
                .toUtf8());
    }

    void start()
    {
        process = std::make_unique<QProcess>();
        process->setProcessChannelMode(QProcess::SeparateChannels);
        QStringList args;
        if (kafkaPort)
            args << QStringLiteral("--embedded-kafka=%1").arg(kafkaPort);
        args << QStringLiteral("--state-dir") << stateDir << propsPath;
        process->start(qEnvironmentVariable("CS_BIN_DIR") + QStringLiteral("/connect-studio-worker"), args);
    }
};

} // namespace

class TestWorkerProcess final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killNineMidStreamLosesNothing();
    void twoWorkersSideBySide();
    void secondWorkerOnLiveGroupIsRefused();
    void cleanupTestCase();

private:
    Reply call(
        const WorkerProcess &w, const QByteArray &method, const QString &path, const QByteArray &body = {});
    bool waitReady(WorkerProcess &w);
    QString state(const WorkerProcess &w, const QString &connector);
    void appendLines(int from, int to);
    QStringList outputLines() const;

    QTemporaryDir m_dir;
    QNetworkAccessManager m_http;
    WorkerProcess m_a;
    WorkerProcess m_b;
    QString m_in;
    QString m_out;
};

Reply TestWorkerProcess::call(
    const WorkerProcess &w, const QByteArray &method, const QString &path, const QByteArray &body)
{
    QNetworkRequest request(QUrl(w.base() + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_http.sendCustomRequest(request, method, body);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    Reply r { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll() };
    reply->deleteLater();
    return r;
}

bool TestWorkerProcess::waitReady(WorkerProcess &w)
{
    if (!w.process->waitForStarted(10000))
        return false;
    for (int i = 0; i < 300; ++i) {
        if (w.process->state() != QProcess::Running)
            return false;
        if (call(w, "GET", QStringLiteral("/health")).status == 200)
            return true;
        QTest::qWait(50);
    }
    return false;
}

QString TestWorkerProcess::state(const WorkerProcess &w, const QString &connector)
{
    const QJsonObject status
        = call(w, "GET", QStringLiteral("/connectors/%1/status").arg(connector)).object();
    QString s
        = status.value(QStringLiteral("connector")).toObject().value(QStringLiteral("state")).toString();
    for (const QJsonValue &t : status.value(QStringLiteral("tasks")).toArray())
        s += u'/' + t.toObject().value(QStringLiteral("state")).toString();
    return s;
}

void TestWorkerProcess::appendLines(int from, int to)
{
    QFile f(m_in);
    QVERIFY(f.open(QIODevice::Append));
    QByteArray chunk;
    for (int i = from; i <= to; ++i)
        chunk += QStringLiteral("line %1 — 주문 %1\n").arg(i).toUtf8();
    f.write(chunk);
}

QStringList TestWorkerProcess::outputLines() const
{
    QFile f(m_out);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

void TestWorkerProcess::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(qEnvironmentVariable("CS_BIN_DIR") + QStringLiteral("/connect-studio-worker")));
    m_in = m_dir.filePath(QStringLiteral("in.txt"));
    m_out = m_dir.filePath(QStringLiteral("out.txt"));
    m_a.groupId = QStringLiteral("proc-a-%1").arg(QCoreApplication::applicationPid());
    m_a.restPort = freePort();
    m_a.kafkaPort = freePort();
    m_a.stateDir = m_dir.filePath(QStringLiteral("state-a"));
    m_a.propsPath = m_dir.filePath(QStringLiteral("a.properties"));
    m_a.writeProperties();
}

void TestWorkerProcess::cleanupTestCase()
{
    for (WorkerProcess *w : { &m_a, &m_b }) {
        if (w->process && w->process->state() == QProcess::Running) {
            ::kill(pid_t(w->process->processId()), SIGTERM);
            w->process->waitForFinished(30000);
        }
    }
}

void TestWorkerProcess::killNineMidStreamLosesNothing()
{
    constexpr int total = 200000;
    appendLines(1, 3000);
    m_a.start();
    QVERIFY(waitReady(m_a));

    Reply r = call(m_a, "POST", QStringLiteral("/connectors"),
        QStringLiteral(
            R"({"name":"src","config":{"connector.class":"FileStreamSource","file":"%1","topic":"lines","batch.size":"200"}})")
            .arg(m_in)
            .toUtf8());
    QCOMPARE(r.status, 201);
    r = call(m_a, "POST", QStringLiteral("/connectors"),
        QStringLiteral(
            R"({"name":"snk","config":{"connector.class":"FileStreamSink","file":"%1","topics":"lines"}})")
            .arg(m_out)
            .toUtf8());
    QCOMPARE(r.status, 201);
    // Target states must come back too: one paused, one stopped.
    r = call(m_a, "POST", QStringLiteral("/connectors"),
        QStringLiteral(
            R"({"name":"parked","config":{"connector.class":"FileStreamSink","file":"%1","topics":"other"},"initial_state":"PAUSED"})")
            .arg(m_dir.filePath(QStringLiteral("parked.txt")))
            .toUtf8());
    QCOMPARE(r.status, 201);
    r = call(m_a, "POST", QStringLiteral("/connectors"),
        QStringLiteral(
            R"({"name":"halted","config":{"connector.class":"FileStreamSink","file":"%1","topics":"other"},"initial_state":"STOPPED"})")
            .arg(m_dir.filePath(QStringLiteral("halted.txt")))
            .toUtf8());
    QCOMPARE(r.status, 201);
    const QByteArray srcConfig = call(m_a, "GET", QStringLiteral("/connectors/src/config")).body;

    // Keep writing while the copy runs; once the sink is part of the way through, write a large
    // burst and kill -9 while it is being copied.
    int written = 3000;
    int copied = 0;
    for (int i = 0; i < 600 && copied < 6000; ++i) {
        if (written < 8000) {
            appendLines(written + 1, written + 500);
            written += 500;
        }
        QTest::qWait(50);
        copied = int(outputLines().size());
    }
    QVERIFY2(copied >= 6000, qPrintable(QStringLiteral("only %1 lines copied").arg(copied)));
    // A burst far larger than what the sink copies in the moment between seeing it start and the
    // kill (the worker copies ~100,000 lines/s): kill -9 as soon as the burst is being copied.
    const qint64 sizeBeforeBurst = QFileInfo(m_out).size();
    appendLines(written + 1, written + 150000);
    written += 150000;
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(m_out).size() > sizeBeforeBurst + 4096, 20000);
    const QJsonArray offsetsBefore = call(m_a, "GET", QStringLiteral("/connectors/src/offsets"))
                                         .object()
                                         .value(QStringLiteral("offsets"))
                                         .toArray();
    QCOMPARE(offsetsBefore.size(), 1);
    const qint64 positionBefore = offsetsBefore[0]
                                      .toObject()
                                      .value(QStringLiteral("offset"))
                                      .toObject()
                                      .value(QStringLiteral("position"))
                                      .toInteger();
    m_a.process->kill(); // SIGKILL
    QVERIFY(m_a.process->waitForFinished(10000));
    QCOMPARE(m_a.process->exitStatus(), QProcess::CrashExit);
    const int copiedAtKill = int(outputLines().size());
    QVERIFY2(copiedAtKill < written, "the kill came too late to be mid-stream");

    // More lines arrive while the worker is down.
    appendLines(written + 1, total);
    written = total;

    m_a.start();
    QVERIFY(waitReady(m_a));
    QStringList names;
    for (const QJsonValue &v : call(m_a, "GET", QStringLiteral("/connectors")).array())
        names.append(v.toString());
    names.sort();
    QCOMPARE(names, QStringList({ u"halted"_qs, u"parked"_qs, u"snk"_qs, u"src"_qs }));
    QCOMPARE(call(m_a, "GET", QStringLiteral("/connectors/src/config")).body, srcConfig);
    QTRY_COMPARE_WITH_TIMEOUT(state(m_a, QStringLiteral("parked")), QStringLiteral("PAUSED/PAUSED"), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(state(m_a, QStringLiteral("halted")), QStringLiteral("STOPPED"), 20000);
    const QJsonArray offsetsAfter = call(m_a, "GET", QStringLiteral("/connectors/src/offsets"))
                                        .object()
                                        .value(QStringLiteral("offsets"))
                                        .toArray();
    QCOMPARE(offsetsAfter.size(), 1);
    QVERIFY(offsetsAfter[0]
                .toObject()
                .value(QStringLiteral("offset"))
                .toObject()
                .value(QStringLiteral("position"))
                .toInteger()
        >= positionBefore);

    // Every line arrives; a line may come twice (at least once), none is lost, the order holds.
    QStringList out;
    for (int i = 0; i < 1200; ++i) {
        out = outputLines();
        if (QSet<QString>(out.cbegin(), out.cend()).size() >= total)
            break;
        QTest::qWait(100);
    }
    QStringList unique;
    QSet<QString> seen;
    for (const QString &line : std::as_const(out)) {
        if (!seen.contains(line)) {
            seen.insert(line);
            unique.append(line);
        }
    }
    QCOMPARE(unique.size(), total);
    for (int i = 0; i < total; ++i)
        QCOMPARE(unique[i], QStringLiteral("line %1 — 주문 %1").arg(i + 1));
    qInfo("copied %d lines at kill -9, %lld lines written in all, %lld duplicates after the restart",
        copiedAtKill, qint64(out.size()), qint64(out.size() - total));
}

void TestWorkerProcess::twoWorkersSideBySide()
{
    // A second worker with its own group.id, listener and storage topics on the first one's broker.
    QVERIFY(m_a.process && m_a.process->state() == QProcess::Running);
    m_b.groupId = QStringLiteral("proc-b-%1").arg(QCoreApplication::applicationPid());
    m_b.restPort = freePort();
    m_b.bootstrap = QStringLiteral("127.0.0.1:%1").arg(m_a.kafkaPort);
    m_b.storageSuffix = QStringLiteral("-b");
    m_b.stateDir = m_dir.filePath(QStringLiteral("state-b"));
    m_b.propsPath = m_dir.filePath(QStringLiteral("b.properties"));
    m_b.writeProperties();
    m_b.start();
    QVERIFY(waitReady(m_b));
    const QByteArray out = m_b.process->readAllStandardOutput();
    QVERIFY2(out.contains(QStringLiteral("REST API: http://127.0.0.1:%1/").arg(m_b.restPort).toUtf8()),
        out.constData());

    const QByteArray create = QStringLiteral(
        R"({"name":"copy-b","config":{"connector.class":"FileStreamSink","file":"%1","topics":"lines"}})")
                                  .arg(m_dir.filePath(QStringLiteral("b.txt")))
                                  .toUtf8();
    QCOMPARE(call(m_b, "POST", QStringLiteral("/connectors"), create).status, 201);
    QTRY_COMPARE_WITH_TIMEOUT(state(m_b, QStringLiteral("copy-b")), QStringLiteral("RUNNING/RUNNING"), 20000);
    // Both serve, each its own connectors.
    QCOMPARE(call(m_b, "GET", QStringLiteral("/connectors")).body, QByteArray(R"(["copy-b"])"));
    QCOMPARE(call(m_a, "GET", QStringLiteral("/connectors")).array().size(), 4);
    // The second worker's sink reads the first one's topic as its own group.
    QTRY_VERIFY_WITH_TIMEOUT(QFile(m_dir.filePath(QStringLiteral("b.txt"))).size() > 0, 30000);
    QCOMPARE(call(m_a, "GET", QStringLiteral("/connectors/snk/status")).status, 200);
}

void TestWorkerProcess::secondWorkerOnLiveGroupIsRefused()
{
    QVERIFY(m_a.process && m_a.process->state() == QProcess::Running);
    WorkerProcess twin;
    twin.groupId = m_a.groupId;
    twin.restPort = freePort();
    twin.kafkaPort = freePort();
    twin.stateDir = m_dir.filePath(QStringLiteral("state-twin"));
    twin.propsPath = m_dir.filePath(QStringLiteral("twin.properties"));
    twin.writeProperties();
    twin.start();
    QVERIFY(twin.process->waitForFinished(30000));
    QCOMPARE(twin.process->exitCode(), 1);
    const QString err = QString::fromUtf8(twin.process->readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("Another worker (pid %1) already serves group.id '%2'")
                              .arg(m_a.process->processId())
                              .arg(m_a.groupId)),
        qPrintable(err));
    // The first worker is unaffected.
    QCOMPARE(call(m_a, "GET", QStringLiteral("/")).status, 200);
}

QTEST_GUILESS_MAIN(TestWorkerProcess)
#include "tst_workerprocess.moc"
