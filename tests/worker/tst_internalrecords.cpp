#include <QTest>

#include "worker/internalrecords.h"

using cs::connect::ConfigMap;
using cs::connect::TargetState;
using cs::data::Value;
using cs::data::ValueMap;
using cs::worker::ConfigRecord;
using cs::worker::InternalRecords;
using cs::worker::StatusRecord;

class TestInternalRecords final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void configTopicBytes();
    void configTopicDecoding();
    void statusTopicBytes();
    void statusTopicDecoding();
    void offsetKeyBytes();
    void malformedRecords();
};

void TestInternalRecords::configTopicBytes()
{
    InternalRecords r;
    QCOMPARE(InternalRecords::connectorKey(QStringLiteral("h2-source-connect")),
        QByteArray("connector-h2-source-connect"));
    QCOMPARE(InternalRecords::taskKey(QStringLiteral("src"), 3), QByteArray("task-src-3"));
    QCOMPARE(InternalRecords::commitKey(QStringLiteral("src")), QByteArray("commit-src"));
    QCOMPARE(InternalRecords::targetStateKey(QStringLiteral("src")), QByteArray("target-state-src"));

    ConfigMap config { { QStringLiteral("connector.class"),
                           QStringLiteral("io.confluent.connect.jdbc.JdbcSourceConnector") },
        { QStringLiteral("topic.prefix"), QStringLiteral("CONNECT_") },
        { QStringLiteral("query"), QStringLiteral("SELECT \"a\\b\"\n") },
        { QStringLiteral("name"), QStringLiteral("src") } };
    QCOMPARE(r.connectorConfigValue(config),
        QByteArray(R"({"properties":{"connector.class":"io.confluent.connect.jdbc.JdbcSourceConnector",)"
                   R"("topic.prefix":"CONNECT_","query":"SELECT \"a\\b\"\n","name":"src"}})"));
    QCOMPARE(r.commitValue(2), QByteArray(R"({"tasks":2})"));
    QCOMPARE(
        r.targetStateValue(TargetState::Started), QByteArray(R"({"state":"STARTED","state.v2":"STARTED"})"));
    QCOMPARE(
        r.targetStateValue(TargetState::Paused), QByteArray(R"({"state":"PAUSED","state.v2":"PAUSED"})"));
    // STOPPED is double-written so that older workers see PAUSED.
    QCOMPARE(
        r.targetStateValue(TargetState::Stopped), QByteArray(R"({"state":"PAUSED","state.v2":"STOPPED"})"));
    cs::connect::TaskConfig task { { QStringLiteral("task.class"), QStringLiteral("X") },
        { QStringLiteral("a"), QStringLiteral("1") } };
    QCOMPARE(r.taskConfigValue(task), QByteArray(R"({"properties":{"a":"1","task.class":"X"}})"));
}

void TestInternalRecords::configTopicDecoding()
{
    InternalRecords r;
    ConfigMap config { { QStringLiteral("name"), QStringLiteral("my-conn") },
        { QStringLiteral("k"), QStringLiteral("v") } };
    auto c = r.decodeConfig("connector-my-conn", QByteArrayView(r.connectorConfigValue(config)));
    QVERIFY(c.ok());
    QCOMPARE(c->kind, ConfigRecord::Kind::ConnectorConfig);
    QCOMPARE(c->connector, QStringLiteral("my-conn"));
    QCOMPARE(c->config, config);

    auto t = r.decodeConfig("task-my-conn-12", QByteArrayView(R"({"properties":{"task.class":"X"}})"));
    QVERIFY(t.ok());
    QCOMPARE(t->kind, ConfigRecord::Kind::TaskConfig);
    QCOMPARE(t->connector, QStringLiteral("my-conn"));
    QCOMPARE(t->task, 12);
    QCOMPARE(t->taskConfig.value(QStringLiteral("task.class")), QStringLiteral("X"));

    auto s = r.decodeConfig("target-state-my-conn", QByteArrayView(r.targetStateValue(TargetState::Stopped)));
    QVERIFY(s.ok());
    QCOMPARE(s->targetState, TargetState::Stopped);
    // An older worker's record has no state.v2.
    auto old = r.decodeConfig("target-state-x", QByteArrayView(R"({"state":"PAUSED"})"));
    QVERIFY(old.ok());
    QCOMPARE(old->targetState, TargetState::Paused);

    auto commit = r.decodeConfig("commit-my-conn", QByteArrayView(R"({"tasks":3})"));
    QVERIFY(commit.ok());
    QCOMPARE(commit->kind, ConfigRecord::Kind::Commit);
    QCOMPARE(commit->taskCount, 3);

    auto tomb = r.decodeConfig("connector-gone", std::nullopt);
    QVERIFY(tomb.ok());
    QVERIFY(tomb->tombstone);
    QCOMPARE(tomb->connector, QStringLiteral("gone"));

    auto other = r.decodeConfig("session-key", QByteArrayView(R"({"key":"abc"})"));
    QVERIFY(other.ok());
    QCOMPARE(other->kind, ConfigRecord::Kind::Other);
}

void TestInternalRecords::statusTopicBytes()
{
    InternalRecords r;
    QCOMPARE(InternalRecords::connectorStatusKey(QStringLiteral("src")), QByteArray("status-connector-src"));
    QCOMPARE(InternalRecords::taskStatusKey(QStringLiteral("src"), 0), QByteArray("status-task-src-0"));
    QCOMPARE(InternalRecords::topicStatusKey(QStringLiteral("CONNECT_ORDER_TABLE"), QStringLiteral("src")),
        QByteArray("status-topic-CONNECT_ORDER_TABLE:connector-src"));
    QCOMPARE(r.statusValue(QStringLiteral("RUNNING"), QString(), QStringLiteral("127.0.0.1:8083"), 7),
        QByteArray(R"({"state":"RUNNING","trace":null,"worker_id":"127.0.0.1:8083","generation":7})"));
    QCOMPARE(
        r.statusValue(QStringLiteral("FAILED"), QStringLiteral("boom\n\tat x"), QStringLiteral("h:1"), 0),
        QByteArray(R"({"state":"FAILED","trace":"boom\n\tat x","worker_id":"h:1","generation":0})"));
    QCOMPARE(r.topicStatusValue(QStringLiteral("t"), QStringLiteral("c"), 0, 1732190000123),
        QByteArray(R"({"topic":{"name":"t","connector":"c","task":0,"discoverTimestamp":1732190000123}})"));
}

void TestInternalRecords::statusTopicDecoding()
{
    InternalRecords r;
    auto s = r.decodeStatus("status-task-a-b-1",
        QByteArrayView(
            r.statusValue(QStringLiteral("FAILED"), QStringLiteral("trace"), QStringLiteral("w:8083"), 4)));
    QVERIFY(s.ok());
    QCOMPARE(s->kind, StatusRecord::Kind::Task);
    QCOMPARE(s->connector, QStringLiteral("a-b"));
    QCOMPARE(s->task, 1);
    QCOMPARE(s->state, QStringLiteral("FAILED"));
    QCOMPARE(s->trace, QStringLiteral("trace"));
    QCOMPARE(s->workerId, QStringLiteral("w:8083"));
    QCOMPARE(s->generation, 4);

    auto topic = r.decodeStatus("status-topic-orders:connector-sink",
        QByteArrayView(r.topicStatusValue(QStringLiteral("orders"), QStringLiteral("sink"), 2, 99)));
    QVERIFY(topic.ok());
    QCOMPARE(topic->kind, StatusRecord::Kind::Topic);
    QCOMPARE(topic->topic, QStringLiteral("orders"));
    QCOMPARE(topic->connector, QStringLiteral("sink"));
    QCOMPARE(topic->task, 2);
    QCOMPARE(topic->discoverTimestamp, qint64(99));

    auto destroyed = r.decodeStatus("status-connector-x", std::nullopt);
    QVERIFY(destroyed.ok());
    QVERIFY(destroyed->tombstone);
}

void TestInternalRecords::offsetKeyBytes()
{
    InternalRecords r;
    const Value partition(
        ValueMap { { Value::fromString(QStringLiteral("protocol")), Value::fromString(QStringLiteral("1")) },
            { Value::fromString(QStringLiteral("table")),
                Value::fromString(QStringLiteral("PUBLIC.ORDER_TABLE")) } });
    auto key = r.offsetKey(QStringLiteral("h2-source-connect"), partition);
    QVERIFY(key.ok());
    QCOMPARE(*key, QByteArray(R"(["h2-source-connect",{"protocol":"1","table":"PUBLIC.ORDER_TABLE"}])"));

    auto value = r.offsetValue(
        Value(ValueMap { { Value::fromString(QStringLiteral("incrementing")), Value(qint64(2)) } }));
    QVERIFY(value.ok());
    QCOMPARE(**value, QByteArray(R"({"incrementing":2})"));
    auto reset = r.offsetValue(Value());
    QVERIFY(reset.ok());
    QVERIFY(!reset->has_value());

    auto decoded = r.decodeOffsetKey(*key);
    QVERIFY(decoded.ok());
    QCOMPARE(decoded->first, QStringLiteral("h2-source-connect"));
    QCOMPARE(decoded->second, partition);
}

void TestInternalRecords::malformedRecords()
{
    InternalRecords r;
    auto notJson = r.decodeConfig("connector-x", QByteArrayView("{oops"));
    QVERIFY(!notJson.ok());
    QVERIFY(notJson.error().message.contains(QStringLiteral("connector-x")));
    QVERIFY(!r.decodeConfig("connector-x", QByteArrayView(R"({"tasks":1})")).ok());
    QVERIFY(!r.decodeConfig("task-x", QByteArrayView(R"({"properties":{}})")).ok());
    QVERIFY(!r.decodeConfig("target-state-x", QByteArrayView(R"({"state":"SLEEPING"})")).ok());
    QVERIFY(!r.decodeOffsetKey("{\"a\":1}").ok());
    QVERIFY(!r.decodeStatus("status-topic-nope", QByteArrayView("{}")).ok());
}

QTEST_GUILESS_MAIN(TestInternalRecords)
#include "tst_internalrecords.moc"
