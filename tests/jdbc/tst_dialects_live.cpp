// The dialects' DDL and DML run on real databases: SQLite files, and PostgreSQL, MariaDB and H2 servers
// started by the test in a temporary folder (tests/support). Each database gets the same round trip:
// create, introspect, evolve, insert, upsert twice (one row), update, delete, source queries, the lab's
// ORDER_TABLE, and a table and column named like an SQL injection.
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTcpServer>
#include <QtTest>

#include "data/logicaltypes.h"
#include "data/schemabuilder.h"
#include "data/value.h"
#include "jdbc/dialects.h"
#include "jdbc/jdbcurl.h"
#include "support/databaseservers.h"

using namespace cs::jdbc;
using cs::data::Schema;
using cs::data::SchemaBuilder;
using cs::data::Value;
using cs::testsupport::DatabaseServer;

namespace {

const QString kInjection = QStringLiteral("x\"; DROP TABLE y; --");
const QString kInjectionBacktick = QStringLiteral("x`; DROP TABLE y; --");

SinkField field(const QString &name, const Schema &schema, bool pk = false)
{
    SinkField f;
    f.name = name;
    f.schema = schema;
    f.primaryKey = pk;
    return f;
}

TableId table(const QString &name)
{
    TableId id;
    id.table = name;
    return id;
}

// Runs one statement with bound values; returns the error text or an empty string.
QString run(QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    // DDL cannot be prepared on PostgreSQL (QPSQL prepares with PREPARE ... AS, which takes DML only).
    if (values.isEmpty()) {
        if (!q.exec(sql))
            return q.lastError().text() + QStringLiteral(" [") + sql + QLatin1Char(']');
        return {};
    }
    if (!q.prepare(sql))
        return q.lastError().text() + QStringLiteral(" [") + sql + QLatin1Char(']');
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return q.lastError().text() + QStringLiteral(" [") + sql + QLatin1Char(']');
    return {};
}

QList<QVariantList> rows(
    QSqlDatabase &db, const QString &sql, const QVariantList &values = {}, QString *error = nullptr)
{
    QList<QVariantList> out;
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text() + QStringLiteral(" [") + sql + QLatin1Char(']');
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

#define RUN_OK(db, sql, ...)                                                                                 \
    do {                                                                                                     \
        const QString runError_ = run(db, sql, ##__VA_ARGS__);                                               \
        QVERIFY2(runError_.isEmpty(), qPrintable(runError_));                                                \
    } while (false)

} // namespace

class TestDialectsLive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sqlite();
    void postgresql();
    void mariadb();
    void h2();
    void h2LabPorts();
    void fixtureReportsATakenPort();

private:
    // The whole round trip on one open connection.
    void exercise(QSqlDatabase &db, const DatabaseDialect &dialect, DatabaseKind kind);
    void roundTrip(QSqlDatabase &db, const DatabaseDialect &dialect);
    void injectionNames(QSqlDatabase &db, const DatabaseDialect &dialect, const QString &name);
    void typesAndTransactions(QSqlDatabase &db, const DatabaseDialect &dialect);
    void orderTable(QSqlDatabase &db, const DatabaseDialect &dialect, DatabaseKind kind);
    void exerciseServer(const DatabaseServer &server, const QString &url, DatabaseKind kind);
};

void TestDialectsLive::exercise(QSqlDatabase &db, const DatabaseDialect &dialect, DatabaseKind kind)
{
    roundTrip(db, dialect);
    if (QTest::currentTestFailed())
        return;
    const bool mysql = kind == DatabaseKind::MySql || kind == DatabaseKind::MariaDb;
    injectionNames(db, dialect, mysql ? kInjectionBacktick : kInjection);
    if (QTest::currentTestFailed())
        return;
    orderTable(db, dialect, kind);
    if (QTest::currentTestFailed())
        return;
    typesAndTransactions(db, dialect);
    if (QTest::currentTestFailed())
        return;
    // The database's clock.
    const QList<QVariantList> now = rows(db, dialect.currentTimestampQuery());
    QCOMPARE(now.size(), 1);
    QVERIFY(!now.first().first().toString().isEmpty());
}

void TestDialectsLive::roundTrip(QSqlDatabase &db, const DatabaseDialect &dialect)
{
    const cs::data::Status prepared = dialect.prepareConnection(db);
    QVERIFY2(prepared.ok(), qPrintable(prepared.error().toString()));

    const TableId t = table(QStringLiteral("CONNECT_ORDER_TABLE"));

    // auto.create
    const QList<SinkField> fields { field(QStringLiteral("ID"), Schema::int64(), true),
        field(QStringLiteral("MESSAGE"), Schema::optionalString()) };
    const Result<QString> create = dialect.buildCreateTable(t, fields);
    QVERIFY(create.ok());
    RUN_OK(db, create.value());

    // Introspection round trip: names exactly as written, types back to the Connect schemas.
    Result<TableDefinition> def = dialect.describeTable(db, t);
    QVERIFY2(def.ok(), qPrintable(def.ok() ? QString() : def.error().toString()));
    QVERIFY(def->exists);
    QCOMPARE(def->columnNames(), (QStringList { QStringLiteral("ID"), QStringLiteral("MESSAGE") }));
    QCOMPARE(def->primaryKeyColumns(), QStringList { QStringLiteral("ID") });
    const ColumnDefinition *id = def->column(QStringLiteral("ID"));
    const ColumnDefinition *message = def->column(QStringLiteral("MESSAGE"));
    QVERIFY(id && message);
    QCOMPARE(id->nullability, Nullability::NoNulls);
    QCOMPARE(message->nullability, Nullability::Nullable);
    const Schema idSchema = connectSchemaFor(*id);
    const Schema messageSchema = connectSchemaFor(*message);
    // SQLite stores every integer type as INTEGER, which sqlite-jdbc reads as INT32.
    QCOMPARE(idSchema.type(),
        dialect.name() == QLatin1String("Sqlite") ? cs::data::Type::Int32 : cs::data::Type::Int64);
    QVERIFY(!idSchema.isOptional());
    QCOMPARE(messageSchema.type(), cs::data::Type::String);
    QVERIFY(messageSchema.isOptional());

    Result<QList<TableId>> tables = dialect.tableIds(db, { QStringLiteral("TABLE") });
    QVERIFY2(tables.ok(), qPrintable(tables.ok() ? QString() : tables.error().toString()));
    const TableId qualified = dialect.qualifyTableId(db, t);
    QVERIFY2(tables->contains(qualified), qPrintable(qualified.unquotedFqn()));
    QVERIFY(!dialect.describeTable(db, table(QStringLiteral("NO_SUCH_TABLE")))->exists);

    // auto.evolve: two new optional columns and one with a default.
    const QList<SinkField> added { field(QStringLiteral("QTY"), Schema::optionalInt32()),
        field(QStringLiteral("PRICE"), cs::data::DecimalSchema::schema(2, true)),
        field(QStringLiteral("NOTE"),
            SchemaBuilder::string().defaultValue(Value::fromString(QStringLiteral("n/a"))).build()) };
    const Result<QStringList> alter = dialect.buildAlterTable(t, added);
    QVERIFY2(alter.ok(), qPrintable(alter.ok() ? QString() : alter.error().toString()));
    for (const QString &sql : alter.value())
        RUN_OK(db, sql);
    def = dialect.describeTable(db, t);
    QVERIFY(def.ok());
    QCOMPARE(def->columnNames(),
        (QStringList { QStringLiteral("ID"), QStringLiteral("MESSAGE"), QStringLiteral("QTY"),
            QStringLiteral("PRICE"), QStringLiteral("NOTE") }));
    QCOMPARE(connectSchemaFor(*def->column(QStringLiteral("QTY"))).type(), cs::data::Type::Int32);
    const Schema price = connectSchemaFor(*def->column(QStringLiteral("PRICE")));
    if (dialect.name() == QLatin1String("PostgreSql")) {
        // Upstream's PostgreSQL DDL for Decimal is a bare DECIMAL: the scale is not kept, and an
        // unconstrained numeric reads back with the unknown scale (upstream's -127 read as 127).
        QCOMPARE(price.logicalType(), cs::data::LogicalType::Decimal);
        QCOMPARE(price.parameter(QStringLiteral("scale")), QStringLiteral("127"));
    } else if (dialect.name() != QLatin1String("Sqlite")) { // SQLite's NUMERIC has no declared scale
        QCOMPARE(price.logicalType(), cs::data::LogicalType::Decimal);
        QCOMPARE(price.parameter(QStringLiteral("scale")), QStringLiteral("2"));
    }

    // INSERT (keys, then non-keys); the default fills NOTE.
    RUN_OK(db,
        dialect.buildInsert(
            t, { QStringLiteral("ID") }, { QStringLiteral("MESSAGE"), QStringLiteral("QTY") }, &def.value()),
        { qint64(1), QStringLiteral("first"), 5 });
    const QString select = dialect.buildSourceQuery({ SourceMode::Bulk, t, {}, {}, {}, {} });
    QList<QVariantList> all = rows(db, select);
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().value(4).toString(), QStringLiteral("n/a"));

    // Upsert twice on the same key: one row holding the second values.
    const Result<QString> upsert = dialect.buildUpsert(
        t, { QStringLiteral("ID") }, { QStringLiteral("MESSAGE"), QStringLiteral("QTY") }, &def.value());
    QVERIFY(upsert.ok());
    RUN_OK(db, upsert.value(), { qint64(2), QStringLiteral("upsert one"), 1 });
    RUN_OK(db, upsert.value(), { qint64(2), QStringLiteral("upsert two"), 2 });
    RUN_OK(db, upsert.value(), { qint64(1), QStringLiteral("first, upserted"), 6 });
    SourceQuerySpec inc;
    inc.mode = SourceMode::Incrementing;
    inc.table = t;
    inc.incrementingColumn = QStringLiteral("ID");
    all = rows(db, dialect.buildSourceQuery(inc), { qint64(-1) });
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).value(0).toLongLong(), 1);
    QCOMPARE(all.at(0).value(1).toString(), QStringLiteral("first, upserted"));
    QCOMPARE(all.at(1).value(0).toLongLong(), 2);
    QCOMPARE(all.at(1).value(1).toString(), QStringLiteral("upsert two"));
    QCOMPARE(all.at(1).value(2).toInt(), 2);
    // The incrementing query resumes after the offset.
    all = rows(db, dialect.buildSourceQuery(inc), { qint64(1) });
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().value(0).toLongLong(), 2);

    // Column names of SELECT * as the source will name the fields.
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(select));
        QCOMPARE(dialect.resultColumnNames(q.record(), &def.value()), def->columnNames());
    }

    // UPDATE binds non-keys then keys.
    RUN_OK(db, dialect.buildUpdate(t, { QStringLiteral("ID") }, { QStringLiteral("MESSAGE") }),
        { QStringLiteral("updated"), qint64(2) });
    all = rows(db, dialect.buildSourceQuery(inc), { qint64(1) });
    QCOMPARE(all.first().value(1).toString(), QStringLiteral("updated"));

    // DELETE by key.
    RUN_OK(db, dialect.buildDelete(t, { QStringLiteral("ID") }), { qint64(2) });
    all = rows(db, select);
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().value(0).toLongLong(), 1);

    RUN_OK(db, QStringLiteral("DROP TABLE ") + dialect.tableName(t));
}

void TestDialectsLive::injectionNames(QSqlDatabase &db, const DatabaseDialect &dialect, const QString &name)
{
    // A victim table "y" that the name would drop if it were ever spliced into SQL unquoted.
    const TableId victim = table(QStringLiteral("y"));
    RUN_OK(db, dialect.buildCreateTable(victim, { field(QStringLiteral("v"), Schema::int32()) }).value());

    const TableId evil = table(name);
    const QList<SinkField> fields { field(name, Schema::int64(), true),
        field(QStringLiteral("MESSAGE"), Schema::optionalString()) };
    RUN_OK(db, dialect.buildCreateTable(evil, fields).value());
    RUN_OK(db,
        dialect.buildAlterTable(evil, { field(name + QStringLiteral("2"), Schema::optionalInt32()) })
            .value()
            .first());
    RUN_OK(db, dialect.buildInsert(evil, { name }, { QStringLiteral("MESSAGE") }), { qint64(1), name });
    RUN_OK(db, dialect.buildUpsert(evil, { name }, { QStringLiteral("MESSAGE") }).value(),
        { qint64(1), QStringLiteral("again") });
    RUN_OK(
        db, dialect.buildUpsert(evil, { name }, { QStringLiteral("MESSAGE") }).value(), { qint64(2), name });
    RUN_OK(db, dialect.buildUpdate(evil, { name }, { name + QStringLiteral("2") }), { 7, qint64(2) });

    const Result<TableDefinition> def = dialect.describeTable(db, evil);
    QVERIFY2(def.ok(), qPrintable(def.ok() ? QString() : def.error().toString()));
    QVERIFY(def->exists);
    QCOMPARE(
        def->columnNames(), (QStringList { name, QStringLiteral("MESSAGE"), name + QStringLiteral("2") }));
    QCOMPARE(def->primaryKeyColumns(), QStringList { name });
    const Result<QList<TableId>> tables = dialect.tableIds(db, { QStringLiteral("TABLE") });
    QVERIFY(tables->contains(dialect.qualifyTableId(db, evil)));

    SourceQuerySpec inc;
    inc.mode = SourceMode::Incrementing;
    inc.table = evil;
    inc.incrementingColumn = name;
    const QList<QVariantList> all = rows(db, dialect.buildSourceQuery(inc), { qint64(0) });
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).value(1).toString(), QStringLiteral("again"));
    QCOMPARE(all.at(1).value(1).toString(), name);
    QCOMPARE(all.at(1).value(2).toInt(), 7);
    RUN_OK(db, dialect.buildDelete(evil, { name }), { qint64(1) });
    QCOMPARE(rows(db, dialect.buildSourceQuery({ SourceMode::Bulk, evil, {}, {}, {}, {} })).size(), 1);

    QVERIFY(dialect.describeTable(db, victim)->exists);
    RUN_OK(db, QStringLiteral("DROP TABLE ") + dialect.tableName(evil));
    RUN_OK(db, QStringLiteral("DROP TABLE ") + dialect.tableName(victim));
}

void TestDialectsLive::orderTable(QSqlDatabase &db, const DatabaseDialect &dialect, DatabaseKind kind)
{
    QString error;
    QVERIFY2(cs::testsupport::createOrderTable(db, kind, &error), qPrintable(error));
    QCOMPARE(cs::testsupport::insertOrder(db, kind, QStringLiteral("1st OrderPlaced."), &error), qint64(1));
    QCOMPARE(cs::testsupport::insertOrder(db, kind, QStringLiteral("2nd OrderPlaced."), &error), qint64(2));

    const TableId t = table(QStringLiteral("ORDER_TABLE"));
    const Result<TableDefinition> def = dialect.describeTable(db, t);
    QVERIFY(def.ok() && def->exists);
    QCOMPARE(def->columnNames(), (QStringList { QStringLiteral("ID"), QStringLiteral("MESSAGE") }));
    const ColumnDefinition *id = def->column(QStringLiteral("ID"));
    QVERIFY(id->primaryKey);
    if (kind != DatabaseKind::Sqlite)
        QVERIFY(id->autoIncrement);
    // The lab's record schema: ID int64 required, MESSAGE string optional.
    QCOMPARE(connectSchemaFor(*id).type(), cs::data::Type::Int64);
    QVERIFY(!connectSchemaFor(*id).isOptional());
    QCOMPARE(connectSchemaFor(*def->column(QStringLiteral("MESSAGE"))).type(), cs::data::Type::String);
    QVERIFY(connectSchemaFor(*def->column(QStringLiteral("MESSAGE"))).isOptional());

    const TableId qualified = dialect.qualifyTableId(db, t);
    const Result<QList<TableId>> tables = dialect.tableIds(db, { QStringLiteral("TABLE") });
    QVERIFY(tables->contains(qualified));
    qInfo("%s: ORDER_TABLE's source partition table is \"%s\"", qPrintable(dialect.name()),
        qPrintable(qualified.unquotedFqn()));

    SourceQuerySpec inc;
    inc.mode = SourceMode::Incrementing;
    inc.table = t;
    inc.incrementingColumn = QStringLiteral("ID");
    const QList<QVariantList> all = rows(db, dialect.buildSourceQuery(inc), { qint64(-1) });
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(1).value(1).toString(), QStringLiteral("2nd OrderPlaced."));
    RUN_OK(db, QStringLiteral("DROP TABLE ") + dialect.tableName(t));
}

void TestDialectsLive::typesAndTransactions(QSqlDatabase &db, const DatabaseDialect &dialect)
{
    // Every Connect type through auto.create's column types and the dialect's bound values, and back.
    const TableId t = table(QStringLiteral("CS_TYPES"));
    const QList<SinkField> fields { field(QStringLiteral("K"), Schema::int64(), true),
        field(QStringLiteral("I8"), Schema::optionalInt8()),
        field(QStringLiteral("I16"), Schema::optionalInt16()),
        field(QStringLiteral("I32"), Schema::optionalInt32()),
        field(QStringLiteral("I64"), Schema::optionalInt64()),
        field(QStringLiteral("F32"), Schema::optionalFloat32()),
        field(QStringLiteral("F64"), Schema::optionalFloat64()),
        field(QStringLiteral("B"), Schema::optionalBoolean()),
        field(QStringLiteral("S"), Schema::optionalString()),
        field(QStringLiteral("BY"), Schema::optionalBytes()),
        field(QStringLiteral("DEC"), cs::data::DecimalSchema::schema(2, true)),
        field(QStringLiteral("D"), cs::data::DateSchema::schema(true)),
        field(QStringLiteral("T"), cs::data::TimeSchema::schema(true)),
        field(QStringLiteral("TS"), cs::data::TimestampSchema::schema(true)) };
    const Result<QString> create = dialect.buildCreateTable(t, fields);
    QVERIFY2(create.ok(), qPrintable(create.ok() ? QString() : create.error().toString()));
    RUN_OK(db, create.value());

    const QDate date(2024, 2, 29);
    const QTime time(13, 5, 7, 89);
    const QDateTime ts = QDateTime(QDate(2023, 11, 14), QTime(22, 13, 20, 123), Qt::UTC);
    const QByteArray bytes = QByteArray::fromHex("00ff7f80") + QByteArray("'\\x");
    const QString text = QStringLiteral("주문 ✓ 'quoted' \\ \"dq\"");
    const QList<Value> values { Value(qint64(1)), Value(qint8(-8)), Value(qint16(-1600)),
        Value(qint32(320000)), Value(qint64(6400000000LL)), Value(1.5f), Value(2.25), Value(true),
        Value::fromString(text), Value::bytes(bytes), Value(cs::data::Decimal::fromUnscaled(-12345, 2)),
        Value(cs::data::DateSchema::fromDate(date)), Value(cs::data::TimeSchema::fromTime(time)),
        Value(cs::data::TimestampSchema::fromDateTime(ts)) };
    QStringList names;
    QVariantList bound;
    QVariantList nulls;
    for (int i = 0; i < fields.size(); ++i) {
        names << fields.at(i).name;
        bound << dialect.toSqlValue(values.at(i), fields.at(i).schema);
        nulls << (i == 0 ? QVariant(qlonglong(2)) : dialect.toSqlValue(Value(), fields.at(i).schema));
    }
    // Built with the table's definition, as the sink does after auto.create (H2 wraps binary columns).
    const Result<TableDefinition> def = dialect.describeTable(db, t);
    QVERIFY(def.ok() && def->exists);
    const QString insert = dialect.buildInsert(t, { names.first() }, names.mid(1), &def.value());

    // A rolled-back transaction leaves nothing; a committed one keeps its rows. The statement is
    // prepared before the transaction begins and released after it ends: on H2's PG server the SQL-level
    // PREPARE/DEALLOCATE that QPSQL sends commit the open transaction (statementPreparationCommits()).
    const QString select
        = dialect.buildSourceQuery({ SourceMode::Bulk, t, {}, {}, {}, QStringLiteral("ORDER BY 1") });
    {
        QSqlQuery q(db);
        QVERIFY2(q.prepare(insert), qPrintable(q.lastError().text()));
        QVERIFY(db.transaction());
        for (const QVariant &v : std::as_const(bound))
            q.addBindValue(v);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QVERIFY(db.rollback());
        QCOMPARE(rows(db, select).size(), 0);
        QVERIFY(db.transaction());
        for (const QVariantList &row : { bound, nulls }) {
            for (const QVariant &v : row)
                q.addBindValue(v);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        QVERIFY(db.commit());
    }
    if (dialect.statementPreparationCommits()) {
        // And the trap itself, so that a future H2 that fixes it shows up here.
        QVERIFY(db.transaction());
        RUN_OK(db, insert, QVariantList { qlonglong(3) } + nulls.mid(1));
        QVERIFY(db.rollback());
        QCOMPARE(rows(db, select).size(), 3);
        RUN_OK(db, dialect.buildDelete(t, { QStringLiteral("K") }), { qlonglong(3) });
    }

    QString error;
    const QList<QVariantList> all = rows(db, select, {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(all.size(), 2);
    const QVariantList &r = all.first();
    QCOMPARE(r.value(1).toLongLong(), -8);
    QCOMPARE(r.value(2).toLongLong(), -1600);
    QCOMPARE(r.value(3).toLongLong(), 320000);
    QCOMPARE(r.value(4).toLongLong(), 6400000000LL);
    QCOMPARE(r.value(5).toDouble(), 1.5);
    QCOMPARE(r.value(6).toDouble(), 2.25);
    QVERIFY2(r.value(7).toBool(), qPrintable(r.value(7).toString()));
    QCOMPARE(r.value(8).toString(), text);
    QCOMPARE(r.value(9).toByteArray(), bytes);
    QCOMPARE(r.value(10).toDouble(), -123.45);
    if (dialect.name() == QLatin1String("Sqlite")) {
        QCOMPARE(r.value(11).toLongLong(), QDateTime(date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(r.value(12).toLongLong(), qint64(time.msecsSinceStartOfDay()));
        QCOMPARE(r.value(13).toLongLong(), ts.toMSecsSinceEpoch());
    } else {
        QCOMPARE(r.value(11).toDate(), date);
        QCOMPARE(r.value(12).toTime(), time);
        QCOMPARE(r.value(13).toDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")),
            ts.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")));
    }
    for (int i = 1; i < fields.size(); ++i)
        QVERIFY2(all.at(1).value(i).isNull(), qPrintable(fields.at(i).name));
    RUN_OK(db, QStringLiteral("DROP TABLE ") + dialect.tableName(t));
}

void TestDialectsLive::exerciseServer(const DatabaseServer &server, const QString &url, DatabaseKind kind)
{
    const QString name = QStringLiteral("live-") + QString::number(int(kind));
    {
        const Result<QSqlDatabase> db = JdbcUrl::open(url, server.properties(), name);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toString()));
        const auto dialect = Dialects::forUrl(url);
        QVERIFY(dialect.ok());
        QSqlDatabase conn = db.value();
        exercise(conn, *dialect.value(), kind);
    }
    QSqlDatabase::removeDatabase(name);
}

void TestDialectsLive::sqlite()
{
    QTemporaryDir dir;
    const QString url = QStringLiteral("jdbc:sqlite:") + dir.filePath(QStringLiteral("lab.db"));
    {
        const Result<QSqlDatabase> db = JdbcUrl::open(url, {}, QStringLiteral("live-sqlite"));
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toString()));
        const auto dialect = Dialects::forUrl(url);
        QCOMPARE(dialect.value()->name(), QStringLiteral("Sqlite"));
        QSqlDatabase conn = db.value();
        exercise(conn, *dialect.value(), DatabaseKind::Sqlite);
        if (QTest::currentTestFailed())
            return;

        // dialect.name=GenericDatabaseDialect: QtSql's own catalog access, no DDL mapping, no upsert.
        const auto generic = Dialects::byName(QStringLiteral("GenericDatabaseDialect"));
        QString error;
        QVERIFY2(cs::testsupport::createOrderTable(conn, DatabaseKind::Sqlite, &error), qPrintable(error));
        const Result<TableDefinition> def
            = generic.value()->describeTable(conn, table(QStringLiteral("ORDER_TABLE")));
        QVERIFY(def.ok() && def->exists);
        QCOMPARE(def->columnNames(), (QStringList { QStringLiteral("ID"), QStringLiteral("MESSAGE") }));
        QCOMPARE(def->primaryKeyColumns(), QStringList { QStringLiteral("ID") });
        QVERIFY(generic.value()
                    ->tableIds(conn, { QStringLiteral("TABLE") })
                    ->contains(table(QStringLiteral("ORDER_TABLE"))));
        QVERIFY(!generic.value()->describeTable(conn, table(QStringLiteral("NOPE")))->exists);
        RUN_OK(conn,
            generic.value()->buildInsert(table(QStringLiteral("ORDER_TABLE")), { QStringLiteral("ID") },
                { QStringLiteral("MESSAGE") }),
            { qint64(9), QStringLiteral("generic") });
        QVERIFY(!generic.value()
                     ->buildUpsert(table(QStringLiteral("ORDER_TABLE")), { QStringLiteral("ID") }, {})
                     .ok());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("live-sqlite"));
}

void TestDialectsLive::postgresql()
{
    cs::testsupport::PostgresServer server;
    CS_START_SERVER(server);
    exerciseServer(server, server.jdbcUrl(), DatabaseKind::PostgreSql);
}

void TestDialectsLive::mariadb()
{
    cs::testsupport::MariaDbServer server;
    CS_START_SERVER(server);
    exerciseServer(server, server.jdbcUrl(), DatabaseKind::MariaDb);
    if (QTest::currentTestFailed())
        return;
    // The same server through a jdbc:mysql: URL (QMYSQL).
    exerciseServer(server, server.mysqlJdbcUrl(), DatabaseKind::MySql);
}

void TestDialectsLive::h2()
{
    cs::testsupport::H2Server server;
    CS_START_SERVER(server);
    exerciseServer(server, server.jdbcUrl(), DatabaseKind::H2);
}

void TestDialectsLive::h2LabPorts()
{
    // The lab's fixed ports (TCP 9099, web 8087, PG 5435) when they are free; the fixture names the
    // process that holds one otherwise, and that is not this test's concern.
    cs::testsupport::H2Server server(cs::testsupport::H2Server::Ports::Lab);
    if (server.start() != DatabaseServer::Status::Running) {
        if (server.errorString().contains(QStringLiteral("in use by")))
            QSKIP(qPrintable(server.errorString()));
        QFAIL(qPrintable(server.errorString()));
    }
    QCOMPARE(server.jdbcUrl(), QStringLiteral("jdbc:h2:tcp://localhost:9099/./test"));
    ConnectionProperties props;
    props.user = QStringLiteral("sa");
    props.password = QStringLiteral("passwd");
    // No h2.pg.port: the default 5435 is the lab's.
    {
        const Result<QSqlDatabase> db = JdbcUrl::open(
            QStringLiteral("jdbc:h2:tcp://localhost:9099/./test"), props, QStringLiteral("lab-h2"));
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toString()));
        QSqlQuery q(db.value());
        QVERIFY(q.exec(QStringLiteral("SELECT H2VERSION()")) && q.next());
        qInfo("H2 %s through its PG server on 5435", qPrintable(q.value(0).toString()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("lab-h2"));
}

void TestDialectsLive::fixtureReportsATakenPort()
{
    // A fixture that cannot start fails with the reason; here the lab's web port is held by this test.
    QTcpServer holder;
    if (!holder.listen(QHostAddress::Any, 8087))
        QSKIP("port 8087 is already in use on this machine; the fixture's message is what this test checks");
    cs::testsupport::H2Server server(cs::testsupport::H2Server::Ports::Lab);
    QCOMPARE(server.start(), DatabaseServer::Status::Failed);
    QVERIFY2(server.errorString().contains(QStringLiteral("8087")), qPrintable(server.errorString()));
    QVERIFY2(server.errorString().contains(QStringLiteral("in use by")), qPrintable(server.errorString()));
    qInfo("%s", qPrintable(server.errorString()));
}

QTEST_GUILESS_MAIN(TestDialectsLive)
#include "tst_dialects_live.moc"
