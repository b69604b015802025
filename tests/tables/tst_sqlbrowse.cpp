// The table browser's engine against real SQLite files (and a real PostgreSQL for cancel): paging,
// jumping to the end, sort and filter in SQL, refresh with new/changed rows, schema, the SQL runner
// and its cancel, and compare.

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "sqlbrowse/schemamodel.h"
#include "sqlbrowse/sqlrunner.h"
#include "sqlbrowse/tablecompare.h"
#include "sqlbrowse/tablemodel.h"
#include "support/databaseservers.h"

using namespace cs::sqlbrowse;
using cs::jdbc::DatabaseKind;
using cs::jdbc::TableId;

namespace {

// A SQLite file with ORDER_TABLE holding orders 1..rows ("order <n>"), written in one transaction.
bool makeOrders(
    const QString &path, int rows, QString *error, const QString &table = QStringLiteral("ORDER_TABLE"))
{
    const QString name = QStringLiteral("setup-") + path;
    bool ok = false;
    {
        auto db = cs::jdbc::JdbcUrl::open(QStringLiteral("jdbc:sqlite:") + path, {}, name);
        if (!db) {
            *error = db.error().toString();
            return false;
        }
        QSqlQuery q(db.value());
        ok = q.exec(QStringLiteral(
            "CREATE TABLE \"%1\" (\"ID\" BIGINT NOT NULL PRIMARY KEY, \"MESSAGE\" VARCHAR(255) NULL)")
                        .arg(table));
        db.value().transaction();
        q.prepare(QStringLiteral("INSERT INTO \"%1\" VALUES (?, ?)").arg(table));
        for (int i = 1; ok && i <= rows; ++i) {
            q.addBindValue(qint64(i));
            q.addBindValue(QStringLiteral("order %1").arg(i));
            ok = q.exec();
        }
        if (!ok)
            *error = q.lastError().text();
        db.value().commit();
        db.value().close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool execOn(const QString &path, const QStringList &statements, QString *error)
{
    const QString name = QStringLiteral("exec-") + path;
    bool ok = true;
    {
        auto db = cs::jdbc::JdbcUrl::open(QStringLiteral("jdbc:sqlite:") + path, {}, name);
        if (!db) {
            *error = db.error().toString();
            return false;
        }
        QSqlQuery q(db.value());
        for (const QString &s : statements)
            if (ok && !q.exec(s)) {
                ok = false;
                *error = s + QStringLiteral(": ") + q.lastError().text();
            }
        db.value().close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

TableId orderTable()
{
    TableId id;
    id.table = QStringLiteral("ORDER_TABLE");
    return id;
}

} // namespace

class TestSqlBrowse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagesAndEnd();
    void sortAndFilter();
    void refreshMarksNewAndChanged();
    void brokenUrl();
    void schema();
    void schemaReadAgainKeepsIndexes();
    void runner();
    void cancelSqlite();
    void postgres();
    void splitting();
    void compare();
};

void TestSqlBrowse::pagesAndEnd()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("orders.db"));
    QString error;
    QVERIFY2(makeOrders(path, 5000, &error), qPrintable(error));

    auto worker = std::make_shared<SqlWorker>(
        QStringLiteral("jdbc:sqlite:") + path, cs::jdbc::ConnectionProperties {});
    TableModel model(worker);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(100);
    model.setMaxCachedPages(4);
    QSignalSpy loaded(&model, &TableModel::loaded);
    model.setTable(orderTable());
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model.rowCount(), 5000);
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("ID"));
    QCOMPARE(model.keyColumns(), QStringList { QStringLiteral("ID") });
    QCOMPARE(model.data(model.index(0, 1)).toString(), QStringLiteral("order 1"));
    QCOMPARE(model.cachedRows(), 100);

    // The last row: not loaded yet; asking for it loads only its page.
    QSignalSpy pages(&model, &TableModel::pageLoaded);
    QVERIFY(!model.isRowLoaded(4999));
    QVERIFY(!model.data(model.index(4999, 0)).isValid());
    QVERIFY(pages.wait(10000));
    QCOMPARE(pages.first().at(0).toInt(), 4900);
    QCOMPARE(model.data(model.index(4999, 0)).toLongLong(), 5000);
    QCOMPARE(model.data(model.index(4900, 1)).toString(), QStringLiteral("order 4901"));
    QCOMPARE(model.cachedRows(), 200);

    // A page in the middle, read from the start; and the cache stays bounded.
    for (int row : { 2500, 1000, 3000, 4000, 100 }) {
        pages.clear();
        QVERIFY(!model.data(model.index(row, 0)).isValid());
        QVERIFY(pages.wait(10000));
        QCOMPARE(model.data(model.index(row, 0)).toLongLong(), row + 1);
    }
    QVERIFY(model.cachedRows() <= 400);
}

void TestSqlBrowse::sortAndFilter()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("orders.db"));
    QString error;
    QVERIFY2(makeOrders(path, 1000, &error), qPrintable(error));
    QVERIFY2(execOn(path,
                 { QStringLiteral("UPDATE ORDER_TABLE SET MESSAGE = NULL WHERE ID IN (7, 8)"),
                     QStringLiteral("UPDATE ORDER_TABLE SET MESSAGE = '100% o''clock' WHERE ID = 9") },
                 &error),
        qPrintable(error));
    auto worker = std::make_shared<SqlWorker>(
        QStringLiteral("jdbc:sqlite:") + path, cs::jdbc::ConnectionProperties {});
    TableModel model(worker);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(50);
    QSignalSpy loaded(&model, &TableModel::loaded);
    model.setTable(orderTable());
    QVERIFY(loaded.wait(10000));

    model.sort(0, Qt::DescendingOrder);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model.data(model.index(0, 0)).toLongLong(), 1000);
    // The end of a descending order, read from the end in reverse.
    QSignalSpy pages(&model, &TableModel::pageLoaded);
    model.data(model.index(999, 0));
    QVERIFY(pages.wait(10000));
    QCOMPARE(model.data(model.index(999, 0)).toLongLong(), 1);
    QCOMPARE(model.data(model.index(950, 0)).toLongLong(), 50);

    // Substring over one column, with LIKE's wildcards taken literally.
    model.setFilter({ 1, RowFilter::Op::Contains, QStringLiteral("100%") });
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.data(model.index(0, 0)).toLongLong(), 9);
    // Any column, case-insensitive.
    model.setFilter({ -1, RowFilter::Op::Contains, QStringLiteral("ORDER 99") });
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model.rowCount(), 11); // 99, 990..999
    // A bound comparison on a number column, and NULL tests.
    model.setFilter({ 0, RowFilter::Op::Greater, QStringLiteral("995") });
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model.rowCount(), 5);
    model.setFilter({ 1, RowFilter::Op::IsNull, {} });
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.data(model.index(0, 1)).toString(), QStringLiteral("NULL"));
    QVERIFY(model.data(model.index(0, 1), TableModel::IsNullRole).toBool());
    // A value that would break quoting is only ever a bound value.
    model.setFilter({ 1, RowFilter::Op::Equals, QStringLiteral("x' OR '1'='1") });
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model.rowCount(), 0);
}

void TestSqlBrowse::refreshMarksNewAndChanged()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("orders.db"));
    QString error;
    QVERIFY2(makeOrders(path, 3, &error), qPrintable(error));
    auto worker = std::make_shared<SqlWorker>(
        QStringLiteral("jdbc:sqlite:") + path, cs::jdbc::ConnectionProperties {});
    TableModel model(worker);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Long enough to check the marks after the refresh, short enough to see them expire.
    model.setHighlightDuration(4000);
    QSignalSpy loaded(&model, &TableModel::loaded);
    model.setTable(orderTable());
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model.rowCount(), 3);

    QSignalSpy refreshed(&model, &TableModel::refreshed);
    model.refresh();
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(refreshed.last().at(0).toInt(), 0);
    QCOMPARE(refreshed.last().at(1).toInt(), 0);

    QVERIFY2(execOn(path,
                 { QStringLiteral("INSERT INTO ORDER_TABLE VALUES (4, '4th OrderPlaced.')"),
                     QStringLiteral("UPDATE ORDER_TABLE SET MESSAGE = 'changed' WHERE ID = 2") },
                 &error),
        qPrintable(error));
    model.setAutoRefreshInterval(100);
    QVERIFY(refreshed.wait(10000));
    model.setAutoRefreshInterval(0);
    QCOMPARE(refreshed.last().at(0).toInt(), 1);
    QCOMPARE(refreshed.last().at(1).toInt(), 1);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.data(model.index(3, 1)).toString(), QStringLiteral("4th OrderPlaced."));
    QCOMPARE(model.rowState(3), TableModel::New);
    QCOMPARE(model.rowState(1), TableModel::Changed);
    QCOMPARE(model.rowState(0), TableModel::Unchanged);
    QCOMPARE(model.data(model.index(3, 0), TableModel::RowStateRole).toInt(), int(TableModel::New));

    // A deleted row leaves the model; the highlights expire.
    QVERIFY2(
        execOn(path, { QStringLiteral("DELETE FROM ORDER_TABLE WHERE ID = 1") }, &error), qPrintable(error));
    model.refresh();
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.data(model.index(0, 0)).toLongLong(), 2);
    QCOMPARE(model.rowState(2), TableModel::New); // ID 4, still marked
    QTRY_COMPARE_WITH_TIMEOUT(model.rowState(2), TableModel::Unchanged, 10000);
    QCOMPARE(model.rowState(0), TableModel::Unchanged);
}

void TestSqlBrowse::brokenUrl()
{
    auto worker
        = std::make_shared<SqlWorker>(QStringLiteral("jdbc:nosuch://x"), cs::jdbc::ConnectionProperties {});
    TableModel model(worker);
    QSignalSpy failed(&model, &TableModel::errorOccurred);
    model.setTable(orderTable());
    QVERIFY(failed.wait(10000));
    QVERIFY2(failed.first().at(0).toString().contains(QStringLiteral("No suitable driver")),
        qPrintable(failed.first().at(0).toString()));
    QCOMPARE(model.rowCount(), 0);
}

void TestSqlBrowse::schema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lab.db"));
    QString error;
    QVERIFY2(makeOrders(path, 12, &error), qPrintable(error));
    QVERIFY2(
        execOn(path,
            { QStringLiteral(
                  "CREATE TABLE \"CONNECT_ORDER_TABLE\" (\"ID\" BIGINT NOT NULL, \"MESSAGE\" TEXT NULL)"),
                QStringLiteral("CREATE VIEW V AS SELECT ID FROM ORDER_TABLE") },
            &error),
        qPrintable(error));
    SqlWorker worker(QStringLiteral("jdbc:sqlite:") + path, {});
    SchemaModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int c = model.addConnection(QStringLiteral("lab"), path);
    model.setLoading(c);
    Mailbox mailbox;
    bool done = false;
    loadSchema(&worker, mailbox, [&](const cs::data::Result<QList<TableInfo>> &tables) {
        QVERIFY2(tables.ok(), tables.ok() ? "" : qPrintable(tables.error().toString()));
        model.setTables(c, tables.value());
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QCOMPARE(model.rowCount(model.connectionIndex(c)), 3);
    const QModelIndex orders = model.tableIndex(c, orderTable());
    QVERIFY(orders.isValid());
    QCOMPARE(model.data(orders.siblingAtColumn(2)).toString(), QStringLiteral("12"));
    QCOMPARE(model.rowCount(orders), 2);
    const QModelIndex id = model.index(0, 0, orders);
    QCOMPARE(model.data(id).toString(), QStringLiteral("ID"));
    QVERIFY(model.data(id, SchemaModel::PrimaryKeyRole).toBool());
    QVERIFY(model.data(id.siblingAtColumn(1)).toString().contains(QStringLiteral("BIGINT")));
    QCOMPARE(model.tableAt(id)->id.table, QStringLiteral("ORDER_TABLE"));
    QCOMPARE(model.kindAt(id), SchemaModel::Kind::Column);
    TableId view;
    view.table = QStringLiteral("V");
    QCOMPARE(model.data(model.tableIndex(c, view).siblingAtColumn(1)).toString(), QStringLiteral("view"));
}

// Reading a schema again updates the same tables in place (persistent indexes, as a tree view's
// expansion and selection, survive); a changed column list replaces only that table's columns; a new
// table replaces the connection's rows.
void TestSqlBrowse::schemaReadAgainKeepsIndexes()
{
    SchemaModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int c = model.addConnection(QStringLiteral("lab"), QStringLiteral("lab.db"));
    auto column = [](const QString &name) {
        cs::jdbc::ColumnDefinition d;
        d.name = name;
        d.typeName = QStringLiteral("TEXT");
        return d;
    };
    TableInfo orders;
    orders.id = orderTable();
    orders.columns = { column(QStringLiteral("ID")), column(QStringLiteral("MESSAGE")) };
    orders.rowCount = 2;
    model.setTables(c, { orders });
    const QPersistentModelIndex table(model.tableIndex(c, orderTable()));
    const QPersistentModelIndex firstColumn(model.index(0, 0, table));
    QSignalSpy removed(&model, &QAbstractItemModel::rowsAboutToBeRemoved);

    orders.rowCount = 3;
    model.setTables(c, { orders });
    QVERIFY(table.isValid() && firstColumn.isValid());
    QCOMPARE(removed.size(), 0);
    QCOMPARE(model.data(QModelIndex(table).siblingAtColumn(2)).toString(), QStringLiteral("3"));

    orders.columns << column(QStringLiteral("AMOUNT"));
    model.setTables(c, { orders });
    QVERIFY(table.isValid());
    QCOMPARE(model.rowCount(table), 3);

    TableInfo other;
    other.id.table = QStringLiteral("OTHER");
    model.setTables(c, { orders, other });
    QCOMPARE(model.rowCount(model.connectionIndex(c)), 2);
    QVERIFY(model.tableIndex(c, other.id).isValid());
}

void TestSqlBrowse::runner()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("orders.db"));
    QString error;
    QVERIFY2(makeOrders(path, 3, &error), qPrintable(error));
    SqlRunner runner(QStringLiteral("jdbc:sqlite:") + path, {});
    QSignalSpy finished(&runner, &SqlRunner::finished);
    QVERIFY(runner.run(QStringLiteral("UPDATE ORDER_TABLE SET MESSAGE = 'x' WHERE ID < 3; -- two rows\n"
                                      "SELECT ID, MESSAGE FROM ORDER_TABLE ORDER BY ID")));
    QVERIFY(runner.isRunning());
    QVERIFY(!runner.run(QStringLiteral("SELECT 1")));
    QVERIFY(finished.wait(10000));
    auto result = finished.last().at(0).value<QueryResult>();
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.statements, 2);
    QCOMPARE(result.rowsAffected, 2);
    QCOMPARE(result.columns, (QStringList { QStringLiteral("ID"), QStringLiteral("MESSAGE") }));
    QCOMPARE(result.rows.size(), 3);
    QCOMPARE(result.rows.at(2).at(1).toString(), QStringLiteral("order 3"));

    QueryResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResult(result);
    QCOMPARE(model.data(model.index(0, 1)).toString(), QStringLiteral("x"));

    runner.setMaxRows(2);
    QVERIFY(runner.run(QStringLiteral("SELECT * FROM ORDER_TABLE")));
    QVERIFY(finished.wait(10000));
    result = finished.last().at(0).value<QueryResult>();
    QCOMPARE(result.rows.size(), 2);
    QVERIFY(result.truncated);

    QVERIFY(runner.run(QStringLiteral("SELECT * FROM NO_SUCH_TABLE")));
    QVERIFY(finished.wait(10000));
    result = finished.last().at(0).value<QueryResult>();
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QStringLiteral("NO_SUCH_TABLE")), qPrintable(result.error));
}

void TestSqlBrowse::cancelSqlite()
{
    QTemporaryDir dir;
    SqlRunner runner(QStringLiteral("jdbc:sqlite:") + dir.filePath(QStringLiteral("x.db")), {});
    QSignalSpy finished(&runner, &SqlRunner::finished);
    // Never ends on its own.
    QVERIFY(runner.run(QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
                                      "SELECT COUNT(*) FROM c")));
    QVERIFY(!finished.wait(500));
    QElapsedTimer timer;
    timer.start();
    runner.cancel();
    QVERIFY(finished.wait(5000));
    const auto result = finished.last().at(0).value<QueryResult>();
    QVERIFY(result.cancelled);
    QVERIFY(!result.ok);
    // Interrupted by the driver (not abandoned after the grace time).
    QVERIFY2(
        result.error.contains(QStringLiteral("interrupt"), Qt::CaseInsensitive), qPrintable(result.error));
    qInfo("SQLite statement cancelled after %lld ms", timer.elapsed());
    // The connection is usable again.
    QVERIFY(runner.run(QStringLiteral("SELECT 41 + 1")));
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.last().at(0).value<QueryResult>().rows.value(0).value(0).toInt(), 42);
}

void TestSqlBrowse::postgres()
{
    cs::testsupport::PostgresServer server;
    CS_START_SERVER(server);

    // A statement that would run for a minute is cancelled through libpq's cancel request.
    SqlRunner runner(server.jdbcUrl(), server.properties());
    QSignalSpy finished(&runner, &SqlRunner::finished);
    QVERIFY(runner.run(QStringLiteral("SELECT pg_sleep(60)")));
    QVERIFY(!finished.wait(1000));
    QElapsedTimer timer;
    timer.start();
    runner.cancel();
    QVERIFY(finished.wait(5000));
    auto result = finished.last().at(0).value<QueryResult>();
    QVERIFY(result.cancelled);
    QVERIFY2(result.error.contains(QStringLiteral("cancel"), Qt::CaseInsensitive), qPrintable(result.error));
    qInfo("PostgreSQL statement cancelled after %lld ms", timer.elapsed());

    // The lab's ORDER_TABLE on PostgreSQL, 1000 orders, as the sink's target of a SQLite source.
    QVERIFY(runner.run(QStringLiteral(
        "CREATE TABLE \"ORDER_TABLE\" (\"ID\" BIGINT NOT NULL PRIMARY KEY, \"MESSAGE\" VARCHAR(255) NULL);"
        "INSERT INTO \"ORDER_TABLE\" SELECT i, 'order ' || i FROM generate_series(1, 1000) AS s(i);"
        "UPDATE \"ORDER_TABLE\" SET \"MESSAGE\" = 'changed' WHERE \"ID\" = 500;"
        "DELETE FROM \"ORDER_TABLE\" WHERE \"ID\" = 7")));
    QVERIFY(finished.wait(10000));
    result = finished.last().at(0).value<QueryResult>();
    QVERIFY2(result.ok, qPrintable(result.error));

    TableId table;
    table.schema = QStringLiteral("public");
    table.table = QStringLiteral("ORDER_TABLE");
    auto worker = std::make_shared<SqlWorker>(server.jdbcUrl(), server.properties());
    TableModel model(worker);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(100);
    QSignalSpy loaded(&model, &TableModel::loaded);
    QSignalSpy pages(&model, &TableModel::pageLoaded);
    model.setTable(table);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model.rowCount(), 999);
    QVERIFY(!model.data(model.index(998, 0)).isValid()); // not loaded: requests the last page
    QVERIFY(pages.wait(10000));
    QCOMPARE(model.data(model.index(998, 0)).toLongLong(), 1000);
    QCOMPARE(model.data(model.index(900, 1)).toString(), QStringLiteral("order 902"));
    model.setFilter({ -1, RowFilter::Op::Contains, QStringLiteral("ORDER 99") });
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model.rowCount(), 11);

    // Compare a SQLite source with the PostgreSQL target (lab step 16: another DBMS behind the sink).
    QTemporaryDir dir;
    const QString sourcePath = dir.filePath(QStringLiteral("source.db"));
    QString error;
    QVERIFY2(makeOrders(sourcePath, 1000, &error), qPrintable(error));
    CompareSpec spec;
    spec.source = { QStringLiteral("jdbc:sqlite:") + sourcePath, {}, orderTable() };
    spec.target = { server.jdbcUrl(), server.properties(), table };
    const CompareResult compared = TableCompare::run(spec);
    QVERIFY2(compared.ok, qPrintable(compared.error));
    QCOMPARE(compared.sourceRows, 1000);
    QCOMPARE(compared.targetRows, 999);
    QCOMPARE(compared.missing, 1);
    QCOMPARE(compared.different, 1);
    QCOMPARE(compared.matching, 998);
    QCOMPARE(compared.rows.at(0).key.value(0).toLongLong(), 7);
    QCOMPARE(compared.rows.at(1).key.value(0).toLongLong(), 500);
}

void TestSqlBrowse::splitting()
{
    QCOMPARE(
        splitStatements(QStringLiteral("SELECT 'a;b'; SELECT \"x;\" FROM t;\n-- c;\n/* d; */ SELECT 3;;")),
        (QStringList { QStringLiteral("SELECT 'a;b'"), QStringLiteral("SELECT \"x;\" FROM t"),
            QStringLiteral("-- c;\n/* d; */ SELECT 3") }));
    QCOMPARE(splitStatements(QStringLiteral("SELECT 'it''s;'")),
        QStringList { QStringLiteral("SELECT 'it''s;'") });
    QVERIFY(splitStatements(QStringLiteral(" -- only a comment\n")).isEmpty());
}

void TestSqlBrowse::compare()
{
    QTemporaryDir dir;
    const QString sourcePath = dir.filePath(QStringLiteral("source.db"));
    const QString targetPath = dir.filePath(QStringLiteral("target.db"));
    QString error;
    QVERIFY2(makeOrders(sourcePath, 100, &error), qPrintable(error));
    // The sink's table: no primary key (pk.mode=none), same columns.
    QVERIFY2(makeOrders(targetPath, 100, &error, QStringLiteral("CONNECT_ORDER_TABLE")), qPrintable(error));
    QVERIFY2(execOn(targetPath,
                 { QStringLiteral("DELETE FROM CONNECT_ORDER_TABLE WHERE ID IN (5, 77)"),
                     QStringLiteral("UPDATE CONNECT_ORDER_TABLE SET MESSAGE = 'tampered' WHERE ID = 10"),
                     QStringLiteral("UPDATE CONNECT_ORDER_TABLE SET MESSAGE = NULL WHERE ID = 11"),
                     QStringLiteral("INSERT INTO CONNECT_ORDER_TABLE VALUES (500, 'only here')") },
                 &error),
        qPrintable(error));

    CompareSpec spec;
    spec.source = { QStringLiteral("jdbc:sqlite:") + sourcePath, {}, orderTable() };
    spec.target = { QStringLiteral("jdbc:sqlite:") + targetPath, {}, {} };
    spec.target.table.table = QStringLiteral("CONNECT_ORDER_TABLE");
    Mailbox mailbox;
    CompareResult result;
    bool done = false;
    TableCompare::start(spec, mailbox, [&](const CompareResult &r) {
        result = r;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.keyColumns, QStringList { QStringLiteral("ID") });
    QCOMPARE(result.sourceRows, 100);
    QCOMPARE(result.targetRows, 99);
    QCOMPARE(result.missing, 2);
    QCOMPARE(result.extra, 1);
    QCOMPARE(result.different, 2);
    QCOMPARE(result.matching, 96);
    QCOMPARE(result.rows.size(), 5);
    QCOMPARE(result.rows.at(0).kind, RowDifference::Missing);
    QCOMPARE(result.rows.at(0).key.value(0).toLongLong(), 5);
    QCOMPARE(result.rows.at(1).key.value(0).toLongLong(), 77);
    QCOMPARE(result.rows.at(2).kind, RowDifference::Different);
    QCOMPARE(result.rows.at(2).differingColumns, QStringList { QStringLiteral("MESSAGE") });
    QCOMPARE(result.rows.at(2).targetValues.value(1).toString(), QStringLiteral("tampered"));
    QCOMPARE(result.rows.at(3).key.value(0).toLongLong(), 11);
    QVERIFY(result.rows.at(3).targetValues.value(1).isNull());
    QCOMPARE(result.rows.at(4).kind, RowDifference::Extra);
    QCOMPARE(result.rows.at(4).targetValues.value(1).toString(), QStringLiteral("only here"));

    // A key the target lacks is an error, not a silent empty answer.
    spec.keyColumns = { QStringLiteral("NOPE") };
    const CompareResult bad = TableCompare::run(spec);
    QVERIFY(!bad.ok);
    QVERIFY2(bad.error.contains(QStringLiteral("NOPE")), qPrintable(bad.error));
}

QTEST_GUILESS_MAIN(TestSqlBrowse)
#include "tst_sqlbrowse.moc"
