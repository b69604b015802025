// The REST layer's contract with a connect::Herder over real HTTP: status codes, Location, empty 202/204
// bodies, error mapping, query flags, request timeouts, and answers arriving on other threads. The
// herder here is a small in-memory table written for this test (the real herder is tested with the
// worker); it answers on the global thread pool, as a real herder answers on its own threads.
#include <atomic>
#include <mutex>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QThreadPool>

#include "rest/restserver.h"

using namespace cs;
using namespace Qt::StringLiterals;
using connect::ConnectError;
using connect::HerderCallback;
using connect::HerderResult;

namespace {

class TableHerder final : public connect::Herder
{
public:
    std::atomic<bool> silent { false }; // never answer (to test the REST timeout)
    QString lastRestart; // guarded by mutex
    std::mutex mutex;

    std::optional<QString> kafkaClusterId() const override { return u"cluster-1"_s; }
    void health(HerderCallback<connect::WorkerStatus> cb) override
    {
        answer(cb,
            HerderResult<connect::WorkerStatus>::ok(
                { u"healthy"_s, u"Worker has completed startup and is ready to handle requests."_s, 200 }));
    }
    void connectors(HerderCallback<QStringList> cb) override
    {
        std::lock_guard lock(mutex);
        answer(cb, HerderResult<QStringList>::ok(m_configs.keys()));
    }
    void connectorInfo(const QString &name, HerderCallback<connect::ConnectorInfo> cb) override
    {
        std::lock_guard lock(mutex);
        if (!m_configs.contains(name))
            return answer(cb, HerderResult<connect::ConnectorInfo>::fail(notFound(name)));
        answer(cb, HerderResult<connect::ConnectorInfo>::ok(info(name)));
    }
    void connectorConfig(const QString &name, HerderCallback<connect::ConfigMap> cb) override
    {
        std::lock_guard lock(mutex);
        if (!m_configs.contains(name))
            return answer(cb, HerderResult<connect::ConfigMap>::fail(notFound(name)));
        answer(cb, HerderResult<connect::ConfigMap>::ok(m_configs.value(name)));
    }
    void connectorStatus(const QString &name, HerderCallback<connect::ConnectorStateInfo> cb) override
    {
        std::lock_guard lock(mutex);
        if (!m_configs.contains(name))
            return answer(cb,
                HerderResult<connect::ConnectorStateInfo>::fail(
                    ConnectError::notFound(u"No status found for connector "_s + name)));
        answer(cb, HerderResult<connect::ConnectorStateInfo>::ok(state(name, u"RUNNING"_s)));
    }
    void taskStatus(const connect::ConnectorTaskId &id, HerderCallback<connect::TaskState> cb) override
    {
        answer(cb,
            HerderResult<connect::TaskState>::fail(
                ConnectError::notFound(u"No status found for task "_s + id.toString())));
    }
    void taskConfigs(const QString &name, HerderCallback<QList<connect::TaskInfo>> cb) override
    {
        std::lock_guard lock(mutex);
        if (!m_configs.contains(name))
            return answer(cb, HerderResult<QList<connect::TaskInfo>>::fail(notFound(name)));
        answer(cb,
            HerderResult<QList<connect::TaskInfo>>::ok(
                { connect::TaskInfo { { name, 0 }, { { u"task.class"_s, u"x.Task"_s } } } }));
    }
    void putConnectorConfig(const QString &name, const connect::ConfigMap &config, bool allowReplace,
        std::optional<connect::TargetState>, HerderCallback<connect::Created> cb) override
    {
        std::lock_guard lock(mutex);
        const bool exists = m_configs.contains(name);
        if (exists && !allowReplace)
            return answer(cb,
                HerderResult<connect::Created>::fail(
                    ConnectError::conflict(u"Connector "_s + name + u" already exists"_s)));
        m_configs.insert(name, config);
        answer(cb, HerderResult<connect::Created>::ok({ !exists, info(name) }));
    }
    void patchConnectorConfig(
        const QString &name, const connect::ConfigMap &, HerderCallback<connect::ConnectorInfo> cb) override
    {
        connectorInfo(name, cb);
    }
    void deleteConnector(const QString &name, HerderCallback<connect::Done> cb) override
    {
        std::lock_guard lock(mutex);
        if (m_configs.remove(name) == 0)
            return answer(cb, HerderResult<connect::Done>::fail(notFound(name)));
        answer(cb, HerderResult<connect::Done>::ok({}));
    }
    void pauseConnector(const QString &name, HerderCallback<connect::Done> cb) override { known(name, cb); }
    void resumeConnector(const QString &name, HerderCallback<connect::Done> cb) override { known(name, cb); }
    void stopConnector(const QString &name, HerderCallback<connect::Done> cb) override { known(name, cb); }
    void restartConnector(const connect::RestartRequest &r,
        HerderCallback<std::optional<connect::ConnectorStateInfo>> cb) override
    {
        std::lock_guard lock(mutex);
        lastRestart
            = u"%1 onlyFailed=%2 includeTasks=%3"_s.arg(r.connector).arg(r.onlyFailed).arg(r.includeTasks);
        if (!m_configs.contains(r.connector))
            return answer(cb,
                HerderResult<std::optional<connect::ConnectorStateInfo>>::fail(
                    ConnectError::notFound(u"Unknown connector: "_s + r.connector)));
        std::optional<connect::ConnectorStateInfo> s;
        if (!r.plain())
            s = state(r.connector, u"RESTARTING"_s);
        answer(cb, HerderResult<std::optional<connect::ConnectorStateInfo>>::ok(s));
    }
    void restartTask(const connect::ConnectorTaskId &, HerderCallback<connect::Done> cb) override
    {
        answer(cb, HerderResult<connect::Done>::ok({}));
    }
    void connectorActiveTopics(const QString &, HerderCallback<QStringList> cb) override
    {
        answer(cb, HerderResult<QStringList>::ok({ u"t1"_s }));
    }
    void resetConnectorActiveTopics(const QString &name, HerderCallback<connect::Done> cb) override
    {
        known(name, cb);
    }
    void connectorOffsets(const QString &, HerderCallback<QList<connect::ConnectorOffset>> cb) override
    {
        connect::ConnectorOffset o;
        o.partition = QJsonObject { { u"filename"_s, u"/tmp/in.txt"_s } };
        o.offset = QJsonObject { { u"position"_s, 42 } };
        answer(cb, HerderResult<QList<connect::ConnectorOffset>>::ok({ o }));
    }
    void alterConnectorOffsets(
        const QString &, const QList<connect::ConnectorOffset> &, HerderCallback<QString> cb) override
    {
        answer(cb,
            HerderResult<QString>::ok(u"The offsets for this connector have been altered successfully"_s));
    }
    void resetConnectorOffsets(const QString &, HerderCallback<QString> cb) override
    {
        answer(
            cb, HerderResult<QString>::ok(u"The offsets for this connector have been reset successfully"_s));
    }
    void loggerLevels(HerderCallback<QMap<QString, connect::LoggerLevel>> cb) override
    {
        answer(cb,
            HerderResult<QMap<QString, connect::LoggerLevel>>::ok(
                { { u"root"_s, { u"INFO"_s, std::nullopt } } }));
    }
    void loggerLevel(const QString &logger, HerderCallback<connect::LoggerLevel> cb) override
    {
        answer(cb,
            HerderResult<connect::LoggerLevel>::fail(
                ConnectError::notFound(u"Logger "_s + logger + u" not found."_s)));
    }
    void setLoggerLevel(const QString &logger, const QString &, bool, HerderCallback<QStringList> cb) override
    {
        answer(cb, HerderResult<QStringList>::ok({ logger }));
    }

private:
    template<typename T> void answer(HerderCallback<T> cb, HerderResult<T> result)
    {
        if (silent)
            return;
        QThreadPool::globalInstance()->start([cb, result] { cb(result); });
    }
    void known(const QString &name, HerderCallback<connect::Done> cb)
    {
        std::lock_guard lock(mutex);
        if (!m_configs.contains(name))
            return answer(cb,
                HerderResult<connect::Done>::fail(ConnectError::notFound(u"Unknown connector "_s + name)));
        answer(cb, HerderResult<connect::Done>::ok({}));
    }
    static ConnectError notFound(const QString &name)
    {
        return ConnectError::notFound(u"Connector "_s + name + u" not found"_s);
    }
    connect::ConnectorInfo info(const QString &name) const
    {
        return { name, m_configs.value(name), { { name, 0 } }, connect::ConnectorType::Sink };
    }
    static connect::ConnectorStateInfo state(const QString &name, const QString &s)
    {
        return { name, s, u"127.0.0.1:8083"_s, QString(), { { 0, s, u"127.0.0.1:8083"_s, QString() } },
            connect::ConnectorType::Sink };
    }

    QMap<QString, connect::ConfigMap> m_configs; // guarded by mutex
};

struct Reply
{
    int status = 0;
    QMap<QByteArray, QByteArray> headers;
    QByteArray body;
};

Reply curl(const QStringList &args)
{
    QProcess p;
    p.start(u"curl"_s, QStringList { u"-s"_s, u"-i"_s, u"--max-time"_s, u"20"_s } + args);
    p.waitForFinished(30000);
    QByteArray raw = p.readAllStandardOutput();
    Reply reply;
    const qsizetype end = raw.indexOf("\r\n\r\n");
    const QList<QByteArray> lines = raw.left(end).split('\n');
    reply.status = lines.first().split(' ').value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            reply.headers.insert(
                lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
    }
    reply.body = raw.mid(end + 4);
    return reply;
}

} // namespace

class TstRestHerder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createAndRead();
    void createErrors();
    void listAndExpand();
    void lifecycleStatusCodes();
    void restartFlags();
    void tasksAndOffsets();
    void loggersAndHealth();
    void slowHerderTimesOutWithoutBlocking();
    void seedJdbcCommands();

private:
    QString url(const QString &path) const { return m_base + path; }
    std::shared_ptr<TableHerder> m_herder = std::make_shared<TableHerder>();
    std::unique_ptr<rest::RestServer> m_server;
    QString m_base;
};

void TstRestHerder::initTestCase()
{
    rest::RestServerConfig config;
    config.port = 0;
    config.requestTimeoutMs = 1500;
    m_server = std::make_unique<rest::RestServer>(config, connect::PluginRegistry::builtin(), m_herder);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_base = u"http://127.0.0.1:%1"_s.arg(m_server->port());
}

void TstRestHerder::createAndRead()
{
    // The seed's request, punctuation restored.
    Reply r = curl({ u"-X"_s, u"POST"_s, u"-H"_s, u"Content-Type: application/json"_s, u"--data"_s,
        u"{\"name\":\"snk\",\"config\":{\"connector.class\":\"FileStreamSink\",\"topics\":\"t\"}}"_s,
        url(u"/connectors"_s) });
    QCOMPARE(r.status, 201);
    QCOMPARE(r.headers.value("location"), (m_base + u"/connectors/snk"_s).toUtf8());
    QCOMPARE(r.body,
        QByteArray("{\"name\":\"snk\",\"config\":{\"connector.class\":\"FileStreamSink\",\"topics\":\"t\","
                   "\"name\":\"snk\"},\"tasks\":[{\"connector\":\"snk\",\"task\":0}],\"type\":\"sink\"}"));
    r = curl({ url(u"/connectors/snk"_s) });
    QCOMPARE(r.status, 200);
    r = curl({ url(u"/connectors/snk/config"_s) });
    QCOMPARE(
        r.body, QByteArray("{\"connector.class\":\"FileStreamSink\",\"topics\":\"t\",\"name\":\"snk\"}"));
    r = curl({ url(u"/connectors/nope"_s) });
    QCOMPARE(r.status, 404);
    QCOMPARE(r.body, QByteArray("{\"error_code\":404,\"message\":\"Connector nope not found\"}"));
    // PUT creates (201 + Location) or updates (200).
    r = curl({ u"-X"_s, u"PUT"_s, u"-H"_s, u"Content-Type: application/json"_s, u"--data"_s,
        u"{\"connector.class\":\"FileStreamSink\",\"topics\":\"u\"}"_s, url(u"/connectors/snk/config"_s) });
    QCOMPARE(r.status, 200);
    QVERIFY(!r.headers.contains("location"));
    r = curl({ u"-X"_s, u"PUT"_s, u"-H"_s, u"Content-Type: application/json"_s, u"--data"_s,
        u"{\"connector.class\":\"FileStreamSink\",\"topics\":\"u\"}"_s,
        url(u"/connectors/other%20one/config"_s) });
    QCOMPARE(r.status, 201);
    QCOMPARE(r.headers.value("location"), (m_base + u"/connectors/other%20one"_s).toUtf8());
    QCOMPARE(curl({ u"-X"_s, u"DELETE"_s, url(u"/connectors/other%20one"_s) }).status, 204);
}

void TstRestHerder::createErrors()
{
    Reply r = curl({ u"-X"_s, u"POST"_s, u"-H"_s, u"Content-Type: application/json"_s, u"--data"_s,
        u"{\"name\":\"a\",\"config\":{\"name\":\"b\"}}"_s, url(u"/connectors"_s) });
    QCOMPARE(r.status, 400);
    QCOMPARE(r.body,
        QByteArray("{\"error_code\":400,\"message\":\"Connector name configuration (b) doesn't match "
                   "connector name in the URL (a)\"}"));
    r = curl({ u"-X"_s, u"POST"_s, u"-H"_s, u"Content-Type: application/json"_s, u"--data"_s,
        u"{\"name\":\"snk\",\"config\":{}}"_s, url(u"/connectors"_s) });
    QCOMPARE(r.status, 409);
    QCOMPARE(r.body, QByteArray("{\"error_code\":409,\"message\":\"Connector snk already exists\"}"));
    r = curl({ u"-X"_s, u"POST"_s, u"-H"_s, u"Content-Type: application/json"_s, u"--data"_s,
        u"{\"name\":\"x\",\"config\":{},\"extra\":1}"_s, url(u"/connectors"_s) });
    QCOMPARE(r.status, 500);
    QVERIFY(r.body.contains("Unrecognized field \\\"extra\\\""));
}

void TstRestHerder::listAndExpand()
{
    Reply r = curl({ url(u"/connectors"_s) });
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("[\"snk\"]"));
    r = curl({ url(u"/connectors?expand=status&expand=info"_s) });
    QCOMPARE(r.status, 200);
    const QJsonObject snk = QJsonDocument::fromJson(r.body).object().value(u"snk"_s).toObject();
    QCOMPARE(snk.value(u"status"_s).toObject().value(u"connector"_s).toObject().value(u"state"_s).toString(),
        u"RUNNING"_s);
    QCOMPARE(snk.value(u"info"_s).toObject().value(u"type"_s).toString(), u"sink"_s);
    QVERIFY(r.body.startsWith(
        "{\"snk\":{\"status\":{\"name\":\"snk\",\"connector\":{\"state\":\"RUNNING\",\"worker_id\":"));
}

void TstRestHerder::lifecycleStatusCodes()
{
    Reply r = curl({ u"-X"_s, u"PUT"_s, url(u"/connectors/snk/pause"_s) });
    QCOMPARE(r.status, 202);
    QVERIFY(r.body.isEmpty());
    QCOMPARE(curl({ u"-X"_s, u"PUT"_s, url(u"/connectors/snk/resume"_s) }).status, 202);
    QCOMPARE(curl({ u"-X"_s, u"PUT"_s, url(u"/connectors/snk/stop"_s) }).status, 204);
    QCOMPARE(curl({ u"-X"_s, u"PUT"_s, url(u"/connectors/snk/topics/reset"_s) }).status, 202);
    r = curl({ u"-X"_s, u"PUT"_s, url(u"/connectors/nope/pause"_s) });
    QCOMPARE(r.status, 404);
    QCOMPARE(r.body, QByteArray("{\"error_code\":404,\"message\":\"Unknown connector nope\"}"));
    r = curl({ url(u"/connectors/snk/topics"_s) });
    QCOMPARE(r.body, QByteArray("{\"snk\":{\"topics\":[\"t1\"]}}"));
    r = curl({ url(u"/connectors/snk/status"_s) });
    QCOMPARE(r.body,
        QByteArray("{\"name\":\"snk\",\"connector\":{\"state\":\"RUNNING\",\"worker_id\":\"127.0.0.1:8083\"},"
                   "\"tasks\":[{\"id\":0,\"state\":\"RUNNING\",\"worker_id\":\"127.0.0.1:8083\"}],"
                   "\"type\":\"sink\"}"));
}

void TstRestHerder::restartFlags()
{
    Reply r = curl({ u"-X"_s, u"POST"_s, url(u"/connectors/snk/restart"_s) });
    QCOMPARE(r.status, 204);
    {
        std::lock_guard lock(m_herder->mutex);
        QCOMPARE(m_herder->lastRestart, u"snk onlyFailed=0 includeTasks=0"_s);
    }
    r = curl({ u"-X"_s, u"POST"_s, url(u"/connectors/snk/restart?includeTasks=true&onlyFailed=true"_s) });
    QCOMPARE(r.status, 202);
    QVERIFY(r.body.contains("\"state\":\"RESTARTING\""));
    {
        std::lock_guard lock(m_herder->mutex);
        QCOMPARE(m_herder->lastRestart, u"snk onlyFailed=1 includeTasks=1"_s);
    }
    r = curl({ u"-X"_s, u"POST"_s, url(u"/connectors/nope/restart"_s) });
    QCOMPARE(r.status, 404);
    QCOMPARE(r.body, QByteArray("{\"error_code\":404,\"message\":\"Unknown connector: nope\"}"));
}

void TstRestHerder::tasksAndOffsets()
{
    Reply r = curl({ url(u"/connectors/snk/tasks"_s) });
    QCOMPARE(r.body,
        QByteArray("[{\"id\":{\"connector\":\"snk\",\"task\":0},\"config\":{\"task.class\":\"x.Task\"}}]"));
    r = curl({ url(u"/connectors/snk/tasks-config"_s) });
    QCOMPARE(r.body, QByteArray("{\"snk-0\":{\"task.class\":\"x.Task\"}}"));
    r = curl({ url(u"/connectors/snk/tasks/0/status"_s) });
    QCOMPARE(r.status, 404);
    QCOMPARE(r.body, QByteArray("{\"error_code\":404,\"message\":\"No status found for task snk-0\"}"));
    QCOMPARE(curl({ url(u"/connectors/snk/tasks/x/status"_s) }).status, 404); // not an int: Jersey's 404
    QCOMPARE(curl({ u"-X"_s, u"POST"_s, url(u"/connectors/snk/tasks/0/restart"_s) }).status, 204);
    r = curl({ url(u"/connectors/snk/offsets"_s) });
    QCOMPARE(r.body,
        QByteArray(
            "{\"offsets\":[{\"partition\":{\"filename\":\"/tmp/in.txt\"},\"offset\":{\"position\":42}}]}"));
    r = curl({ u"-X"_s, u"PATCH"_s, u"-H"_s, u"Content-Type: application/json"_s, u"--data"_s,
        u"{\"offsets\":[]}"_s, url(u"/connectors/snk/offsets"_s) });
    QCOMPARE(r.status, 400);
    QCOMPARE(r.body,
        QByteArray("{\"error_code\":400,\"message\":\"Partitions / offsets need to be provided for an alter "
                   "offsets request\"}"));
    r = curl({ u"-X"_s, u"PATCH"_s, u"-H"_s, u"Content-Type: application/json"_s, u"--data"_s,
        u"{\"offsets\":[{\"partition\":{\"filename\":\"/tmp/in.txt\"},\"offset\":null}]}"_s,
        url(u"/connectors/snk/offsets"_s) });
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body,
        QByteArray("{\"message\":\"The offsets for this connector have been altered successfully\"}"));
    QCOMPARE(curl({ u"-X"_s, u"DELETE"_s, url(u"/connectors/snk/offsets"_s) }).status, 200);
}

void TstRestHerder::loggersAndHealth()
{
    Reply r = curl({ url(u"/admin/loggers"_s) });
    QCOMPARE(r.body, QByteArray("{\"root\":{\"level\":\"INFO\",\"last_modified\":null}}"));
    r = curl({ url(u"/admin/loggers/x.y"_s) });
    QCOMPARE(r.status, 404);
    QCOMPARE(r.body, QByteArray("{\"error_code\":404,\"message\":\"Logger x.y not found.\"}"));
    r = curl({ u"-X"_s, u"PUT"_s, u"-H"_s, u"Content-Type: application/json"_s, u"--data"_s, u"{}"_s,
        url(u"/admin/loggers/x.y"_s) });
    QCOMPARE(r.status, 400);
    QCOMPARE(r.body,
        QByteArray(
            "{\"error_code\":400,\"message\":\"Desired 'level' parameter was not specified in request.\"}"));
    r = curl({ u"-X"_s, u"PUT"_s, u"-H"_s, u"Content-Type: application/json"_s, u"--data"_s,
        u"{\"level\":\"DEBUG\"}"_s, url(u"/admin/loggers/x.y"_s) });
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("[\"x.y\"]"));
    r = curl({ url(u"/health"_s) });
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body,
        QByteArray(
            "{\"status\":\"healthy\",\"message\":\"Worker has completed startup and is ready to handle "
            "requests.\"}"));
    r = curl({ url(u"/"_s) });
    QVERIFY(r.body.endsWith("\"kafka_cluster_id\":\"cluster-1\"}"));
}

void TstRestHerder::slowHerderTimesOutWithoutBlocking()
{
    m_herder->silent = true;
    QProcess slow;
    slow.start(u"curl"_s, { u"-s"_s, u"-i"_s, url(u"/connectors/snk/status"_s) });
    QVERIFY(slow.waitForStarted());
    QTest::qWait(200);
    // While the herder is silent, requests that do not need it are answered at once.
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(curl({ url(u"/connector-plugins"_s) }).status, 200);
    QVERIFY(timer.elapsed() < 1000);
    QVERIFY(slow.waitForFinished(10000));
    const QByteArray out = slow.readAllStandardOutput();
    QVERIFY2(out.startsWith("HTTP/1.1 500"), out.constData());
    QVERIFY(out.endsWith("{\"error_code\":500,\"message\":\"Request timed out\"}"));
    m_herder->silent = false;
}

void TstRestHerder::seedJdbcCommands()
{
    // The seed's two connector requests (000_660193ddcab57b82.txt, "Source Connector 설치" and "Sink
    // Connector 설치") with their punctuation restored and their whitespace, headers and flags as
    // written; only the port differs (this test may not take 8083). Then its httpie listing.
    const QString url = u"http://localhost:%1/connectors"_s.arg(m_server->port());
    const QString source = u"{\n"
                           "    \"name\": \"h2-source-connect\",\n"
                           "    \"config\": {\n"
                           "        \"connector.class\": \"io.confluent.connect.jdbc.JdbcSourceConnector\",\n"
                           "        \"connection.url\": \"jdbc:h2:tcp://localhost:9099/./test\",\n"
                           "        \"connection.user\":\"sa\",\n"
                           "        \"connection.password\":\"passwd\",\n"
                           "        \"mode\":\"incrementing\",\n"
                           "        \"incrementing.column.name\" : \"ID\",\n"
                           "        \"table.whitelist\" : \"ORDER_TABLE\",\n"
                           "        \"topic.prefix\" : \"CONNECT_\",\n"
                           "        \"tasks.max\" : \"1\"\n"
                           "    }\n"
                           "}"_s;
    Reply r = curl({ u"-i"_s, u"-X"_s, u"POST"_s, u"-H"_s, u"Accept:application/json"_s, u"-H"_s,
        u"Content-Type:application/json"_s, url, u"-d"_s, source });
    QCOMPARE(r.status, 201);
    QCOMPARE(r.headers.value("location"), (url + u"/h2-source-connect"_s).toUtf8());
    QJsonObject config = QJsonDocument::fromJson(r.body).object().value(u"config"_s).toObject();
    QCOMPARE(
        config.value(u"connector.class"_s).toString(), u"io.confluent.connect.jdbc.JdbcSourceConnector"_s);
    QCOMPARE(config.value(u"incrementing.column.name"_s).toString(), u"ID"_s);
    QCOMPARE(config.value(u"tasks.max"_s).toString(), u"1"_s);
    QCOMPARE(config.value(u"name"_s).toString(), u"h2-source-connect"_s);

    const QString sink = u"{\n"
                         "    \"name\": \"h2-sink-connect\",\n"
                         "    \"config\": {\n"
                         "        \"connector.class\": \"io.confluent.connect.jdbc.JdbcSinkConnector\",\n"
                         "        \"connection.url\": \"jdbc:h2:tcp://localhost:9099/./test\",\n"
                         "        \"connection.user\":\"sa\",\n"
                         "        \"connection.password\":\"passwd\",\n"
                         "        \"auto.create\":\"true\",       \n"
                         "        \"auto.evolve\":\"true\",       \n"
                         "        \"delete.enabled\":\"false\",\n"
                         "        \"tasks.max\":\"1\",\n"
                         "        \"topics\":\"CONNECT_ORDER_TABLE\"\n"
                         "    }\n"
                         "}"_s;
    r = curl({ u"-i"_s, u"-X"_s, u"POST"_s, u"-H"_s, u"Accept:application/json"_s, u"-H"_s,
        u"Content-Type:application/json"_s, url, u"-d"_s, sink });
    QCOMPARE(r.status, 201);
    QCOMPARE(r.headers.value("location"), (url + u"/h2-sink-connect"_s).toUtf8());
    config = QJsonDocument::fromJson(r.body).object().value(u"config"_s).toObject();
    QCOMPARE(config.value(u"topics"_s).toString(), u"CONNECT_ORDER_TABLE"_s);
    QCOMPARE(config.value(u"auto.create"_s).toString(), u"true"_s);

    // http localhost:8083/connectors
    QProcess http;
    http.start(u"http"_s,
        { u"--ignore-stdin"_s, u"--print=hb"_s, u"--pretty=none"_s,
            u"localhost:%1/connectors"_s.arg(m_server->port()) });
    QVERIFY(http.waitForFinished(30000));
    const QByteArray out = http.readAllStandardOutput();
    QVERIFY2(out.startsWith("HTTP/1.1 200"), out.left(300).constData());
    const QJsonArray names = QJsonDocument::fromJson(out.mid(out.indexOf("\r\n\r\n") + 4)).array();
    QVERIFY2(names.contains(u"h2-source-connect"_s) && names.contains(u"h2-sink-connect"_s), out.constData());

    QCOMPARE(curl({ u"-X"_s, u"DELETE"_s, url + u"/h2-source-connect"_s }).status, 204);
    QCOMPARE(curl({ u"-X"_s, u"DELETE"_s, url + u"/h2-sink-connect"_s }).status, 204);
}

QTEST_GUILESS_MAIN(TstRestHerder)
#include "tst_restherder.moc"
