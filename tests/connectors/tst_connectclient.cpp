// ConnectClient against a real worker (core Worker in-process, embedded broker, free ports): every
// endpoint of kafka-connect.md §1.4, the answers typed, the errors exactly as the worker wrote them.
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "config/properties.h"
#include "connectclient/connectclient.h"
#include "support/databaseservers.h"
#include "support/workeroptions.h"
#include "worker/worker.h"

using namespace cs::connectclient;
using cs::config::Properties;
using cs::worker::Worker;

namespace {

constexpr int kTimeoutMs = 20000;

// Runs one asynchronous call and waits (event loop running) for its callback.
template<typename T, typename Start> Result<T> await(Start &&start)
{
    std::optional<Result<T>> out;
    QEventLoop loop;
    start([&](const Result<T> &r) {
        out = r;
        loop.quit();
    });
    if (!out) {
        QTimer::singleShot(kTimeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!out) {
        Result<T> timedOut;
        timedOut.error = RestError { -1, std::nullopt, QStringLiteral("test timed out"), {} };
        return timedOut;
    }
    return *out;
}

using LoggerMap = QMap<QString, LoggerLevel>;

#define AWAIT(T, call) await<T>([&](Callback<T> cb) { call; })

} // namespace

class TestConnectClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void serverInfoAndHealth();
    void pluginsAndTheirConfig();
    void validateAnswersConfigInfos();
    void createListAndRead();
    void lifecycleActions();
    void restartsAndFailureTraces();
    void configUpdatesAndPatch();
    void topicsAndOffsets();
    void errorsAsTheWorkerWroteThem();
    void loggers();
    void networkErrorsAndCancel();
    void basicAuthHeaderButNeverThePassword();

private:
    bool waitForState(
        const QString &name, const QString &state, int tasks = -1, ConnectorStatus *last = nullptr);
    Properties fileSource(const QString &file, const QString &topic) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Worker> m_worker;
    ConnectClient m_client;
};

void TestConnectClient::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const quint16 restPort = cs::testsupport::freeTcpPort();
    const QString props
        = QStringLiteral("group.id=tst-connectclient\n"
                         "key.converter=org.apache.kafka.connect.json.JsonConverter\n"
                         "value.converter=org.apache.kafka.connect.json.JsonConverter\n"
                         "offset.storage.topic=connect-offsets\nconfig.storage.topic=connect-configs\n"
                         "status.storage.topic=connect-status\noffset.flush.interval.ms=300\n"
                         "listeners=http://127.0.0.1:%1\n")
              .arg(restPort);
    QString error;
    const std::optional<Worker::Options> options = cs::testsupport::embeddedWorkerOptions(
        props, cs::testsupport::freeTcpPort(), m_dir.filePath(QStringLiteral("state")), &error);
    QVERIFY2(options, qPrintable(error));
    m_worker = std::make_unique<Worker>(*options);
    QVERIFY2(m_worker->start(&error), qPrintable(error));
    m_client.setBaseUrl(m_worker->restUrl());
}

void TestConnectClient::cleanupTestCase()
{
    m_worker.reset();
}

Properties TestConnectClient::fileSource(const QString &file, const QString &topic) const
{
    return Properties { { QStringLiteral("connector.class"), QStringLiteral("FileStreamSource") },
        { QStringLiteral("file"), m_dir.filePath(file) }, { QStringLiteral("topic"), topic },
        { QStringLiteral("tasks.max"), QStringLiteral("1") } };
}

bool TestConnectClient::waitForState(
    const QString &name, const QString &state, int tasks, ConnectorStatus *last)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < kTimeoutMs) {
        const auto r = AWAIT(ConnectorStatus, m_client.connectorStatus(name, cb));
        if (r.ok()) {
            if (last)
                *last = *r.value;
            bool all = r.value->state == state;
            for (const TaskStatus &t : r.value->tasks)
                all = all && (state == u"STOPPED" || t.state == state);
            if (all && (tasks < 0 || r.value->tasks.size() == tasks))
                return true;
        }
        QTest::qWait(100);
    }
    return false;
}

void TestConnectClient::serverInfoAndHealth()
{
    const auto info = AWAIT(ServerInfo, m_client.serverInfo(cb));
    QVERIFY2(info.ok(), qPrintable(info.error ? info.error->toString() : QString()));
    QVERIFY(!info.value->version.isEmpty());
    QVERIFY(!info.value->commit.isEmpty());
    const auto health = AWAIT(WorkerHealth, m_client.health(cb));
    QVERIFY(health.ok());
    QCOMPARE(health.value->status, QStringLiteral("healthy"));
    QCOMPARE(health.httpStatus, 200);
}

void TestConnectClient::pluginsAndTheirConfig()
{
    const auto plugins = AWAIT(QList<PluginInfo>, m_client.plugins(true, cb));
    QVERIFY(plugins.ok());
    bool source = false;
    for (const PluginInfo &p : *plugins.value)
        source = source
            || (p.className == u"org.apache.kafka.connect.file.FileStreamSourceConnector"
                && p.type == u"source");
    QVERIFY(source);
    const auto all = AWAIT(QList<PluginInfo>, m_client.plugins(false, cb));
    QVERIFY(all.ok());
    QVERIFY(all.value->size() > plugins.value->size()); // converters and the like too

    const auto keys
        = AWAIT(QList<ConfigKeyInfo>, m_client.pluginConfig(QStringLiteral("FileStreamSource"), cb));
    QVERIFY(keys.ok());
    QStringList names;
    for (const ConfigKeyInfo &k : *keys.value)
        names.append(k.name);
    QVERIFY2(names.contains(QStringLiteral("file")) && names.contains(QStringLiteral("topic")),
        qPrintable(names.join(u',')));
}

void TestConnectClient::validateAnswersConfigInfos()
{
    Properties config { { QStringLiteral("connector.class"), QStringLiteral("FileStreamSource") },
        { QStringLiteral("name"), QStringLiteral("v") },
        { QStringLiteral("tasks.max"), QStringLiteral("abc") } };
    const auto r = AWAIT(ConfigInfos, m_client.validate(QStringLiteral("FileStreamSource"), config, cb));
    QVERIFY2(r.ok(), qPrintable(r.error ? r.error->toString() : QString()));
    QVERIFY(r.value->errorCount >= 1);
    QVERIFY(r.value->groups.contains(QStringLiteral("Common")));
    bool sawTasksMaxError = false;
    for (const ConfigInfo &c : r.value->configs)
        if (c.definition && c.definition->name == u"tasks.max") {
            QCOMPARE(c.definition->type, QStringLiteral("INT"));
            QCOMPARE(c.definition->defaultValue.value_or(QString()), QStringLiteral("1"));
            sawTasksMaxError = c.value && !c.value->errors.isEmpty()
                && c.value->errors.first().startsWith(
                    QLatin1String("Invalid value abc for configuration tasks.max"));
        }
    QVERIFY(sawTasksMaxError);

    // The type of the path must match connector.class: the worker's 400, verbatim.
    const auto mismatch = AWAIT(ConfigInfos, m_client.validate(QStringLiteral("FileStreamSink"), config, cb));
    QVERIFY(!mismatch.ok());
    QCOMPARE(mismatch.error->httpStatus, 400);
    QCOMPARE(mismatch.error->errorCode.value_or(-1), 400);
    QCOMPARE(mismatch.error->message,
        QStringLiteral(
            "Included connector type FileStreamSource does not match request type FileStreamSink"));
}

void TestConnectClient::createListAndRead()
{
    const Properties config = fileSource(QStringLiteral("a.txt"), QStringLiteral("topic-a"));
    const auto created = AWAIT(ConnectorInfo, m_client.createConnector(QStringLiteral("a src"), config, cb));
    QVERIFY2(created.ok(), qPrintable(created.error ? created.error->toString() : QString()));
    QCOMPARE(created.httpStatus, 201);
    QCOMPARE(created.value->name, QStringLiteral("a src"));
    QCOMPARE(created.value->type, QStringLiteral("source"));
    // The worker put "name" into the config; the keys keep the order they were sent in.
    QCOMPARE(created.value->config.value(QStringLiteral("name")), QStringLiteral("a src"));
    QVERIFY(waitForState(QStringLiteral("a src"), QStringLiteral("RUNNING"), 1));

    const auto names = AWAIT(QStringList, m_client.connectors(cb));
    QVERIFY(names.ok());
    QVERIFY(names.value->contains(QStringLiteral("a src")));

    const auto expanded = AWAIT(QList<ConnectorOverview>, m_client.connectorsExpanded(true, true, cb));
    QVERIFY(expanded.ok());
    const ConnectorOverview *a = nullptr;
    for (const ConnectorOverview &o : *expanded.value)
        if (o.name == u"a src")
            a = &o;
    QVERIFY(a && a->status && a->info);
    QCOMPARE(a->status->state, QStringLiteral("RUNNING"));
    QCOMPARE(a->status->tasks.size(), 1);
    QCOMPARE(a->info->config.value(QStringLiteral("topic")), QStringLiteral("topic-a"));
    const auto statusOnly = AWAIT(QList<ConnectorOverview>, m_client.connectorsExpanded(true, false, cb));
    QVERIFY(statusOnly.ok() && !statusOnly.value->isEmpty());
    QVERIFY(statusOnly.value->first().status && !statusOnly.value->first().info);

    const auto info = AWAIT(ConnectorInfo, m_client.connectorInfo(QStringLiteral("a src"), cb));
    QVERIFY(info.ok());
    QCOMPARE(info.value->tasks.size(), 1);
    QCOMPARE(info.value->tasks.first(), (ConnectorTaskRef { QStringLiteral("a src"), 0 }));

    const auto cfg = AWAIT(Properties, m_client.connectorConfig(QStringLiteral("a src"), cb));
    QVERIFY(cfg.ok());
    QStringList expectedKeys = config.keys();
    QCOMPARE(cfg.value->keys().mid(0, expectedKeys.size()), expectedKeys);

    const auto task = AWAIT(TaskStatus, m_client.taskStatus(QStringLiteral("a src"), 0, cb));
    QVERIFY(task.ok());
    QCOMPARE(task.value->state, QStringLiteral("RUNNING"));
    QVERIFY(!task.value->workerId.isEmpty());

    const auto tasks = AWAIT(QList<TaskConfig>, m_client.taskConfigs(QStringLiteral("a src"), cb));
    QVERIFY(tasks.ok());
    QCOMPARE(tasks.value->size(), 1);
    QCOMPARE(tasks.value->first().config.value(QStringLiteral("topic")), QStringLiteral("topic-a"));
    QVERIFY(tasks.value->first().config.contains(QStringLiteral("task.class")));
}

void TestConnectClient::lifecycleActions()
{
    const QString name = QStringLiteral("life");
    QVERIFY(AWAIT(ConnectorInfo,
        m_client.createConnector(name, fileSource(QStringLiteral("l.txt"), QStringLiteral("l")), cb))
                .ok());
    QVERIFY(waitForState(name, QStringLiteral("RUNNING"), 1));

    auto r = AWAIT(Done, m_client.pauseConnector(name, cb));
    QVERIFY(r.ok());
    QCOMPARE(r.httpStatus, 202);
    QVERIFY(waitForState(name, QStringLiteral("PAUSED")));
    r = AWAIT(Done, m_client.resumeConnector(name, cb));
    QVERIFY(r.ok());
    QVERIFY(waitForState(name, QStringLiteral("RUNNING"), 1));
    r = AWAIT(Done, m_client.stopConnector(name, cb));
    QVERIFY(r.ok());
    QCOMPARE(r.httpStatus, 204);
    QVERIFY(waitForState(name, QStringLiteral("STOPPED"), 0));
    r = AWAIT(Done, m_client.resumeConnector(name, cb));
    QVERIFY(r.ok());
    QVERIFY(waitForState(name, QStringLiteral("RUNNING"), 1));

    r = AWAIT(Done, m_client.deleteConnector(name, cb));
    QVERIFY(r.ok());
    QCOMPARE(r.httpStatus, 204);
    const auto gone = AWAIT(ConnectorInfo, m_client.connectorInfo(name, cb));
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error->httpStatus, 404);
    QCOMPARE(gone.error->message, QStringLiteral("Connector life not found"));
}

void TestConnectClient::restartsAndFailureTraces()
{
    // A sink whose file cannot be created: its task fails with a trace.
    const QString name = QStringLiteral("broken");
    const Properties config { { QStringLiteral("connector.class"), QStringLiteral("FileStreamSink") },
        { QStringLiteral("file"), m_dir.filePath(QStringLiteral("no/such/dir/out.txt")) },
        { QStringLiteral("topics"), QStringLiteral("nothing") } };
    QVERIFY(AWAIT(ConnectorInfo, m_client.createConnector(name, config, cb)).ok());
    ConnectorStatus status;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < kTimeoutMs) {
        if (const auto r = AWAIT(ConnectorStatus, m_client.connectorStatus(name, cb)); r.ok())
            status = *r.value;
        if (!status.tasks.isEmpty() && status.tasks.first().state == u"FAILED")
            break;
        QTest::qWait(100);
    }
    QCOMPARE(status.tasks.size(), 1);
    QCOMPARE(status.tasks.first().state, QStringLiteral("FAILED"));
    QVERIFY2(status.tasks.first().trace.contains(QLatin1String("Couldn't find or create file")),
        qPrintable(status.tasks.first().trace));

    // Plain restart: 204, no body.
    auto plain = AWAIT(std::optional<ConnectorStatus>, m_client.restartConnector(name, false, false, cb));
    QVERIFY(plain.ok());
    QCOMPARE(plain.httpStatus, 204);
    QVERIFY(!plain.value->has_value());
    // The connector restarted alone; its task is still the failed one (wait out any transition).
    QElapsedTimer again;
    again.start();
    while (again.elapsed() < kTimeoutMs) {
        if (const auto r = AWAIT(ConnectorStatus, m_client.connectorStatus(name, cb)); r.ok())
            status = *r.value;
        if (status.state == u"RUNNING" && !status.tasks.isEmpty() && status.tasks.first().state == u"FAILED")
            break;
        QTest::qWait(100);
    }
    QCOMPARE(status.tasks.first().state, QStringLiteral("FAILED"));
    // Only what failed, with tasks: 202 and the state, the failed task RESTARTING.
    auto failed = AWAIT(std::optional<ConnectorStatus>, m_client.restartConnector(name, true, true, cb));
    QVERIFY2(failed.ok(), qPrintable(failed.error ? failed.error->toString() : QString()));
    QCOMPARE(failed.httpStatus, 202);
    QVERIFY(failed.value->has_value());
    QCOMPARE((*failed.value)->tasks.size(), 1);
    QCOMPARE((*failed.value)->tasks.first().state, QStringLiteral("RESTARTING"));
    QCOMPARE((*failed.value)->state, QStringLiteral("RUNNING")); // the connector had not failed
    auto all = AWAIT(std::optional<ConnectorStatus>, m_client.restartConnector(name, true, false, cb));
    QVERIFY(all.ok() && all.value->has_value());
    QCOMPARE(all.httpStatus, 202);

    const auto task = AWAIT(Done, m_client.restartTask(name, 0, cb));
    QVERIFY(task.ok());
    QCOMPARE(task.httpStatus, 204);
    const auto noTask = AWAIT(Done, m_client.restartTask(name, 7, cb));
    QVERIFY(!noTask.ok());
    QCOMPARE(noTask.error->httpStatus, 404);
    QVERIFY(AWAIT(Done, m_client.deleteConnector(name, cb)).ok());
}

void TestConnectClient::configUpdatesAndPatch()
{
    const QString name = QStringLiteral("put-me");
    auto put = AWAIT(PutResult,
        m_client.putConnectorConfig(name, fileSource(QStringLiteral("p.txt"), QStringLiteral("p1")), cb));
    QVERIFY2(put.ok(), qPrintable(put.error ? put.error->toString() : QString()));
    QVERIFY(put.value->created);
    QCOMPARE(put.httpStatus, 201);
    put = AWAIT(PutResult,
        m_client.putConnectorConfig(name, fileSource(QStringLiteral("p.txt"), QStringLiteral("p2")), cb));
    QVERIFY(put.ok());
    QVERIFY(!put.value->created);
    QCOMPARE(put.httpStatus, 200);
    QCOMPARE(put.value->info.config.value(QStringLiteral("topic")), QStringLiteral("p2"));

    const auto patched = AWAIT(ConnectorInfo,
        m_client.patchConnectorConfig(name,
            { { QStringLiteral("topic"), QStringLiteral("p3") },
                { QStringLiteral("tasks.max"), std::nullopt } },
            cb));
    QVERIFY2(patched.ok(), qPrintable(patched.error ? patched.error->toString() : QString()));
    QCOMPARE(patched.value->config.value(QStringLiteral("topic")), QStringLiteral("p3"));
    QVERIFY(!patched.value->config.contains(QStringLiteral("tasks.max")));

    // An invalid update: 400 with the worker's whole message.
    Properties bad = fileSource(QStringLiteral("p.txt"), QStringLiteral("p4"));
    bad.set(QStringLiteral("tasks.max"), QStringLiteral("0"));
    const auto invalid = AWAIT(PutResult, m_client.putConnectorConfig(name, bad, cb));
    QVERIFY(!invalid.ok());
    QCOMPARE(invalid.error->httpStatus, 400);
    QVERIFY2(invalid.error->message.startsWith(QLatin1String(
                 "Connector configuration is invalid and contains the following 1 error(s):\n")),
        qPrintable(invalid.error->message));
    QVERIFY(invalid.error->message.endsWith(
        QLatin1String("You can also find the above list of errors at the endpoint "
                      "`/connector-plugins/{connectorType}/config/validate`")));
    QVERIFY(AWAIT(Done, m_client.deleteConnector(name, cb)).ok());
}

void TestConnectClient::topicsAndOffsets()
{
    const QString name = QStringLiteral("offsets");
    QFile in(m_dir.filePath(QStringLiteral("o.txt")));
    QVERIFY(in.open(QIODevice::WriteOnly));
    in.write("one\ntwo\n");
    in.close();
    QVERIFY(AWAIT(ConnectorInfo,
        m_client.createConnector(name, fileSource(QStringLiteral("o.txt"), QStringLiteral("o-topic")), cb))
                .ok());
    QVERIFY(waitForState(name, QStringLiteral("RUNNING"), 1));

    QStringList topics;
    QElapsedTimer timer;
    timer.start();
    while (topics.isEmpty() && timer.elapsed() < kTimeoutMs) {
        const auto r = AWAIT(QStringList, m_client.activeTopics(name, cb));
        QVERIFY(r.ok());
        topics = *r.value;
        QTest::qWait(100);
    }
    QCOMPARE(topics, QStringList { QStringLiteral("o-topic") });

    // Offsets: the source's position after the two lines, once flushed (300 ms).
    QList<ConnectorOffset> offsets;
    timer.restart();
    while (offsets.isEmpty() && timer.elapsed() < kTimeoutMs) {
        const auto r = AWAIT(QList<ConnectorOffset>, m_client.offsets(name, cb));
        QVERIFY(r.ok());
        offsets = *r.value;
        QTest::qWait(200);
    }
    QCOMPARE(offsets.size(), 1);
    QVERIFY(offsets.first().offset.has_value());

    // Altering needs STOPPED: the worker's 400 text verbatim.
    auto alter = AWAIT(QString, m_client.alterOffsets(name, offsets, cb));
    QVERIFY(!alter.ok());
    QCOMPARE(alter.error->httpStatus, 400);
    QVERIFY(alter.error->message.startsWith(
        QLatin1String("Connectors must be in the STOPPED state before their offsets can be modified.")));
    QVERIFY(AWAIT(Done, m_client.stopConnector(name, cb)).ok());
    QVERIFY(waitForState(name, QStringLiteral("STOPPED"), 0));
    alter = AWAIT(QString, m_client.alterOffsets(name, offsets, cb));
    QVERIFY2(alter.ok(), qPrintable(alter.error ? alter.error->toString() : QString()));
    QVERIFY(alter.value->contains(QLatin1String("altered successfully")));
    const auto reset = AWAIT(QString, m_client.resetOffsets(name, cb));
    QVERIFY2(reset.ok(), qPrintable(reset.error ? reset.error->toString() : QString()));
    QVERIFY(reset.value->contains(QLatin1String("reset successfully")));

    const auto topicReset = AWAIT(Done, m_client.resetActiveTopics(name, cb));
    QVERIFY(topicReset.ok());
    QCOMPARE(topicReset.httpStatus, 202);
    QVERIFY(AWAIT(Done, m_client.deleteConnector(name, cb)).ok());
}

void TestConnectClient::errorsAsTheWorkerWroteThem()
{
    const Properties config = fileSource(QStringLiteral("e.txt"), QStringLiteral("e"));
    QVERIFY(AWAIT(ConnectorInfo, m_client.createConnector(QStringLiteral("dup"), config, cb)).ok());
    const auto again = AWAIT(ConnectorInfo, m_client.createConnector(QStringLiteral("dup"), config, cb));
    QVERIFY(!again.ok());
    QCOMPARE(again.error->httpStatus, 409);
    QCOMPARE(again.error->errorCode.value_or(-1), 409);
    QCOMPARE(again.error->message, QStringLiteral("Connector dup already exists"));
    QCOMPARE(
        again.error->toString(), QStringLiteral("HTTP 409, error_code 409: Connector dup already exists"));

    const auto pause = AWAIT(Done, m_client.pauseConnector(QStringLiteral("nope"), cb));
    QCOMPARE(pause.error->httpStatus, 404);
    QCOMPARE(pause.error->message, QStringLiteral("Unknown connector nope"));
    const auto status = AWAIT(ConnectorStatus, m_client.connectorStatus(QStringLiteral("nope"), cb));
    QCOMPARE(status.error->message, QStringLiteral("No status found for connector nope"));

    const auto unknown = AWAIT(ConnectorInfo,
        m_client.createConnector(QStringLiteral("x"),
            Properties { { QStringLiteral("connector.class"), QStringLiteral("com.example.Nope") } }, cb));
    QCOMPARE(unknown.error->httpStatus, 500);
    QVERIFY2(
        unknown.error->message.startsWith(QLatin1String(
            "Failed to find any class that implements Connector and which name matches com.example.Nope")),
        qPrintable(unknown.error->message));
    QVERIFY(AWAIT(Done, m_client.deleteConnector(QStringLiteral("dup"), cb)).ok());
}

void TestConnectClient::loggers()
{
    const auto all = AWAIT(LoggerMap, m_client.loggers(cb));
    QVERIFY(all.ok());
    QVERIFY(all.value->contains(QStringLiteral("root")));
    const auto set = AWAIT(
        QStringList, m_client.setLoggerLevel(QStringLiteral("cs.test"), QStringLiteral("DEBUG"), {}, cb));
    QVERIFY2(set.ok(), qPrintable(set.error ? set.error->toString() : QString()));
    QVERIFY(set.value->contains(QStringLiteral("cs.test")));
    const auto one = AWAIT(LoggerLevel, m_client.logger(QStringLiteral("cs.test"), cb));
    QVERIFY(one.ok());
    QCOMPARE(one.value->level, QStringLiteral("DEBUG"));
    const auto bad = AWAIT(
        QStringList, m_client.setLoggerLevel(QStringLiteral("cs.test"), QStringLiteral("LOUD"), {}, cb));
    QCOMPARE(bad.error->httpStatus, 404);
    QCOMPARE(bad.error->message, QStringLiteral("invalid log level 'LOUD'."));
}

void TestConnectClient::networkErrorsAndCancel()
{
    ConnectClient client;
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    const auto r = AWAIT(QStringList, client.connectors(cb));
    QVERIFY(!r.ok());
    QVERIFY(r.error->isNetworkError());
    QVERIFY2(r.error->message.contains(QString::number(port)), qPrintable(r.error->message));

    // A destroyed client calls no callback for what was in flight.
    QTcpServer silent; // accepts, never answers
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    bool called = false;
    {
        ConnectClient doomed;
        doomed.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort())));
        doomed.connectors([&](const Result<QStringList> &) { called = true; });
        QCOMPARE(doomed.pendingRequests(), 1);
        QTest::qWait(100);
    }
    QTest::qWait(100);
    QVERIFY(!called);

    // A worker that does not answer in time: a timeout error, not a hang.
    ConnectClient slow;
    slow.setTimeout(300);
    slow.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort())));
    const auto late = AWAIT(QStringList, slow.connectors(cb));
    QVERIFY(!late.ok());
    QVERIFY(late.error->isNetworkError());
}

void TestConnectClient::basicAuthHeaderButNeverThePassword()
{
    // A fake endpoint that records the request and answers 401 like a secured cluster.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QByteArray request;
    connect(&server, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *socket = server.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [&request, socket] {
            request += socket->readAll();
            if (request.contains("\r\n\r\n")) {
                const QByteArray body = R"({"error_code":401,"message":"Unauthorized"})";
                socket->write(
                    "HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\nContent-Length: "
                    + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                socket->disconnectFromHost();
            }
        });
    });
    ConnectClient client;
    client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/prefix/").arg(server.serverPort())));
    client.setCredentials(QStringLiteral("admin"), QStringLiteral("p4ss:word"));
    const auto r = AWAIT(QStringList, client.connectors(cb));
    QVERIFY(!r.ok());
    QCOMPARE(r.error->httpStatus, 401);
    QCOMPARE(r.error->message, QStringLiteral("Unauthorized"));
    QVERIFY2(request.startsWith("GET /prefix/connectors HTTP/1.1\r\n"), request.constData());
    QVERIFY(request.contains(
        QByteArray("Authorization: Basic " + QByteArray("admin:p4ss:word").toBase64() + "\r\n")));
    QVERIFY(!r.error->toString().contains(QLatin1String("p4ss")));
    QVERIFY(!r.error->body.contains("p4ss"));
}

QTEST_GUILESS_MAIN(TestConnectClient)
#include "tst_connectclient.moc"
