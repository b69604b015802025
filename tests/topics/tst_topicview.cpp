// The topic viewer's engine (core/topicview) against a real embedded broker: the catalog, the bounded
// model fed by the consumer, start positions, partitions, filter, export, internal topics, commands,
// and the viewer showing what connect-studio-cli console-consumer prints.

#include <cstdio>

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "cli/consoleconsumer.h"
#include "cli/messageformatter.h"
#include "kafka/embeddedbroker.h"
#include "kafka/producer.h"
#include "topictesthelpers.h"
#include "topicview/commandlines.h"
#include "topicview/internaltopics.h"
#include "topicview/jsontext.h"
#include "topicview/messageexport.h"
#include "topicview/messagefeed.h"
#include "topicview/messagemodel.h"
#include "topicview/topiccatalog.h"
#include "topicview/valuedecoder.h"
#include "worker/internalrecords.h"

using namespace cs;
using namespace cs::topicview;
using namespace cs::topicview::test;

namespace {

// The lab's record for order 1, byte for byte (docs: spec/lab.md).
const QByteArray labOrder1
    = R"({"schema":{"type":"struct","fields":[{"type":"int64","optional":false,"field":"ID"},{"type":"string","optional":true,"field":"MESSAGE"}],"optional":false,"name":"ORDER_TABLE"},"payload":{"ID":1,"MESSAGE":"1st OrderPlaced."}})";

} // namespace

class TstTopicView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void prettyJsonKeepsTheBytes();
    void maskHidesSecretsOnly();
    void decoderSplitsTheEnvelope();
    void modelDropsTheOldest();
    void modelFilter();

    void viewerShowsTheExactJson();
    void tailFollowsNewMessages();
    void startAtOffset();
    void startAtTimestamp();
    void onePartition();
    void pauseLosesNothing();
    void unknownTopicIsReported();
    void exportJsonLinesAndCsv();
    void internalTopicsDecoded();
    void viewerEqualsCli();
    void catalogSeesNewTopics();
    void commandLines();

private:
    // Reads spec into a fresh model until it holds `count` rows (or the timeout).
    bool readInto(
        MessageModel &model, MessageFeed &feed, const ReadSpec &spec, int count, int timeoutMs = 20000);

    kafka::EmbeddedBroker m_broker;
    kafka::ClientConfig m_config;
    std::unique_ptr<kafka::Producer> m_producer;
};

void TstTopicView::initTestCase()
{
    QVERIFY2(m_broker.start(0), qPrintable(m_broker.errorString()));
    m_config.bootstrapServers = m_broker.bootstrapServers();
    m_producer = std::make_unique<kafka::Producer>(m_config);
    QVERIFY2(m_producer->open(), qPrintable(m_producer->errorString()));
    QVERIFY(m_broker.createTopic(QStringLiteral("CONNECT_ORDER_TABLE"), 1));
    QList<kafka::Message> orders;
    for (qint64 id = 1; id <= 20; ++id)
        orders.append(
            record(QStringLiteral("CONNECT_ORDER_TABLE"), 0, std::nullopt, orderValue(id, orderText(id))));
    QVERIFY(produceAll(*m_producer, orders));
}

void TstTopicView::cleanupTestCase()
{
    m_producer.reset();
    m_broker.stop();
}

bool TstTopicView::readInto(
    MessageModel &model, MessageFeed &feed, const ReadSpec &spec, int count, int timeoutMs)
{
    feed.setClientConfig(m_config);
    feed.start(spec);
    (void)QTest::qWaitFor(
        [&] { return model.rowCount() >= count || !feed.errorString().isEmpty(); }, timeoutMs);
    return model.rowCount() >= count;
}

void TstTopicView::prettyJsonKeepsTheBytes()
{
    const QByteArray json = R"({"a":1.10,"s":"caf\u00e9 \"q\" 한글","e":{},"l":[],"n":[null,true,-2E+3]})";
    const std::optional<QByteArray> pretty = prettyJson(json);
    QVERIFY(pretty);
    QCOMPARE(*pretty,
        QByteArray("{\n  \"a\": 1.10,\n  \"s\": \"caf\\u00e9 \\\"q\\\" 한글\",\n  \"e\": {},\n  \"l\": [],\n "
                   " \"n\": [\n"
                   "    null,\n    true,\n    -2E+3\n  ]\n}"));
    QVERIFY(!prettyJson("{\"a\":}"));
    QVERIFY(!prettyJson("{\"a\":1} x"));
    QVERIFY(!prettyJson("01"));
    QVERIFY(!isJson("plain text"));
    QVERIFY(isJson(" [1, 2] "));
}

void TstTopicView::maskHidesSecretsOnly()
{
    const QByteArray config
        = R"({"properties":{"connection.password":"s3cret","connection.user":"sa","n":1}})";
    QCOMPARE(InternalRecordDecoder::maskConfigSecrets(config),
        QByteArray(R"({"properties":{"connection.password":"[hidden]","connection.user":"sa","n":1}})"));
    QCOMPARE(InternalRecordDecoder::maskConfigSecrets("not json"), QByteArray("not json"));
}

void TstTopicView::decoderSplitsTheEnvelope()
{
    QCOMPARE(orderValue(1, orderText(1)), labOrder1);
    ValueDecoder decoder;
    const DecodedValue d = decoder.decode(labOrder1);
    QCOMPARE(d.kind, DecodedValue::Kind::ConnectEnvelope);
    QVERIFY(d.error.isEmpty());
    QVERIFY(d.payloadIsStruct);
    QCOMPARE(d.payloadJson, QByteArray("{\n  \"ID\": 1,\n  \"MESSAGE\": \"1st OrderPlaced.\"\n}"));
    QVERIFY(d.schemaJson.startsWith("{\n  \"type\": \"struct\",\n  \"fields\": ["));
    QCOMPARE(d.fields.size(), 2);
    QCOMPARE(d.fields[0].name, QStringLiteral("ID"));
    QCOMPARE(d.fields[0].type, QStringLiteral("int64"));
    QCOMPARE(d.fields[0].json, QStringLiteral("1"));
    QCOMPARE(d.fields[1].name, QStringLiteral("MESSAGE"));
    QCOMPARE(d.fields[1].type, QStringLiteral("string, optional"));
    QCOMPARE(d.fields[1].json, QStringLiteral("\"1st OrderPlaced.\""));
    QVERIFY(d.schemaSummary.contains(QStringLiteral("ORDER_TABLE")));

    // A Decimal field: the payload shows base64, the meaning the number.
    const QByteArray decimal
        = R"({"schema":{"type":"struct","fields":[{"type":"bytes","optional":false,"name":"org.apache.kafka.connect.data.Decimal","version":1,"parameters":{"scale":"2"},"field":"AMOUNT"}],"optional":false},"payload":{"AMOUNT":"MDk="}})";
    const DecodedValue dd = decoder.decode(decimal);
    QCOMPARE(dd.kind, DecodedValue::Kind::ConnectEnvelope);
    QCOMPARE(dd.fields.size(), 1);
    QCOMPARE(dd.fields[0].json, QStringLiteral("\"MDk=\""));
    QCOMPARE(dd.fields[0].meaning, QStringLiteral("123.45"));

    // An envelope the converter rejects still splits, with the converter's reason.
    const DecodedValue bad = decoder.decode(QByteArray(R"({"schema":{"type":"nosuchtype"},"payload":1})"));
    QCOMPARE(bad.kind, DecodedValue::Kind::ConnectEnvelope);
    QVERIFY(!bad.error.isEmpty());

    QCOMPARE(decoder.decode(QByteArray("hello")).kind, DecodedValue::Kind::Text);
    QCOMPARE(decoder.decode(QByteArray("\xff\x00\x01", 3)).kind, DecodedValue::Kind::Binary);
    QCOMPARE(decoder.decode(std::nullopt).kind, DecodedValue::Kind::Null);
    QCOMPARE(decoder.decode(QByteArray(R"({"a":1})")).kind, DecodedValue::Kind::Json);
}

void TstTopicView::modelDropsTheOldest()
{
    MessageModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCapacity(50);
    qint64 offset = 0;
    for (int b = 0; b < 17; ++b) { // 17 batches of 7 = 119 records
        QList<kafka::Message> batch;
        for (int i = 0; i < 7; ++i) {
            kafka::Message m = record(QStringLiteral("t"), 0, std::nullopt, QByteArray::number(offset));
            m.offset = offset++;
            batch.append(m);
        }
        model.append(std::move(batch));
        QCOMPARE(model.rowCount(), int(qMin<qint64>(offset, 50)));
        QCOMPARE(model.message(model.rowCount() - 1).offset, offset - 1);
    }
    QCOMPARE(model.receivedCount(), 119);
    QCOMPARE(model.droppedCount(), 69);
    QCOMPARE(model.message(0).offset, 69);
    QCOMPARE(model.index(0, MessageModel::ValueColumn).data().toString(), QStringLiteral("69"));

    // A batch larger than the buffer keeps its newest records.
    QList<kafka::Message> big;
    for (int i = 0; i < 120; ++i) {
        kafka::Message m = record(QStringLiteral("t"), 0, std::nullopt, QByteArray::number(offset));
        m.offset = offset++;
        big.append(m);
    }
    model.append(std::move(big));
    QCOMPARE(model.rowCount(), 50);
    QCOMPARE(model.message(0).offset, offset - 50);
    QCOMPARE(model.message(49).offset, offset - 1);

    // Shrinking keeps the newest.
    model.setCapacity(10);
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.message(0).offset, offset - 10);
    model.setCapacity(20);
    kafka::Message m = record(QStringLiteral("t"), 0, std::nullopt, QByteArray("next"));
    m.offset = offset++;
    model.append(QList<kafka::Message> { m });
    QCOMPARE(model.rowCount(), 11);
    QCOMPARE(model.message(10).offset, offset - 1);
}

void TstTopicView::modelFilter()
{
    MessageModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCapacity(30);
    QList<kafka::Message> batch;
    for (int i = 0; i < 40; ++i) {
        kafka::Message m = record(QStringLiteral("t"), 0,
            i % 2 ? std::optional(QByteArray("odd")) : std::nullopt, orderValue(i, orderText(i)), -1,
            i % 5 == 0 ? QList<kafka::Header> { { QStringLiteral("Trace"), QByteArray("X-Five") } }
                       : QList<kafka::Header> {});
        m.offset = i;
        batch.append(m);
    }
    model.append(batch.mid(0, 20));
    model.setFilter(QStringLiteral("ODD")); // key, case-insensitive
    QCOMPARE(model.rowCount(), 10);
    model.append(batch.mid(20));
    // Buffer holds offsets 10..39; odd ones: 15 of them.
    QCOMPARE(model.rowCount(), 15);
    QCOMPARE(model.message(0).offset, 11);
    model.setFilter(QStringLiteral("x-five")); // header value
    QCOMPARE(model.rowCount(), 6); // 10, 15, ..., 35
    model.setFilter(QStringLiteral("\"MESSAGE\":\"17th")); // value
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.message(0).offset, 17);
    model.setFilter(QString());
    QCOMPARE(model.rowCount(), 30);
}

void TstTopicView::viewerShowsTheExactJson()
{
    MessageModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    MessageFeed feed(&model);
    QVERIFY(readInto(model, feed,
        { QStringLiteral("CONNECT_ORDER_TABLE"), std::nullopt, kafka::StartPosition::beginning() }, 20));
    QCOMPARE(model.rowCount(), 20);
    QCOMPARE(*model.message(0).value, labOrder1);
    QCOMPARE(model.index(0, MessageModel::ValueColumn).data().toString(), QString::fromUtf8(labOrder1));
    QCOMPARE(model.index(0, MessageModel::KeyColumn).data().toString(), QStringLiteral("null"));
    QVERIFY(model.index(0, MessageModel::KeyColumn).data(MessageModel::IsNullRole).toBool());
    QCOMPARE(model.index(0, MessageModel::OffsetColumn).data().toLongLong(), 0);
    for (int row = 0; row < 20; ++row)
        QCOMPARE(*model.message(row).value, orderValue(row + 1, orderText(row + 1)));
    QVERIFY(feed.errorString().isEmpty());
}

void TstTopicView::tailFollowsNewMessages()
{
    QVERIFY(m_broker.createTopic(QStringLiteral("tail"), 1));
    MessageModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    MessageFeed feed(&model);
    feed.setClientConfig(m_config);
    feed.start({ QStringLiteral("tail"), std::nullopt, kafka::StartPosition::end() });
    QTest::qWait(1500); // the consumer has reached the (empty) end
    QCOMPARE(model.rowCount(), 0);
    for (int round = 1; round <= 3; ++round) {
        QVERIFY(produceAll(*m_producer,
            { record(
                QStringLiteral("tail"), 0, std::nullopt, orderValue(100 + round, orderText(100 + round))) }));
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), round, 10000);
        QCOMPARE(*model.message(round - 1).value, orderValue(100 + round, orderText(100 + round)));
    }
    QCOMPARE(feed.state(), MessageFeed::State::Reading);
}

void TstTopicView::startAtOffset()
{
    MessageModel model;
    MessageFeed feed(&model);
    QVERIFY(readInto(
        model, feed, { QStringLiteral("CONNECT_ORDER_TABLE"), 0, kafka::StartPosition::offset(7) }, 13));
    QTest::qWait(300);
    QCOMPARE(model.rowCount(), 13);
    QCOMPARE(model.message(0).offset, 7);
    QCOMPARE(*model.message(0).value, orderValue(8, orderText(8)));
}

void TstTopicView::startAtTimestamp()
{
    QVERIFY(m_broker.createTopic(QStringLiteral("timed"), 1));
    const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - 100000;
    QList<kafka::Message> timed;
    for (int i = 0; i < 10; ++i)
        timed.append(record(
            QStringLiteral("timed"), 0, QByteArray::number(i), orderValue(i, orderText(i)), t0 + i * 1000));
    QVERIFY(produceAll(*m_producer, timed));
    MessageModel model;
    MessageFeed feed(&model);
    // Between the 4th and 5th record: the first shown is the one at t0 + 5000.
    QVERIFY(readInto(model, feed,
        { QStringLiteral("timed"), std::nullopt, kafka::StartPosition::timestamp(t0 + 4500) }, 5));
    QTest::qWait(300);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.message(0).offset, 5);
    QCOMPARE(model.message(0).timestamp, t0 + 5000);
    QCOMPARE(*model.message(0).key, QByteArray("5"));
}

void TstTopicView::onePartition()
{
    QVERIFY(m_broker.createTopic(QStringLiteral("spread"), 3));
    QList<kafka::Message> spread;
    for (int i = 0; i < 30; ++i)
        spread.append(record(QStringLiteral("spread"), i % 3, QByteArray::number(i), QByteArray::number(i)));
    QVERIFY(produceAll(*m_producer, spread));
    MessageModel model;
    MessageFeed feed(&model);
    QVERIFY(readInto(model, feed, { QStringLiteral("spread"), 1, kafka::StartPosition::beginning() }, 10));
    QTest::qWait(500);
    QCOMPARE(model.rowCount(), 10);
    for (int row = 0; row < 10; ++row) {
        QCOMPARE(model.message(row).partition, 1);
        QCOMPARE(model.message(row).offset, row);
        QCOMPARE(*model.message(row).key, QByteArray::number(row * 3 + 1));
    }
    // All partitions: 30.
    QVERIFY(readInto(
        model, feed, { QStringLiteral("spread"), std::nullopt, kafka::StartPosition::beginning() }, 30));
}

void TstTopicView::pauseLosesNothing()
{
    QVERIFY(m_broker.createTopic(QStringLiteral("paused"), 1));
    MessageModel model;
    MessageFeed feed(&model);
    feed.setClientConfig(m_config);
    feed.start({ QStringLiteral("paused"), std::nullopt, kafka::StartPosition::beginning() });
    QVERIFY(produceAll(*m_producer, { record(QStringLiteral("paused"), 0, std::nullopt, QByteArray("a")) }));
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1, 10000);
    feed.setPaused(true);
    QVERIFY(produceAll(*m_producer,
        { record(QStringLiteral("paused"), 0, std::nullopt, QByteArray("b")),
            record(QStringLiteral("paused"), 0, std::nullopt, QByteArray("c")) }));
    QTest::qWait(1500);
    QCOMPARE(model.rowCount(), 1);
    feed.setPaused(false);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 3, 10000);
    QCOMPARE(*model.message(2).value, QByteArray("c"));
}

void TstTopicView::unknownTopicIsReported()
{
    MessageModel model;
    MessageFeed feed(&model);
    feed.setClientConfig(m_config);
    QSignalSpy errors(&feed, &MessageFeed::errorOccurred);
    // The mock broker creates topics a client asks about; a partition that does not exist is an error.
    feed.start({ QStringLiteral("CONNECT_ORDER_TABLE"), 5, kafka::StartPosition::beginning() });
    QTRY_VERIFY_WITH_TIMEOUT(errors.count() > 0, 15000);
    QVERIFY2(feed.errorString().contains(QStringLiteral("partition 5")), qPrintable(feed.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(feed.state(), MessageFeed::State::Stopped, 5000);
}

void TstTopicView::exportJsonLinesAndCsv()
{
    MessageModel model;
    MessageFeed feed(&model);
    QVERIFY(readInto(model, feed,
        { QStringLiteral("CONNECT_ORDER_TABLE"), std::nullopt, kafka::StartPosition::beginning() }, 20));
    model.setFilter(QStringLiteral("OrderPlaced.\"}}")); // all of them
    QCOMPARE(model.rowCount(), 20);
    model.setFilter(QStringLiteral("\"ID\":1")); // 1 and 10..19
    QCOMPARE(model.rowCount(), 11);
    QTemporaryDir dir;
    const QString jsonl = dir.filePath(QStringLiteral("shown.jsonl"));
    const QString csv = dir.filePath(QStringLiteral("shown.csv"));
    QString error;
    QVERIFY2(MessageExport::writeFile(model.shownMessages(), MessageExport::Format::JsonLines, jsonl, &error),
        qPrintable(error));
    QVERIFY2(MessageExport::writeFile(model.shownMessages(), MessageExport::Format::Csv, csv, &error),
        qPrintable(error));

    QFile f(jsonl);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    QCOMPARE(lines.size(), 12); // 11 lines and the empty rest after the last newline
    const QJsonObject first = QJsonDocument::fromJson(lines[0]).object();
    QCOMPARE(first.value(u"topic").toString(), QStringLiteral("CONNECT_ORDER_TABLE"));
    QCOMPARE(first.value(u"partition").toInt(), 0);
    QCOMPARE(first.value(u"offset").toInteger(), 0);
    QVERIFY(first.value(u"key").isNull());
    QCOMPARE(first.value(u"value").toString().toUtf8(), labOrder1);
    QCOMPARE(first.value(u"timestampType").toString(), QStringLiteral("CreateTime"));
    QCOMPARE(QJsonDocument::fromJson(lines[1]).object().value(u"offset").toInteger(), 9);

    QFile c(csv);
    QVERIFY(c.open(QIODevice::ReadOnly));
    const QList<QByteArray> rows = c.readAll().split('\n');
    QCOMPARE(rows.size(), 13); // header, 11 rows, empty rest
    QCOMPARE(rows[0], QByteArray("topic,partition,offset,timestamp,timestampType,key,value,headers\r"));
    QByteArray quoted = labOrder1;
    quoted.replace('"', "\"\"");
    QVERIFY(rows[1].startsWith("CONNECT_ORDER_TABLE,0,0,"));
    QVERIFY(rows[1].endsWith(QByteArray(",CreateTime,,\"" + quoted + "\",\r")));
}

void TstTopicView::internalTopicsDecoded()
{
    QVERIFY(m_broker.createTopic(QStringLiteral("connect-configs"), 1));
    QVERIFY(m_broker.createTopic(QStringLiteral("connect-offsets"), 1));
    QVERIFY(m_broker.createTopic(QStringLiteral("connect-status"), 1));
    worker::InternalRecords records;
    const connect::ConfigMap config { { QStringLiteral("connector.class"),
                                          QStringLiteral("io.confluent.connect.jdbc.JdbcSourceConnector") },
        { QStringLiteral("connection.url"), QStringLiteral("jdbc:h2:tcp://localhost:9099/./test") },
        { QStringLiteral("connection.password"), QStringLiteral("s3cret") },
        { QStringLiteral("name"), QStringLiteral("h2-source-connect") } };
    const QString c = QStringLiteral("h2-source-connect");
    connect::TaskConfig task;
    task.insert(QStringLiteral("tables"), QStringLiteral("ORDER_TABLE"));
    task.insert(QStringLiteral("connection.password"), QStringLiteral("s3cret"));
    QVERIFY(produceAll(*m_producer,
        { record(QStringLiteral("connect-configs"), 0, worker::InternalRecords::connectorKey(c),
              records.connectorConfigValue(config)),
            record(QStringLiteral("connect-configs"), 0, worker::InternalRecords::taskKey(c, 0),
                records.taskConfigValue(task)),
            record(QStringLiteral("connect-configs"), 0, worker::InternalRecords::commitKey(c),
                records.commitValue(1)),
            record(QStringLiteral("connect-configs"), 0, worker::InternalRecords::targetStateKey(c),
                records.targetStateValue(connect::TargetState::Stopped)) }));
    data::ValueMap partition { { data::Value::fromString(QStringLiteral("protocol")),
                                   data::Value::fromString(QStringLiteral("1")) },
        { data::Value::fromString(QStringLiteral("table")),
            data::Value::fromString(QStringLiteral("ORDER_TABLE")) } };
    data::ValueMap offset { { data::Value::fromString(QStringLiteral("incrementing")),
        data::Value(qint64(3)) } };
    const QByteArray offsetKey = records.offsetKey(c, data::Value(partition)).value();
    QCOMPARE(offsetKey, QByteArray(R"(["h2-source-connect",{"protocol":"1","table":"ORDER_TABLE"}])"));
    QVERIFY(produceAll(*m_producer,
        { record(QStringLiteral("connect-offsets"), 0, offsetKey,
            *records.offsetValue(data::Value(offset)).value()) }));
    QVERIFY(produceAll(*m_producer,
        { record(QStringLiteral("connect-status"), 0, worker::InternalRecords::connectorStatusKey(c),
              records.statusValue(QStringLiteral("RUNNING"), QString(), QStringLiteral("127.0.0.1:8083"), 1)),
            record(QStringLiteral("connect-status"), 0, worker::InternalRecords::taskStatusKey(c, 0),
                records.statusValue(QStringLiteral("FAILED"),
                    QStringLiteral("org.apache.kafka.connect.errors.ConnectException: boom\n\tat X"),
                    QStringLiteral("127.0.0.1:8083"), 2)),
            record(QStringLiteral("connect-status"), 0, worker::InternalRecords::taskStatusKey(c, 1),
                std::nullopt) }));

    MessageModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    MessageFeed feed(&model);
    auto meaning = [&](int row) { return model.index(row, MessageModel::MeaningColumn).data().toString(); };

    QVERIFY(readInto(model, feed,
        { QStringLiteral("connect-configs"), std::nullopt, kafka::StartPosition::beginning() }, 4));
    QCOMPARE(model.topicKind(), TopicKind::ConnectConfigs);
    QVERIFY2(
        meaning(0).contains(QStringLiteral("Connector config of h2-source-connect")), qPrintable(meaning(0)));
    QVERIFY(meaning(0).contains(QStringLiteral("JdbcSourceConnector")));
    QVERIFY2(meaning(1).contains(QStringLiteral("Task config")), qPrintable(meaning(1)));
    QVERIFY2(meaning(2).contains(QStringLiteral("Commit of h2-source-connect")), qPrintable(meaning(2)));
    QVERIFY2(meaning(3).contains(QStringLiteral("STOPPED")), qPrintable(meaning(3)));
    // The password never reaches the viewer: not in the table, not in the kept record.
    for (int row = 0; row < 2; ++row) {
        QVERIFY(!model.message(row).value->contains("s3cret"));
        QVERIFY(model.message(row).value->contains("\"connection.password\":\"[hidden]\""));
        QVERIFY(!model.index(row, MessageModel::ValueColumn)
                     .data()
                     .toString()
                     .contains(QStringLiteral("s3cret")));
    }
    InternalRecordDecoder decoder;
    const RecordMeaning connector = decoder.describe(TopicKind::ConnectConfigs, model.message(0));
    QCOMPARE(connector.details.size(), 4);
    QCOMPARE(connector.details[2].second, QStringLiteral("[hidden]"));

    QVERIFY(readInto(model, feed,
        { QStringLiteral("connect-offsets"), std::nullopt, kafka::StartPosition::beginning() }, 1));
    QVERIFY2(meaning(0).contains(
                 QStringLiteral("Source offset of h2-source-connect for table ORDER_TABLE: incrementing=3")),
        qPrintable(meaning(0)));

    QVERIFY(readInto(model, feed,
        { QStringLiteral("connect-status"), std::nullopt, kafka::StartPosition::beginning() }, 3));
    QVERIFY2(meaning(0).contains(
                 QStringLiteral("Connector h2-source-connect is RUNNING on worker 127.0.0.1:8083")),
        qPrintable(meaning(0)));
    QVERIFY2(
        meaning(1).contains(QStringLiteral("Task 0 of h2-source-connect is FAILED")), qPrintable(meaning(1)));
    QVERIFY(meaning(1).contains(QStringLiteral("boom")));
    QVERIFY2(meaning(2).contains(QStringLiteral("DESTROYED")), qPrintable(meaning(2)));
    const RecordMeaning failed = decoder.describe(TopicKind::ConnectStatus, model.message(1));
    QVERIFY(failed.trace.contains(QStringLiteral("\tat X")));
}

void TstTopicView::viewerEqualsCli()
{
    // A topic with keys, headers, a tombstone and two partitions.
    QVERIFY(m_broker.createTopic(QStringLiteral("mixed"), 2));
    QList<kafka::Message> mixed;
    for (int i = 0; i < 12; ++i)
        mixed.append(record(QStringLiteral("mixed"), i % 2,
            i % 3 ? std::optional(QByteArray::number(i)) : std::nullopt,
            i == 5 ? std::nullopt : std::optional(orderValue(i, orderText(i))), -1,
            i % 4 == 0 ? QList<kafka::Header> { { QStringLiteral("h"), QByteArray("v") } }
                       : QList<kafka::Header> {}));
    QVERIFY(produceAll(*m_producer, mixed));

    const QStringList properties = { QStringLiteral("print.timestamp=true"),
        QStringLiteral("print.partition=true"), QStringLiteral("print.offset=true"),
        QStringLiteral("print.headers=true"), QStringLiteral("print.key=true") };
    for (const std::optional<int> partition : { std::optional<int>(), std::optional<int>(1) }) {
        QStringList args = { QStringLiteral("console-consumer"), QStringLiteral("--bootstrap-server"),
            m_config.bootstrapServers, QStringLiteral("--topic"), QStringLiteral("mixed"),
            QStringLiteral("--from-beginning"), QStringLiteral("--max-messages"),
            QString::number(partition ? 6 : 12) };
        if (partition)
            args << QStringLiteral("--partition") << QString::number(*partition);
        for (const QString &p : properties)
            args << QStringLiteral("--property") << p;
        FILE *out = std::tmpfile();
        FILE *err = std::tmpfile();
        QCOMPARE(cli::runCli(args, out, err), 0);
        std::fflush(out);
        std::rewind(out);
        QByteArray cliOutput;
        char buffer[4096];
        for (size_t n; (n = std::fread(buffer, 1, sizeof buffer, out)) > 0;)
            cliOutput.append(buffer, qsizetype(n));
        std::fclose(out);
        std::fclose(err);

        MessageModel model;
        MessageFeed feed(&model);
        QVERIFY(readInto(model, feed,
            { QStringLiteral("mixed"), partition, kafka::StartPosition::beginning() }, partition ? 6 : 12));
        cli::MessageFormatter formatter;
        for (const QString &p : properties)
            QVERIFY(formatter.setProperty(p.section(u'=', 0, 0), p.section(u'=', 1)));
        // Across partitions the interleaving depends on fetch timing: compare each partition's sequence.
        auto perPartition = [](const QByteArray &text) {
            QMap<QByteArray, QList<QByteArray>> lines;
            for (const QByteArray &line : text.split('\n')) {
                if (!line.isEmpty())
                    lines[line.split('\t').value(1)].append(line);
            }
            return lines;
        };
        QByteArray viewerOutput;
        for (int row = 0; row < model.rowCount(); ++row)
            formatter.append(model.message(row), viewerOutput);
        QCOMPARE(cliOutput.count('\n'), partition ? 6 : 12);
        QCOMPARE(perPartition(viewerOutput), perPartition(cliOutput));
    }
}

void TstTopicView::catalogSeesNewTopics()
{
    TopicCatalog catalog;
    catalog.setRefreshInterval(300);
    TopicListModel list(&catalog);
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    catalog.setClientConfig(m_config);
    QTRY_VERIFY_WITH_TIMEOUT(list.rowOf(QStringLiteral("CONNECT_ORDER_TABLE")) >= 0, 10000);
    const TopicEntry *orders = catalog.topic(QStringLiteral("CONNECT_ORDER_TABLE"));
    QVERIFY(orders);
    QCOMPARE(orders->partitions.size(), 1);
    QCOMPARE(orders->partitions[0].low, 0);
    QCOMPARE(orders->partitions[0].high, 20);
    QCOMPARE(orders->messageCount(), 20);
    QCOMPARE(list.index(list.rowOf(QStringLiteral("CONNECT_ORDER_TABLE")), TopicListModel::OffsetsColumn)
                 .data()
                 .toString(),
        QStringLiteral("0 – 20"));

    // Appears by itself, with its watermarks following new records.
    QVERIFY(m_broker.createTopic(QStringLiteral("appears-later"), 2));
    QTRY_VERIFY_WITH_TIMEOUT(list.rowOf(QStringLiteral("appears-later")) >= 0, 10000);
    QCOMPARE(list.index(list.rowOf(QStringLiteral("appears-later")), TopicListModel::PartitionsColumn)
                 .data()
                 .toInt(),
        2);
    QVERIFY(produceAll(
        *m_producer, { record(QStringLiteral("appears-later"), 1, std::nullopt, QByteArray("x")) }));
    QTRY_COMPARE_WITH_TIMEOUT(catalog.topic(QStringLiteral("appears-later"))->messageCount(), 1, 10000);

    // Internal topics are flagged and can be hidden.
    m_broker.createTopic(QStringLiteral("connect-status"), 1); // internalTopicsDecoded may have made it
    QTRY_VERIFY_WITH_TIMEOUT(list.rowOf(QStringLiteral("connect-status")) >= 0, 10000);
    QCOMPARE(catalog.topic(QStringLiteral("connect-status"))->kind, TopicKind::ConnectStatus);
    QVERIFY(list.index(list.rowOf(QStringLiteral("connect-status")), 0)
                .data(TopicListModel::InternalRole)
                .toBool());
    list.setShowInternal(false);
    QCOMPARE(list.rowOf(QStringLiteral("connect-status")), -1);
    QVERIFY(list.rowOf(QStringLiteral("CONNECT_ORDER_TABLE")) >= 0);
    list.setShowInternal(true);
    QVERIFY(list.rowOf(QStringLiteral("connect-status")) >= 0);

    // No cluster: empty, no error.
    catalog.setClientConfig({});
    QCOMPARE(list.rowCount(), 0);
}

void TstTopicView::commandLines()
{
    const QString b = QStringLiteral("127.0.0.1:9092");
    const ReadSpec beginning { QStringLiteral("CONNECT_ORDER_TABLE"), std::nullopt,
        kafka::StartPosition::beginning() };
    QCOMPARE(CommandLines::kafkaConsoleConsumer(b, beginning).command,
        QStringLiteral(
            "kafka-console-consumer.sh --bootstrap-server 127.0.0.1:9092 --topic CONNECT_ORDER_TABLE "
            "--from-beginning --property print.timestamp=true --property print.partition=true --property "
            "print.offset=true --property print.headers=true --property print.key=true"));
    QVERIFY(CommandLines::kafkaConsoleConsumer(b, beginning).note.isEmpty());
    QCOMPARE(CommandLines::kcat(b, beginning).command,
        QStringLiteral("kcat -b 127.0.0.1:9092 -C -t CONNECT_ORDER_TABLE -o beginning -f "
                       "'%T\\tPartition:%p\\tOffset:%o\\t%h\\t%k\\t%s\\n'"));
    const ReadSpec offset { QStringLiteral("t"), 2, kafka::StartPosition::offset(42) };
    QVERIFY(CommandLines::kafkaConsoleConsumer(b, offset).command.contains(
        QStringLiteral("--partition 2 --offset 42")));
    QVERIFY(CommandLines::kcat(b, offset).command.contains(QStringLiteral("-p 2 -o 42")));
    QVERIFY(CommandLines::studioConsoleConsumer(b, offset).command.startsWith(
        QStringLiteral("connect-studio-cli console-consumer --bootstrap-server")));
    const ReadSpec allAtOffset { QStringLiteral("t"), std::nullopt, kafka::StartPosition::offset(42) };
    QVERIFY(!CommandLines::kafkaConsoleConsumer(b, allAtOffset).note.isEmpty());
    const ReadSpec at { QStringLiteral("t"), std::nullopt, kafka::StartPosition::timestamp(1700000000000) };
    QVERIFY(CommandLines::kcat(b, at).command.contains(QStringLiteral("-o s@1700000000000")));
    QVERIFY(!CommandLines::kafkaConsoleConsumer(b, at).note.isEmpty());
    QCOMPARE(CommandLines::shellQuote(QStringLiteral("it's")), QStringLiteral("'it'\\''s'"));

    // The console-consumer line is accepted by our CLI's parser and means the same thing.
    cli::ConsoleConsumerOptions options;
    QString error;
    QStringList args = CommandLines::studioConsoleConsumer(b, offset).command.split(u' ').mid(2);
    QVERIFY2(options.parse(args, &error), qPrintable(error));
    QCOMPARE(options.partition, std::optional<int>(2));
    QCOMPARE(options.start.kind, kafka::StartPosition::Offset);
    QCOMPARE(options.start.value, 42);
    QVERIFY(options.formatter.printKey && options.formatter.printOffset && options.formatter.printHeaders);
}

QTEST_GUILESS_MAIN(TstTopicView)
#include "tst_topicview.moc"
