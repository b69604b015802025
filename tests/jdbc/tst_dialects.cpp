// The exact SQL each dialect writes (spec §4.5, §5.6, §5.7 and upstream's dialect tests), dialect
// selection (§6), identifier quoting and the type mappings both ways (§4.7, §5.6).
#include <QtTest>

#include "data/logicaltypes.h"
#include "data/schemabuilder.h"
#include "data/value.h"
#include "jdbc/dialects.h"
#include "jdbc/genericdialect.h"
#include "jdbc/h2dialect.h"
#include "jdbc/mysqldialect.h"
#include "jdbc/postgresqldialect.h"
#include "jdbc/sqlitedialect.h"

using namespace cs::jdbc;
using cs::data::Schema;
using cs::data::SchemaBuilder;
using cs::data::Value;

namespace {

SinkField field(const QString &name, const Schema &schema, bool pk = false)
{
    SinkField f;
    f.name = name;
    f.schema = schema;
    f.primaryKey = pk;
    return f;
}

std::shared_ptr<DatabaseDialect> dialect(const QString &name)
{
    Result<std::shared_ptr<DatabaseDialect>> r = Dialects::byName(name + QStringLiteral("DatabaseDialect"));
    return r ? r.value() : nullptr;
}

TableId table(const QString &name)
{
    TableId id;
    id.table = name;
    return id;
}

const QString kInjection = QStringLiteral("x\"; DROP TABLE y; --");

} // namespace

class TestDialects : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void selectionFromUrl_data();
    void selectionFromUrl();
    void selectionByName();
    void quoting();
    void parseTableIds();
    void createTableUpstreamExamples();
    void alterTableUpstreamExamples();
    void alterPerDialect();
    void columnTypes_data();
    void columnTypes();
    void unmappedTypes();
    void defaultLiterals();
    void insertStatements();
    void upsertStatements();
    void updateAndDelete();
    void injectionNamesStayNames();
    void sourceQueries();
    void currentTimestampQueries();
    void sqlToConnect_data();
    void sqlToConnect();
    void numericMapping_data();
    void numericMapping();
    void catalogTypeNames();
    void placeholders();
    void boundValues();
};

void TestDialects::selectionFromUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("sqlite") << "jdbc:sqlite:test.db"
                            << "Sqlite";
    QTest::newRow("postgresql") << "jdbc:postgresql://localhost/test"
                                << "PostgreSql";
    QTest::newRow("mysql") << "jdbc:mysql://localhost/test"
                           << "MySql";
    QTest::newRow("mariadb") << "jdbc:mariadb://localhost/test"
                             << "MySql";
    QTest::newRow("h2") << "jdbc:h2:tcp://localhost:9099/./test"
                        << "H2";
    QTest::newRow("upper case") << "jdbc:PostgreSQL://localhost/test"
                                << "PostgreSql";
    QTest::newRow("derby") << "jdbc:derby:memory:db"
                           << "Generic";
    QTest::newRow("oracle") << "jdbc:oracle:thin:@h:1521:XE"
                            << "Generic";
}

void TestDialects::selectionFromUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    const auto r = Dialects::forUrl(url);
    QVERIFY(r.ok());
    QCOMPARE(r.value()->name(), expected);
    QCOMPARE(r.value()->registeredName(), expected + QStringLiteral("DatabaseDialect"));
}

void TestDialects::selectionByName()
{
    QCOMPARE(Dialects::forUrl(QStringLiteral("mysql://localhost/x")).error().message,
        QStringLiteral("Not a valid JDBC URL: mysql://localhost/x"));
    QCOMPARE(Dialects::byName(QStringLiteral("postgresqldatabasedialect")).value()->name(),
        QStringLiteral("PostgreSql"));
    QCOMPARE(Dialects::select(QStringLiteral("GenericDatabaseDialect"), QStringLiteral("jdbc:h2:tcp://h/./t"))
                 .value()
                 ->name(),
        QStringLiteral("Generic"));
    QCOMPARE(Dialects::select(QString(), QStringLiteral("jdbc:h2:tcp://h/./t")).value()->name(),
        QStringLiteral("H2"));
    QCOMPARE(Dialects::byName(QStringLiteral("OracleDatabaseDialect")).error().message,
        QStringLiteral(
            "Unable to find dialect with name 'OracleDatabaseDialect' in the available dialects: "
            "[GenericDatabaseDialect, H2DatabaseDialect, MySqlDatabaseDialect, PostgreSqlDatabaseDialect, "
            "SqliteDatabaseDialect]"));
    const auto never = Dialects::forUrl(QStringLiteral("jdbc:sqlite:x"), QuoteMethod::Never);
    QCOMPARE(never.value()->quoteMethod(), QuoteMethod::Never);
    QuoteMethod q = QuoteMethod::Always;
    QVERIFY(parseQuoteMethod(QStringLiteral("never"), &q));
    QCOMPARE(q, QuoteMethod::Never);
    QVERIFY(!parseQuoteMethod(QStringLiteral("sometimes"), &q));
}

void TestDialects::quoting()
{
    const auto pg = dialect(QStringLiteral("PostgreSql"));
    const auto my = dialect(QStringLiteral("MySql"));
    QCOMPARE(pg->quoteIdentifier(QStringLiteral("ORDER_TABLE")), QStringLiteral("\"ORDER_TABLE\""));
    QCOMPARE(my->quoteIdentifier(QStringLiteral("ORDER_TABLE")), QStringLiteral("`ORDER_TABLE`"));
    QCOMPARE(pg->quoteIdentifier(kInjection), QStringLiteral("\"x\"\"; DROP TABLE y; --\""));
    QCOMPARE(my->quoteIdentifier(QStringLiteral("a`b")), QStringLiteral("`a``b`"));
    TableId id;
    id.schema = QStringLiteral("public");
    id.table = QStringLiteral("orders");
    QCOMPARE(pg->tableName(id), QStringLiteral("\"public\".\"orders\""));
    QCOMPARE(id.toString(), QStringLiteral("\"public\".\"orders\""));
    QCOMPARE(id.unquotedFqn(), QStringLiteral("public.orders"));
    pg->setQuoteMethod(QuoteMethod::Never);
    QCOMPARE(pg->tableName(id), QStringLiteral("public.orders"));
}

void TestDialects::parseTableIds()
{
    const auto pg = dialect(QStringLiteral("PostgreSql"));
    const auto my = dialect(QStringLiteral("MySql"));
    TableId id = pg->parseTableId(QStringLiteral("orders"));
    QCOMPARE(id.table, QStringLiteral("orders"));
    QVERIFY(id.schema.isEmpty());
    id = pg->parseTableId(QStringLiteral("\"public\".\"ORDER_TABLE\""));
    QCOMPARE(id.schema, QStringLiteral("public"));
    QCOMPARE(id.table, QStringLiteral("ORDER_TABLE"));
    id = my->parseTableId(QStringLiteral("shop.orders"));
    QCOMPARE(id.catalog, QStringLiteral("shop"));
    QCOMPARE(id.table, QStringLiteral("orders"));
    id = my->parseTableId(QStringLiteral("`sh.op`.`or``ders`"));
    QCOMPARE(id.catalog, QStringLiteral("sh.op"));
    QCOMPARE(id.table, QStringLiteral("or`ders"));
    id = pg->parseTableId(QStringLiteral("db.public.orders"));
    QCOMPARE(id.catalog, QStringLiteral("db"));
    QCOMPARE(id.schema, QStringLiteral("public"));
    id = pg->parseTableId(pg->quoteIdentifier(kInjection));
    QCOMPARE(id.table, kInjection);
    QVERIFY(pg->parseTableId(QStringLiteral("\"unterminated")).isEmpty());
    QVERIFY(pg->parseTableId(QString()).isEmpty());
}

void TestDialects::createTableUpstreamExamples()
{
    const auto pg = dialect(QStringLiteral("PostgreSql"));
    const QList<SinkField> fields { field(QStringLiteral("pk1"), Schema::int32(), true),
        field(QStringLiteral("pk2"), Schema::int32(), true), field(QStringLiteral("col1"), Schema::int32()) };
    QCOMPARE(pg->buildCreateTable(table(QStringLiteral("myTable")), fields).value(),
        QStringLiteral("CREATE TABLE \"myTable\" (\n\"pk1\" INT NOT NULL,\n\"pk2\" INT NOT NULL,\n\"col1\" "
                       "INT NOT NULL,\n"
                       "PRIMARY KEY(\"pk1\",\"pk2\"))"));

    // §9: the SQLite quickstart's orders table.
    const auto lite = dialect(QStringLiteral("Sqlite"));
    const QList<SinkField> orders { field(QStringLiteral("id"), Schema::int32()),
        field(QStringLiteral("product"), Schema::optionalString()),
        field(QStringLiteral("price"), Schema::optionalFloat32()) };
    QCOMPARE(lite->buildCreateTable(table(QStringLiteral("orders")), orders).value(),
        QStringLiteral("CREATE TABLE \"orders\" (\n\"id\" INTEGER NOT NULL,\n\"product\" TEXT "
                       "NULL,\n\"price\" REAL NULL)"));
    QCOMPARE(lite->buildInsert(table(QStringLiteral("orders")), {},
                 { QStringLiteral("id"), QStringLiteral("product"), QStringLiteral("price") }),
        QStringLiteral("INSERT INTO \"orders\"(\"id\",\"product\",\"price\") VALUES(?,?,?)"));

    // The lab's sink table on each database (key columns NOT NULL even if the schema is optional).
    const QList<SinkField> lab { field(QStringLiteral("ID"), Schema::int64()),
        field(QStringLiteral("MESSAGE"), Schema::optionalString()) };
    const TableId target = table(QStringLiteral("CONNECT_ORDER_TABLE"));
    QCOMPARE(dialect(QStringLiteral("H2"))->buildCreateTable(target, lab).value(),
        QStringLiteral(
            "CREATE TABLE \"CONNECT_ORDER_TABLE\" (\n\"ID\" BIGINT NOT NULL,\n\"MESSAGE\" VARCHAR NULL)"));
    QCOMPARE(dialect(QStringLiteral("MySql"))->buildCreateTable(target, lab).value(),
        QStringLiteral("CREATE TABLE `CONNECT_ORDER_TABLE` (\n`ID` BIGINT NOT NULL,\n`MESSAGE` TEXT NULL)"));
    QCOMPARE(
        pg->buildCreateTable(target, { field(QStringLiteral("ID"), Schema::optionalInt64(), true) }).value(),
        QStringLiteral(
            "CREATE TABLE \"CONNECT_ORDER_TABLE\" (\n\"ID\" BIGINT NOT NULL,\nPRIMARY KEY(\"ID\"))"));
}

void TestDialects::alterTableUpstreamExamples()
{
    const auto pg = dialect(QStringLiteral("PostgreSql"));
    const SinkField one = field(QStringLiteral("newcol1"), Schema::optionalInt32());
    const SinkField two
        = field(QStringLiteral("newcol2"), SchemaBuilder::int32().defaultValue(Value(qint32(42))).build());
    QCOMPARE(pg->buildAlterTable(table(QStringLiteral("myTable")), { one }).value(),
        QStringList { QStringLiteral("ALTER TABLE \"myTable\" ADD \"newcol1\" INT NULL") });
    QCOMPARE(pg->buildAlterTable(table(QStringLiteral("myTable")), { one, two }).value(),
        QStringList { QStringLiteral(
            "ALTER TABLE \"myTable\" \nADD \"newcol1\" INT NULL,\nADD \"newcol2\" INT DEFAULT 42") });
}

void TestDialects::alterPerDialect()
{
    const SinkField one = field(QStringLiteral("a"), Schema::optionalInt32());
    const SinkField two = field(QStringLiteral("b"), Schema::optionalString());
    QCOMPARE(
        dialect(QStringLiteral("Sqlite"))->buildAlterTable(table(QStringLiteral("t")), { one, two }).value(),
        (QStringList { QStringLiteral("ALTER TABLE \"t\" ADD \"a\" INTEGER NULL"),
            QStringLiteral("ALTER TABLE \"t\" ADD \"b\" TEXT NULL") }));
    QCOMPARE(
        dialect(QStringLiteral("MySql"))->buildAlterTable(table(QStringLiteral("t")), { one, two }).value(),
        QStringList { QStringLiteral("ALTER TABLE `t` \nADD `a` INT NULL,\nADD `b` TEXT NULL") });
    // H2 rejects "ADD a, ADD b"; it takes a parenthesised column list.
    QCOMPARE(dialect(QStringLiteral("H2"))->buildAlterTable(table(QStringLiteral("t")), { one, two }).value(),
        QStringList { QStringLiteral("ALTER TABLE \"t\" ADD (\n\"a\" INT NULL,\n\"b\" VARCHAR NULL)") });
    QCOMPARE(dialect(QStringLiteral("H2"))->buildAlterTable(table(QStringLiteral("t")), { one }).value(),
        QStringList { QStringLiteral("ALTER TABLE \"t\" ADD \"a\" INT NULL") });
}

void TestDialects::columnTypes_data()
{
    QTest::addColumn<Schema>("schema");
    QTest::addColumn<bool>("timestampField");
    QTest::addColumn<QString>("postgresql");
    QTest::addColumn<QString>("mysql");
    QTest::addColumn<QString>("sqlite");
    QTest::addColumn<QString>("h2");
    QTest::newRow("int8") << Schema::int8() << false << "SMALLINT"
                          << "TINYINT"
                          << "INTEGER"
                          << "SMALLINT";
    QTest::newRow("int16") << Schema::int16() << false << "SMALLINT"
                           << "SMALLINT"
                           << "INTEGER"
                           << "SMALLINT";
    QTest::newRow("int32") << Schema::int32() << false << "INT"
                           << "INT"
                           << "INTEGER"
                           << "INT";
    QTest::newRow("int64") << Schema::int64() << false << "BIGINT"
                           << "BIGINT"
                           << "INTEGER"
                           << "BIGINT";
    QTest::newRow("float32") << Schema::float32() << false << "REAL"
                             << "FLOAT"
                             << "REAL"
                             << "REAL";
    QTest::newRow("float64") << Schema::float64() << false << "DOUBLE PRECISION"
                             << "DOUBLE"
                             << "REAL"
                             << "DOUBLE PRECISION";
    QTest::newRow("boolean") << Schema::boolean() << false << "BOOLEAN"
                             << "TINYINT"
                             << "INTEGER"
                             << "BOOLEAN";
    QTest::newRow("string") << Schema::string() << false << "TEXT"
                            << "TEXT"
                            << "TEXT"
                            << "VARCHAR";
    QTest::newRow("bytes") << Schema::bytes() << false << "BYTEA"
                           << "VARBINARY(1024)"
                           << "BLOB"
                           << "VARBINARY";
    QTest::newRow("decimal") << cs::data::DecimalSchema::schema(3) << false << "DECIMAL"
                             << "DECIMAL(65,3)"
                             << "NUMERIC"
                             << "NUMERIC(100000,3)";
    QTest::newRow("date") << cs::data::DateSchema::schema() << false << "DATE"
                          << "DATE"
                          << "NUMERIC"
                          << "DATE";
    QTest::newRow("time") << cs::data::TimeSchema::schema() << false << "TIME"
                          << "TIME(3)"
                          << "NUMERIC"
                          << "TIME(3)";
    QTest::newRow("timestamp") << cs::data::TimestampSchema::schema() << false << "TIMESTAMP"
                               << "DATETIME(3)"
                               << "NUMERIC"
                               << "TIMESTAMP";
    QTest::newRow("timestamp.fields.list") << Schema::int64() << true << "TIMESTAMP"
                                           << "DATETIME(6)"
                                           << "NUMERIC"
                                           << "TIMESTAMP";
}

void TestDialects::columnTypes()
{
    QFETCH(Schema, schema);
    QFETCH(bool, timestampField);
    QFETCH(QString, postgresql);
    QFETCH(QString, mysql);
    QFETCH(QString, sqlite);
    QFETCH(QString, h2);
    SinkField f = field(QStringLiteral("c"), schema);
    f.timestampField = timestampField;
    const QList<QPair<QString, QString>> expected { { QStringLiteral("PostgreSql"), postgresql },
        { QStringLiteral("MySql"), mysql }, { QStringLiteral("Sqlite"), sqlite },
        { QStringLiteral("H2"), h2 } };
    for (const auto &[name, type] : expected) {
        const Result<QString> actual = dialect(name)->sqlTypeFor(f);
        QVERIFY2(actual.ok(), qPrintable(name));
        QCOMPARE(actual.value(), type);
    }
}

void TestDialects::unmappedTypes()
{
    const SinkField i32 = field(QStringLiteral("c"), Schema::int32());
    QCOMPARE(dialect(QStringLiteral("Generic"))->sqlTypeFor(i32).error().message,
        QStringLiteral("null (INT32) type doesn't have a mapping to the SQL database column type"));
    QCOMPARE(dialect(QStringLiteral("Generic"))
                 ->buildCreateTable(table(QStringLiteral("t")), { i32 })
                 .error()
                 .message,
        QStringLiteral("null (INT32) type doesn't have a mapping to the SQL database column type"));
    const SinkField st
        = field(QStringLiteral("s"), SchemaBuilder::structure().name(QStringLiteral("Inner")).build());
    QCOMPARE(dialect(QStringLiteral("PostgreSql"))->sqlTypeFor(st).error().message,
        QStringLiteral("Inner (STRUCT) type doesn't have a mapping to the SQL database column type"));
    // PostgreSQL maps arrays of primitives; the others do not.
    const SinkField arr = field(QStringLiteral("a"), SchemaBuilder::array(Schema::int32()).build());
    QCOMPARE(dialect(QStringLiteral("PostgreSql"))->sqlTypeFor(arr).value(), QStringLiteral("INT[]"));
    QVERIFY(!dialect(QStringLiteral("MySql"))->sqlTypeFor(arr).ok());
    // The MySQL key column that TEXT cannot be.
    QCOMPARE(dialect(QStringLiteral("MySql"))
                 ->sqlTypeFor(field(QStringLiteral("k"), Schema::string(), true))
                 .value(),
        QStringLiteral("VARCHAR(256)"));
}

void TestDialects::defaultLiterals()
{
    const auto pg = dialect(QStringLiteral("PostgreSql"));
    const auto lite = dialect(QStringLiteral("Sqlite"));
    const auto h2 = dialect(QStringLiteral("H2"));
    const SinkField b
        = field(QStringLiteral("b"), SchemaBuilder::boolean().defaultValue(Value(true)).build());
    QCOMPARE(pg->defaultLiteral(b), QStringLiteral("TRUE"));
    QCOMPARE(h2->defaultLiteral(b), QStringLiteral("TRUE"));
    QCOMPARE(lite->defaultLiteral(b), QStringLiteral("1"));
    const SinkField s = field(QStringLiteral("s"),
        SchemaBuilder::string().defaultValue(Value::fromString(QStringLiteral("it's"))).build());
    QCOMPARE(lite->defaultLiteral(s), QStringLiteral("'it''s'"));
    const SinkField d
        = field(QStringLiteral("d"), SchemaBuilder::float64().defaultValue(Value(42.0)).build());
    QCOMPARE(lite->defaultLiteral(d), QStringLiteral("42.0"));
    const SinkField by = field(QStringLiteral("by"),
        SchemaBuilder::bytes().defaultValue(Value::bytes(QByteArray::fromHex("00ff10"))).build());
    QCOMPARE(lite->defaultLiteral(by), QStringLiteral("x'00ff10'"));
    const SinkField date = field(QStringLiteral("dt"),
        cs::data::DateSchema::builder()
            .defaultValue(Value(cs::data::DateSchema::fromDate(QDate(2024, 2, 29))))
            .build());
    QCOMPARE(pg->defaultLiteral(date), QStringLiteral("'2024-02-29'"));
    const SinkField time = field(QStringLiteral("tm"),
        cs::data::TimeSchema::builder()
            .defaultValue(Value(cs::data::TimeSchema::fromTime(QTime(13, 5, 7, 89))))
            .build());
    QCOMPARE(pg->defaultLiteral(time), QStringLiteral("'13:05:07.089'"));
    const SinkField ts = field(QStringLiteral("ts"),
        cs::data::TimestampSchema::builder().defaultValue(Value(qint64(1700000000123))).build());
    QCOMPARE(pg->defaultLiteral(ts), QStringLiteral("'2023-11-14 22:13:20.123'"));
    const SinkField dec = field(QStringLiteral("dec"),
        cs::data::DecimalSchema::builder(2)
            .defaultValue(Value(cs::data::Decimal::fromUnscaled(-12345, 2)))
            .build());
    QCOMPARE(pg->defaultLiteral(dec), QStringLiteral("-123.45"));
    QCOMPARE(pg->buildCreateTable(
                   table(QStringLiteral("t")), { b, field(QStringLiteral("n"), Schema::optionalInt16()) })
                 .value(),
        QStringLiteral("CREATE TABLE \"t\" (\n\"b\" BOOLEAN DEFAULT TRUE,\n\"n\" SMALLINT NULL)"));
}

void TestDialects::insertStatements()
{
    const TableId t = table(QStringLiteral("t"));
    const QStringList keys { QStringLiteral("k") };
    const QStringList cols { QStringLiteral("a"), QStringLiteral("b") };
    QCOMPARE(dialect(QStringLiteral("PostgreSql"))->buildInsert(t, keys, cols),
        QStringLiteral("INSERT INTO \"t\" (\"k\",\"a\",\"b\") VALUES (?,?,?)"));
    QCOMPARE(dialect(QStringLiteral("MySql"))->buildInsert(t, keys, cols),
        QStringLiteral("INSERT INTO `t`(`k`,`a`,`b`) VALUES(?,?,?)"));
    QCOMPARE(dialect(QStringLiteral("Sqlite"))->buildInsert(t, keys, cols),
        QStringLiteral("INSERT INTO \"t\"(\"k\",\"a\",\"b\") VALUES(?,?,?)"));
    QCOMPARE(dialect(QStringLiteral("H2"))->buildInsert(t, keys, cols),
        QStringLiteral("INSERT INTO \"t\"(\"k\",\"a\",\"b\") VALUES(?,?,?)"));
    QCOMPARE(dialect(QStringLiteral("Generic"))->buildInsert(t, {}, cols),
        QStringLiteral("INSERT INTO \"t\"(\"a\",\"b\") VALUES(?,?)"));

    // PostgreSQL casts placeholders of json/jsonb/uuid columns.
    TableDefinition def;
    def.exists = true;
    ColumnDefinition k;
    k.name = QStringLiteral("k");
    k.typeName = QStringLiteral("uuid");
    ColumnDefinition a;
    a.name = QStringLiteral("a");
    a.typeName = QStringLiteral("jsonb");
    ColumnDefinition b;
    b.name = QStringLiteral("b");
    b.typeName = QStringLiteral("text");
    def.columns = { k, a, b };
    QCOMPARE(dialect(QStringLiteral("PostgreSql"))->buildInsert(t, keys, cols, &def),
        QStringLiteral("INSERT INTO \"t\" (\"k\",\"a\",\"b\") VALUES (?::uuid,?::jsonb,?)"));
}

void TestDialects::upsertStatements()
{
    const TableId t = table(QStringLiteral("t"));
    const QStringList keys { QStringLiteral("id") };
    const QStringList cols { QStringLiteral("name"), QStringLiteral("qty") };
    QCOMPARE(dialect(QStringLiteral("PostgreSql"))->buildUpsert(t, keys, cols).value(),
        QStringLiteral(
            "INSERT INTO \"t\" (\"id\",\"name\",\"qty\") VALUES (?,?,?) ON CONFLICT (\"id\") DO UPDATE SET "
            "\"name\"=EXCLUDED.\"name\",\"qty\"=EXCLUDED.\"qty\""));
    QCOMPARE(dialect(QStringLiteral("PostgreSql"))->buildUpsert(t, keys, {}).value(),
        QStringLiteral("INSERT INTO \"t\" (\"id\") VALUES (?) ON CONFLICT (\"id\") DO NOTHING"));
    QCOMPARE(dialect(QStringLiteral("MySql"))->buildUpsert(t, keys, cols).value(),
        QStringLiteral("insert into `t`(`id`,`name`,`qty`) values(?,?,?) on duplicate key update "
                       "`name`=values(`name`),`qty`=values(`qty`)"));
    QCOMPARE(dialect(QStringLiteral("MySql"))->buildUpsert(t, keys, {}).value(),
        QStringLiteral("insert into `t`(`id`) values(?) on duplicate key update `id`=values(`id`)"));
    QCOMPARE(dialect(QStringLiteral("Sqlite"))->buildUpsert(t, keys, cols).value(),
        QStringLiteral("INSERT OR REPLACE INTO \"t\"(\"id\",\"name\",\"qty\") VALUES(?,?,?)"));
    QCOMPARE(dialect(QStringLiteral("H2"))->buildUpsert(t, keys, cols).value(),
        QStringLiteral("MERGE INTO \"t\" (\"id\",\"name\",\"qty\") KEY (\"id\") VALUES (?,?,?)"));
    QCOMPARE(dialect(QStringLiteral("Generic"))->buildUpsert(t, keys, cols).error().message,
        QStringLiteral("Write to table '\"t\"' in UPSERT mode is not supported with the Generic dialect."));
    QCOMPARE(dialect(QStringLiteral("PostgreSql"))->buildUpsert(t, {}, cols).error().message,
        QStringLiteral(
            "Write to table '\"t\"' in UPSERT mode requires key field names to be known, check the "
            "primary key configuration"));
}

void TestDialects::updateAndDelete()
{
    const TableId t = table(QStringLiteral("t"));
    for (const QString &name : { QStringLiteral("PostgreSql"), QStringLiteral("Sqlite"), QStringLiteral("H2"),
             QStringLiteral("Generic") }) {
        const auto d = dialect(name);
        QCOMPARE(d->buildUpdate(t, { QStringLiteral("k1"), QStringLiteral("k2") },
                     { QStringLiteral("a"), QStringLiteral("b") }),
            QStringLiteral("UPDATE \"t\" SET \"a\" = ?, \"b\" = ? WHERE \"k1\" = ? AND \"k2\" = ?"));
        QCOMPARE(
            d->buildUpdate(t, {}, { QStringLiteral("a") }), QStringLiteral("UPDATE \"t\" SET \"a\" = ?"));
        QCOMPARE(d->buildDelete(t, { QStringLiteral("k1"), QStringLiteral("k2") }),
            QStringLiteral("DELETE FROM \"t\" WHERE \"k1\" = ? AND \"k2\" = ?"));
    }
    QCOMPARE(dialect(QStringLiteral("MySql"))->buildDelete(t, { QStringLiteral("k") }),
        QStringLiteral("DELETE FROM `t` WHERE `k` = ?"));
}

void TestDialects::injectionNamesStayNames()
{
    // The name appears only inside quotes with its quote character doubled, in every statement.
    const TableId t = table(kInjection);
    const QString q = QStringLiteral("\"x\"\"; DROP TABLE y; --\"");
    const auto pg = dialect(QStringLiteral("PostgreSql"));
    QCOMPARE(pg->buildInsert(t, { kInjection }, {}), QStringLiteral("INSERT INTO %1 (%1) VALUES (?)").arg(q));
    QCOMPARE(pg->buildDelete(t, { kInjection }), QStringLiteral("DELETE FROM %1 WHERE %1 = ?").arg(q));
    QCOMPARE(dialect(QStringLiteral("H2"))->buildUpsert(t, { kInjection }, {}).value(),
        QStringLiteral("MERGE INTO %1 (%1) KEY (%1) VALUES (?)").arg(q));
    QCOMPARE(pg->buildCreateTable(t, { field(kInjection, Schema::int32(), true) }).value(),
        QStringLiteral("CREATE TABLE %1 (\n%1 INT NOT NULL,\nPRIMARY KEY(%1))").arg(q));
    const QString mq = QStringLiteral("`x\"; DROP TABLE y; --`");
    QCOMPARE(dialect(QStringLiteral("MySql"))->buildInsert(t, { kInjection }, {}),
        QStringLiteral("INSERT INTO %1(%1) VALUES(?)").arg(mq));
}

void TestDialects::sourceQueries()
{
    const auto generic = dialect(QStringLiteral("Generic"));
    SourceQuerySpec s;
    s.mode = SourceMode::Incrementing;
    s.table = table(QStringLiteral("name"));
    s.incrementingColumn = QStringLiteral("column");
    s.suffix = QStringLiteral("/* SUFFIX */");
    QCOMPARE(generic->buildSourceQuery(s),
        QStringLiteral("SELECT * FROM \"name\" WHERE \"name\".\"column\" > ? ORDER BY \"name\".\"column\" "
                       "ASC /* SUFFIX */"));

    s = SourceQuerySpec();
    s.mode = SourceMode::TimestampIncrementing;
    s.table = table(QStringLiteral("myTable"));
    s.incrementingColumn = QStringLiteral("id");
    s.timestampColumns = { QStringLiteral("ts1"), QStringLiteral("ts2") };
    const QString ts = QStringLiteral("COALESCE(\"myTable\".\"ts1\",\"myTable\".\"ts2\")");
    QCOMPARE(generic->buildSourceQuery(s),
        QStringLiteral(
            "SELECT * FROM \"myTable\" WHERE %1 < ? AND ((%1 = ? AND \"myTable\".\"id\" > ?) OR %1 > ?) "
            "ORDER BY %1,\"myTable\".\"id\" ASC")
            .arg(ts));

    s.mode = SourceMode::Timestamp;
    s.timestampColumns = { QStringLiteral("updated") };
    QCOMPARE(generic->buildSourceQuery(s),
        QStringLiteral(
            "SELECT * FROM \"myTable\" WHERE \"myTable\".\"updated\" > ? AND \"myTable\".\"updated\" < ? "
            "ORDER BY \"myTable\".\"updated\" ASC"));

    s = SourceQuerySpec();
    s.mode = SourceMode::Bulk;
    TableId pgTable;
    pgTable.schema = QStringLiteral("public");
    pgTable.table = QStringLiteral("ORDER_TABLE");
    s.table = pgTable;
    QCOMPARE(dialect(QStringLiteral("PostgreSql"))->buildSourceQuery(s),
        QStringLiteral("SELECT * FROM \"public\".\"ORDER_TABLE\""));

    // The lab's source on MySQL: backticks, qualified columns.
    s.mode = SourceMode::Incrementing;
    s.table = table(QStringLiteral("ORDER_TABLE"));
    s.incrementingColumn = QStringLiteral("ID");
    QCOMPARE(dialect(QStringLiteral("MySql"))->buildSourceQuery(s),
        QStringLiteral(
            "SELECT * FROM `ORDER_TABLE` WHERE `ORDER_TABLE`.`ID` > ? ORDER BY `ORDER_TABLE`.`ID` ASC"));

    // Query mode: the clause is appended to the query; columns are not qualified.
    s = SourceQuerySpec();
    s.mode = SourceMode::Incrementing;
    s.query = QStringLiteral("SELECT o.* FROM orders o");
    s.incrementingColumn = QStringLiteral("id");
    QCOMPARE(generic->buildSourceQuery(s),
        QStringLiteral("SELECT o.* FROM orders o WHERE \"id\" > ? ORDER BY \"id\" ASC"));
    s.mode = SourceMode::Bulk;
    s.suffix = QStringLiteral("LIMIT 5");
    QCOMPARE(generic->buildSourceQuery(s), QStringLiteral("SELECT o.* FROM orders o LIMIT 5"));
}

void TestDialects::currentTimestampQueries()
{
    QCOMPARE(dialect(QStringLiteral("Generic"))->currentTimestampQuery(),
        QStringLiteral("SELECT CURRENT_TIMESTAMP"));
    QCOMPARE(dialect(QStringLiteral("PostgreSql"))->currentTimestampQuery(),
        QStringLiteral("SELECT CURRENT_TIMESTAMP"));
    QCOMPARE(dialect(QStringLiteral("Sqlite"))->currentTimestampQuery(),
        QStringLiteral("SELECT strftime('%Y-%m-%d %H:%M:%f','now')"));
}

void TestDialects::sqlToConnect_data()
{
    QTest::addColumn<int>("sqlType");
    QTest::addColumn<bool>("isSigned");
    QTest::addColumn<bool>("nullable");
    QTest::addColumn<QString>("expected"); // Schema::toString() + optional flag
    using T = SqlType;
    QTest::newRow("bigint not null (lab ID)") << int(T::BigInt) << true << false << "Schema{INT64} required";
    QTest::newRow("varchar null (lab MESSAGE)")
        << int(T::VarChar) << true << true << "Schema{STRING} optional";
    QTest::newRow("boolean") << int(T::Boolean) << true << false << "Schema{BOOLEAN} required";
    QTest::newRow("bit") << int(T::Bit) << true << false << "Schema{INT8} required";
    QTest::newRow("tinyint") << int(T::TinyInt) << true << false << "Schema{INT8} required";
    QTest::newRow("tinyint unsigned") << int(T::TinyInt) << false << false << "Schema{INT16} required";
    QTest::newRow("smallint") << int(T::SmallInt) << true << false << "Schema{INT16} required";
    QTest::newRow("smallint unsigned") << int(T::SmallInt) << false << false << "Schema{INT32} required";
    QTest::newRow("integer") << int(T::Integer) << true << false << "Schema{INT32} required";
    QTest::newRow("integer unsigned") << int(T::Integer) << false << false << "Schema{INT64} required";
    QTest::newRow("real") << int(T::Real) << true << false << "Schema{FLOAT32} required";
    QTest::newRow("float") << int(T::Float) << true << false << "Schema{FLOAT64} required";
    QTest::newRow("double") << int(T::Double) << true << false << "Schema{FLOAT64} required";
    QTest::newRow("char") << int(T::Char) << true << false << "Schema{STRING} required";
    QTest::newRow("clob") << int(T::Clob) << true << false << "Schema{STRING} required";
    QTest::newRow("json") << int(T::OtherString) << true << false << "Schema{STRING} required";
    QTest::newRow("blob") << int(T::Blob) << true << true << "Schema{BYTES} optional";
    QTest::newRow("date") << int(T::Date) << true << false
                          << "Schema{org.apache.kafka.connect.data.Date:INT32} required";
    QTest::newRow("time") << int(T::Time) << true << false
                          << "Schema{org.apache.kafka.connect.data.Time:INT32} required";
    QTest::newRow("timestamp") << int(T::Timestamp) << true << false
                               << "Schema{org.apache.kafka.connect.data.Timestamp:INT64} required";
    QTest::newRow("array skipped") << int(T::Array) << true << false << "null";
    QTest::newRow("other skipped") << int(T::Other) << true << false << "null";
}

void TestDialects::sqlToConnect()
{
    QFETCH(int, sqlType);
    QFETCH(bool, isSigned);
    QFETCH(bool, nullable);
    QFETCH(QString, expected);
    ColumnDefinition c;
    c.sqlType = SqlType(sqlType);
    c.isSigned = isSigned;
    c.nullability = nullable ? Nullability::Nullable : Nullability::NoNulls;
    const Schema s = connectSchemaFor(c);
    const QString text = s.isNull()
        ? QStringLiteral("null")
        : s.toString() + (s.isOptional() ? QStringLiteral(" optional") : QStringLiteral(" required"));
    QCOMPARE(text, expected);
}

void TestDialects::numericMapping_data()
{
    QTest::addColumn<QString>("mapping");
    QTest::addColumn<int>("precision");
    QTest::addColumn<int>("scale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("none") << "none" << 10 << 0 << "DECIMAL(10,0)";
    QTest::newRow("precision_only int8") << "precision_only" << 2 << 0 << "INT8";
    QTest::newRow("precision_only int16") << "precision_only" << 4 << 0 << "INT16";
    QTest::newRow("precision_only int32") << "precision_only" << 9 << 0 << "INT32";
    QTest::newRow("precision_only int64") << "precision_only" << 18 << 0 << "INT64";
    QTest::newRow("precision_only too wide") << "precision_only" << 19 << 0 << "DECIMAL(19,0)";
    QTest::newRow("precision_only scaled") << "precision_only" << 10 << 2 << "DECIMAL(10,2)";
    QTest::newRow("best_fit scaled") << "best_fit" << 10 << 2 << "FLOAT64";
    QTest::newRow("best_fit negative scale") << "best_fit" << 10 << -2 << "INT64";
    QTest::newRow("best_fit too wide") << "best_fit" << 30 << 2 << "DECIMAL(30,2)";
    QTest::newRow("eager double wide") << "best_fit_eager_double" << 30 << 2 << "FLOAT64";
    QTest::newRow("eager double int") << "best_fit_eager_double" << 5 << 0 << "INT32";
}

void TestDialects::numericMapping()
{
    QFETCH(QString, mapping);
    QFETCH(int, precision);
    QFETCH(int, scale);
    QFETCH(QString, expected);
    NumericMapping m = NumericMapping::None;
    QVERIFY(parseNumericMapping(mapping, &m));
    ColumnDefinition c;
    c.sqlType = SqlType::Numeric;
    c.nullability = Nullability::NoNulls;
    c.precision = precision;
    c.scale = scale;
    const Schema s = connectSchemaFor(c, m);
    QVERIFY(!s.isNull());
    QString text = cs::data::typeName(s.type());
    if (s.logicalType() == cs::data::LogicalType::Decimal) {
        text = QStringLiteral("DECIMAL(%1,%2)")
                   .arg(s.parameter(QStringLiteral("connect.decimal.precision")),
                       s.parameter(QStringLiteral("scale")));
    }
    QCOMPARE(text, expected);
    // DECIMAL (as opposed to NUMERIC) is always a Connect Decimal.
    c.sqlType = SqlType::Decimal;
    QCOMPARE(connectSchemaFor(c, m).logicalType(), cs::data::LogicalType::Decimal);
}

void TestDialects::catalogTypeNames()
{
    auto classify = [](const DatabaseDialect &d, const QString &typeName, int precision = 0) {
        ColumnDefinition c;
        c.typeName = typeName;
        c.precision = precision;
        d.classifyColumnType(c);
        return c.sqlType;
    };
    const PostgreSqlDialect pg;
    QCOMPARE(classify(pg, QStringLiteral("bigint")), SqlType::BigInt);
    QCOMPARE(classify(pg, QStringLiteral("character varying")), SqlType::VarChar);
    QCOMPARE(classify(pg, QStringLiteral("timestamp without time zone")), SqlType::Timestamp);
    QCOMPARE(classify(pg, QStringLiteral("time with time zone")), SqlType::Time);
    QCOMPARE(classify(pg, QStringLiteral("jsonb")), SqlType::OtherString);
    QCOMPARE(classify(pg, QStringLiteral("bit"), 1), SqlType::Boolean);
    QCOMPARE(classify(pg, QStringLiteral("bit"), 8), SqlType::TinyInt);
    QCOMPARE(classify(pg, QStringLiteral("bit"), 64), SqlType::Binary);
    const MySqlDialect my;
    QCOMPARE(classify(my, QStringLiteral("mediumint")), SqlType::Integer);
    QCOMPARE(classify(my, QStringLiteral("float")), SqlType::Real);
    QCOMPARE(classify(my, QStringLiteral("longtext")), SqlType::LongVarChar);
    QCOMPARE(classify(my, QStringLiteral("datetime")), SqlType::Timestamp);
    QCOMPARE(classify(my, QStringLiteral("decimal")), SqlType::Decimal);
    const SqliteDialect lite;
    QCOMPARE(classify(lite, QStringLiteral("BIGINT")), SqlType::BigInt);
    QCOMPARE(classify(lite, QStringLiteral("INTEGER")), SqlType::Integer);
    QCOMPARE(classify(lite, QStringLiteral("VARCHAR(255)")), SqlType::VarChar);
    QCOMPARE(classify(lite, QStringLiteral("NVARCHAR(10)")), SqlType::VarChar);
    QCOMPARE(classify(lite, QStringLiteral("NUMERIC")), SqlType::Numeric);
    QCOMPARE(classify(lite, QStringLiteral("BOOLEAN")), SqlType::Boolean);
    QCOMPARE(classify(lite, QStringLiteral("DATETIME")), SqlType::Timestamp);
    QCOMPARE(classify(lite, QStringLiteral("UNSIGNED BIG INT")), SqlType::BigInt);
    QCOMPARE(classify(lite, QStringLiteral("MYINTEGRAL")), SqlType::Integer);
    QCOMPARE(classify(lite, QStringLiteral("FLOATING")), SqlType::Double);
    const H2Dialect h2;
    QCOMPARE(classify(h2, QStringLiteral("CHARACTER VARYING")), SqlType::VarChar);
    QCOMPARE(classify(h2, QStringLiteral("character varying")), SqlType::VarChar);
    QCOMPARE(classify(h2, QStringLiteral("BINARY VARYING")), SqlType::VarBinary);
    QCOMPARE(classify(h2, QStringLiteral("DOUBLE PRECISION")), SqlType::Double);
    QCOMPARE(classify(h2, QStringLiteral("TIMESTAMP WITH TIME ZONE")), SqlType::Timestamp);
    QCOMPARE(classify(h2, QStringLiteral("DECFLOAT")), SqlType::Numeric);
    QCOMPARE(classify(h2, QStringLiteral("UUID")), SqlType::OtherString);
    QCOMPARE(classify(h2, QStringLiteral("INTEGER ARRAY")), SqlType::Array);
}

void TestDialects::placeholders()
{
    TableDefinition def;
    def.exists = true;
    ColumnDefinition k;
    k.name = QStringLiteral("K");
    k.sqlType = SqlType::BigInt;
    k.typeName = QStringLiteral("BIGINT");
    ColumnDefinition b;
    b.name = QStringLiteral("B");
    b.sqlType = SqlType::VarBinary;
    b.typeName = QStringLiteral("BINARY VARYING");
    def.columns = { k, b };
    const TableId t = table(QStringLiteral("T"));
    const QString hex
        = QStringLiteral("SUBSTRING(NULLIF(CONNECT_STUDIO_HEX_TO_BYTES(COALESCE(?, '')), X'') FROM 2)");
    const auto h2 = dialect(QStringLiteral("H2"));
    QCOMPARE(h2->buildInsert(t, { QStringLiteral("K") }, { QStringLiteral("B") }, &def),
        QStringLiteral("INSERT INTO \"T\"(\"K\",\"B\") VALUES(?,%1)").arg(hex));
    QCOMPARE(h2->buildUpsert(t, { QStringLiteral("K") }, { QStringLiteral("B") }, &def).value(),
        QStringLiteral("MERGE INTO \"T\" (\"K\",\"B\") KEY (\"K\") VALUES (?,%1)").arg(hex));
    QCOMPARE(h2->buildUpdate(t, { QStringLiteral("K") }, { QStringLiteral("B") }, &def),
        QStringLiteral("UPDATE \"T\" SET \"B\" = %1 WHERE \"K\" = ?").arg(hex));
    QVERIFY(h2->statementPreparationCommits());
    QVERIFY(!dialect(QStringLiteral("PostgreSql"))->statementPreparationCommits());
    // Other dialects bind bytes directly.
    QCOMPARE(dialect(QStringLiteral("Sqlite"))
                 ->buildInsert(t, { QStringLiteral("K") }, { QStringLiteral("B") }, &def),
        QStringLiteral("INSERT INTO \"T\"(\"K\",\"B\") VALUES(?,?)"));
    def.columns[1].typeName = QStringLiteral("jsonb");
    QCOMPARE(dialect(QStringLiteral("PostgreSql"))
                 ->buildUpdate(t, { QStringLiteral("K") }, { QStringLiteral("B") }, &def),
        QStringLiteral("UPDATE \"T\" SET \"B\" = ?::jsonb WHERE \"K\" = ?"));
}

void TestDialects::boundValues()
{
    const auto pg = dialect(QStringLiteral("PostgreSql"));
    const auto lite = dialect(QStringLiteral("Sqlite"));
    const auto h2 = dialect(QStringLiteral("H2"));
    QCOMPARE(pg->toSqlValue(Value(qint8(-3)), Schema::int8()), QVariant(-3));
    QCOMPARE(pg->toSqlValue(Value(qint64(1) << 40), Schema::int64()), QVariant(qlonglong(1) << 40));
    QCOMPARE(pg->toSqlValue(Value(true), Schema::boolean()), QVariant(true));
    QCOMPARE(pg->toSqlValue(Value::fromString(QStringLiteral("주문")), Schema::string()),
        QVariant(QStringLiteral("주문")));
    QCOMPARE(pg->toSqlValue(Value::bytes("\x01\x02"), Schema::bytes()), QVariant(QByteArray("\x01\x02")));
    QCOMPARE(h2->toSqlValue(Value::bytes("\x01\xff"), Schema::bytes()), QVariant(QStringLiteral("0101ff")));
    QCOMPARE(h2->toSqlValue(Value::bytes(QByteArray()), Schema::bytes()), QVariant(QStringLiteral("01")));
    const Schema dec = cs::data::DecimalSchema::schema(2);
    QCOMPARE(pg->toSqlValue(Value(cs::data::Decimal::fromUnscaled(-12345, 2)), dec),
        QVariant(QStringLiteral("-123.45")));
    const qint32 days = cs::data::DateSchema::fromDate(QDate(2024, 2, 29));
    QCOMPARE(pg->toSqlValue(Value(days), cs::data::DateSchema::schema()), QVariant(QDate(2024, 2, 29)));
    QCOMPARE(lite->toSqlValue(Value(days), cs::data::DateSchema::schema()),
        QVariant(qlonglong(QDateTime(QDate(2024, 2, 29), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch())));
    QCOMPARE(pg->toSqlValue(Value(qint64(1700000000123)), cs::data::TimestampSchema::schema()),
        QVariant(QDateTime::fromMSecsSinceEpoch(1700000000123, Qt::UTC)));
    // Nulls are typed, so the driver knows the parameter's type.
    const QVariant nullInt = pg->toSqlValue(Value(), Schema::optionalInt64());
    QVERIFY(nullInt.isNull());
    QCOMPARE(nullInt.metaType(), QMetaType::fromType<qlonglong>());
    QCOMPARE(
        pg->toSqlValue(Value(), cs::data::DateSchema::schema(true)).metaType(), QMetaType::fromType<QDate>());
}

QTEST_GUILESS_MAIN(TestDialects)
#include "tst_dialects.moc"
