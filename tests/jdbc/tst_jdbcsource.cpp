// The JDBC source connector and task over real SQLite files: configuration keys and upstream's
// validation messages, every mode, the lab's record through the real JsonConverter, source partitions
// and offsets encoded by the worker's own codec, resuming from a committed offset, task splitting and
// the table monitor picking up a new table.
#include <atomic>

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

#include "connect/pluginregistry.h"
#include "converters/jsonconverter.h"
#include "data/struct.h"
#include "jdbc/jdbcurl.h"
#include "jdbc/source/jdbcsourceconfig.h"
#include "jdbc/source/jdbcsourceconnector.h"
#include "jdbc/source/jdbcsourcetask.h"
#include "worker/internalrecords.h"

using namespace cs::jdbc::source;
using cs::connect::ConfigMap;
using cs::connect::ConfigValue;
using cs::connect::SourceRecord;
using cs::connect::TaskConfig;
using cs::data::Value;

namespace {

const QString kLabJson = QStringLiteral(
    "{\"schema\":{\"type\":\"struct\",\"fields\":[{\"type\":\"int64\",\"optional\":false,\"field\":\"ID\"},"
    "{\"type\":\"string\",\"optional\":true,\"field\":\"MESSAGE\"}],\"optional\":false,\"name\":\"ORDER_"
    "TABLE\"},\"payload\":{\"ID\":1,\"MESSAGE\":\"1st OrderPlaced.\"}}");

// The offsets a worker would hand back after committing, keyed by the worker's own offset-key bytes.
class CommittedOffsets final : public cs::connect::SourceTaskContext
{
public:
    explicit CommittedOffsets(QString connector)
        : m_connector(std::move(connector))
    { }
    Value offset(const Value &partition) override
    {
        const auto key = m_codec.offsetKey(m_connector, partition);
        if (!key.ok() || !m_stored.contains(*key))
            return {};
        auto decoded = m_codec.decodeJson(m_stored.value(*key));
        return decoded.ok() ? std::move(decoded).value() : Value();
    }
    // Commits what the records say, as the worker does after the producer acknowledged them.
    void commit(const QList<SourceRecord> &records)
    {
        for (const SourceRecord &r : records) {
            if (r.sourcePartition.isNull())
                continue;
            const auto key = m_codec.offsetKey(m_connector, r.sourcePartition);
            const auto value = m_codec.offsetValue(r.sourceOffset);
            QVERIFY(key.ok() && value.ok());
            if (value.value())
                m_stored.insert(*key, *value.value());
            lastKey = *key;
            lastValue = value.value().value_or(QByteArray("null"));
        }
    }
    QByteArray lastKey;
    QByteArray lastValue;

private:
    QString m_connector;
    cs::worker::InternalRecords m_codec;
    QHash<QByteArray, QByteArray> m_stored;
};

class RecordingContext final : public cs::connect::ConnectorContext
{
public:
    void requestTaskReconfiguration() override { ++reconfigurations; }
    void raiseError(const QString &message) override { error = message; }
    std::atomic<int> reconfigurations { 0 };
    QString error;
};

QStringList errorsOf(const QList<ConfigValue> &values, const QString &key)
{
    for (const ConfigValue &v : values) {
        if (v.name == key)
            return v.errorMessages;
    }
    return { QStringLiteral("<no such key>") };
}

int errorCount(const QList<ConfigValue> &values)
{
    int n = 0;
    for (const ConfigValue &v : values)
        n += int(v.errorMessages.size());
    return n;
}

ConfigMap toConfigMap(const TaskConfig &config)
{
    ConfigMap map;
    for (auto it = config.cbegin(); it != config.cend(); ++it)
        map.insert(it.key(), it.value());
    return map;
}

} // namespace

class TestJdbcSource : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;
    QString m_url;
    QSqlDatabase m_db;
    int m_counter = 0;

    void exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(m_db);
        QVERIFY2(q.prepare(sql), qPrintable(q.lastError().text() + QStringLiteral(": ") + sql));
        for (const QVariant &v : values)
            q.addBindValue(v);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text() + QStringLiteral(": ") + sql));
    }

    TaskConfig labConfig() const
    {
        return { { QStringLiteral("connector.class"), JdbcSourceConfig::connectorClassName() },
            { QStringLiteral("connection.url"), m_url },
            { QStringLiteral("mode"), QStringLiteral("incrementing") },
            { QStringLiteral("incrementing.column.name"), QStringLiteral("ID") },
            { QStringLiteral("table.whitelist"), QStringLiteral("ORDER_TABLE") },
            { QStringLiteral("topic.prefix"), QStringLiteral("CONNECT_") },
            { QStringLiteral("tasks.max"), QStringLiteral("1") },
            { QStringLiteral("poll.interval.ms"), QStringLiteral("50") } };
    }

    // Starts the connector, takes task 0's config, starts a task on it and polls until `expected`
    // records arrived (or 5 s passed).
    QList<SourceRecord> runTask(const TaskConfig &connectorConfig, CommittedOffsets *offsets, int expected,
        int maxTasks = 1, int taskIndex = 0)
    {
        JdbcSourceConnector connector;
        const auto error = connector.start(connectorConfig);
        if (error) {
            qWarning().noquote() << *error;
            return {};
        }
        const QList<TaskConfig> configs = connector.taskConfigs(maxTasks);
        connector.stop();
        JdbcSourceTask task;
        task.initialize(offsets);
        const auto startError = task.start(configs.value(taskIndex));
        if (startError) {
            qWarning().noquote() << *startError;
            return {};
        }
        QList<SourceRecord> all;
        QElapsedTimer timer;
        timer.start();
        while (all.size() < expected && timer.elapsed() < 3000) {
            auto polled = task.poll();
            if (!polled.ok()) {
                qWarning().noquote() << polled.error().toString();
                break;
            }
            all += *polled;
        }
        // One more poll cycle shows nothing extra arrives.
        for (int i = 0; i < 3; ++i) {
            auto polled = task.poll();
            if (polled.ok())
                all += *polled;
        }
        if (offsets)
            offsets->commit(all);
        task.stop();
        return all;
    }

    QByteArray json(const SourceRecord &r)
    {
        cs::converters::JsonConverter converter;
        [&] {
            QVERIFY(
                converter.configure({ { QStringLiteral("schemas.enable"), QStringLiteral("true") } }, false)
                    .ok());
        }();
        auto bytes = converter.fromConnectData(r.topic, r.valueSchema, r.value);
        return bytes.ok() ? bytes.value() : QByteArray("error: ") + bytes.error().toString().toUtf8();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(QStringLiteral("src-%1.db").arg(++m_counter));
        m_url = QStringLiteral("jdbc:sqlite:") + m_file;
        auto db = cs::jdbc::JdbcUrl::open(m_url, {}, QStringLiteral("test-setup"));
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().toString()));
        m_db = db.value();
        exec(QStringLiteral("CREATE TABLE \"ORDER_TABLE\" (\"ID\" BIGINT NOT NULL PRIMARY KEY, \"MESSAGE\" "
                            "VARCHAR(255) NULL)"));
    }

    void cleanup()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("test-setup"));
    }

    void registeredAsPlugin()
    {
        auto registry = cs::connect::PluginRegistry::builtin();
        const auto *desc = registry->findConnector(QStringLiteral("JdbcSourceConnector"));
        QVERIFY(desc);
        QCOMPARE(desc->className, QStringLiteral("io.confluent.connect.jdbc.JdbcSourceConnector"));
        QCOMPARE(desc->type, cs::connect::PluginType::Source);
        auto connector
            = registry->newConnector(QStringLiteral("io.confluent.connect.jdbc.JdbcSourceConnector"));
        QVERIFY(connector);
        QCOMPARE(
            connector->taskClassName(), QStringLiteral("io.confluent.connect.jdbc.source.JdbcSourceTask"));
    }

    void configKeysAsUpstream()
    {
        const auto &def = JdbcSourceConfig::configDef();
        struct Expect
        {
            const char *name;
            cs::connect::ConfigType type;
            const char *group;
        };
        using T = cs::connect::ConfigType;
        const Expect keys[] = { { "connection.url", T::String, "Database" },
            { "connection.user", T::String, "Database" }, { "connection.password", T::Password, "Database" },
            { "connection.attempts", T::Int, "Database" }, { "connection.backoff.ms", T::Long, "Database" },
            { "table.whitelist", T::List, "Database" }, { "table.blacklist", T::List, "Database" },
            { "numeric.mapping", T::String, "Database" }, { "dialect.name", T::String, "Database" },
            { "mode", T::String, "Mode" }, { "incrementing.column.name", T::String, "Mode" },
            { "timestamp.column.name", T::List, "Mode" }, { "timestamp.initial", T::Long, "Mode" },
            { "validate.non.null", T::Boolean, "Mode" }, { "query", T::String, "Mode" },
            { "quote.sql.identifiers", T::String, "Mode" }, { "query.suffix", T::String, "Mode" },
            { "transaction.isolation.mode", T::String, "Mode" }, { "table.types", T::List, "Connector" },
            { "poll.interval.ms", T::Int, "Connector" }, { "batch.max.rows", T::Int, "Connector" },
            { "table.poll.interval.ms", T::Long, "Connector" }, { "topic.prefix", T::String, "Connector" },
            { "timestamp.delay.interval.ms", T::Long, "Connector" },
            { "db.timezone", T::String, "Connector" }, { "timestamp.granularity", T::String, "Connector" } };
        for (const Expect &e : keys) {
            const auto *key = def.key(QString::fromLatin1(e.name));
            QVERIFY2(key, e.name);
            QCOMPARE(key->type, e.type);
            QCOMPARE(key->group, QString::fromLatin1(e.group));
        }
        QCOMPARE(def.key(QStringLiteral("poll.interval.ms"))->defaultValue->toInt(), 5000);
        QCOMPARE(def.key(QStringLiteral("batch.max.rows"))->defaultValue->toInt(), 1000);
        QCOMPARE(def.key(QStringLiteral("table.poll.interval.ms"))->defaultValue->toLongLong(), 60000);
        QCOMPARE(def.key(QStringLiteral("db.timezone"))->defaultValue->toString(), QStringLiteral("UTC"));
        QCOMPARE(def.key(QStringLiteral("quote.sql.identifiers"))->defaultValue->toString(),
            QStringLiteral("always"));
        QCOMPARE(def.key(QStringLiteral("validate.non.null"))->defaultValue->toBool(), true);
    }

    void validationMessages()
    {
        // No mode: the five mode dependents say so.
        ConfigMap props { { QStringLiteral("connection.url"), m_url },
            { QStringLiteral("table.whitelist"), QStringLiteral("ORDER_TABLE") } };
        auto values = JdbcSourceConfig::validate(props);
        for (const QString &key : JdbcSourceConfig::modeDependents())
            QCOMPARE(errorsOf(values, key), QStringList { QStringLiteral("Query mode must be specified") });
        QCOMPARE(errorCount(values), 5);

        props.insert(QStringLiteral("mode"), QStringLiteral("x"));
        values = JdbcSourceConfig::validate(props);
        QCOMPARE(errorsOf(values, QStringLiteral("mode")),
            QStringList {
                QStringLiteral("Invalid value x for configuration mode: String must be one of: , bulk, "
                               "timestamp, incrementing, timestamp+incrementing") });
        QCOMPARE(errorsOf(values, QStringLiteral("validate.non.null")),
            QStringList { QStringLiteral("Invalid mode: x") });

        // bulk without any table filter.
        props = ConfigMap { { QStringLiteral("connection.url"), m_url },
            { QStringLiteral("mode"), QStringLiteral("bulk") } };
        values = JdbcSourceConfig::validate(props);
        const QString noFilter = QStringLiteral(
            "At least one table filtering configuration is required. Provide one of: table.whitelist, "
            "table.blacklist, table.include.list, or table.exclude.list.");
        QCOMPARE(errorsOf(values, QStringLiteral("table.whitelist")), QStringList { noFilter });
        QCOMPARE(errorsOf(values, QStringLiteral("table.exclude.list")), QStringList { noFilter });
        QCOMPARE(errorCount(values), 4);

        // Legacy and new keys mixed.
        props.insert(QStringLiteral("table.whitelist"), QStringLiteral("ORDER_TABLE"));
        props.insert(QStringLiteral("table.include.list"), QStringLiteral(".*"));
        values = JdbcSourceConfig::validate(props);
        QVERIFY(errorsOf(values, QStringLiteral("table.whitelist"))
                    .value(0)
                    .startsWith(QStringLiteral("Cannot mix legacy and new configuration approaches.")));
        QCOMPARE(errorCount(values), 2);

        // query with a table filter; a query that is not a SELECT.
        props = ConfigMap { { QStringLiteral("connection.url"), m_url },
            { QStringLiteral("mode"), QStringLiteral("bulk") },
            { QStringLiteral("query"), QStringLiteral("SELECT * FROM ORDER_TABLE") },
            { QStringLiteral("table.whitelist"), QStringLiteral("ORDER_TABLE") } };
        values = JdbcSourceConfig::validate(props);
        QVERIFY(errorsOf(values, QStringLiteral("query"))
                    .value(0)
                    .startsWith(QStringLiteral("Do not specify table filtering configs with 'query'.")));
        props.remove(QStringLiteral("table.whitelist"));
        props.insert(QStringLiteral("query"), QStringLiteral("DELETE FROM ORDER_TABLE"));
        values = JdbcSourceConfig::validate(props);
        QCOMPARE(errorsOf(values, QStringLiteral("query")),
            QStringList { QStringLiteral("Only SELECT statements are supported for 'query'. Please provide a "
                                         "statement that starts with SELECT.") });
        props.insert(QStringLiteral("query"), QStringLiteral("SELECT * FROM NO_SUCH_TABLE"));
        values = JdbcSourceConfig::validate(props);
        QVERIFY(errorsOf(values, QStringLiteral("query"))
                    .value(0)
                    .startsWith(QStringLiteral("The configured query is not valid")));

        // Topic prefix and time zone validators.
        props = ConfigMap { { QStringLiteral("connection.url"), m_url },
            { QStringLiteral("mode"), QStringLiteral("bulk") },
            { QStringLiteral("table.whitelist"), QStringLiteral("ORDER_TABLE") },
            { QStringLiteral("topic.prefix"), QStringLiteral("bad prefix!") },
            { QStringLiteral("db.timezone"), QStringLiteral("Mars/Olympus") } };
        values = JdbcSourceConfig::validate(props);
        QCOMPARE(errorsOf(values, QStringLiteral("topic.prefix")),
            QStringList { QStringLiteral(
                "Invalid value bad prefix! for configuration topic.prefix: Topic prefix must not "
                "contain any character other than ASCII alphanumerics, '.', '_' and '-'.") });
        QCOMPARE(errorsOf(values, QStringLiteral("db.timezone")),
            QStringList { QStringLiteral(
                "Invalid value Mars/Olympus for configuration db.timezone: Invalid time zone identifier") });

        // The lab's config is valid.
        values = JdbcSourceConfig::validate(toConfigMap(labConfig()));
        QCOMPARE(errorCount(values), 0);
    }

    void unreachableDatabaseIsOneClearMessage()
    {
        const QString url = QStringLiteral("jdbc:postgresql://127.0.0.1:1/nothing");
        ConfigMap props { { QStringLiteral("connection.url"), url },
            { QStringLiteral("mode"), QStringLiteral("bulk") },
            { QStringLiteral("table.whitelist"), QStringLiteral("ORDER_TABLE") },
            { QStringLiteral("connection.password"), QStringLiteral("s3cret") } };
        const auto values = JdbcSourceConfig::validate(props);
        const QStringList errors = errorsOf(values, QStringLiteral("connection.url"));
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().startsWith(QStringLiteral("Could not connect to database. ")),
            qPrintable(errors.first()));
        QVERIFY2(errors.first().contains(url), qPrintable(errors.first()));
        QVERIFY2(errors.first().contains(QStringLiteral("127.0.0.1:1")), qPrintable(errors.first()));
        QVERIFY(!errors.first().contains(QStringLiteral("s3cret")));

        // A task given the same URL fails at start with the same reason (its trace).
        TaskConfig task { { QStringLiteral("connection.url"), url },
            { QStringLiteral("mode"), QStringLiteral("bulk") },
            { QStringLiteral("connection.attempts"), QStringLiteral("1") },
            { QStringLiteral("tables"), QStringLiteral("\"ORDER_TABLE\"") },
            { QStringLiteral("tables.fetched"), QStringLiteral("true") } };
        JdbcSourceTask t;
        const auto error = t.start(task);
        QVERIFY(error);
        QVERIFY2(error->contains(url) && error->contains(QStringLiteral("127.0.0.1:1")), qPrintable(*error));
        // And the connector itself.
        JdbcSourceConnector c;
        TaskConfig connectorConfig { { QStringLiteral("connection.url"), url },
            { QStringLiteral("mode"), QStringLiteral("bulk") },
            { QStringLiteral("connection.attempts"), QStringLiteral("1") },
            { QStringLiteral("table.whitelist"), QStringLiteral("ORDER_TABLE") } };
        const auto connectorError = c.start(connectorConfig);
        QVERIFY(connectorError);
        QVERIFY2(connectorError->contains(url), qPrintable(*connectorError));
        // A URL no driver serves names the driver it needs and the ones installed.
        ConfigMap unknown { { QStringLiteral("connection.url"),
                                QStringLiteral("jdbc:oracle:thin:@db:1521:x") },
            { QStringLiteral("mode"), QStringLiteral("bulk") },
            { QStringLiteral("table.whitelist"), QStringLiteral("T") } };
        const QStringList unknownErrors
            = errorsOf(JdbcSourceConfig::validate(unknown), QStringLiteral("connection.url"));
        QCOMPARE(unknownErrors.size(), 1);
        QVERIFY2(
            unknownErrors.first().startsWith(QStringLiteral(
                "Could not connect to database. No suitable driver found for jdbc:oracle:thin:@db:1521:x")),
            qPrintable(unknownErrors.first()));
    }

    void labRecordAsJson()
    {
        exec(QStringLiteral(
            "INSERT INTO ORDER_TABLE VALUES (1, '1st OrderPlaced.'), (2, '2nd OrderPlaced.')"));
        CommittedOffsets offsets(QStringLiteral("h2-source-connect"));
        const QList<SourceRecord> records = runTask(labConfig(), &offsets, 2);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.first().topic, QStringLiteral("CONNECT_ORDER_TABLE"));
        QVERIFY(records.first().key.isNull());
        QVERIFY(records.first().keySchema.isNull());
        QVERIFY(!records.first().kafkaPartition);
        QCOMPARE(QString::fromUtf8(json(records.first())), kLabJson);
        QCOMPARE(offsets.lastKey,
            QByteArray("[\"h2-source-connect\",{\"protocol\":\"1\",\"table\":\"ORDER_TABLE\"}]"));
        QCOMPARE(offsets.lastValue, QByteArray("{\"incrementing\":2}"));
    }

    void incrementingResumesFromCommittedOffset()
    {
        exec(QStringLiteral("INSERT INTO ORDER_TABLE VALUES (1, 'a'), (2, 'b')"));
        CommittedOffsets offsets(QStringLiteral("src"));
        QCOMPARE(runTask(labConfig(), &offsets, 2).size(), 2);
        exec(QStringLiteral("INSERT INTO ORDER_TABLE VALUES (3, 'c')"));
        // A new task (a restart) starts after the committed offset.
        const QList<SourceRecord> again = runTask(labConfig(), &offsets, 1);
        QCOMPARE(again.size(), 1);
        QCOMPARE(again.first().value.structValue().get(0).toInt64(), qint64(3));
        QCOMPARE(offsets.lastValue, QByteArray("{\"incrementing\":3}"));
        // A legacy V0 offset ({"table":"ORDER_TABLE"}) is used when there is no V1 one.
        CommittedOffsets legacy(QStringLiteral("src"));
        SourceRecord v0;
        v0.sourcePartition = Value(cs::data::ValueMap { { Value::fromString(QStringLiteral("table")),
            Value::fromString(QStringLiteral("ORDER_TABLE")) } });
        v0.sourceOffset = Value(
            cs::data::ValueMap { { Value::fromString(QStringLiteral("incrementing")), Value(qint64(2)) } });
        legacy.commit({ v0 });
        QCOMPARE(runTask(labConfig(), &legacy, 1).size(), 1);
    }

    void incrementingAutoDetectAndNullable()
    {
        exec(QStringLiteral("CREATE TABLE auto (id INTEGER PRIMARY KEY, v TEXT)"));
        exec(QStringLiteral("INSERT INTO auto(v) VALUES ('x'), ('y')"));
        TaskConfig config = labConfig();
        config.remove(QStringLiteral("incrementing.column.name"));
        config.insert(QStringLiteral("table.whitelist"), QStringLiteral("auto"));
        const auto records = runTask(config, nullptr, 2);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.last().sourceOffset.map().at(0).second.toInt64(), qint64(2));

        exec(QStringLiteral("CREATE TABLE nullable (id BIGINT NULL, v TEXT)"));
        config.insert(QStringLiteral("table.whitelist"), QStringLiteral("nullable"));
        config.insert(QStringLiteral("incrementing.column.name"), QStringLiteral("id"));
        JdbcSourceConnector connector;
        QVERIFY(!connector.start(config));
        JdbcSourceTask task;
        const auto error = task.start(connector.taskConfigs(1).first());
        connector.stop();
        QCOMPARE(error.value_or(QString()),
            QStringLiteral(
                "Cannot make incremental queries using incrementing column id on \"nullable\" because this "
                "column is nullable."));
        config.insert(QStringLiteral("incrementing.column.name"), QStringLiteral("nope"));
        QVERIFY(!connector.start(config));
        JdbcSourceTask task2;
        QCOMPARE(task2.start(connector.taskConfigs(1).first()).value_or(QString()),
            QStringLiteral("Incrementing column: nope does not exist in table '\"nullable\"'"));
        connector.stop();
    }

    void bulkRereadsEveryPollInterval()
    {
        exec(QStringLiteral("INSERT INTO ORDER_TABLE VALUES (1, 'a'), (2, 'b')"));
        TaskConfig config = labConfig();
        config.insert(QStringLiteral("mode"), QStringLiteral("bulk"));
        config.remove(QStringLiteral("incrementing.column.name"));
        config.insert(QStringLiteral("poll.interval.ms"), QStringLiteral("100"));
        const auto records = runTask(config, nullptr, 6);
        QVERIFY2(records.size() >= 6, qPrintable(QString::number(records.size())));
        QCOMPARE(records.first().sourcePartition.map().size(), size_t(1));
        QCOMPARE(
            records.first().sourcePartition.map().at(0).second.toQString(), QStringLiteral("ORDER_TABLE"));
        QVERIFY(records.first().sourceOffset.isNull());
    }

    void timestampModes()
    {
        // Epoch-millisecond timestamps (as sqlite-jdbc and our sink store them) and text timestamps.
        exec(QStringLiteral("CREATE TABLE ts_ms (id BIGINT NOT NULL, updated TIMESTAMP NOT NULL, v TEXT)"));
        exec(QStringLiteral("CREATE TABLE ts_text (id BIGINT NOT NULL, updated DATETIME NOT NULL, v TEXT)"));
        const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - 60000;
        qint64 latest = t0 + 10;
        exec(QStringLiteral("INSERT INTO ts_ms VALUES (1, ?, 'a'), (2, ?, 'b'), (3, ?, 'c')"),
            { t0, t0 + 10, t0 + 10 });
        exec(QStringLiteral("INSERT INTO ts_text VALUES (1, '2020-01-01 10:00:00.123', 'a'), (2, "
                            "'2020-01-01 10:00:01', 'b')"));
        for (const QString &table : { QStringLiteral("ts_ms"), QStringLiteral("ts_text") }) {
            for (const QString &mode :
                { QStringLiteral("timestamp"), QStringLiteral("timestamp+incrementing") }) {
                TaskConfig config = labConfig();
                config.insert(QStringLiteral("mode"), mode);
                config.insert(QStringLiteral("table.whitelist"), table);
                config.insert(QStringLiteral("timestamp.column.name"), QStringLiteral("updated"));
                if (mode == u"timestamp")
                    config.remove(QStringLiteral("incrementing.column.name"));
                else
                    config.insert(QStringLiteral("incrementing.column.name"), QStringLiteral("id"));
                CommittedOffsets offsets(QStringLiteral("ts"));
                const int rows = table == u"ts_ms" ? 3 : 2;
                const auto records = runTask(config, &offsets, rows);
                QCOMPARE(records.size(), rows);
                const QString offsetText = QString::fromUtf8(offsets.lastValue);
                QVERIFY2(
                    offsetText.startsWith(QStringLiteral("{\"timestamp_nanos\":")), qPrintable(offsetText));
                if (table == u"ts_text")
                    QVERIFY2(offsetText.contains(QStringLiteral("\"timestamp\":1577872801000")),
                        qPrintable(offsetText));
                else
                    QVERIFY2(offsetText.contains(QStringLiteral("\"timestamp\":%1").arg(latest)),
                        qPrintable(offsetText));
                if (mode != u"timestamp")
                    QVERIFY(offsetText.contains(QStringLiteral("\"incrementing\":")));
                // The schema carries Connect's Timestamp and the value is epoch ms.
                const auto &s = records.first().valueSchema;
                QCOMPARE(s.field(QStringLiteral("updated"))->schema().name(),
                    QStringLiteral("org.apache.kafka.connect.data.Timestamp"));
                // Resuming: nothing new, then one updated row.
                QCOMPARE(runTask(config, &offsets, 1).size(), 0);
                if (table == u"ts_ms") {
                    latest += 10;
                    exec(QStringLiteral("UPDATE ts_ms SET updated = ?, v = 'changed' WHERE id = 1"),
                        { latest });
                    const auto changed = runTask(config, &offsets, 1);
                    QCOMPARE(changed.size(), 1);
                    QCOMPARE(
                        changed.first().value.structValue().get(2).toQString(), QStringLiteral("changed"));
                }
            }
        }
        // The timestamp-only offset never splits rows sharing a timestamp: the first of two rows at
        // t0+10 carries the offset of t0.
        TaskConfig config = labConfig();
        config.insert(QStringLiteral("mode"), QStringLiteral("timestamp"));
        config.insert(QStringLiteral("table.whitelist"), QStringLiteral("ts_ms"));
        config.insert(QStringLiteral("timestamp.column.name"), QStringLiteral("updated"));
        config.remove(QStringLiteral("incrementing.column.name"));
        const auto records = runTask(config, nullptr, 3);
        QCOMPARE(records.size(), 3);
        auto tsOf = [](const SourceRecord &r) {
            for (const auto &[k, v] : r.sourceOffset.map()) {
                if (k.toQString() == u"timestamp")
                    return v.toInt64();
            }
            return qint64(-1);
        };
        // Row 2 (t0+10), row 3 (t0+10), row 1 (latest): row 2 shares its timestamp with row 3, so its
        // offset does not advance to it yet.
        QCOMPARE(tsOf(records.at(0)), qint64(-1));
        QCOMPARE(tsOf(records.at(1)), t0 + 10);
        QCOMPARE(tsOf(records.at(2)), latest);
    }

    void timestampDelayHoldsRecentRows()
    {
        exec(QStringLiteral("CREATE TABLE recent (id BIGINT NOT NULL, updated TIMESTAMP NOT NULL)"));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        exec(QStringLiteral("INSERT INTO recent VALUES (1, ?), (2, ?)"), { now - 120000, now });
        TaskConfig config = labConfig();
        config.insert(QStringLiteral("mode"), QStringLiteral("timestamp"));
        config.insert(QStringLiteral("table.whitelist"), QStringLiteral("recent"));
        config.insert(QStringLiteral("timestamp.column.name"), QStringLiteral("updated"));
        config.insert(QStringLiteral("timestamp.delay.interval.ms"), QStringLiteral("60000"));
        config.remove(QStringLiteral("incrementing.column.name"));
        QCOMPARE(runTask(config, nullptr, 2).size(), 1);
        // timestamp.initial skips everything before it.
        config.insert(QStringLiteral("timestamp.delay.interval.ms"), QStringLiteral("0"));
        config.insert(QStringLiteral("timestamp.initial"), QString::number(now - 1000));
        QCOMPARE(runTask(config, nullptr, 2).size(), 1);
    }

    void queryMode()
    {
        exec(QStringLiteral("INSERT INTO ORDER_TABLE VALUES (1, 'a'), (2, 'b'), (3, 'c')"));
        TaskConfig config = labConfig();
        config.remove(QStringLiteral("table.whitelist"));
        config.insert(QStringLiteral("query"),
            QStringLiteral("SELECT \"ID\" AS \"OID\", \"MESSAGE\" FROM \"ORDER_TABLE\""));
        config.insert(QStringLiteral("incrementing.column.name"), QStringLiteral("OID"));
        config.insert(QStringLiteral("topic.prefix"), QStringLiteral("orders-query"));
        CommittedOffsets offsets(QStringLiteral("q"));
        const auto records = runTask(config, &offsets, 3);
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.first().topic, QStringLiteral("orders-query"));
        QVERIFY(!records.first().valueSchema.hasName());
        QCOMPARE(records.first().valueSchema.fields().first().name(), QStringLiteral("OID"));
        QCOMPARE(offsets.lastKey, QByteArray("[\"q\",{\"query\":\"query\"}]"));
        QCOMPARE(offsets.lastValue, QByteArray("{\"incrementing\":3}"));
        JdbcSourceConnector connector;
        config.insert(QStringLiteral("table.whitelist"), QStringLiteral("ORDER_TABLE"));
        QCOMPARE(connector.start(config).value_or(QString()),
            QStringLiteral("query may not be combined with whole-table copying settings."));
    }

    void typesAndNumericMapping()
    {
        exec(QStringLiteral(
            "CREATE TABLE types (id BIGINT NOT NULL, b BOOLEAN, s SMALLINT, i INT, r REAL, d DOUBLE, "
            "n NUMERIC(5,0), dec DECIMAL(10,2), t TEXT, bl BLOB, dt DATE, ts TIMESTAMP)"));
        exec(QStringLiteral(
                 "INSERT INTO types VALUES (1, 1, 7, 42, 1.5, 2.25, 12345, '12.50', 'x', x'0102', ?, ?)"),
            { qlonglong(QDateTime(QDate(2020, 1, 2), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch()),
                qlonglong(1577872800123) });
        TaskConfig config = labConfig();
        config.insert(QStringLiteral("table.whitelist"), QStringLiteral("types"));
        config.insert(QStringLiteral("incrementing.column.name"), QStringLiteral("id"));
        auto records = runTask(config, nullptr, 1);
        QCOMPARE(records.size(), 1);
        QCOMPARE(QString::fromUtf8(json(records.first())),
            QStringLiteral("{\"schema\":{\"type\":\"struct\",\"fields\":[{\"type\":\"int64\",\"optional\":"
                           "false,\"field\":\"id\"},"
                           "{\"type\":\"boolean\",\"optional\":true,\"field\":\"b\"},{\"type\":\"int16\","
                           "\"optional\":true,\"field\":\"s\"},"
                           "{\"type\":\"int32\",\"optional\":true,\"field\":\"i\"},{\"type\":\"float\","
                           "\"optional\":true,\"field\":\"r\"},"
                           "{\"type\":\"double\",\"optional\":true,\"field\":\"d\"},{\"type\":\"bytes\","
                           "\"optional\":true,\"name\":"
                           "\"org.apache.kafka.connect.data.Decimal\",\"version\":1,\"parameters\":{"
                           "\"scale\":\"0\",\"connect.decimal."
                           "precision\":\"5\"},\"field\":\"n\"},{\"type\":\"bytes\",\"optional\":true,"
                           "\"name\":\"org.apache.kafka.connect."
                           "data.Decimal\",\"version\":1,\"parameters\":{\"scale\":\"2\",\"connect.decimal."
                           "precision\":\"10\"},\"field\":"
                           "\"dec\"},{\"type\":\"string\",\"optional\":true,\"field\":\"t\"},{\"type\":"
                           "\"bytes\",\"optional\":true,\"field\":"
                           "\"bl\"},{\"type\":\"int32\",\"optional\":true,\"name\":\"org.apache.kafka."
                           "connect.data.Date\",\"version\":1,"
                           "\"field\":\"dt\"},{\"type\":\"int64\",\"optional\":true,\"name\":\"org.apache."
                           "kafka.connect.data.Timestamp\","
                           "\"version\":1,\"field\":\"ts\"}],\"optional\":false,\"name\":\"types\"},"
                           "\"payload\":{\"id\":1,\"b\":true,\"s\":7,"
                           "\"i\":42,\"r\":1.5,\"d\":2.25,\"n\":\"MDk=\",\"dec\":\"BOI=\",\"t\":\"x\",\"bl\":"
                           "\"AQI=\",\"dt\":18263,\"ts\":"
                           "1577872800123}}"));
        config.insert(QStringLiteral("numeric.mapping"), QStringLiteral("best_fit"));
        records = runTask(config, nullptr, 1);
        QCOMPARE(records.size(), 1);
        const auto *n = records.first().valueSchema.field(QStringLiteral("n"));
        QVERIFY(n);
        QCOMPARE(n->schema().type(), cs::data::Type::Int32);
        QCOMPARE(records.first().value.structValue().get(QStringView(u"n")).toInt32(), 12345);
    }

    // SQLite keeps whatever storage class a value came in (affinity converts only what it can): every
    // column type meets integers, reals, text, blobs and NULLs, including text that is not UTF-8. The
    // payloads are what the QtSql reading gave, which the source's own SQLite reading must keep.
    void sqliteStorageClassesInEveryColumnType()
    {
        exec(QStringLiteral("CREATE TABLE mixed (id INTEGER NOT NULL, t TEXT, i INT, r REAL, d DOUBLE, "
                            "dec DECIMAL(10,2), bl BLOB, b BOOLEAN, ts TIMESTAMP)"));
        exec(QStringLiteral("INSERT INTO mixed VALUES (1, '한국어 text', 42, 1.5, 1e20, 12.5, x'00ff', 0, "
                            "1577872800123)"));
        exec(QStringLiteral("INSERT INTO mixed VALUES (2, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)"));
        exec(QStringLiteral("INSERT INTO mixed VALUES (3, 123, '77', 3, 0.1, '7', 'text in blob', 'true', "
                            "'2020-01-01 10:00:00.5')"));
        exec(QStringLiteral("INSERT INTO mixed VALUES (4, CAST(x'ff41' AS TEXT), 2.5, 'abc', -0.0, 0.25, "
                            "4611686018427387904, 2, 1577872800)"));
        exec(QStringLiteral("INSERT INTO mixed VALUES (5, '', 'x', x'01', 7, 3, 1.25, 0.5, '2020-01-02')"));
        TaskConfig config = labConfig();
        config.insert(QStringLiteral("table.whitelist"), QStringLiteral("mixed"));
        config.insert(QStringLiteral("incrementing.column.name"), QStringLiteral("id"));
        config.insert(QStringLiteral("db.timezone"), QStringLiteral("UTC"));
        const auto records = runTask(config, nullptr, 5);
        QStringList payloads;
        for (const SourceRecord &r : records) {
            const QByteArray bytes = json(r);
            payloads << QString::fromUtf8(bytes.mid(bytes.indexOf("\"payload\":")));
        }
        const QStringList expected {
            QStringLiteral("\"payload\":{\"id\":1,\"t\":\"한국어 text\",\"i\":42,\"r\":1.5,\"d\":1.0E20,"
                           "\"dec\":\"BOI=\",\"bl\":\"AP8=\",\"b\":false,\"ts\":1577872800123}}"),
            QStringLiteral("\"payload\":{\"id\":2,\"t\":null,\"i\":null,\"r\":null,\"d\":null,\"dec\":null,"
                           "\"bl\":null,\"b\":null,\"ts\":null}}"),
            QStringLiteral(
                "\"payload\":{\"id\":3,\"t\":\"123\",\"i\":77,\"r\":3.0,\"d\":0.1,\"dec\":\"Arw=\","
                "\"bl\":\"dGV4dCBpbiBibG9i\",\"b\":true,\"ts\":1577872800500}}"),
            // Bytes that are not UTF-8 come out as U+FFFD, as SQLite's UTF-16 conversion gives them.
            QStringLiteral("\"payload\":{\"id\":4,\"t\":\"%1A\",\"i\":3,\"r\":0.0,\"d\":0.0,\"dec\":\"GQ==\","
                           "\"bl\":\"NDYxMTY4NjAxODQyNzM4NzkwNA==\",\"b\":true,\"ts\":1577872800}}")
                .arg(QChar(0xFFFD)),
            QStringLiteral("\"payload\":{\"id\":5,\"t\":\"\",\"i\":0,\"r\":0.0,\"d\":7.0,\"dec\":\"ASw=\","
                           "\"bl\":\"MS4yNQ==\",\"b\":true,\"ts\":1577923200000}}"),
        };
        QCOMPARE(payloads, expected);
    }

    void batchMaxRowsAndManyTables()
    {
        exec(QStringLiteral("CREATE TABLE big (id INTEGER PRIMARY KEY, v TEXT)"));
        exec(QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c WHERE x < 2500) "
                            "INSERT INTO big SELECT x, 'row' || x FROM c"));
        TaskConfig config = labConfig();
        config.insert(QStringLiteral("table.whitelist"), QStringLiteral("big"));
        config.insert(QStringLiteral("incrementing.column.name"), QStringLiteral("id"));
        config.insert(QStringLiteral("batch.max.rows"), QStringLiteral("1000"));
        JdbcSourceConnector connector;
        QVERIFY(!connector.start(config));
        JdbcSourceTask task;
        QVERIFY(!task.start(connector.taskConfigs(1).first()));
        connector.stop();
        QList<int> sizes;
        int total = 0;
        while (total < 2500) {
            auto polled = task.poll();
            QVERIFY(polled.ok());
            if (!polled->isEmpty())
                sizes << int(polled->size());
            total += int(polled->size());
        }
        task.stop();
        QCOMPARE(sizes, (QList<int> { 1000, 1000, 500 }));

        // tasks.max splits tables into contiguous groups, dialect-quoted.
        for (const char *t : { "t1", "t2", "t3", "t4" })
            exec(QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY)").arg(QLatin1String(t)));
        config.insert(QStringLiteral("table.whitelist"), QStringLiteral("t1,t2,t3,t4,big"));
        QVERIFY(!connector.start(config));
        const auto configs = connector.taskConfigs(2);
        connector.stop();
        QCOMPARE(configs.size(), 2);
        QCOMPARE(configs.at(0).value(QStringLiteral("tables")), QStringLiteral("\"big\",\"t1\",\"t2\""));
        QCOMPARE(configs.at(1).value(QStringLiteral("tables")), QStringLiteral("\"t3\",\"t4\""));
        QCOMPARE(configs.at(1).value(QStringLiteral("tables.fetched")), QStringLiteral("true"));
        // Blacklist.
        config.remove(QStringLiteral("table.whitelist"));
        config.insert(QStringLiteral("table.blacklist"), QStringLiteral("big,ORDER_TABLE,t2"));
        QVERIFY(!connector.start(config));
        QCOMPARE(connector.tables(),
            (QStringList { QStringLiteral("\"t1\""), QStringLiteral("\"t3\""), QStringLiteral("\"t4\"") }));
        QCOMPARE(connector.taskConfigs(5).size(), 3);
        connector.stop();
        // No matching table: one task that fails with upstream's message.
        config.insert(QStringLiteral("table.blacklist"), QString());
        config.insert(QStringLiteral("table.whitelist"), QStringLiteral("nope"));
        QVERIFY(!connector.start(config));
        const auto none = connector.taskConfigs(3);
        connector.stop();
        QCOMPARE(none.size(), 1);
        JdbcSourceTask idle;
        QVERIFY(idle.start(none.first())
                    .value_or(QString())
                    .startsWith(QStringLiteral(
                        "Task is being killed because it was not assigned a table nor a query to execute.")));
    }

    void tableMonitorPicksUpNewTables()
    {
        TaskConfig config = labConfig();
        config.remove(QStringLiteral("table.whitelist"));
        config.insert(QStringLiteral("table.blacklist"), QStringLiteral("nothing"));
        config.insert(QStringLiteral("table.poll.interval.ms"), QStringLiteral("100"));
        JdbcSourceConnector connector;
        RecordingContext context;
        connector.initialize(&context);
        QVERIFY(!connector.start(config));
        QCOMPARE(connector.tables(), QStringList { QStringLiteral("\"ORDER_TABLE\"") });
        exec(QStringLiteral("CREATE TABLE \"NEW_ORDERS\" (\"ID\" BIGINT NOT NULL, \"M\" TEXT)"));
        QTRY_COMPARE_WITH_TIMEOUT(connector.tables().size(), 2, 5000);
        QCOMPARE(connector.tables().first(), QStringLiteral("\"NEW_ORDERS\""));
        QTRY_VERIFY_WITH_TIMEOUT(context.reconfigurations.load() >= 1, 2000);
        QCOMPARE(connector.taskConfigs(1).first().value(QStringLiteral("tables")),
            QStringLiteral("\"NEW_ORDERS\",\"ORDER_TABLE\""));
        exec(QStringLiteral("DROP TABLE \"NEW_ORDERS\""));
        QTRY_COMPARE_WITH_TIMEOUT(connector.tables().size(), 1, 5000);
        connector.stop();
        QVERIFY(context.error.isEmpty());
    }

    void injectionNamesAreJustNames()
    {
        exec(QStringLiteral(
            "CREATE TABLE \"x\"\"; DROP TABLE y; --\" (\"id\"\"; --\" INTEGER PRIMARY KEY, v TEXT)"));
        exec(QStringLiteral("CREATE TABLE y (id INTEGER)"));
        exec(QStringLiteral("INSERT INTO \"x\"\"; DROP TABLE y; --\"(v) VALUES ('safe')"));
        TaskConfig config = labConfig();
        config.insert(QStringLiteral("table.whitelist"), QStringLiteral("x\"; DROP TABLE y; --"));
        config.insert(QStringLiteral("incrementing.column.name"), QStringLiteral("id\"; --"));
        config.insert(QStringLiteral("topic.prefix"), QString());
        const auto records = runTask(config, nullptr, 1);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().topic, QStringLiteral("x\"; DROP TABLE y; --"));
        QSqlQuery q(m_db);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM y")));
    }
};

QTEST_GUILESS_MAIN(TestJdbcSource)
#include "tst_jdbcsource.moc"
