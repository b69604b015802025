// Producer, Consumer and Admin against a real EmbeddedBroker (librdkafka's mock cluster).

#include <mutex>

#include <QDateTime>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include "kafka/admin.h"
#include "kafka/consumer.h"
#include "kafka/embeddedbroker.h"
#include "kafka/producer.h"
#include "kafkatesthelpers.h"

using namespace cs::kafka;
using namespace cs::kafka::test;

class TestKafkaClients : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void roundTripKeepsNullsEmptiesHeadersAndTimestamps();
    void startPositions();
    void choosesPartitions();
    void readsThroughManyRefillsOfTheLocalQueue();
    void groupConsumeWithManualCommit();
    void assignedPartitionsResumeFromTheGroupsOffsets();
    void deliveryReportsBySignal();
    void oneDeliveryHandlerReportsTheDeliveredMessages();
    void unreachableBrokerFailsWithinTimeout();
    void adminListsTopicsAndWatermarksAndCreatesTopics();
    void offsetBeforeRetainedStartIsReported();
    void readerFallingBehindRetentionIsReported();

private:
    bool produceAll(const QList<Message> &messages);
    // A new topic of `partitions` partitions with `perPartition` messages "p<partition>-<i>" in each.
    bool createAndFill(const QString &topic, int partitions, int perPartition);
    EmbeddedBroker m_broker;
    QString m_bootstrap;
};

void TestKafkaClients::initTestCase()
{
    // Port 0: no forwarder, the cluster's own random port (tests never assume 9092 is free).
    QVERIFY2(m_broker.start(0), qPrintable(m_broker.errorString()));
    m_bootstrap = m_broker.bootstrapServers();
}

void TestKafkaClients::cleanupTestCase()
{
    m_broker.stop();
    QCOMPARE(m_broker.state(), EmbeddedBroker::State::Stopped);
}

bool TestKafkaClients::produceAll(const QList<Message> &messages)
{
    Producer producer(configFor(m_bootstrap));
    if (!producer.open()) {
        qWarning() << producer.errorString();
        return false;
    }
    int failed = 0;
    for (const Message &m : messages) {
        QString error;
        if (!producer.produce(
                m, 0, [&](const DeliveryReport &r) { failed += r.ok() ? 0 : 1; }, &error)) {
            qWarning() << error;
            return false;
        }
    }
    return producer.flush(10000) && failed == 0;
}

bool TestKafkaClients::createAndFill(const QString &topic, int partitions, int perPartition)
{
    if (!m_broker.createTopic(topic, partitions))
        return false;
    QList<Message> sent;
    for (int p = 0; p < partitions; ++p) {
        for (int i = 0; i < perPartition; ++i) {
            Message m;
            m.topic = topic;
            m.partition = p;
            m.value = QStringLiteral("p%1-%2").arg(p).arg(i).toUtf8();
            sent.append(m);
        }
    }
    return produceAll(sent);
}

void TestKafkaClients::roundTripKeepsNullsEmptiesHeadersAndTimestamps()
{
    QVERIFY(m_broker.createTopic(QStringLiteral("roundtrip"), 1));
    const qint64 t0 = 1700000000000;
    QList<Message> sent;
    Message a;
    a.topic = QStringLiteral("roundtrip");
    a.partition = 0;
    a.key = QByteArray("key-1");
    a.value = QByteArray("{\"ID\":1,\"NAME\":\"caf\xc3\xa9\"}");
    a.timestamp = t0;
    a.headers = { { QStringLiteral("h1"), QByteArray("v1") }, { QStringLiteral("nullh"), std::nullopt },
        { QStringLiteral("empty"), QByteArray("") }, { QStringLiteral("h1"), QByteArray("again") } };
    sent.append(a);
    Message tombstone;
    tombstone.topic = a.topic;
    tombstone.partition = 0;
    tombstone.key = QByteArray("key-1");
    tombstone.timestamp = t0 + 1;
    sent.append(tombstone);
    Message empties;
    empties.topic = a.topic;
    empties.partition = 0;
    empties.key = QByteArray("");
    empties.value = QByteArray("");
    empties.timestamp = t0 + 2;
    sent.append(empties);
    Message nullKey;
    nullKey.topic = a.topic;
    nullKey.partition = 0;
    nullKey.value = QByteArray(3, '\0'); // binary, with NULs
    nullKey.timestamp = t0 + 3;
    sent.append(nullKey);

    Producer producer(configFor(m_bootstrap));
    QVERIFY2(producer.open(), qPrintable(producer.errorString()));
    QVERIFY(producer.compression() == "zstd" || producer.compression() == "lz4");
    QList<DeliveryReport> reports;
    for (int i = 0; i < sent.size(); ++i)
        QVERIFY(
            producer.produce(sent[i], quint64(100 + i), [&](const DeliveryReport &r) { reports.append(r); }));
    QVERIFY(producer.flush(10000));
    QCOMPARE(reports.size(), sent.size());
    for (int i = 0; i < reports.size(); ++i) {
        QVERIFY2(reports[i].ok(), qPrintable(reports[i].error));
        QCOMPARE(reports[i].id, quint64(100 + i));
        QCOMPARE(reports[i].offset, qint64(i));
        QCOMPARE(reports[i].topic, QStringLiteral("roundtrip"));
    }

    const ReadResult r = readTopic(m_bootstrap, QStringLiteral("roundtrip"), StartPosition::beginning());
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.value(0).message));
    QVERIFY(r.endReached);
    QCOMPARE(r.messages.size(), sent.size());
    for (int i = 0; i < sent.size(); ++i) {
        const Message &got = r.messages.at(i);
        QCOMPARE(got.topic, sent[i].topic);
        QCOMPARE(got.partition, 0);
        QCOMPARE(got.offset, qint64(i));
        QCOMPARE(got.timestamp, sent[i].timestamp);
        QCOMPARE(got.timestampType, TimestampType::CreateTime);
        QCOMPARE(got.key, sent[i].key);
        QCOMPARE(got.value, sent[i].value);
        QCOMPARE(got.headers, sent[i].headers);
    }
    // Keys and values are ordinary byte arrays: NUL-terminated, and changing one copy leaves the others.
    QCOMPARE(qstrlen(r.messages[0].value->constData()), size_t(sent[0].value->size()));
    std::optional<QByteArray> value = r.messages[0].value;
    value->append("!");
    QCOMPARE(*value, *sent[0].value + "!");
    QCOMPARE(r.messages[0].value, sent[0].value);
    QCOMPARE(r.messages[2].key, std::optional<QByteArray>(QByteArray("")));
    QVERIFY(!r.messages[1].value.has_value()); // tombstone stays null
    QVERIFY(r.messages[2].value.has_value() && r.messages[2].value->isEmpty());
    QVERIFY(!r.messages[3].key.has_value());
}

void TestKafkaClients::startPositions()
{
    const QString topic = QStringLiteral("positions");
    QVERIFY(m_broker.createTopic(topic, 1));
    const qint64 t0 = 1700000000000;
    QList<Message> sent;
    for (int i = 0; i < 10; ++i) {
        Message m;
        m.topic = topic;
        m.partition = 0;
        m.value = QByteArray::number(i);
        m.timestamp = t0 + i * 1000;
        sent.append(m);
    }
    QVERIFY(produceAll(sent));

    ReadResult r = readTopic(m_bootstrap, topic, StartPosition::beginning());
    QCOMPARE(r.messages.size(), 10);
    QCOMPARE(r.messages.first().offset, 0);

    r = readTopic(m_bootstrap, topic, StartPosition::offset(4));
    QCOMPARE(r.messages.size(), 6);
    QCOMPARE(r.messages.first().offset, 4);
    QCOMPARE(r.messages.first().value, QByteArray("4"));

    // The mock cannot look up timestamps; the consumer finds the first message at or after it.
    r = readTopic(m_bootstrap, topic, StartPosition::timestamp(t0 + 4500));
    QVERIFY(r.errors.isEmpty());
    QCOMPARE(r.messages.size(), 5);
    QCOMPARE(r.messages.first().offset, 5);
    r = readTopic(m_bootstrap, topic, StartPosition::timestamp(t0 + 5000));
    QCOMPARE(r.messages.first().offset, 5);
    r = readTopic(m_bootstrap, topic, StartPosition::timestamp(t0 + 999999));
    QVERIFY(r.endReached);
    QCOMPARE(r.messages.size(), 0);

    r = readTopic(m_bootstrap, topic, StartPosition::end());
    QVERIFY(r.endReached);
    QCOMPARE(r.messages.size(), 0);

    // At the end, a live reader sees exactly what is produced after it started.
    Consumer live(configFor(m_bootstrap));
    live.assign(topic, {}, StartPosition::end());
    live.start();
    QTest::qWait(1500); // the assignment resolves "end" on the consumer's thread
    Message later;
    later.topic = topic;
    later.value = QByteArray("later");
    QVERIFY(produceAll({ later }));
    r = readAll(live, 10000, 1);
    QCOMPARE(r.messages.size(), 1);
    QCOMPARE(r.messages.first().offset, 10);
    QCOMPARE(r.messages.first().value, QByteArray("later"));
}

void TestKafkaClients::choosesPartitions()
{
    const QString topic = QStringLiteral("three");
    QVERIFY(m_broker.createTopic(topic, 3));
    QList<Message> sent;
    for (int p = 0; p < 3; ++p) {
        for (int i = 0; i <= p; ++i) {
            Message m;
            m.topic = topic;
            m.partition = p;
            m.value = QByteArray::number(p);
            sent.append(m);
        }
    }
    QVERIFY(produceAll(sent));
    ReadResult r = readTopic(m_bootstrap, topic, StartPosition::beginning(), { 1 });
    QCOMPARE(r.messages.size(), 2);
    for (const Message &m : std::as_const(r.messages))
        QCOMPARE(m.partition, 1);
    r = readTopic(m_bootstrap, topic, StartPosition::beginning());
    QCOMPARE(r.messages.size(), 6);

    r = readTopic(m_bootstrap, topic, StartPosition::beginning(), { 7 });
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors.first().kind, ConsumerError::UnknownTopic);
}

void TestKafkaClients::readsThroughManyRefillsOfTheLocalQueue()
{
    // With a local queue of 40 messages librdkafka stops fetching after each fetch, and the consumer
    // wakes its fetcher itself once it has emptied the queue: every record still arrives once, in order.
    const QString topic = QStringLiteral("refills");
    QVERIFY(m_broker.createTopic(topic, 2));
    QList<Message> sent;
    for (int i = 0; i < 8000; ++i) {
        Message m;
        m.topic = topic;
        m.partition = i % 2;
        m.value = QByteArray::number(i);
        sent.append(m);
    }
    QVERIFY(produceAll(sent));
    ClientConfig config = configFor(m_bootstrap);
    config.properties = { { "queued.min.messages", "40" } };
    Consumer consumer(config);
    consumer.assign(topic, {}, StartPosition::beginning());
    consumer.setStopAtEnd(true);
    consumer.setMaxQueued(100);
    consumer.start();
    const ReadResult r = readAll(consumer, 60000);
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.value(0).message));
    QVERIFY(r.endReached);
    QCOMPARE(r.messages.size(), sent.size());
    qint64 next[2] = { 0, 0 };
    for (const Message &m : r.messages) {
        QCOMPARE(m.offset, next[m.partition]++);
        QCOMPARE(m.value, QByteArray::number(m.offset * 2 + m.partition));
    }
}

void TestKafkaClients::groupConsumeWithManualCommit()
{
    const QString topic = QStringLiteral("grouped");
    QVERIFY(createAndFill(topic, 2, 5));
    const QString group = QStringLiteral("connect-sink-test");
    {
        Consumer a(configFor(m_bootstrap));
        a.subscribe({ topic }, group, StartPosition::beginning());
        a.start();
        const ReadResult r = readAll(a, 30000, 10);
        QVERIFY(r.errors.isEmpty());
        QCOMPARE(r.messages.size(), 10);
        // A sink that wrote only 3 records of partition 0 and all of partition 1 commits just that.
        QString error;
        QVERIFY2(a.commit({ { topic, 0, 3 }, { topic, 1, 5 } }, &error), qPrintable(error));
        const QList<TopicPartitionOffset> committed = a.committed(&error);
        QVERIFY2(committed.contains(TopicPartitionOffset { topic, 0, 3 }), qPrintable(error));
        QVERIFY(committed.contains(TopicPartitionOffset { topic, 1, 5 }));
    }
    Consumer b(configFor(m_bootstrap));
    b.subscribe({ topic }, group, StartPosition::beginning());
    b.setStopAtEnd(true);
    b.start();
    const ReadResult r = readAll(b, 30000);
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.value(0).message));
    QCOMPARE(r.messages.size(), 2);
    QCOMPARE(r.messages[0].partition, 0);
    QCOMPARE(r.messages[0].offset, 3);
    QCOMPARE(r.messages[1].offset, 4);
}

// The embedded broker's sink tasks: chosen partitions, the group's committed offsets, no membership.
void TestKafkaClients::assignedPartitionsResumeFromTheGroupsOffsets()
{
    const QString topic = QStringLiteral("assigned-in-group");
    QVERIFY(createAndFill(topic, 3, 4));
    const QString group = QStringLiteral("connect-assigned-test");
    {
        Consumer a(configFor(m_bootstrap));
        a.assignInGroup({ { topic, 0 }, { topic, 2 } }, group, StartPosition::beginning());
        a.start();
        const ReadResult r = readAll(a, 30000, 8);
        QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.value(0).message));
        QCOMPARE(r.messages.size(), 8); // partitions 0 and 2 only
        for (const Message &m : r.messages)
            QVERIFY(m.partition != 1);
        QVERIFY(a.take(500).messages.isEmpty());
        QString error;
        QVERIFY2(a.commit({ { topic, 0, 1 }, { topic, 2, 4 } }, &error), qPrintable(error));
        const QList<TopicPartitionOffset> committed = a.committed(&error);
        QVERIFY2(committed.contains(TopicPartitionOffset { topic, 0, 1 }), qPrintable(error));
        QVERIFY(committed.contains(TopicPartitionOffset { topic, 2, 4 }));
    }
    // A later reader of the same partitions resumes where the group is; one without an offset starts
    // at the beginning.
    Consumer b(configFor(m_bootstrap));
    b.assignInGroup({ { topic, 0 }, { topic, 1 }, { topic, 2 } }, group, StartPosition::beginning());
    b.setStopAtEnd(true);
    b.start();
    const ReadResult r = readAll(b, 30000);
    QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.value(0).message));
    QMap<int, QList<qint64>> offsets;
    for (const Message &m : r.messages)
        offsets[m.partition].append(m.offset);
    QCOMPARE(offsets.value(0), (QList<qint64> { 1, 2, 3 }));
    QCOMPARE(offsets.value(1), (QList<qint64> { 0, 1, 2, 3 }));
    QVERIFY(offsets.value(2).isEmpty());
}

void TestKafkaClients::deliveryReportsBySignal()
{
    QVERIFY(m_broker.createTopic(QStringLiteral("signals"), 1));
    Producer producer(configFor(m_bootstrap));
    QVERIFY(producer.open());
    QList<DeliveryReport> all;
    connect(&producer, &Producer::delivered, this, [&](const QList<DeliveryReport> &r) { all.append(r); });
    QTest::qWait(200); // the delivery thread notices the connection on its next round
    for (int i = 0; i < 50; ++i) {
        Message m;
        m.topic = QStringLiteral("signals");
        m.value = QByteArray::number(i);
        QVERIFY(producer.produce(m, quint64(i)));
    }
    QTRY_COMPARE_WITH_TIMEOUT(all.size(), 50, 10000);
    for (int i = 0; i < 50; ++i) {
        QVERIFY(all[i].ok());
        QCOMPARE(all[i].id, quint64(i));
    }

    // The signal side of the consumer, as the GUI uses it.
    Consumer consumer(configFor(m_bootstrap));
    consumer.assign(QStringLiteral("signals"), {}, StartPosition::beginning());
    consumer.setDeliverBySignal(true);
    consumer.setStopAtEnd(true);
    QList<Message> received;
    connect(&consumer, &Consumer::messagesReceived, this,
        [&](const QList<Message> &batch) { received.append(batch); });
    QSignalSpy ended(&consumer, &Consumer::endReached);
    consumer.start();
    QVERIFY(ended.wait(10000) || ended.count() == 1);
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 50, 5000);
}

// A source task's producer: one handler for all reports, each carrying its id, its size and the
// message as the broker took it.
void TestKafkaClients::oneDeliveryHandlerReportsTheDeliveredMessages()
{
    QVERIFY(m_broker.createTopic(QStringLiteral("handled"), 1));
    QVERIFY(m_broker.createTopic(QStringLiteral("handled-2"), 1));
    // Messages alternate between topics, named by equal strings that share no data, and each report
    // names its message's topic.
    auto topicOf = [](int i) {
        return i % 3 ? QStringLiteral("handled") : QStringLiteral("handled-") + QString::number(2);
    };
    Producer producer(configFor(m_bootstrap));
    // The views of key and value are valid only in the handler: it copies them.
    struct Seen
    {
        DeliveryReport report;
        std::optional<QByteArray> key;
        std::optional<QByteArray> value;
    };
    std::mutex mutex;
    QList<Seen> reports; // guarded by mutex: filled on the thread that serves the reports
    producer.setDeliveryHandler(
        [&](const DeliveryReport &r) {
            std::lock_guard lock(mutex);
            reports.append({ r, r.key ? std::optional(r.key->toByteArray()) : std::nullopt,
                r.value ? std::optional(r.value->toByteArray()) : std::nullopt });
        },
        true);
    QVERIFY(producer.open());
    for (int i = 0; i < 20; ++i) {
        Message m;
        m.topic = topicOf(i);
        m.key = i % 2 ? std::optional<QByteArray>() : QByteArray("k") + QByteArray::number(i);
        m.value = QByteArray("value ") + QByteArray::number(i);
        m.headers = { { QStringLiteral("h"), QByteArray::number(i) }, { QStringLiteral("n"), std::nullopt } };
        QVERIFY(producer.produce(m, quint64(1000 + i)));
    }
    QString error;
    QVERIFY(producer.produce(QStringLiteral("handled"), std::nullopt, QByteArray("x"), &error)); // id 0
    // A per-message callback is refused: the handler takes every report.
    Message refused;
    refused.topic = QStringLiteral("handled");
    QVERIFY(!producer.produce(
        refused, 1, [](const DeliveryReport &) {}, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(producer.flush(10000));
    std::lock_guard lock(mutex);
    QCOMPARE(reports.size(), 21);
    for (const Seen &seen : std::as_const(reports)) {
        const DeliveryReport &r = seen.report;
        QVERIFY2(r.ok(), qPrintable(r.error));
        if (r.id == 0)
            continue; // the message of the convenience overload
        const int i = int(r.id) - 1000;
        QCOMPARE(r.topic, topicOf(i));
        QCOMPARE(r.partition, 0);
        QCOMPARE(seen.key, i % 2 ? std::optional<QByteArray>() : QByteArray("k") + QByteArray::number(i));
        QCOMPARE(seen.value, std::optional<QByteArray>(QByteArray("value ") + QByteArray::number(i)));
        QCOMPARE(r.headers.size(), 2);
        QCOMPARE(r.headers[0].value, std::optional<QByteArray>(QByteArray::number(i)));
        QCOMPARE(r.headers[1].value, std::optional<QByteArray>());
        QCOMPARE(r.bytes, qint64((seen.key ? seen.key->size() : 0) + seen.value->size()));
    }
}

void TestKafkaClients::unreachableBrokerFailsWithinTimeout()
{
    // A port nobody listens on: bind one, then close it.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const QString bootstrap = QStringLiteral("127.0.0.1:%1").arg(probe.serverPort());
    probe.close();
    const int timeout = 1500;

    QElapsedTimer timer;
    timer.start();
    Producer producer(configFor(bootstrap, timeout));
    QVERIFY(!producer.open());
    QVERIFY2(producer.errorString().contains(bootstrap), qPrintable(producer.errorString()));
    QVERIFY2(timer.elapsed() < timeout + 5000, qPrintable(QString::number(timer.elapsed())));

    timer.restart();
    Consumer consumer(configFor(bootstrap, timeout));
    consumer.assign(QStringLiteral("any"), {}, StartPosition::beginning());
    consumer.start();
    const ReadResult r = readAll(consumer, timeout + 5000);
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors.first().kind, ConsumerError::Unreachable);
    QVERIFY(r.errors.first().message.contains(bootstrap));
    QVERIFY(timer.elapsed() < timeout + 5000);

    timer.restart();
    Admin admin(configFor(bootstrap, timeout));
    QString error;
    QVERIFY(!admin.listTopics(false, &error));
    QVERIFY(error.contains(bootstrap));
    QVERIFY(timer.elapsed() < timeout + 5000);
}

void TestKafkaClients::adminListsTopicsAndWatermarksAndCreatesTopics()
{
    Admin admin(configFor(m_bootstrap));
    QVERIFY2(admin.open(), qPrintable(admin.errorString()));
    QVERIFY(admin.isEmbedded());
    QString error;
    QStringList warnings;
    NewTopic compacted { QStringLiteral("connect-configs-test"), 1, 1,
        { { QStringLiteral("cleanup.policy"), QStringLiteral("compact") } } };
    NewTopic wide { QStringLiteral("wide"), 6, 1, {} };
    NewTopic replicated { QStringLiteral("replicated"), 2, 3, {} };
    QVERIFY2(
        admin.createTopics({ compacted, wide, replicated }, false, &error, &warnings), qPrintable(error));
    QCOMPARE(warnings.size(), 2);
    QVERIFY(warnings.first().contains(QStringLiteral("cleanup.policy=compact")));
    QVERIFY(warnings.last().contains(QStringLiteral("replication factor 1 instead of 3")));
    QVERIFY(admin.describeTopic(QStringLiteral("replicated"), false, &error));
    QVERIFY(!admin.createTopics({ wide }, false, &error));
    QVERIFY(error.contains(QStringLiteral("wide")));
    QVERIFY(admin.createTopics({ wide }, true, &error));

    Message m;
    m.topic = QStringLiteral("wide");
    m.partition = 2;
    m.value = QByteArray("x");
    QVERIFY(produceAll({ m, m, m }));

    const std::optional<QList<TopicInfo>> topics = admin.listTopics(true, &error);
    QVERIFY2(topics, qPrintable(error));
    const auto it
        = std::find_if(topics->begin(), topics->end(), [](const TopicInfo &t) { return t.name == u"wide"; });
    QVERIFY(it != topics->end());
    QCOMPARE(it->partitions.size(), 6);
    QCOMPARE(it->partitions[2].low, 0);
    QCOMPARE(it->partitions[2].high, 3);
    QCOMPARE(it->partitions[1].high, 0);
    QVERIFY(std::any_of(topics->begin(), topics->end(),
        [](const TopicInfo &t) { return t.name == u"connect-configs-test"; }));

    // Asynchronous variant, answered on the Admin's own thread.
    QSignalSpy listed(&admin, &Admin::topicsListed);
    admin.requestTopics(false);
    QVERIFY(listed.wait(10000));
    QVERIFY(listed.first().at(1).toString().isEmpty());
}

void TestKafkaClients::offsetBeforeRetainedStartIsReported()
{
    const QString topic = QStringLiteral("retention-start");
    QVERIFY(m_broker.createTopic(topic, 1));
    // Incompressible values: 8 MiB of them is more than the mock keeps (5 MiB of batches).
    QList<Message> sent;
    QByteArray value(8 * 1024, Qt::Uninitialized);
    for (int i = 0; i < 1024; ++i) {
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(value.data()), value.size() / 4);
        Message m;
        m.topic = topic;
        m.partition = 0;
        m.value = value;
        sent.append(m);
    }
    QVERIFY(produceAll(sent));
    Admin admin(configFor(m_bootstrap));
    qint64 low = -1;
    qint64 high = -1;
    QVERIFY(admin.watermarks(topic, 0, &low, &high));
    QCOMPARE(high, 1024);
    QVERIFY2(low > 0, "the mock should have dropped the oldest batches");
    QVERIFY(high - low < 1024);

    const ReadResult r = readTopic(m_bootstrap, topic, StartPosition::offset(0));
    QCOMPARE(r.messages.size(), 0);
    QCOMPARE(r.errors.size(), 1);
    const ConsumerError &e = r.errors.first();
    QCOMPARE(e.kind, ConsumerError::OffsetsLost);
    QCOMPARE(e.topic, topic);
    QCOMPARE(e.partition, 0);
    QCOMPARE(e.firstLost, 0);
    QCOMPARE(e.lastLost, low - 1);
    QVERIFY(e.message.contains(topic));

    // From the beginning means from the retained start: nothing is lost.
    const ReadResult all = readTopic(m_bootstrap, topic, StartPosition::beginning());
    QVERIFY(all.errors.isEmpty());
    QCOMPARE(all.messages.first().offset, low);
    QCOMPARE(all.messages.size(), high - low);
}

void TestKafkaClients::readerFallingBehindRetentionIsReported()
{
    const QString topic = QStringLiteral("retention-behind");
    QVERIFY(m_broker.createTopic(topic, 1));
    auto chunk = [&](int count) {
        QList<Message> sent;
        QByteArray value(8 * 1024, Qt::Uninitialized);
        for (int i = 0; i < count; ++i) {
            QRandomGenerator::global()->fillRange(
                reinterpret_cast<quint32 *>(value.data()), value.size() / 4);
            Message m;
            m.topic = topic;
            m.partition = 0;
            m.value = value;
            sent.append(m);
        }
        return sent;
    };
    QVERIFY(produceAll(chunk(256))); // 2 MiB, all retained

    // A slow reader: small prefetch, and it takes only a few messages before the producer runs ahead.
    ClientConfig config = configFor(m_bootstrap);
    config.properties = { { "queued.max.messages.kbytes", "256" }, { "fetch.message.max.bytes", "65536" } };
    Consumer consumer(config);
    consumer.assign(topic, {}, StartPosition::beginning());
    consumer.setMaxQueued(10);
    consumer.start();
    ReadResult first = readAll(consumer, 10000, 5);
    QVERIFY(first.messages.size() >= 5);
    QVERIFY(first.errors.isEmpty());

    QVERIFY(produceAll(chunk(1024))); // 8 MiB more: offsets 0.. ~600 are dropped
    Admin admin(configFor(m_bootstrap));
    qint64 low = -1;
    qint64 high = -1;
    QVERIFY(admin.watermarks(topic, 0, &low, &high));
    QVERIFY(low > 300);

    QList<Message> seen = first.messages;
    QList<ConsumerError> errors;
    QElapsedTimer timer;
    timer.start();
    while (errors.isEmpty() && timer.elapsed() < 20000) {
        ConsumerBatch b = consumer.take(100);
        seen.append(b.messages);
        errors.append(b.errors);
        if (b.finished)
            break;
    }
    QCOMPARE(errors.size(), 1);
    const ConsumerError &e = errors.first();
    QCOMPARE(e.kind, ConsumerError::OffsetsLost);
    QCOMPARE(e.topic, topic);
    QCOMPARE(e.partition, 0);
    // Every offset was either delivered or named as lost: none skipped silently.
    QCOMPARE(e.firstLost, seen.last().offset + 1);
    for (int i = 1; i < seen.size(); ++i)
        QCOMPARE(seen[i].offset, seen[i - 1].offset + 1);
    QVERIFY(e.lastLost >= e.firstLost);
    QVERIFY(e.lastLost < low + 1024); // within the log start seen when the error was reported
}

QTEST_GUILESS_MAIN(TestKafkaClients)
#include "tst_kafkaclients.moc"
