// The runtime side of ConnectorContext, on the real WorkerHerder (internal topics on an embedded broker):
// a connector's start() runs on a thread of its own; requestTaskReconfiguration() from a thread the
// connector owns re-reads taskConfigs() and restarts the tasks only when they changed; raiseError()
// fails the connector with the message as its trace; pausing stops the connector instance and resuming
// starts it again, as upstream's WorkerConnector does. The connector here is a small plugin written
// for this test (a source that watches a number standing in for the JDBC source's table list).
#include <atomic>
#include <future>
#include <thread>

#include <QTcpServer>
#include <QTest>
#include <QThread>

#include "connect/pluginregistry.h"
#include "kafka/embeddedbroker.h"
#include "worker/internaltopics.h"
#include "worker/workerherder.h"

using namespace cs;

namespace {

struct Watched
{
    std::atomic<int> generation { 1 }; // what taskConfigs() answers
    std::atomic<int> taskStarts { 0 };
    std::atomic<int> connectorStarts { 0 };
    std::atomic<bool> connectorRunning { false }; // between start() and stop()
    std::atomic<connect::ConnectorContext *> context { nullptr };
    std::atomic<QThread *> startThread { nullptr };
};
Watched g_watched;

class IdleTask final : public connect::SourceTask
{
public:
    QString version() const override { return QStringLiteral("1"); }
    std::optional<QString> start(const connect::TaskConfig &) override
    {
        ++g_watched.taskStarts;
        return std::nullopt;
    }
    void stop() override { }
    data::Result<QList<connect::SourceRecord>> poll() override
    {
        QThread::msleep(20);
        return QList<connect::SourceRecord>();
    }
};

class WatchingConnector final : public connect::SourceConnectorBase
{
public:
    static constexpr auto kClass = "test.WatchingSourceConnector";
    QString className() const override { return QString::fromLatin1(kClass); }
    QString version() const override { return QStringLiteral("1"); }
    connect::ConfigDef config() const override { return {}; }
    std::optional<QString> start(const connect::TaskConfig &) override
    {
        g_watched.startThread = QThread::currentThread();
        g_watched.context = m_context;
        ++g_watched.connectorStarts;
        g_watched.connectorRunning = true;
        return std::nullopt;
    }
    void stop() override
    {
        g_watched.context = nullptr;
        g_watched.connectorRunning = false;
    }
    QString taskClassName() const override { return QStringLiteral("test.IdleTask"); }
    std::unique_ptr<connect::Task> createTask() const override { return std::make_unique<IdleTask>(); }
    QList<connect::TaskConfig> taskConfigs(int) const override
    {
        return { { { QStringLiteral("generation"), QString::number(g_watched.generation.load()) } } };
    }
};

template<typename T, typename Call> connect::HerderResult<T> ask(Call call)
{
    auto promise = std::make_shared<std::promise<connect::HerderResult<T>>>();
    auto future = promise->get_future();
    call([promise](connect::HerderResult<T> r) { promise->set_value(std::move(r)); });
    return future.get();
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

class TestConnectorContext final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void connectorStartsOnItsOwnThread();
    void reconfigurationRestartsTasksOnlyOnChange();
    void pauseStopsTheConnectorInstance();
    void raiseErrorFailsTheConnector();
    void cleanupTestCase();

private:
    QString generationOfTask0();
    QString connectorState(QString *trace = nullptr);

    kafka::EmbeddedBroker m_broker;
    std::unique_ptr<worker::InternalTopics> m_topics;
    std::unique_ptr<worker::WorkerHerder> m_herder;
};

void TestConnectorContext::initTestCase()
{
    QVERIFY2(m_broker.start(freePort()), qPrintable(m_broker.errorString()));
    worker::InternalTopics::Settings topics;
    topics.client.bootstrapServers = m_broker.bootstrapServers();
    m_topics = std::make_unique<worker::InternalTopics>();
    QString error;
    QVERIFY2(m_topics->open(topics, &error), qPrintable(error));

    auto registry = std::make_shared<connect::PluginRegistry>();
    for (const connect::PluginDesc &p : connect::PluginRegistry::builtin()->plugins())
        registry->add(p);
    connect::PluginDesc watching;
    watching.className = QString::fromLatin1(WatchingConnector::kClass);
    watching.type = connect::PluginType::Source;
    watching.version = QStringLiteral("1");
    watching.create = [] { return std::make_unique<WatchingConnector>(); };
    watching.configDef = [] { return connect::ConfigDef(); };
    registry->add(watching);

    worker::HerderSettings settings;
    settings.workerId = QStringLiteral("127.0.0.1:1");
    settings.client = topics.client;
    settings.keyConverter = { QStringLiteral("org.apache.kafka.connect.json.JsonConverter"), {} };
    settings.valueConverter = settings.keyConverter;
    settings.validation.workerGroupId = QStringLiteral("ctx");
    m_herder = std::make_unique<worker::WorkerHerder>(settings, registry, *m_topics);
    QVERIFY2(m_herder->start(&error), qPrintable(error));

    const connect::ConfigMap config { { QStringLiteral("name"), QStringLiteral("watch") },
        { QStringLiteral("connector.class"), QString::fromLatin1(WatchingConnector::kClass) },
        { QStringLiteral("tasks.max"), QStringLiteral("1") } };
    const auto created = ask<connect::Created>([&](auto cb) {
        m_herder->putConnectorConfig(QStringLiteral("watch"), config, false, std::nullopt, cb);
    });
    QVERIFY(created.value);
    QVERIFY(created.value->created);
}

void TestConnectorContext::cleanupTestCase()
{
    m_herder.reset();
    m_topics.reset();
    m_broker.stop();
}

QString TestConnectorContext::generationOfTask0()
{
    const auto tasks
        = ask<QList<connect::TaskInfo>>([&](auto cb) { m_herder->taskConfigs(QStringLiteral("watch"), cb); });
    return tasks.value && !tasks.value->isEmpty()
        ? tasks.value->first().config.value(QStringLiteral("generation"))
        : QString();
}

QString TestConnectorContext::connectorState(QString *trace)
{
    const auto status = ask<connect::ConnectorStateInfo>(
        [&](auto cb) { m_herder->connectorStatus(QStringLiteral("watch"), cb); });
    if (!status.value)
        return {};
    if (trace)
        *trace = status.value->trace;
    QString s = status.value->state;
    for (const connect::TaskState &t : status.value->tasks)
        s += u'/' + t.state;
    return s;
}

void TestConnectorContext::connectorStartsOnItsOwnThread()
{
    QTRY_COMPARE_WITH_TIMEOUT(connectorState(), QStringLiteral("RUNNING/RUNNING"), 20000);
    QCOMPARE(generationOfTask0(), QStringLiteral("1"));
    QThread *startThread = g_watched.startThread.load();
    QVERIFY(startThread);
    QVERIFY(startThread != m_herder->thread()); // not the herder's thread
    QVERIFY(startThread != QThread::currentThread());
    QVERIFY(g_watched.context.load());
    QCOMPARE(g_watched.taskStarts.load(), 1);
}

void TestConnectorContext::reconfigurationRestartsTasksOnlyOnChange()
{
    // Nothing changed: the tasks keep running.
    std::thread([] { g_watched.context.load()->requestTaskReconfiguration(); }).join();
    QTest::qWait(500);
    QCOMPARE(g_watched.taskStarts.load(), 1);
    QCOMPARE(generationOfTask0(), QStringLiteral("1"));

    // The watched source changed: new task configs are stored and the task restarts with them.
    g_watched.generation = 2;
    std::thread([] { g_watched.context.load()->requestTaskReconfiguration(); }).join();
    QTRY_COMPARE_WITH_TIMEOUT(generationOfTask0(), QStringLiteral("2"), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(g_watched.taskStarts.load(), 2, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(connectorState(), QStringLiteral("RUNNING/RUNNING"), 20000);
}

void TestConnectorContext::pauseStopsTheConnectorInstance()
{
    QTRY_COMPARE_WITH_TIMEOUT(connectorState(), QStringLiteral("RUNNING/RUNNING"), 20000);
    QVERIFY(g_watched.connectorRunning.load());
    const int starts = g_watched.connectorStarts.load();
    const int taskStarts = g_watched.taskStarts.load();

    // PAUSED: the tasks pause and Connector::stop() has been called by the time the request is answered.
    const auto paused
        = ask<connect::Done>([&](auto cb) { m_herder->pauseConnector(QStringLiteral("watch"), cb); });
    QVERIFY(paused.value);
    QVERIFY(!g_watched.connectorRunning.load());
    QVERIFY(!g_watched.context.load());
    QTRY_COMPARE_WITH_TIMEOUT(connectorState(), QStringLiteral("PAUSED/PAUSED"), 20000);
    QCOMPARE(g_watched.connectorStarts.load(), starts);

    // Resumed: the connector is started again (on its own thread), its unchanged task configs leave the
    // task as it was, and the task runs again.
    const auto resumed
        = ask<connect::Done>([&](auto cb) { m_herder->resumeConnector(QStringLiteral("watch"), cb); });
    QVERIFY(resumed.value);
    QTRY_COMPARE_WITH_TIMEOUT(g_watched.connectorStarts.load(), starts + 1, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(g_watched.context.load(), 20000);
    QVERIFY(g_watched.connectorRunning.load());
    QTRY_COMPARE_WITH_TIMEOUT(connectorState(), QStringLiteral("RUNNING/RUNNING"), 20000);
    QCOMPARE(g_watched.taskStarts.load(), taskStarts);
    QCOMPARE(generationOfTask0(), QStringLiteral("2"));
}

void TestConnectorContext::raiseErrorFailsTheConnector()
{
    std::thread([] {
        g_watched.context.load()->raiseError(QStringLiteral("the table monitor lost the database"));
    }).join();
    QString trace;
    QTRY_VERIFY_WITH_TIMEOUT(connectorState(&trace).startsWith(QStringLiteral("FAILED")), 20000);
    QCOMPARE(trace,
        QStringLiteral(
            "org.apache.kafka.connect.errors.ConnectException: the table monitor lost the database"));

    // A restart brings it back.
    const auto restarted = ask<std::optional<connect::ConnectorStateInfo>>([&](auto cb) {
        m_herder->restartConnector({ QStringLiteral("watch"), true, false }, cb);
    });
    QVERIFY(restarted.value);
    QTRY_COMPARE_WITH_TIMEOUT(connectorState(), QStringLiteral("RUNNING/RUNNING"), 20000);
}

QTEST_GUILESS_MAIN(TestConnectorContext)
#include "tst_connectorcontext.moc"
