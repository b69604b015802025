#include <utility>

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include "kafka/admin.h"
#include "kafka/embeddedbroker.h"
#include "kafka/producer.h"
#include "support/databaseservers.h"
#include "support/workeroptions.h"
#include "worker/worker.h"

using cs::worker::Worker;

namespace {

struct Reply
{
    int status = 0;
    QByteArray body;
    QByteArray location;
    QJsonValue json() const
    {
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }
};

} // namespace

class TestWorker final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void serverInfoNamesTheKafkaCluster();
    void fileStreamSourceToSinkMovesEveryLine();
    void lifecycleAnswersLikeKafkaConnect();
    void offsetsCanBeReadAlteredAndReset();
    void sinkOffsetsAlterResetAndLostOffsetsFail();
    void sinkTasksSplitThePartitions();
    void sinkWithTopicsRegexReadsTheMatchingTopics();
    void restartedWorkerRestoresConnectorsAndOffsets();
    void secondWorkerOnSameGroupIsRefused();
    void sourcesArePacedToTheirSinks();
    void sourcesArePacedOnAnotherEmbeddedBroker();

private:
    Reply call(const QByteArray &method, const QString &path, const QByteArray &body = {});
    bool startWorker();
    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_restPort); }
    bool waitForState(const QString &connector, const QString &state, int taskCount = -1);
    void pacedCopy(const QString &name, const QString &bootstrap);
    cs::kafka::ClientConfig brokerClient() const; // a client of the worker's embedded broker
    bool createTopics(const QList<cs::kafka::NewTopic> &topics) const;
    // A FileStreamSink `name` writing `file`, values as schemaless JSON; `topics` is its topics entry.
    // Returns the HTTP status.
    int createSchemalessFileSink(const QString &name, const QString &file, const QString &topics);

    QTemporaryDir m_dir;
    quint16 m_restPort = 0;
    quint16 m_kafkaPort = 0;
    std::unique_ptr<Worker> m_worker;
    QNetworkAccessManager m_http;
};

bool TestWorker::startWorker()
{
    const QString props
        = QStringLiteral("group.id=test-%1\n"
                         "key.converter=org.apache.kafka.connect.json.JsonConverter\n"
                         "value.converter=org.apache.kafka.connect.json.JsonConverter\n"
                         "offset.storage.topic=connect-offsets\nconfig.storage.topic=connect-configs\n"
                         "status.storage.topic=connect-status\noffset.flush.interval.ms=300\n"
                         "listeners=http://127.0.0.1:%1\n")
              .arg(m_restPort);
    QString error;
    const std::optional<Worker::Options> options = cs::testsupport::embeddedWorkerOptions(
        props, m_kafkaPort, m_dir.filePath(QStringLiteral("state")), &error);
    if (!options) {
        qWarning() << error;
        return false;
    }
    m_worker = std::make_unique<Worker>(*options);
    if (!m_worker->start(&error)) {
        qWarning() << error;
        return false;
    }
    return true;
}

void TestWorker::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_restPort = cs::testsupport::freeTcpPort();
    m_kafkaPort = cs::testsupport::freeTcpPort();
    QVERIFY(startWorker());
    QCOMPARE(m_worker->restUrl().port(), int(m_restPort));
}

void TestWorker::cleanupTestCase()
{
    m_worker.reset();
}

Reply TestWorker::call(const QByteArray &method, const QString &path, const QByteArray &body)
{
    QNetworkRequest request(QUrl(baseUrl() + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_http.sendCustomRequest(request, method, body);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Reply r { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
        reply->rawHeader("Location") };
    reply->deleteLater();
    return r;
}

cs::kafka::ClientConfig TestWorker::brokerClient() const
{
    cs::kafka::ClientConfig client;
    client.bootstrapServers = m_worker->bootstrapServers();
    return client;
}

bool TestWorker::createTopics(const QList<cs::kafka::NewTopic> &topics) const
{
    cs::kafka::Admin admin(brokerClient());
    return admin.open() && admin.createTopics(topics, true);
}

int TestWorker::createSchemalessFileSink(const QString &name, const QString &file, const QString &topics)
{
    return call("POST", QStringLiteral("/connectors"),
        QStringLiteral(R"({"name":"%1","config":{"connector.class":"FileStreamSink","file":"%2",%3,)"
                       R"("value.converter":"org.apache.kafka.connect.json.JsonConverter",)"
                       R"("value.converter.schemas.enable":"false"}})")
            .arg(name, file, topics)
            .toUtf8())
        .status;
}

bool TestWorker::waitForState(const QString &connector, const QString &state, int taskCount)
{
    for (int i = 0; i < 100; ++i) {
        const Reply r = call("GET", QStringLiteral("/connectors/%1/status").arg(connector));
        const QJsonObject o = r.json().toObject();
        const QJsonArray tasks = o.value(QStringLiteral("tasks")).toArray();
        bool all = o.value(QStringLiteral("connector")).toObject().value(QStringLiteral("state")).toString()
            == state;
        for (const QJsonValue &t : tasks)
            all = all
                && (state == u"STOPPED" || t.toObject().value(QStringLiteral("state")).toString() == state);
        if (all && (taskCount < 0 || tasks.size() == taskCount))
            return true;
        QTest::qWait(100);
    }
    return false;
}

// GET / reports the id of the Kafka cluster the worker uses, as upstream does (never null when the
// cluster has one); the embedded broker's id is the one its own clients see.
void TestWorker::serverInfoNamesTheKafkaCluster()
{
    cs::kafka::ClientConfig client;
    client.bootstrapServers = QStringLiteral("127.0.0.1:%1").arg(m_kafkaPort);
    cs::kafka::Admin admin(client);
    QVERIFY2(admin.open(), qPrintable(admin.errorString()));
    QVERIFY(!admin.clusterId().isEmpty());
    const QJsonObject info = call("GET", QStringLiteral("/")).json().toObject();
    QCOMPARE(info.value(QStringLiteral("kafka_cluster_id")).toString(), admin.clusterId());
}

void TestWorker::fileStreamSourceToSinkMovesEveryLine()
{
    const QString in = m_dir.filePath(QStringLiteral("in.txt"));
    const QString out = m_dir.filePath(QStringLiteral("out.txt"));
    QFile f(in);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QStringList expected;
    for (int i = 1; i <= 300; ++i) {
        expected.append(QStringLiteral("order %1 — 주문").arg(i));
        f.write(expected.last().toUtf8() + '\n');
    }
    f.close();

    Reply r = call("POST", QStringLiteral("/connectors"),
        QStringLiteral(
            R"({"name":"src","config":{"connector.class":"FileStreamSource","file":"%1","topic":"lines"}})")
            .arg(in)
            .toUtf8());
    QCOMPARE(r.status, 201);
    QCOMPARE(r.location, (baseUrl() + QStringLiteral("/connectors/src")).toUtf8());
    QCOMPARE(r.json().toObject().value(QStringLiteral("type")).toString(), QStringLiteral("source"));

    r = call("PUT", QStringLiteral("/connectors/snk/config"),
        QStringLiteral(
            R"({"connector.class":"org.apache.kafka.connect.file.FileStreamSinkConnector","file":"%1","topics":"lines"})")
            .arg(out)
            .toUtf8());
    QCOMPARE(r.status, 201);
    QVERIFY(waitForState(QStringLiteral("src"), QStringLiteral("RUNNING"), 1));
    QVERIFY(waitForState(QStringLiteral("snk"), QStringLiteral("RUNNING"), 1));

    QStringList written;
    for (int i = 0; i < 150 && written.size() < expected.size(); ++i) {
        QTest::qWait(100);
        QFile o(out);
        if (o.open(QIODevice::ReadOnly))
            written = QString::fromUtf8(o.readAll()).split(u'\n', Qt::SkipEmptyParts);
    }
    // One partition (as Kafka creates a topic), so the order is kept too.
    QCOMPARE(written, expected);

    r = call("GET", QStringLiteral("/connectors/src/topics"));
    QCOMPARE(r.status, 200);
    QCOMPARE(
        r.json().toObject().value(QStringLiteral("src")).toObject().value(QStringLiteral("topics")).toArray(),
        QJsonArray({ QStringLiteral("lines") }));
}

void TestWorker::lifecycleAnswersLikeKafkaConnect()
{
    const QByteArray create = QStringLiteral(
        R"({"name":"life","config":{"connector.class":"FileStreamSink","file":"%1","topics":"t1"}})")
                                  .arg(m_dir.filePath(QStringLiteral("life.txt")))
                                  .toUtf8();
    QCOMPARE(call("POST", QStringLiteral("/connectors"), create).status, 201);
    Reply r = call("POST", QStringLiteral("/connectors"), create);
    QCOMPARE(r.status, 409);
    QCOMPARE(r.json().toObject().value(QStringLiteral("message")).toString(),
        QStringLiteral("Connector life already exists"));
    QVERIFY(waitForState(QStringLiteral("life"), QStringLiteral("RUNNING"), 1));

    QCOMPARE(call("PUT", QStringLiteral("/connectors/life/pause")).status, 202);
    QVERIFY(waitForState(QStringLiteral("life"), QStringLiteral("PAUSED"), 1));
    QCOMPARE(call("PUT", QStringLiteral("/connectors/life/resume")).status, 202);
    QVERIFY(waitForState(QStringLiteral("life"), QStringLiteral("RUNNING"), 1));

    r = call("POST", QStringLiteral("/connectors/life/restart?includeTasks=true"));
    QCOMPARE(r.status, 202);
    QCOMPARE(r.json()
                 .toObject()
                 .value(QStringLiteral("connector"))
                 .toObject()
                 .value(QStringLiteral("state"))
                 .toString(),
        QStringLiteral("RESTARTING"));
    QVERIFY(waitForState(QStringLiteral("life"), QStringLiteral("RUNNING"), 1));
    QCOMPARE(call("POST", QStringLiteral("/connectors/life/restart")).status, 204);
    QCOMPARE(call("POST", QStringLiteral("/connectors/life/tasks/0/restart")).status, 204);
    r = call("POST", QStringLiteral("/connectors/life/tasks/7/restart"));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.json().toObject().value(QStringLiteral("message")).toString(),
        QStringLiteral("Unknown task: life-7"));

    QCOMPARE(call("PUT", QStringLiteral("/connectors/life/stop")).status, 204);
    QVERIFY(waitForState(QStringLiteral("life"), QStringLiteral("STOPPED"), 0));
    r = call("GET", QStringLiteral("/connectors/life"));
    QCOMPARE(r.json().toObject().value(QStringLiteral("tasks")).toArray().size(), 0);
    QCOMPARE(call("PUT", QStringLiteral("/connectors/life/resume")).status, 202);
    QVERIFY(waitForState(QStringLiteral("life"), QStringLiteral("RUNNING"), 1));

    r = call("PATCH", QStringLiteral("/connectors/life/config"), R"({"tasks.max":"1","file":null})");
    QCOMPARE(r.status, 200);
    QVERIFY(!r.json().toObject().value(QStringLiteral("config")).toObject().contains(QStringLiteral("file")));

    QCOMPARE(call("DELETE", QStringLiteral("/connectors/life")).status, 204);
    r = call("GET", QStringLiteral("/connectors/life"));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.body, QByteArray(R"({"error_code":404,"message":"Connector life not found"})"));
    r = call("GET", QStringLiteral("/connectors/life/status"));
    QCOMPARE(r.json().toObject().value(QStringLiteral("message")).toString(),
        QStringLiteral("No status found for connector life"));
    r = call("PUT", QStringLiteral("/connectors/life/pause"));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.json().toObject().value(QStringLiteral("message")).toString(),
        QStringLiteral("Unknown connector life"));
}

void TestWorker::offsetsCanBeReadAlteredAndReset()
{
    Reply r = call("GET", QStringLiteral("/connectors/src/offsets"));
    QCOMPARE(r.status, 200);
    const QJsonArray offsets = r.json().toObject().value(QStringLiteral("offsets")).toArray();
    QCOMPARE(offsets.size(), 1);
    QCOMPARE(offsets[0]
                 .toObject()
                 .value(QStringLiteral("partition"))
                 .toObject()
                 .value(QStringLiteral("filename"))
                 .toString(),
        m_dir.filePath(QStringLiteral("in.txt")));
    QVERIFY(offsets[0]
                .toObject()
                .value(QStringLiteral("offset"))
                .toObject()
                .value(QStringLiteral("position"))
                .toInteger()
        > 0);

    const QByteArray alter
        = QStringLiteral(R"({"offsets":[{"partition":{"filename":"%1"},"offset":{"position":10}}]})")
              .arg(m_dir.filePath(QStringLiteral("in.txt")))
              .toUtf8();
    r = call("PATCH", QStringLiteral("/connectors/src/offsets"), alter);
    QCOMPARE(r.status, 400);
    QVERIFY(r.json()
                .toObject()
                .value(QStringLiteral("message"))
                .toString()
                .startsWith(QStringLiteral(
                    "Connectors must be in the STOPPED state before their offsets can be modified.")));

    QCOMPARE(call("PUT", QStringLiteral("/connectors/src/stop")).status, 204);
    QVERIFY(waitForState(QStringLiteral("src"), QStringLiteral("STOPPED"), 0));
    r = call("PATCH", QStringLiteral("/connectors/src/offsets"), alter);
    QCOMPARE(r.status, 200);
    r = call("GET", QStringLiteral("/connectors/src/offsets"));
    QCOMPARE(r.json()
                 .toObject()
                 .value(QStringLiteral("offsets"))
                 .toArray()[0]
                 .toObject()
                 .value(QStringLiteral("offset"))
                 .toObject()
                 .value(QStringLiteral("position"))
                 .toInteger(),
        10);
    QCOMPARE(call("DELETE", QStringLiteral("/connectors/src/offsets")).status, 200);
    r = call("GET", QStringLiteral("/connectors/src/offsets"));
    QCOMPARE(r.json().toObject().value(QStringLiteral("offsets")).toArray().size(), 0);

    // Restore a position for the next test.
    QCOMPARE(call("PATCH", QStringLiteral("/connectors/src/offsets"), alter).status, 200);
}

void TestWorker::sinkOffsetsAlterResetAndLostOffsetsFail()
{
    // A sink created STOPPED, so its group has no member while its offsets are changed.
    const QByteArray create = QStringLiteral(
        R"({"name":"lost","config":{"connector.class":"FileStreamSink","file":"%1","topics":"big"},"initial_state":"STOPPED"})")
                                  .arg(m_dir.filePath(QStringLiteral("lost.txt")))
                                  .toUtf8();
    QCOMPARE(call("POST", QStringLiteral("/connectors"), create).status, 201);
    QVERIFY(waitForState(QStringLiteral("lost"), QStringLiteral("STOPPED"), 0));

    cs::kafka::ClientConfig client;
    client.bootstrapServers = m_worker->bootstrapServers();
    cs::kafka::Admin admin(client);
    QVERIFY(admin.open());
    QVERIFY(admin.createTopics({ { QStringLiteral("big"), 1, 1, {} } }, true));
    cs::kafka::Producer producer(client);
    QVERIFY(producer.open());
    for (int i = 0; i < 3; ++i)
        QVERIFY(producer.produce(QStringLiteral("big"), std::nullopt, QByteArray("small")));
    QVERIFY(producer.flush(10000));

    auto message
        = [](const Reply &r) { return r.json().toObject().value(QStringLiteral("message")).toString(); };
    Reply r = call("PATCH", QStringLiteral("/connectors/lost/offsets"),
        R"({"offsets":[{"partition":{"kafka_topic":"big"},"offset":{"kafka_offset":0}}]})");
    QCOMPARE(r.status, 400);
    QCOMPARE(message(r),
        QStringLiteral("The partition for a sink connector offset must contain the keys 'kafka_topic' and "
                       "'kafka_partition'"));
    r = call("PATCH", QStringLiteral("/connectors/lost/offsets"),
        R"({"offsets":[{"partition":{"kafka_topic":"big","kafka_partition":"x"},"offset":{"kafka_offset":0}}]})");
    QCOMPARE(r.status, 400);
    QCOMPARE(message(r),
        QStringLiteral("Failed to parse the following Kafka partition value in the provided offsets: 'x'. "
                       "Partition values for sink connectors need to be integers."));
    r = call("PATCH", QStringLiteral("/connectors/lost/offsets"),
        R"({"offsets":[{"partition":{"kafka_topic":"big","kafka_partition":0},"offset":{"position":0}}]})");
    QCOMPARE(r.status, 400);
    QCOMPARE(message(r),
        QStringLiteral(
            "The offset for a sink connector should either be null or contain the key 'kafka_offset'"));

    r = call("PATCH", QStringLiteral("/connectors/lost/offsets"),
        R"({"offsets":[{"partition":{"kafka_topic":"big","kafka_partition":"0"},"offset":{"kafka_offset":"2"}}]})");
    QCOMPARE(r.status, 200);
    QVERIFY(message(r).contains(QStringLiteral("have been altered successfully")));
    r = call("GET", QStringLiteral("/connectors/lost/offsets"));
    QCOMPARE(r.json().toObject(),
        QJsonDocument::fromJson(
            R"({"offsets":[{"partition":{"kafka_topic":"big","kafka_partition":0},"offset":{"kafka_offset":2}}]})")
            .object());
    r = call("DELETE", QStringLiteral("/connectors/lost/offsets"));
    QCOMPARE(r.status, 200);
    QVERIFY(message(r).contains(QStringLiteral("have been reset successfully")));
    QCOMPARE(call("GET", QStringLiteral("/connectors/lost/offsets")).body, QByteArray(R"({"offsets":[]})"));
    QCOMPARE(
        call("PATCH", QStringLiteral("/connectors/lost/offsets"),
            R"({"offsets":[{"partition":{"kafka_topic":"big","kafka_partition":0},"offset":{"kafka_offset":1}}]})")
            .status,
        200);

    // Push the group's position out of what the embedded broker retains (about 5 MiB per partition):
    // incompressible 100 KiB values, so compression cannot save them.
    for (int i = 0; i < 80; ++i) {
        QByteArray value(100 * 1024, Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(value.data()), value.size() / 4);
        QVERIFY(producer.produce(QStringLiteral("big"), std::nullopt, value));
    }
    QVERIFY(producer.flush(20000));
    qint64 low = -1, high = -1;
    QVERIFY(admin.watermarks(QStringLiteral("big"), 0, &low, &high));
    QVERIFY2(low > 1, qPrintable(QStringLiteral("log start %1").arg(low)));

    // The sink must fail and name the lost offsets, never skip them.
    QCOMPARE(call("PUT", QStringLiteral("/connectors/lost/resume")).status, 202);
    QString trace;
    for (int i = 0; i < 150 && trace.isEmpty(); ++i) {
        QTest::qWait(100);
        const QJsonArray tasks = call("GET", QStringLiteral("/connectors/lost/status"))
                                     .json()
                                     .toObject()
                                     .value(QStringLiteral("tasks"))
                                     .toArray();
        if (!tasks.isEmpty() && tasks[0].toObject().value(QStringLiteral("state")).toString() == u"FAILED")
            trace = tasks[0].toObject().value(QStringLiteral("trace")).toString();
    }
    QVERIFY2(
        trace.contains(
            QStringLiteral("Offsets 1 to %1 of big [partition 0] are no longer on the broker").arg(low - 1)),
        qPrintable(trace));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("lost.txt")))
        || QFile(m_dir.filePath(QStringLiteral("lost.txt"))).size() == 0);
    QCOMPARE(call("DELETE", QStringLiteral("/connectors/lost")).status, 204);
}

// tasks.max=2 over a topic of three partitions: the tasks split them (on the embedded broker in
// ranges by task, without joining the group) and every record is copied exactly once, also after the
// connector restarts its tasks and resumes from the committed offsets.
void TestWorker::sinkTasksSplitThePartitions()
{
    QVERIFY(createTopics({ { QStringLiteral("split"), 3, 1, {} } }));
    cs::kafka::Producer producer(brokerClient());
    QVERIFY(producer.open());
    QStringList expected;
    auto produce = [&](int from, int to) {
        for (int i = from; i < to; ++i) {
            cs::kafka::Message m;
            m.topic = QStringLiteral("split");
            m.partition = i % 3;
            m.value = QStringLiteral("\"line %1\"").arg(i).toUtf8(); // a JSON string, for the converter
            expected.append(QStringLiteral("line %1").arg(i));
            if (!producer.produce(m))
                return false;
        }
        return producer.flush(10000);
    };
    QVERIFY(produce(0, 300));
    const QString out = m_dir.filePath(QStringLiteral("split.txt"));
    QCOMPARE(createSchemalessFileSink(
                 QStringLiteral("split"), out, QStringLiteral(R"("topics":"split","tasks.max":"2")")),
        201);
    QVERIFY(waitForState(QStringLiteral("split"), QStringLiteral("RUNNING"), 2));
    auto lines = [&] {
        QFile f(out);
        if (!f.open(QIODevice::ReadOnly))
            return QStringList();
        return QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    };
    auto waitForLines = [&](qsizetype count) {
        for (int i = 0; i < 300 && lines().size() < count; ++i)
            QTest::qWait(100);
        QTest::qWait(500); // and nothing more comes
        QStringList got = lines();
        QStringList want = expected;
        got.sort();
        want.sort();
        return got == want;
    };
    QVERIFY(waitForLines(300));
    // Both tasks read: offsets committed for all three partitions.
    QJsonArray offsets;
    for (int i = 0; i < 50 && offsets.size() < 3; ++i) {
        QTest::qWait(100);
        offsets = call("GET", QStringLiteral("/connectors/split/offsets"))
                      .json()
                      .toObject()
                      .value(QStringLiteral("offsets"))
                      .toArray();
    }
    QCOMPARE(offsets.size(), 3);
    for (const QJsonValue &o : std::as_const(offsets))
        QCOMPARE(
            o.toObject().value(QStringLiteral("offset")).toObject().value(QStringLiteral("kafka_offset")),
            QJsonValue(100));
    QCOMPARE(call("POST", QStringLiteral("/connectors/split/restart?includeTasks=true")).status, 202);
    QVERIFY(waitForState(QStringLiteral("split"), QStringLiteral("RUNNING"), 2));
    QVERIFY(produce(300, 330));
    QVERIFY(waitForLines(330));
    QCOMPARE(call("DELETE", QStringLiteral("/connectors/split")).status, 204);
}

// topics.regex: the whole topic name must match (Connect's Pattern.matcher().matches()).
void TestWorker::sinkWithTopicsRegexReadsTheMatchingTopics()
{
    QVERIFY(createTopics({ { QStringLiteral("rx-a"), 1, 1, {} }, { QStringLiteral("rx-b"), 1, 1, {} },
        { QStringLiteral("xrx-a"), 1, 1, {} } }));
    cs::kafka::Producer producer(brokerClient());
    QVERIFY(producer.open());
    for (const QString &topic : { QStringLiteral("rx-a"), QStringLiteral("rx-b"), QStringLiteral("xrx-a") })
        QVERIFY(producer.produce(topic, std::nullopt, QStringLiteral("\"from %1\"").arg(topic).toUtf8()));
    QVERIFY(producer.flush(10000));
    const QString out = m_dir.filePath(QStringLiteral("regex.txt"));
    QCOMPARE(
        createSchemalessFileSink(QStringLiteral("regex"), out, QStringLiteral(R"("topics.regex":"rx-.*")")),
        201);
    QStringList lines;
    for (int i = 0; i < 200 && lines.size() < 2; ++i) {
        QTest::qWait(100);
        QFile f(out);
        if (f.open(QIODevice::ReadOnly))
            lines = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    }
    QTest::qWait(500);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    lines = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    lines.sort();
    QCOMPARE(lines, (QStringList { QStringLiteral("from rx-a"), QStringLiteral("from rx-b") }));
    QCOMPARE(call("DELETE", QStringLiteral("/connectors/regex")).status, 204);
}

void TestWorker::restartedWorkerRestoresConnectorsAndOffsets()
{
    m_worker.reset(); // a graceful stop; the embedded broker and its topics are gone with it
    QVERIFY(startWorker());
    Reply r = call("GET", QStringLiteral("/connectors"));
    QStringList names;
    for (const QJsonValue &v : r.json().toArray())
        names.append(v.toString());
    names.sort();
    QCOMPARE(names, QStringList({ QStringLiteral("snk"), QStringLiteral("src") }));
    QVERIFY(waitForState(QStringLiteral("src"), QStringLiteral("STOPPED"), 0)); // the target state came back
    QVERIFY(waitForState(QStringLiteral("snk"), QStringLiteral("RUNNING"), 1));
    r = call("GET", QStringLiteral("/connectors/src/offsets"));
    QCOMPARE(r.json()
                 .toObject()
                 .value(QStringLiteral("offsets"))
                 .toArray()[0]
                 .toObject()
                 .value(QStringLiteral("offset"))
                 .toObject()
                 .value(QStringLiteral("position"))
                 .toInteger(),
        10);
}

void TestWorker::secondWorkerOnSameGroupIsRefused()
{
    const QString props
        = QStringLiteral("group.id=test-%1\nkey.converter=org.apache.kafka.connect.json.JsonConverter\n"
                         "value.converter=org.apache.kafka.connect.json.JsonConverter\n"
                         "offset.storage.topic=o\nconfig.storage.topic=c\nstatus.storage.topic=s\n"
                         "listeners=http://127.0.0.1:%2\n")
              .arg(m_restPort)
              .arg(cs::testsupport::freeTcpPort());
    QString error;
    const std::optional<Worker::Options> options = cs::testsupport::embeddedWorkerOptions(
        props, cs::testsupport::freeTcpPort(), m_dir.filePath(QStringLiteral("state2")), &error);
    QVERIFY2(options, qPrintable(error));
    Worker second(*options);
    QVERIFY(!second.start(&error));
    QVERIFY2(error.contains(QStringLiteral("already serves group.id 'test-%1'").arg(m_restPort)),
        qPrintable(error));
}

void TestWorker::sourcesArePacedToTheirSinks()
{
    pacedCopy(QStringLiteral("paced"), m_worker->bootstrapServers());
}

// As the studio runs it: the worker without --embedded-kafka, on an embedded broker that another part
// of the process runs (the lab's). The broker keeps as little, so the sources are paced the same way.
void TestWorker::sourcesArePacedOnAnotherEmbeddedBroker()
{
    cs::kafka::EmbeddedBroker broker;
    QVERIFY2(broker.start(cs::testsupport::freeTcpPort()), qPrintable(broker.errorString()));
    const quint16 port = cs::testsupport::freeTcpPort();
    QString error;
    const std::optional<Worker::Options> options = cs::testsupport::workerOptions(
        QStringLiteral("bootstrap.servers=%1\ngroup.id=beside\n"
                       "key.converter=org.apache.kafka.connect.json.JsonConverter\n"
                       "value.converter=org.apache.kafka.connect.json.JsonConverter\n"
                       "offset.storage.topic=connect-offsets\nconfig.storage.topic=connect-configs\n"
                       "status.storage.topic=connect-status\noffset.flush.interval.ms=300\n"
                       "listeners=http://127.0.0.1:%2\n")
            .arg(broker.bootstrapServers())
            .arg(port),
        &error);
    QVERIFY2(options, qPrintable(error));
    Worker beside(*options);
    QVERIFY2(beside.start(&error), qPrintable(error));
    const quint16 own = std::exchange(m_restPort, port); // call() now reaches this worker
    pacedCopy(QStringLiteral("beside"), broker.bootstrapServers());
    m_restPort = own;
}

// About 19 MiB of hardly compressible lines, far more than the embedded broker keeps per partition
// (5 MiB), copied by a FileStream source and sink through topic `name`: the source must wait for the
// sink, which then copies every line.
void TestWorker::pacedCopy(const QString &name, const QString &bootstrap)
{
    const QString in = m_dir.filePath(name + QStringLiteral("-in.txt"));
    const QString out = m_dir.filePath(name + QStringLiteral("-out.txt"));
    QFile f(in);
    QVERIFY(f.open(QIODevice::WriteOnly));
    constexpr int lines = 24000;
    for (int i = 0; i < lines; ++i) {
        QByteArray random(600, Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
        f.write(QByteArray::number(i) + ' ' + random.toBase64() + '\n');
    }
    f.close();
    QCOMPARE(
        call("POST", QStringLiteral("/connectors"),
            QStringLiteral(
                R"({"name":"%2-snk","config":{"connector.class":"FileStreamSink","file":"%1","topics":"%2"}})")
                .arg(out, name)
                .toUtf8())
            .status,
        201);
    QCOMPARE(
        call("POST", QStringLiteral("/connectors"),
            QStringLiteral(
                R"({"name":"%2-src","config":{"connector.class":"FileStreamSource","file":"%1","topic":"%2"}})")
                .arg(in, name)
                .toUtf8())
            .status,
        201);
    qint64 copied = 0;
    for (int i = 0; i < 900 && copied < f.size(); ++i) {
        QTest::qWait(100);
        copied = QFileInfo(out).size();
        const QJsonObject status
            = call("GET", QStringLiteral("/connectors/%1-snk/status").arg(name)).json().toObject();
        const QJsonArray tasks = status.value(QStringLiteral("tasks")).toArray();
        QVERIFY2(
            tasks.isEmpty() || tasks[0].toObject().value(QStringLiteral("state")).toString() != u"FAILED",
            qPrintable(tasks[0].toObject().value(QStringLiteral("trace")).toString()));
    }
    QCOMPARE(copied, f.size());
    QFile a(in), b(out);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QVERIFY(a.readAll() == b.readAll());
    // The broker did drop the oldest records: without pacing the sink could have lost them.
    cs::kafka::ClientConfig client;
    client.bootstrapServers = bootstrap;
    cs::kafka::Admin admin(client);
    QVERIFY(admin.open());
    qint64 low = -1, high = -1;
    QVERIFY(admin.watermarks(name, 0, &low, &high));
    QCOMPARE(high, qint64(lines));
    QVERIFY2(low > 0, "the broker kept everything; this test did not exceed its retention");
}

QTEST_GUILESS_MAIN(TestWorker)
#include "tst_worker.moc"
