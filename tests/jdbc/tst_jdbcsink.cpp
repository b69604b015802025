// The JDBC sink (io.confluent.connect.jdbc.JdbcSinkConnector) on real databases: SQLite files and
// PostgreSQL, MariaDB and H2 servers started in a temporary folder (tests/support). Each database runs
// the same suite through the plugin's task: auto.create + insert, upsert on a value key (repeated keys in
// one batch), record_key + tombstone deletes, update, pk.mode=kafka, auto.evolve on and off,
// fields.whitelist, batches larger than batch.size, a table and a column named like an SQL injection,
// and records that do not fit (the failure names topic, partition, offset and column). Plus the
// connector's validation, retries on a lost connection and exhausted retries.
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

#include "connect/pluginregistry.h"
#include "data/logicaltypes.h"
#include "data/schemabuilder.h"
#include "data/struct.h"
#include "data/value.h"
#include "jdbc/dialects.h"
#include "jdbc/jdbcurl.h"
#include "jdbc/sink/jdbcdbwriter.h"
#include "jdbc/sink/jdbcsinkconnector.h"
#include "jdbc/sink/jdbcsinktask.h"
#include "support/databaseservers.h"

using namespace cs::jdbc;
using cs::connect::ConfigMap;
using cs::connect::ConfigValue;
using cs::connect::SinkRecord;
using cs::connect::TaskConfig;
using cs::data::Schema;
using cs::data::SchemaBuilder;
using cs::data::Struct;
using cs::data::Value;

namespace {

const QString kInjection = QStringLiteral("x\"; DROP TABLE y; --");
const QString kInjectionBacktick = QStringLiteral("x`; DROP TABLE y; --");

Schema orderSchema()
{
    static const Schema s = SchemaBuilder::structure()
                                .name(QStringLiteral("orders"))
                                .field(QStringLiteral("id"), Schema::int64())
                                .field(QStringLiteral("message"), Schema::optionalString())
                                .build();
    return s;
}

Schema keySchema()
{
    static const Schema s = SchemaBuilder::structure().field(QStringLiteral("id"), Schema::int64()).build();
    return s;
}

Value order(const Schema &schema, qint64 id, const QString &message)
{
    Struct s(schema);
    s.set(0, Value(id));
    s.set(1, message.isNull() ? Value() : Value::fromString(message));
    return Value(std::move(s));
}

Value key(qint64 id)
{
    Struct s(keySchema());
    s.set(0, Value(id));
    return Value(std::move(s));
}

SinkRecord record(const QString &topic, qint64 offset, const Schema &vs, const Value &v,
    const Schema &ks = {}, const Value &k = {}, int partition = 0)
{
    SinkRecord r;
    r.topic = topic;
    r.kafkaPartition = partition;
    r.kafkaOffset = offset;
    r.timestamp = 1700000000000 + offset;
    r.timestampType = QStringLiteral("CreateTime");
    r.valueSchema = vs;
    r.value = v;
    r.keySchema = ks;
    r.key = k;
    return r;
}

// What one database needs: its URL, credentials and a connection the test checks through.
struct Target
{
    QString url;
    ConnectionProperties props;
    DatabaseKind kind = DatabaseKind::Sqlite;
    std::shared_ptr<DatabaseDialect> dialect;
    QSqlDatabase db;
    QString connectionName;

    TaskConfig config(const QList<std::pair<QString, QString>> &extra) const
    {
        TaskConfig c;
        c.insert(QStringLiteral("name"), QStringLiteral("sink-under-test"));
        c.insert(QStringLiteral("connector.class"), JdbcSinkConnector::staticClassName());
        c.insert(QStringLiteral("connection.url"), url);
        if (!props.user.isEmpty())
            c.insert(QStringLiteral("connection.user"), props.user);
        if (!props.password.isEmpty())
            c.insert(QStringLiteral("connection.password"), props.password);
        if (props.h2PgPort)
            c.insert(h2PgPortKey(), QString::number(*props.h2PgPort));
        c.insert(QStringLiteral("connection.attempts"), QStringLiteral("1"));
        c.insert(QStringLiteral("max.retries"), QStringLiteral("0"));
        for (const auto &[k, v] : extra)
            c.insert(k, v);
        return c;
    }
    QString table(const QString &name) const
    {
        TableId id;
        id.table = name;
        return dialect->tableName(id);
    }
    QString col(const QString &name) const { return dialect->quoteIdentifier(name); }

    QList<QVariantList> rows(const QString &sql) const
    {
        QList<QVariantList> out;
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            qWarning().noquote() << "query failed:" << sql << q.lastError().text();
            return out;
        }
        while (q.next()) {
            QVariantList row;
            for (int i = 0; i < q.record().count(); ++i)
                row << q.value(i);
            out << row;
        }
        return out;
    }
    bool exec(const QString &sql) const
    {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            qWarning().noquote() << "statement failed:" << sql << q.lastError().text();
            return false;
        }
        return true;
    }
    QStringList columnNames(const QString &tableName) const
    {
        TableId id;
        id.table = tableName;
        QSqlDatabase copy = db;
        Result<TableDefinition> def = dialect->describeTable(copy, id);
        return def ? def->columnNames() : QStringList();
    }
};

// Runs a task on `records` with `config`; returns the error text of start or put ("" = success).
QString runTask(const TaskConfig &config, const QList<QList<SinkRecord>> &puts)
{
    JdbcSinkTask task;
    if (const auto error = task.start(config))
        return *error;
    for (const QList<SinkRecord> &records : puts) {
        const cs::data::Status st = task.put(records);
        if (!st.ok()) {
            task.stop();
            return st.error().toString();
        }
    }
    const cs::data::Status flushed = task.flush({});
    task.stop();
    return flushed.ok() ? QString() : flushed.error().toString();
}

QString pairs(const QList<QVariantList> &rows)
{
    QStringList out;
    for (const QVariantList &r : rows) {
        QStringList cells;
        for (const QVariant &v : r)
            cells << (v.isNull() ? QStringLiteral("NULL") : v.toString());
        out << cells.join(QLatin1Char('|'));
    }
    return out.join(QLatin1Char(','));
}

} // namespace

class TestJdbcSink : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void registeredAndConfigured();
    void validation();
    void fieldsMetadata();
    void retriesExhausted();
    void sqlite();
    void postgres();
    void mariadb();
    void h2();

private:
    void suite(Target &t);
    void openTarget(Target &t);
    void closeTarget(Target &t);
};

void TestJdbcSink::registeredAndConfigured()
{
    const auto registry = cs::connect::PluginRegistry::builtin();
    QVERIFY(registry->findConnector(QStringLiteral("JdbcSinkConnector")));
    QVERIFY(registry->findConnector(QStringLiteral("io.confluent.connect.jdbc.JdbcSinkConnector")));
    const auto &def = JdbcSinkConfig::configDef();
    QCOMPARE(def.key(QStringLiteral("batch.size"))->defaultValue->toInt(), 3000);
    QCOMPARE(def.key(QStringLiteral("max.retries"))->defaultValue->toInt(), 10);
    QCOMPARE(def.key(QStringLiteral("retry.backoff.ms"))->defaultValue->toInt(), 3000);
    QCOMPARE(
        def.key(QStringLiteral("table.name.format"))->defaultValue->toString(), QStringLiteral("${topic}"));
    QCOMPARE(def.key(QStringLiteral("insert.mode"))->group, QStringLiteral("Writes"));
    QCOMPARE(def.key(QStringLiteral("pk.mode"))->group, QStringLiteral("Data Mapping"));
    QVERIFY(!def.key(QStringLiteral("connection.url"))->hasDefault());

    TaskConfig bad;
    bad.insert(QStringLiteral("connection.url"), QStringLiteral("jdbc:sqlite::memory:"));
    bad.insert(QStringLiteral("delete.enabled"), QStringLiteral("true"));
    const auto parsed = JdbcSinkConfig::parse(bad);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().toString(),
        QStringLiteral("Primary key mode must be 'record_key' when delete support is enabled"));
    bad.insert(QStringLiteral("pk.mode"), QStringLiteral("RECORD_KEY"));
    bad.insert(QStringLiteral("insert.mode"), QStringLiteral("UPSERT"));
    const auto ok = JdbcSinkConfig::parse(bad);
    QVERIFY(ok);
    QCOMPARE(int(ok->pkMode), int(PrimaryKeyMode::RecordKey));
    QCOMPARE(int(ok->insertMode), int(InsertMode::Upsert));
}

void TestJdbcSink::validation()
{
    JdbcSinkConnector connector;
    auto errorsOf = [](const QList<ConfigValue> &values, const QString &key) {
        for (const ConfigValue &v : values)
            if (v.name == key)
                return v.errorMessages;
        return QStringList();
    };
    QTemporaryDir dir;
    const QString sqliteUrl = QStringLiteral("jdbc:sqlite:") + dir.filePath(QStringLiteral("v.db"));
    // Deletes without record_key: the message on both keys (§5.2).
    ConfigMap props { { QStringLiteral("connection.url"), sqliteUrl },
        { QStringLiteral("delete.enabled"), QStringLiteral("true") } };
    auto values = connector.validate(props);
    QCOMPARE(errorsOf(values, QStringLiteral("delete.enabled")),
        QStringList { QStringLiteral("Deletes are only supported for pk.mode record_key") });
    QCOMPARE(errorsOf(values, QStringLiteral("pk.mode")),
        QStringList { QStringLiteral("Deletes are only supported for pk.mode record_key") });
    // Enumerators: lower or upper case only.
    props = { { QStringLiteral("connection.url"), sqliteUrl },
        { QStringLiteral("insert.mode"), QStringLiteral("Upsert") } };
    values = connector.validate(props);
    QCOMPARE(errorsOf(values, QStringLiteral("insert.mode")),
        QStringList {
            QStringLiteral("Invalid value Upsert for configuration insert.mode: Invalid enumerator") });
    // A valid configuration on SQLite: no errors at all.
    props = { { QStringLiteral("connection.url"), sqliteUrl } };
    values = connector.validate(props);
    for (const ConfigValue &v : std::as_const(values))
        QVERIFY2(v.errorMessages.isEmpty(),
            qPrintable(v.name + QStringLiteral(": ") + v.errorMessages.join(u';')));
    // An unreachable server: upstream's text on connection.url, the password never shown.
    const quint16 port = cs::testsupport::freeTcpPort();
    props = { { QStringLiteral("connection.url"),
                  QStringLiteral("jdbc:postgresql://127.0.0.1:%1/test").arg(port) },
        { QStringLiteral("connection.password"), QStringLiteral("s3cret-pw") } };
    values = connector.validate(props);
    const QStringList urlErrors = errorsOf(values, QStringLiteral("connection.url"));
    QCOMPARE(urlErrors.size(), 1);
    QVERIFY2(urlErrors.first().startsWith(QStringLiteral("Could not connect to database. "))
            && urlErrors.first().contains(QStringLiteral("127.0.0.1:%1").arg(port)),
        qPrintable(urlErrors.first()));
    QVERIFY(!urlErrors.first().contains(QStringLiteral("s3cret-pw")));
}

void TestJdbcSink::fieldsMetadata()
{
    TaskConfig c;
    c.insert(QStringLiteral("connection.url"), QStringLiteral("jdbc:sqlite::memory:"));
    c.insert(QStringLiteral("pk.mode"), QStringLiteral("kafka"));
    JdbcSinkConfig config = JdbcSinkConfig::parse(c).value();
    auto m = FieldsMetadata::extract(QStringLiteral("t"), config, Schema(), orderSchema());
    QVERIFY(m);
    QStringList ddl;
    for (const SinkField &f : m->allFields)
        ddl << f.name;
    QCOMPARE(ddl,
        (QStringList { QStringLiteral("__connect_topic"), QStringLiteral("__connect_partition"),
            QStringLiteral("__connect_offset"), QStringLiteral("id"), QStringLiteral("message") }));
    config.pkFields = { QStringLiteral("a"), QStringLiteral("b") };
    m = FieldsMetadata::extract(QStringLiteral("t"), config, Schema(), orderSchema());
    QVERIFY(!m);
    QCOMPARE(m.error().toString(),
        QStringLiteral(
            "PK mode for table 't' is KAFKA so there should either be no field names defined for defaults "
            "[__connect_topic, __connect_partition, __connect_offset] to be applicable, or exactly 3, "
            "defined fields are: [a, b]"));
    config.pkMode = PrimaryKeyMode::RecordKey;
    config.pkFields = {};
    m = FieldsMetadata::extract(QStringLiteral("t"), config, Schema(), orderSchema());
    QCOMPARE(m.error().toString(),
        QStringLiteral("PK mode for table 't' is RECORD_KEY, but record key schema is missing"));
    m = FieldsMetadata::extract(QStringLiteral("t"), config, Schema::int64(), orderSchema());
    QCOMPARE(m.error().toString(),
        QStringLiteral(
            "Need exactly one PK column defined since the key schema for records is a primitive type, "
            "defined columns are: []"));
    // A record-key field that is not in the value comes last in DDL order.
    const Schema k2 = SchemaBuilder::structure().field(QStringLiteral("zone"), Schema::string()).build();
    m = FieldsMetadata::extract(QStringLiteral("t"), config, k2, orderSchema());
    QVERIFY(m);
    ddl.clear();
    for (const SinkField &f : m->allFields)
        ddl << f.name;
    QCOMPARE(ddl, (QStringList { QStringLiteral("id"), QStringLiteral("message"), QStringLiteral("zone") }));
    QVERIFY(m->allFields.last().primaryKey);
    config.pkMode = PrimaryKeyMode::None;
    m = FieldsMetadata::extract(QStringLiteral("t"), config, Schema(), Schema::int32());
    QCOMPARE(m.error().toString(), QStringLiteral("Value schema must be of type Struct or String"));
}

void TestJdbcSink::retriesExhausted()
{
    // Nothing listens on the port: every attempt fails, max.retries retries are made, then the
    // write fails with upstream's "Exception chain:" and the reason.
    const quint16 port = cs::testsupport::freeTcpPort();
    TaskConfig c;
    c.insert(QStringLiteral("name"), QStringLiteral("retry-test"));
    c.insert(
        QStringLiteral("connection.url"), QStringLiteral("jdbc:postgresql://127.0.0.1:%1/test").arg(port));
    c.insert(QStringLiteral("connection.attempts"), QStringLiteral("1"));
    c.insert(QStringLiteral("max.retries"), QStringLiteral("2"));
    c.insert(QStringLiteral("retry.backoff.ms"), QStringLiteral("50"));
    JdbcDbWriter writer(JdbcSinkConfig::parse(c).value());
    const auto st = writer.write(
        { record(QStringLiteral("t"), 0, orderSchema(), order(orderSchema(), 1, QStringLiteral("a"))) });
    QVERIFY(!st.ok());
    QVERIFY2(st.error().toString().startsWith(QStringLiteral("Exception chain:\n")),
        qPrintable(st.error().toString()));
    QVERIFY2(st.error().toString().contains(QStringLiteral("127.0.0.1:%1").arg(port)),
        qPrintable(st.error().toString()));
    QCOMPARE(writer.retriesDone(), 2);

    // A URL no dialect or driver takes fails at once, without retries.
    c.insert(QStringLiteral("connection.url"), QStringLiteral("jdbc:oracle:thin:@localhost:1521:x"));
    JdbcDbWriter other(JdbcSinkConfig::parse(c).value());
    const auto st2 = other.write(
        { record(QStringLiteral("t"), 0, orderSchema(), order(orderSchema(), 1, QStringLiteral("a"))) });
    QVERIFY(!st2.ok());
    QVERIFY2(st2.error().toString().contains(QStringLiteral("No suitable driver found for jdbc:oracle")),
        qPrintable(st2.error().toString()));
    QCOMPARE(other.retriesDone(), 0);
}

void TestJdbcSink::openTarget(Target &t)
{
    auto d = Dialects::forUrl(t.url);
    QVERIFY(d);
    t.dialect = d.value();
    static int n = 0;
    t.connectionName = QStringLiteral("tst-jdbcsink-check-%1").arg(++n);
    auto db = JdbcUrl::open(t.url, t.props, t.connectionName);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    t.db = db.value();
}

void TestJdbcSink::closeTarget(Target &t)
{
    t.db.close();
    t.db = QSqlDatabase();
    QSqlDatabase::removeDatabase(t.connectionName);
}

void TestJdbcSink::suite(Target &t)
{
    const Schema os = orderSchema();
    const bool mysql = t.kind == DatabaseKind::MySql || t.kind == DatabaseKind::MariaDb;
    const QString id = t.col(QStringLiteral("id"));
    const QString msg = t.col(QStringLiteral("message"));

    // 1. auto.create + insert (pk.mode=none): the table appears with the record's columns.
    QString err = runTask(t.config({ { QStringLiteral("auto.create"), QStringLiteral("true") } }),
        { { record(QStringLiteral("ins"), 0, os, order(os, 1, QStringLiteral("1st OrderPlaced."))),
              record(QStringLiteral("ins"), 1, os, order(os, 2, QString())) },
            { record(QStringLiteral("ins"), 2, os, order(os, 3, QStringLiteral("3rd"))) } });
    QVERIFY2(err.isEmpty(), qPrintable(err));
    QCOMPARE(pairs(t.rows(QStringLiteral("SELECT %1, %2 FROM %3 ORDER BY %1")
                              .arg(id, msg, t.table(QStringLiteral("ins"))))),
        QStringLiteral("1|1st OrderPlaced.,2|NULL,3|3rd"));
    QCOMPARE(t.columnNames(QStringLiteral("ins")),
        (QStringList { QStringLiteral("id"), QStringLiteral("message") }));

    // 2. upsert on a value field, a key repeated inside one batch and across puts.
    err = runTask(t.config({ { QStringLiteral("auto.create"), QStringLiteral("true") },
                      { QStringLiteral("insert.mode"), QStringLiteral("upsert") },
                      { QStringLiteral("pk.mode"), QStringLiteral("record_value") },
                      { QStringLiteral("pk.fields"), QStringLiteral("id") } }),
        { { record(QStringLiteral("ups"), 0, os, order(os, 1, QStringLiteral("a"))),
              record(QStringLiteral("ups"), 1, os, order(os, 2, QStringLiteral("b"))),
              record(QStringLiteral("ups"), 2, os, order(os, 1, QStringLiteral("c"))) },
            { record(QStringLiteral("ups"), 3, os, order(os, 2, QStringLiteral("d"))) } });
    QVERIFY2(err.isEmpty(), qPrintable(err));
    QCOMPARE(pairs(t.rows(QStringLiteral("SELECT %1, %2 FROM %3 ORDER BY %1")
                              .arg(id, msg, t.table(QStringLiteral("ups"))))),
        QStringLiteral("1|c,2|d"));

    // 3. record_key + delete.enabled: tombstones delete, order kept (upsert after delete of the same key).
    const Schema ks = keySchema();
    err = runTask(t.config({ { QStringLiteral("auto.create"), QStringLiteral("true") },
                      { QStringLiteral("insert.mode"), QStringLiteral("upsert") },
                      { QStringLiteral("pk.mode"), QStringLiteral("record_key") },
                      { QStringLiteral("delete.enabled"), QStringLiteral("true") } }),
        { { record(QStringLiteral("del"), 0, os, order(os, 1, QStringLiteral("a")), ks, key(1)),
            record(QStringLiteral("del"), 1, os, order(os, 2, QStringLiteral("b")), ks, key(2)),
            record(QStringLiteral("del"), 2, os, order(os, 3, QStringLiteral("c")), ks, key(3)),
            record(QStringLiteral("del"), 3, Schema(), Value(), ks, key(2)),
            record(QStringLiteral("del"), 4, Schema(), Value(), ks, key(3)),
            record(QStringLiteral("del"), 5, os, order(os, 3, QStringLiteral("again")), ks, key(3)) } });
    QVERIFY2(err.isEmpty(), qPrintable(err));
    QCOMPARE(pairs(t.rows(QStringLiteral("SELECT %1, %2 FROM %3 ORDER BY %1")
                              .arg(id, msg, t.table(QStringLiteral("del"))))),
        QStringLiteral("1|a,3|again"));

    // 4. update mode on that table.
    err = runTask(t.config({ { QStringLiteral("insert.mode"), QStringLiteral("update") },
                      { QStringLiteral("pk.mode"), QStringLiteral("record_key") },
                      { QStringLiteral("table.name.format"), QStringLiteral("del") } }),
        { { record(QStringLiteral("upd"), 0, os, order(os, 1, QStringLiteral("updated")), ks, key(1)),
            record(
                QStringLiteral("upd"), 1, os, order(os, 9, QStringLiteral("no such row")), ks, key(9)) } });
    QVERIFY2(err.isEmpty(), qPrintable(err));
    QCOMPARE(pairs(t.rows(QStringLiteral("SELECT %1, %2 FROM %3 ORDER BY %1")
                              .arg(id, msg, t.table(QStringLiteral("del"))))),
        QStringLiteral("1|updated,3|again"));

    // 5. pk.mode=kafka: the coordinates are the key; redelivery in upsert mode writes no duplicate.
    const QList<SinkRecord> kafkaBatch { record(QStringLiteral("kaf"), 10, os,
                                             order(os, 1, QStringLiteral("a")), {}, {}, 3),
        record(QStringLiteral("kaf"), 11, os, order(os, 2, QStringLiteral("b")), {}, {}, 3) };
    err = runTask(t.config({ { QStringLiteral("auto.create"), QStringLiteral("true") },
                      { QStringLiteral("insert.mode"), QStringLiteral("upsert") },
                      { QStringLiteral("pk.mode"), QStringLiteral("kafka") } }),
        { kafkaBatch, kafkaBatch });
    QVERIFY2(err.isEmpty(), qPrintable(err));
    QCOMPARE(
        pairs(t.rows(
            QStringLiteral("SELECT %1, %2, %3, %4 FROM %5 ORDER BY %3")
                .arg(t.col(QStringLiteral("__connect_topic")), t.col(QStringLiteral("__connect_partition")),
                    t.col(QStringLiteral("__connect_offset")), id, t.table(QStringLiteral("kaf"))))),
        QStringLiteral("kaf|3|10|1,kaf|3|11|2"));

    // 6. auto.evolve: a new optional field becomes a column; without auto.evolve the task fails.
    const Schema v2 = SchemaBuilder::structure()
                          .name(QStringLiteral("orders"))
                          .field(QStringLiteral("id"), Schema::int64())
                          .field(QStringLiteral("message"), Schema::optionalString())
                          .field(QStringLiteral("note"), Schema::optionalString())
                          .build();
    Struct withNote(v2);
    withNote.set(0, Value(qint64(4)));
    withNote.set(1, Value::fromString(QStringLiteral("4th")));
    withNote.set(2, Value::fromString(QStringLiteral("noted")));
    const SinkRecord evolved = record(QStringLiteral("ins"), 3, v2, Value(withNote));
    err = runTask(t.config({}), { { evolved } });
    QVERIFY2(err.contains(QStringLiteral("is missing fields"))
            && err.contains(QStringLiteral("auto-evolution is disabled"))
            && err.contains(QStringLiteral("name='note'")),
        qPrintable(err));
    err = runTask(t.config({ { QStringLiteral("auto.evolve"), QStringLiteral("true") } }), { { evolved } });
    QVERIFY2(err.isEmpty(), qPrintable(err));
    QCOMPARE(t.columnNames(QStringLiteral("ins")),
        (QStringList { QStringLiteral("id"), QStringLiteral("message"), QStringLiteral("note") }));
    QCOMPARE(pairs(t.rows(QStringLiteral("SELECT %1, %2 FROM %3 WHERE %4 = 4")
                              .arg(msg, t.col(QStringLiteral("note")), t.table(QStringLiteral("ins")), id))),
        QStringLiteral("4th|noted"));

    // 7. fields.whitelist: only the listed value fields become columns.
    err = runTask(t.config({ { QStringLiteral("auto.create"), QStringLiteral("true") },
                      { QStringLiteral("fields.whitelist"), QStringLiteral("id") } }),
        { { record(QStringLiteral("wl"), 0, os, order(os, 7, QStringLiteral("dropped"))) } });
    QVERIFY2(err.isEmpty(), qPrintable(err));
    QCOMPARE(t.columnNames(QStringLiteral("wl")), QStringList { QStringLiteral("id") });

    // 8. More records than batch.size, several statements per batch: all arrive, once.
    QList<SinkRecord> many;
    for (int i = 0; i < 2500; ++i)
        many << record(QStringLiteral("many"), i, os, order(os, i, QStringLiteral("m%1").arg(i)));
    err = runTask(t.config({ { QStringLiteral("auto.create"), QStringLiteral("true") },
                      { QStringLiteral("batch.size"), QStringLiteral("1000") } }),
        { many });
    QVERIFY2(err.isEmpty(), qPrintable(err));
    QCOMPARE(pairs(t.rows(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT %1), MIN(%1), MAX(%1) FROM %2")
                              .arg(id, t.table(QStringLiteral("many"))))),
        QStringLiteral("2500|2500|0|2499"));

    // 9. A table and a column named like an injection are just names.
    const QString evil = mysql ? kInjectionBacktick : kInjection;
    QVERIFY(t.exec(QStringLiteral("CREATE TABLE %1 (%2 INT)").arg(t.table(QStringLiteral("y")), id)));
    const Schema evilSchema = SchemaBuilder::structure()
                                  .field(QStringLiteral("id"), Schema::int64())
                                  .field(evil, Schema::optionalString())
                                  .build();
    Struct evilValue(evilSchema);
    evilValue.set(0, Value(qint64(1)));
    evilValue.set(1, Value::fromString(QStringLiteral("'); DROP TABLE y; --")));
    err = runTask(t.config({ { QStringLiteral("auto.create"), QStringLiteral("true") },
                      { QStringLiteral("table.name.format"), evil } }),
        { { record(QStringLiteral("evil"), 0, evilSchema, Value(evilValue)) } });
    QVERIFY2(err.isEmpty(), qPrintable(err));
    QCOMPARE(pairs(t.rows(QStringLiteral("SELECT %1 FROM %2").arg(t.col(evil), t.table(evil)))),
        QStringLiteral("'); DROP TABLE y; --"));
    QCOMPARE(t.columnNames(QStringLiteral("y")), QStringList { QStringLiteral("id") });

    // 10. Records that do not fit: the failure names topic, partition, offset and column, and nothing of
    // the failing batch is written.
    const Schema nullable = SchemaBuilder::structure()
                                .name(QStringLiteral("orders"))
                                .field(QStringLiteral("id"), Schema::optionalInt64())
                                .field(QStringLiteral("message"), Schema::optionalString())
                                .build();
    Struct noId(nullable);
    noId.set(1, Value::fromString(QStringLiteral("no id")));
    Struct fine(nullable);
    fine.set(0, Value(qint64(50)));
    err = runTask(t.config({}),
        { { record(QStringLiteral("ins"), 5, nullable, Value(fine)),
            record(QStringLiteral("ins"), 7, nullable, Value(noId), {}, {}, 2) } });
    QVERIFY2(err.contains(QStringLiteral("topic='ins'")) && err.contains(QStringLiteral("partition=2"))
            && err.contains(QStringLiteral("offset=7")) && err.contains(QStringLiteral("\"id\"")),
        qPrintable(err));
    QCOMPARE(
        pairs(t.rows(
            QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 = 50").arg(t.table(QStringLiteral("ins")), id))),
        QStringLiteral("0"));
    if (t.kind != DatabaseKind::Sqlite) {
        // A text the database cannot store in a numeric column (SQLite would store it).
        const Schema textId = SchemaBuilder::structure()
                                  .name(QStringLiteral("orders"))
                                  .field(QStringLiteral("id"), Schema::string())
                                  .field(QStringLiteral("message"), Schema::optionalString())
                                  .build();
        QList<SinkRecord> batch;
        for (int i = 0; i < 40; ++i) {
            Struct s(textId);
            s.set(0, Value::fromString(i == 23 ? QStringLiteral("not a number") : QString::number(100 + i)));
            s.set(1, Value::fromString(QStringLiteral("t")));
            batch << record(QStringLiteral("ins"), 100 + i, textId, Value(s), {}, {}, 1);
        }
        err = runTask(t.config({}), { batch });
        QVERIFY2(err.contains(QStringLiteral("topic='ins'")) && err.contains(QStringLiteral("partition=1"))
                && err.contains(QStringLiteral("offset=123"))
                && err.contains(QStringLiteral("column \"id\"")),
            qPrintable(err));
        QCOMPARE(pairs(t.rows(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 >= 100")
                                  .arg(t.table(QStringLiteral("ins")), id))),
            QStringLiteral("0"));
    }
    // Schemaless values cannot be written (upstream's RecordValidator text).
    err = runTask(t.config({}),
        { { record(QStringLiteral("ins"), 9, Schema(), Value::fromString(QStringLiteral("{}"))) } });
    QVERIFY2(err.startsWith(QStringLiteral(
                 "Sink connector 'sink-under-test' is configured with 'delete.enabled=false' and "
                 "'pk.mode=none' and therefore requires records with a non-null Struct or String "
                 "value and non-null Struct or String schema, but found record at "
                 "(topic='ins',partition=0,offset=9,timestamp=1700000000009) with a ")),
        qPrintable(err));
    // A missing table without auto.create.
    err = runTask(
        t.config({}), { { record(QStringLiteral("nothere"), 0, os, order(os, 1, QStringLiteral("a"))) } });
    QVERIFY2(err.startsWith(QStringLiteral("Table "))
            && err.endsWith(QStringLiteral("is missing and auto-creation is disabled")),
        qPrintable(err));
}

void TestJdbcSink::sqlite()
{
    QTemporaryDir dir;
    Target t;
    t.url = QStringLiteral("jdbc:sqlite:") + dir.filePath(QStringLiteral("sink.db"));
    t.kind = DatabaseKind::Sqlite;
    openTarget(t);
    if (QTest::currentTestFailed())
        return;
    suite(t);
    if (!QTest::currentTestFailed()) {
        // quote.sql.identifiers=never: bare names in the SQL, the table still found and written.
        const Schema os = orderSchema();
        const QString err
            = runTask(t.config({ { QStringLiteral("auto.create"), QStringLiteral("true") },
                          { QStringLiteral("quote.sql.identifiers"), QStringLiteral("never") } }),
                { { record(QStringLiteral("bare"), 0, os, order(os, 1, QStringLiteral("a"))) },
                    { record(QStringLiteral("bare"), 1, os, order(os, 2, QStringLiteral("b"))) } });
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QCOMPARE(pairs(t.rows(QStringLiteral("SELECT id, message FROM bare ORDER BY id"))),
            QStringLiteral("1|a,2|b"));
    }
    closeTarget(t);
}

void TestJdbcSink::postgres()
{
    cs::testsupport::PostgresServer server;
    CS_START_SERVER(server);
    Target t;
    t.url = server.jdbcUrl();
    t.props = server.properties();
    t.kind = DatabaseKind::PostgreSql;
    openTarget(t);
    if (QTest::currentTestFailed())
        return;
    suite(t);
    if (!QTest::currentTestFailed()) {
        // A lost connection is retried on a new one and the batch arrives once.
        TaskConfig c = t.config({ { QStringLiteral("auto.create"), QStringLiteral("true") },
            { QStringLiteral("max.retries"), QStringLiteral("3") },
            { QStringLiteral("retry.backoff.ms"), QStringLiteral("100") } });
        JdbcDbWriter writer(JdbcSinkConfig::parse(c).value());
        const Schema os = orderSchema();
        QVERIFY(
            writer.write({ record(QStringLiteral("rc"), 0, os, order(os, 1, QStringLiteral("a"))) }).ok());
        QVERIFY(t.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid <> "
                                      "pg_backend_pid() AND datname = current_database()")));
        const auto st
            = writer.write({ record(QStringLiteral("rc"), 1, os, order(os, 2, QStringLiteral("b"))) });
        QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().toString()));
        QCOMPARE(writer.retriesDone(), 1);
        QCOMPARE(pairs(t.rows(QStringLiteral("SELECT %1 FROM %2 ORDER BY 1")
                                  .arg(t.col(QStringLiteral("id")), t.table(QStringLiteral("rc"))))),
            QStringLiteral("1,2"));
    }
    closeTarget(t);
}

void TestJdbcSink::mariadb()
{
    cs::testsupport::MariaDbServer server;
    CS_START_SERVER(server);
    Target t;
    t.url = server.jdbcUrl();
    t.props = server.properties();
    t.kind = DatabaseKind::MariaDb;
    openTarget(t);
    if (QTest::currentTestFailed())
        return;
    suite(t);
    closeTarget(t);
}

void TestJdbcSink::h2()
{
    cs::testsupport::H2Server server;
    CS_START_SERVER(server);
    Target t;
    t.url = server.jdbcUrl();
    t.props = server.properties();
    t.kind = DatabaseKind::H2;
    openTarget(t);
    if (QTest::currentTestFailed())
        return;
    suite(t);
    closeTarget(t);
}

QTEST_GUILESS_MAIN(TestJdbcSink)
#include "tst_jdbcsink.moc"
