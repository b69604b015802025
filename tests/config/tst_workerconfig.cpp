#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "config/workerconfig.h"

using namespace Qt::StringLiterals;
using cs::config::Listener;
using cs::config::Properties;
using cs::config::WorkerConfig;

namespace {

// The smallest valid distributed-mode file.
Properties minimal()
{
    return Properties { { u"group.id"_s, u"connect-cluster"_s },
        { u"key.converter"_s, u"org.apache.kafka.connect.json.JsonConverter"_s },
        { u"value.converter"_s, u"org.apache.kafka.connect.json.JsonConverter"_s },
        { u"offset.storage.topic"_s, u"connect-offsets"_s },
        { u"config.storage.topic"_s, u"connect-configs"_s },
        { u"status.storage.topic"_s, u"connect-status"_s } };
}

Properties minimalWith(std::initializer_list<Properties::Entry> extra)
{
    Properties p = minimal();
    for (const auto &[k, v] : extra)
        p.set(k, v);
    return p;
}

WorkerConfig valid(const Properties &p)
{
    const auto r = WorkerConfig::fromProperties(p);
    if (!r.ok())
        qWarning() << "unexpected errors:" << r.errors;
    return *r.config;
}

} // namespace

class TestWorkerConfig final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsOfEveryKey();
    void requiredKeysInUpstreamOrder();
    void typeErrors_data();
    void typeErrors();
    void valuesAreTrimmed();
    void classResolver();
    void javaHashSetOrderInCaseInsensitiveTexts();
    void converterPrefixes();
    void unknownKeysArePassedThrough();
    void listenerParsing_data();
    void listenerParsing();
    void listenerErrors_data();
    void listenerErrors();
    void safeDefaultBind();
    void explicitListenerReach_data();
    void explicitListenerReach();
    void advertisedUrlAndWorkerId();
    void sampleFile();
    void fileErrorsNameFileAndLine();
};

void TestWorkerConfig::defaultsOfEveryKey()
{
    const WorkerConfig c = valid(minimal());
    QCOMPARE(c.bootstrapServers(), QStringList { u"localhost:9092"_s });
    QCOMPARE(c.groupId(), u"connect-cluster"_s);
    QCOMPARE(c.headerConverterClass(), u"org.apache.kafka.connect.storage.SimpleHeaderConverter"_s);
    QCOMPARE(c.offsetFlushIntervalMs(), 60000);
    QCOMPARE(c.offsetFlushTimeoutMs(), 5000);
    QCOMPARE(c.taskShutdownGracefulTimeoutMs(), 5000);
    QCOMPARE(c.pluginPath(), std::nullopt);
    QCOMPARE(c.getString(u"plugin.discovery"_s), u"hybrid_warn"_s);
    QCOMPARE(c.getList(u"config.providers"_s), QStringList());
    QCOMPARE(c.getString(u"connector.client.config.override.policy"_s), u"All"_s);
    QVERIFY(c.topicCreationEnable());
    QVERIFY(c.topicTrackingEnable());
    QVERIFY(c.topicTrackingAllowReset());
    QCOMPARE(c.getList(u"listeners"_s), QStringList { u"http://:8083"_s }); // upstream's definition default
    QCOMPARE(c.restAdvertisedHostName(), std::nullopt);
    QCOMPARE(c.restAdvertisedPort(), std::nullopt);
    QCOMPARE(c.restAdvertisedListener(), std::nullopt);
    QVERIFY(c.value(u"admin.listeners"_s).isNull());
    QCOMPARE(c.accessControlAllowOrigin(), QString());
    QCOMPARE(c.accessControlAllowMethods(), QString());
    QCOMPARE(c.getList(u"rest.extension.classes"_s), QStringList());
    QCOMPARE(c.getString(u"response.http.headers.config"_s), QString());
    QCOMPARE(c.offsetStoragePartitions(), 25);
    QCOMPARE(c.offsetStorageReplicationFactor(), qint16(3));
    QCOMPARE(c.configStorageReplicationFactor(), qint16(3));
    QCOMPARE(c.statusStoragePartitions(), 5);
    QCOMPARE(c.statusStorageReplicationFactor(), qint16(3));
    QCOMPARE(c.getInt(u"session.timeout.ms"_s), 10000);
    QCOMPARE(c.getInt(u"heartbeat.interval.ms"_s), 3000);
    QCOMPARE(c.rebalanceTimeoutMs(), 60000);
    QCOMPARE(c.getInt(u"worker.sync.timeout.ms"_s), 3000);
    QCOMPARE(c.getInt(u"worker.unsync.backoff.ms"_s), 300000);
    QCOMPARE(c.getInt(u"scheduled.rebalance.max.delay.ms"_s), 300000);
    QCOMPARE(c.getString(u"connect.protocol"_s), u"sessioned"_s);
    QCOMPARE(c.getString(u"exactly.once.source.support"_s), u"disabled"_s);
    // The SHORT keys really are 16-bit values.
    QCOMPARE(c.value(u"offset.storage.replication.factor"_s).typeId(), int(QMetaType::Short));
    QCOMPARE(c.value(u"offset.flush.interval.ms"_s).typeId(), int(QMetaType::LongLong));
}

void TestWorkerConfig::requiredKeysInUpstreamOrder()
{
    const auto r = WorkerConfig::fromProperties(Properties());
    QVERIFY(!r.ok());
    const QStringList expected {
        u"Missing required configuration \"key.converter\" which has no default value."_s,
        u"Missing required configuration \"value.converter\" which has no default value."_s,
        u"Missing required configuration \"group.id\" which has no default value."_s,
        u"Missing required configuration \"offset.storage.topic\" which has no default value."_s,
        u"Missing required configuration \"config.storage.topic\" which has no default value."_s,
        u"Missing required configuration \"status.storage.topic\" which has no default value."_s,
    };
    QCOMPARE(r.errors, expected);

    Properties p = minimal();
    p.remove(u"group.id"_s);
    const auto one = WorkerConfig::fromProperties(p);
    QCOMPARE(one.errors,
        QStringList { u"Missing required configuration \"group.id\" which has no default value."_s });
}

void TestWorkerConfig::typeErrors_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("error");
    QTest::newRow("int")
        << u"rest.advertised.port"_s << u"abc"_s
        << u"Invalid value abc for configuration rest.advertised.port: Not a number of type INT"_s;
    QTest::newRow("int overflow")
        << u"session.timeout.ms"_s << u"2147483648"_s
        << u"Invalid value 2147483648 for configuration session.timeout.ms: Not a number of type INT"_s;
    QTest::newRow("long with fraction")
        << u"offset.flush.interval.ms"_s << u"1.5"_s
        << u"Invalid value 1.5 for configuration offset.flush.interval.ms: Not a number of type LONG"_s;
    QTest::newRow("short overflow")
        << u"offset.storage.replication.factor"_s << u"70000"_s
        << u"Invalid value 70000 for configuration offset.storage.replication.factor: Not a number of type SHORT"_s;
    QTest::newRow("boolean")
        << u"topic.creation.enable"_s << u"yes"_s
        << u"Invalid value yes for configuration topic.creation.enable: Expected value to be either true or false"_s;
    QTest::newRow("partitions")
        << u"offset.storage.partitions"_s << u"0"_s
        << u"Invalid value 0 for configuration offset.storage.partitions: Number of partitions must be positive, or -1 to use the broker's default"_s;
    QTest::newRow("replication factor")
        << u"status.storage.replication.factor"_s << u"-2"_s
        << u"Invalid value -2 for configuration status.storage.replication.factor: Replication factor must be positive and not larger than the number of brokers in the Kafka cluster, or -1 to use the broker's default"_s;
    QTest::newRow("valid string")
        << u"metrics.recording.level"_s << u"verbose"_s
        << u"Invalid value verbose for configuration metrics.recording.level: String must be one of: INFO, DEBUG, TRACE"_s;
    QTest::newRow("range")
        << u"scheduled.rebalance.max.delay.ms"_s << u"-1"_s
        << u"Invalid value -1 for configuration scheduled.rebalance.max.delay.ms: Value must be at least 0"_s;
    QTest::newRow("connect protocol")
        << u"connect.protocol"_s << u"v9"_s
        << u"Invalid value v9 for configuration connect.protocol: Invalid Connect protocol compatibility"_s;
    QTest::newRow("plugin discovery")
        << u"plugin.discovery"_s << u"sometimes"_s
        << u"Invalid value sometimes for configuration plugin.discovery: String must be one of (case insensitive): ONLY_SCAN, SERVICE_LOAD, HYBRID_WARN, HYBRID_FAIL"_s;
}

void TestWorkerConfig::typeErrors()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, error);
    const auto r = WorkerConfig::fromProperties(minimalWith({ { key, value } }));
    QCOMPARE(r.errors, QStringList { error });
}

void TestWorkerConfig::valuesAreTrimmed()
{
    const WorkerConfig c = valid(minimalWith({ { u"offset.flush.interval.ms"_s, u" 10000 "_s },
        { u"topic.creation.enable"_s, u"FALSE"_s }, { u"connect.protocol"_s, u"Eager"_s },
        { u"plugin.discovery"_s, u"ONLY_SCAN"_s }, { u"bootstrap.servers"_s, u" a:1 , b:2 "_s },
        { u"offset.storage.replication.factor"_s, u"-1"_s }, { u"rest.advertised.port"_s, u"+8084"_s } }));
    QCOMPARE(c.offsetFlushIntervalMs(), 10000);
    QVERIFY(!c.topicCreationEnable());
    QCOMPARE(c.bootstrapServers(), QStringList({ u"a:1"_s, u"b:2"_s }));
    QCOMPARE(c.offsetStorageReplicationFactor(), qint16(-1));
    QCOMPARE(c.restAdvertisedPort(), 8084);
    // The error quotes the value as written.
    const auto r = WorkerConfig::fromProperties(minimalWith({ { u"offset.flush.timeout.ms"_s, u"5s "_s } }));
    QCOMPARE(r.errors.first(),
        u"Invalid value 5s  for configuration offset.flush.timeout.ms: Not a number of type LONG"_s);
    // A list keeps empty elements, as String.split(regex, -1) does.
    QCOMPARE(valid(minimalWith({ { u"bootstrap.servers"_s, u"a:1,,b:2,"_s } })).bootstrapServers(),
        QStringList({ u"a:1"_s, QString(), u"b:2"_s, QString() }));
}

void TestWorkerConfig::classResolver()
{
    const auto known = [](const QString &, const QString &name) {
        return name == u"org.apache.kafka.connect.json.JsonConverter"_s
            || name == u"org.apache.kafka.connect.storage.SimpleHeaderConverter"_s;
    };
    QVERIFY(WorkerConfig::fromProperties(minimal(), known).ok());
    const auto r = WorkerConfig::fromProperties(
        minimalWith({ { u"value.converter"_s, u"io.confluent.connect.avro.AvroConverter"_s } }), known);
    QCOMPARE(r.errors,
        QStringList {
            u"Invalid value io.confluent.connect.avro.AvroConverter for configuration value.converter: Class io.confluent.connect.avro.AvroConverter could not be found."_s });
}

void TestWorkerConfig::javaHashSetOrderInCaseInsensitiveTexts()
{
    // Vectors from Apache Kafka's own tests: the options are joined in java.util.HashSet order.
    auto text = [](const QStringList &options) {
        return *cs::connect::Validator::caseInsensitiveValidString(options)->check(u"k"_s, u"bad"_s);
    };
    QCOMPARE(text({ u"none"_s, u"gzip"_s, u"snappy"_s, u"zstd"_s }),
        u"Invalid value bad for configuration k: String must be one of (case insensitive): ZSTD, GZIP, NONE, SNAPPY"_s);
    QCOMPARE(text({ u"bidirectional"_s, u"upgrade"_s, u"downgrade"_s, u"disabled"_s }),
        u"Invalid value bad for configuration k: String must be one of (case insensitive): DISABLED, DOWNGRADE, UPGRADE, BIDIRECTIONAL"_s);
    QCOMPARE(text({ u"wallclock"_s, u"event"_s }),
        u"Invalid value bad for configuration k: String must be one of (case insensitive): EVENT, WALLCLOCK"_s);
    QCOMPARE(text({ u"true"_s, u"false"_s }),
        u"Invalid value bad for configuration k: String must be one of (case insensitive): TRUE, FALSE"_s);
    QVERIFY(
        !cs::connect::Validator::caseInsensitiveValidString({ u"a"_s })->check(u"k"_s, u"A"_s).has_value());
}

void TestWorkerConfig::converterPrefixes()
{
    const WorkerConfig c = valid(minimalWith({ { u"key.converter.schemas.enable"_s, u"false"_s },
        { u"value.converter.schemas.enable"_s, u"true"_s },
        { u"value.converter.decimal.format"_s, u"NUMERIC"_s },
        { u"value.converter.replace.null.with.default"_s, u"false"_s } }));
    QCOMPARE(c.keyConverterClass(), u"org.apache.kafka.connect.json.JsonConverter"_s);
    QCOMPARE(c.keyConverterConfig(), Properties({ { u"schemas.enable"_s, u"false"_s } }));
    QCOMPARE(c.valueConverterConfig(),
        Properties({ { u"schemas.enable"_s, u"true"_s }, { u"decimal.format"_s, u"NUMERIC"_s },
            { u"replace.null.with.default"_s, u"false"_s } }));
    QVERIFY(c.headerConverterConfig().isEmpty());
    QVERIFY(c.unknownKeys().isEmpty());
}

void TestWorkerConfig::unknownKeysArePassedThrough()
{
    const WorkerConfig c = valid(minimalWith({ { u"producer.compression.type"_s, u"lz4"_s },
        { u"consumer.max.poll.records"_s, u"500"_s }, { u"config.storage.min.insync.replicas"_s, u"1"_s },
        { u"sasl.mechanism"_s, u"PLAIN"_s }, { u"my.own.setting"_s, u"x"_s } }));
    QCOMPARE(c.originalsWithPrefix(u"producer."_s), Properties({ { u"compression.type"_s, u"lz4"_s } }));
    QCOMPARE(c.originalsWithPrefix(u"consumer."_s), Properties({ { u"max.poll.records"_s, u"500"_s } }));
    QCOMPARE(c.originals().value(u"sasl.mechanism"_s), u"PLAIN"_s);
    QCOMPARE(c.unknownKeys(), QStringList({ u"sasl.mechanism"_s, u"my.own.setting"_s }));
}

void TestWorkerConfig::listenerParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::newRow("upstream default") << u"http://:8083"_s << u"http"_s << QString() << 8083;
    QTest::newRow("seed's second worker")
        << u"HTTP://localhost:8084"_s << u"http"_s << u"localhost"_s << 8084;
    QTest::newRow("all interfaces") << u"http://0.0.0.0:8083"_s << u"http"_s << u"0.0.0.0"_s << 8083;
    QTest::newRow("https") << u"HTTPS://myhost:8443"_s << u"https"_s << u"myhost"_s << 8443;
    QTest::newRow("ipv6") << u"http://[::1]:8083"_s << u"http"_s << u"::1"_s << 8083;
    QTest::newRow("port zero") << u"http://127.0.0.1:0"_s << u"http"_s << u"127.0.0.1"_s << 0;
}

void TestWorkerConfig::listenerParsing()
{
    QFETCH(QString, text);
    QFETCH(QString, protocol);
    QFETCH(QString, host);
    QFETCH(int, port);
    QString error;
    const auto l = Listener::parse(text, &error);
    QVERIFY2(l.has_value(), qPrintable(error));
    QCOMPARE(l->text, text);
    QCOMPARE(l->protocol, protocol);
    QCOMPARE(l->host, host);
    QCOMPARE(l->port, port);

    const WorkerConfig several
        = valid(minimalWith({ { u"listeners"_s, u"HTTP://:8083, https://127.0.0.1:8443"_s } }));
    QCOMPARE(several.listeners().size(), 2);
    QCOMPARE(several.listeners().at(1).protocol, u"https"_s);
    QCOMPARE(several.listeners().at(1).port, 8443);
}

void TestWorkerConfig::listenerErrors_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("error");
    QTest::newRow("no scheme") << u"localhost:8083"_s
                               << u"Listener doesn't have the right format (protocol://hostname:port)."_s;
    QTest::newRow("no port") << u"http://localhost"_s
                             << u"Listener doesn't have the right format (protocol://hostname:port)."_s;
    QTest::newRow("bad protocol") << u"ftp://:21"_s
                                  << u"Listener protocol must be either \"http\" or \"https\"."_s;
    QTest::newRow("empty")
        << QString()
        << u"Invalid value for listeners, at least one URL is expected, ex: http://localhost:8080,https://localhost:8443."_s;
    QTest::newRow("empty element") << u"http://:8083,"_s << u"Empty URL found when parsing listeners list."_s;
    QTest::newRow("port out of range")
        << u"http://:70000"_s << u"Listener port out of range (0-65535): http://:70000"_s;
}

void TestWorkerConfig::listenerErrors()
{
    QFETCH(QString, value);
    QFETCH(QString, error);
    const auto r = WorkerConfig::fromProperties(minimalWith({ { u"listeners"_s, value } }));
    QCOMPARE(r.errors, QStringList { error });
}

void TestWorkerConfig::safeDefaultBind()
{
    const WorkerConfig c = valid(minimal());
    const auto b = c.restBinding();
    QVERIFY(!b.explicitListeners);
    QVERIFY(!b.reachableBeyondLoopback);
    QCOMPARE(b.listeners.size(), 1);
    QCOMPARE(b.primary().protocol, u"http"_s);
    QCOMPARE(b.primary().host, u"127.0.0.1"_s);
    QCOMPARE(b.primary().port, 8083);
    QCOMPARE(b.primary().bindAddress(), QHostAddress(QHostAddress::LocalHost));
}

void TestWorkerConfig::explicitListenerReach_data()
{
    QTest::addColumn<QString>("listeners");
    QTest::addColumn<bool>("reachable");
    QTest::newRow("empty host = every interface") << u"HTTP://:8084"_s << true;
    QTest::newRow("localhost") << u"HTTP://localhost:8084"_s << false;
    QTest::newRow("loopback v4") << u"http://127.0.0.1:8084"_s << false;
    QTest::newRow("loopback v4 other") << u"http://127.0.0.2:8084"_s << false;
    QTest::newRow("loopback v6") << u"http://[::1]:8084"_s << false;
    QTest::newRow("any v4") << u"http://0.0.0.0:8084"_s << true;
    QTest::newRow("lan address") << u"http://192.168.1.5:8083"_s << true;
    QTest::newRow("host name") << u"http://myhost:8083"_s << true;
    QTest::newRow("one of several") << u"http://localhost:8083,http://:8084"_s << true;
}

void TestWorkerConfig::explicitListenerReach()
{
    QFETCH(QString, listeners);
    QFETCH(bool, reachable);
    const auto b = valid(minimalWith({ { u"listeners"_s, listeners } })).restBinding();
    QVERIFY(b.explicitListeners);
    QCOMPARE(b.reachableBeyondLoopback, reachable);
    QCOMPARE(b.listeners.size(), listeners.count(u',') + 1);
}

void TestWorkerConfig::advertisedUrlAndWorkerId()
{
    const WorkerConfig safe = valid(minimal());
    QCOMPARE(safe.workerId(8083, u"10.0.0.5"_s), u"127.0.0.1:8083"_s);
    QCOMPARE(safe.advertisedUrl(8083, u"10.0.0.5"_s).toString(), u"http://127.0.0.1:8083/"_s);

    const WorkerConfig wide = valid(minimalWith({ { u"listeners"_s, u"HTTP://:8083"_s } }));
    QCOMPARE(wide.workerId(8083, u"10.0.0.5"_s), u"10.0.0.5:8083"_s);

    const WorkerConfig advertised = valid(minimalWith({ { u"listeners"_s, u"HTTP://:8083"_s },
        { u"rest.advertised.host.name"_s, u"worker1"_s }, { u"rest.advertised.port"_s, u"9000"_s } }));
    QCOMPARE(advertised.workerId(8083, u"10.0.0.5"_s), u"worker1:9000"_s);

    const WorkerConfig https = valid(minimalWith({ { u"listeners"_s, u"https://secure:8443,http://:8083"_s },
        { u"rest.advertised.listener"_s, u"HTTPS"_s } }));
    QCOMPARE(https.advertisedUrl(8443, u"10.0.0.5"_s).toString(), u"https://secure:8443/"_s);
}

void TestWorkerConfig::sampleFile()
{
    const auto r
        = WorkerConfig::fromFile(QStringLiteral(CS_SOURCE_DIR "/resources/connect-distributed.properties"));
    QVERIFY2(r.ok(), qPrintable(r.errors.join(u'\n')));
    const WorkerConfig &c = *r.config;
    QCOMPARE(c.groupId(), u"connect-cluster"_s);
    QCOMPARE(c.offsetStorageTopic(), u"connect-offsets"_s);
    QCOMPARE(c.configStorageTopic(), u"connect-configs"_s);
    QCOMPARE(c.statusStorageTopic(), u"connect-status"_s);
    QCOMPARE(c.offsetStorageReplicationFactor(), qint16(1));
    QCOMPARE(c.offsetStoragePartitions(), 25);
    QCOMPARE(c.offsetFlushIntervalMs(), 10000);
    QCOMPARE(c.keyConverterConfig().value(u"schemas.enable"_s), u"true"_s);
    QVERIFY(!c.restBinding().explicitListeners);
    QCOMPARE(c.restBinding().primary().port, 8083);
}

void TestWorkerConfig::fileErrorsNameFileAndLine()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"connect-distributed.properties"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("group.id=x\nkey.converter=\\u004\n");
    f.close();
    const auto r = WorkerConfig::fromFile(path);
    QCOMPARE(r.errors, QStringList { path + u":2: malformed \\uXXXX escape"_s });
    QVERIFY(!r.config.has_value());

    const auto missing = WorkerConfig::fromFile(dir.filePath(u"nope.properties"_s));
    QCOMPARE(missing.errors.size(), 1);
    QVERIFY(missing.errors.first().startsWith(dir.filePath(u"nope.properties"_s) + u": "_s));
}

QTEST_GUILESS_MAIN(TestWorkerConfig)
#include "tst_workerconfig.moc"
