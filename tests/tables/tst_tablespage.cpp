// The Tables view, offscreen, against the lab's shape: a SQLite source database with ORDER_TABLE, a SQLite
// target database with the sink's CONNECT_ORDER_TABLE, and the topic CONNECT_ORDER_TABLE on a real
// embedded broker (on a free port) holding the records the JDBC source connector writes for those rows.

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include "endpoints.h"
#include "kafka/embeddedbroker.h"
#include "kafka/producer.h"
#include "sqlbrowse/schemamodel.h"
#include "sqlbrowse/sqlrunner.h"
#include "sqlbrowse/tablemodel.h"
#include "support/databaseservers.h"
#include "tables/comparepanel.h"
#include "tables/databaseconnections.h"
#include "tables/datapanel.h"
#include "tables/sqlpanel.h"
#include "tables/tablepicker.h"
#include "tables/tablespage.h"
#include "tables/tracepanel.h"

using namespace cs::ui;
using cs::sqlbrowse::TableModel;

namespace {

const QStringList kOrders { QStringLiteral("1st OrderPlaced."), QStringLiteral("2nd OrderPlaced."),
    QStringLiteral("3rd OrderPlaced.") };

bool exec(const QString &path, const QStringList &statements, QString *error)
{
    const QString name = QStringLiteral("setup-") + path;
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

// The record the lab's JDBC source connector writes for one ORDER_TABLE row (spec/lab.md), key null.
QByteArray labRecord(qint64 id, const QString &message)
{
    return QStringLiteral(
        "{\"schema\":{\"type\":\"struct\",\"fields\":[{\"type\":\"int64\",\"optional\":false,"
        "\"field\":\"ID\"},{\"type\":\"string\",\"optional\":true,\"field\":\"MESSAGE\"}],"
        "\"optional\":false,\"name\":\"ORDER_TABLE\"},\"payload\":{\"ID\":%1,\"MESSAGE\":\"%2\"}}")
        .arg(id)
        .arg(message)
        .toUtf8();
}

} // namespace

class TestTablesPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void labPipeline();
    void schemaFollowsTheDatabases();

private:
    QTemporaryDir m_dir;
    QString m_source;
    QString m_target;
    cs::kafka::EmbeddedBroker m_broker;
};

void TestTablesPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_source = m_dir.filePath(QStringLiteral("lab-source.db"));
    m_target = m_dir.filePath(QStringLiteral("lab-target.db"));
    QString error;
    QStringList source { QStringLiteral(
        "CREATE TABLE \"ORDER_TABLE\" (\"ID\" BIGINT NOT NULL PRIMARY KEY, \"MESSAGE\" VARCHAR(255) NULL)") };
    // The sink's auto-created table (pk.mode=none: no primary key).
    QStringList target { QStringLiteral(
        "CREATE TABLE \"CONNECT_ORDER_TABLE\" (\n\"ID\" INTEGER NOT NULL,\n\"MESSAGE\" TEXT NULL)") };
    for (int i = 0; i < kOrders.size(); ++i) {
        source << QStringLiteral("INSERT INTO ORDER_TABLE VALUES (%1, '%2')").arg(i + 1).arg(kOrders.at(i));
        target << QStringLiteral("INSERT INTO CONNECT_ORDER_TABLE VALUES (%1, '%2')")
                      .arg(i + 1)
                      .arg(kOrders.at(i));
    }
    QVERIFY2(exec(m_source, source, &error), qPrintable(error));
    QVERIFY2(exec(m_target, target, &error), qPrintable(error));

    QVERIFY2(m_broker.start(cs::testsupport::freeTcpPort()), qPrintable(m_broker.errorString()));
    QVERIFY2(m_broker.createTopic(QStringLiteral("CONNECT_ORDER_TABLE"), 1, 1, &error), qPrintable(error));
    cs::kafka::ClientConfig config;
    config.bootstrapServers = m_broker.bootstrapServers();
    cs::kafka::Producer producer(config);
    QVERIFY2(producer.open(), qPrintable(producer.errorString()));
    for (int i = 0; i < kOrders.size(); ++i)
        QVERIFY2(producer.produce(QStringLiteral("CONNECT_ORDER_TABLE"), std::nullopt,
                     labRecord(i + 1, kOrders.at(i)), &error),
            qPrintable(error));
    QVERIFY(producer.flush(10000));
}

void TestTablesPage::labPipeline()
{
    Endpoints endpoints;
    Endpoints::Target target;
    target.name = QStringLiteral("test lab");
    target.bootstrapServers = m_broker.bootstrapServers();
    target.databaseUrls
        = { QStringLiteral("jdbc:sqlite:") + m_source, QStringLiteral("jdbc:sqlite:") + m_target };
    target.embedded = true;
    endpoints.setCurrent(target);

    TablesPage page(&endpoints);
    QAbstractItemModelTester schemaTester(
        page.connections()->schemaModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.resize(1280, 800);
    page.show();

    // Both databases appear by themselves, with their tables; the source's ORDER_TABLE opens.
    auto *schema = page.connections()->schemaModel();
    QCOMPARE(schema->rowCount(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(schema->rowCount(schema->connectionIndex(0)), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(schema->rowCount(schema->connectionIndex(1)), 1, 10000);
    cs::jdbc::TableId orderTable;
    orderTable.table = QStringLiteral("ORDER_TABLE");
    cs::jdbc::TableId sinkTable;
    sinkTable.table = QStringLiteral("CONNECT_ORDER_TABLE");
    QVERIFY(schema->tableIndex(0, orderTable).isValid());
    QVERIFY(schema->tableIndex(1, sinkTable).isValid());
    QCOMPARE(
        schema->data(schema->tableIndex(1, sinkTable).siblingAtColumn(2)).toString(), QStringLiteral("3"));

    QTRY_VERIFY_WITH_TIMEOUT(page.dataPanel()->model() && page.dataPanel()->model()->rowCount() == 3, 10000);
    TableModel *rows = page.dataPanel()->model();
    QAbstractItemModelTester rowsTester(rows, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(
        page.dataPanel()->view()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(page.dataPanel()->table(), orderTable);
    QCOMPARE(rows->data(rows->index(0, 1)).toString(), kOrders.at(0));

    // A new order is highlighted by the auto-refresh.
    rows->setHighlightDuration(60000);
    page.dataPanel()->setAutoRefresh(true);
    QString error;
    QVERIFY2(
        exec(m_source, { QStringLiteral("INSERT INTO ORDER_TABLE VALUES (4, '4th OrderPlaced.')") }, &error),
        qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(rows->rowCount(), 4, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(rows->rowState(3), TableModel::New, 15000);
    QCOMPARE(rows->rowState(0), TableModel::Unchanged);
    QCOMPARE(
        schema->data(schema->tableIndex(0, orderTable).siblingAtColumn(2)).toString(), QStringLiteral("4"));
    const QAbstractItemModel *shown = page.dataPanel()->view()->model();
    QVERIFY(shown->data(shown->index(3, 0), Qt::BackgroundRole).isValid());
    QVERIFY(!shown->data(shown->index(0, 0), Qt::BackgroundRole).isValid());
    page.dataPanel()->setAutoRefresh(false);

    // The target table shows its rows too.
    page.showTable(1, QStringLiteral("CONNECT_ORDER_TABLE"));
    QTRY_VERIFY_WITH_TIMEOUT(page.dataPanel()->model() != rows, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(page.dataPanel()->model()->rowCount(), 3, 10000);
    QCOMPARE(
        page.dataPanel()->model()->data(page.dataPanel()->model()->index(2, 1)).toString(), kOrders.at(2));

    // Compare: the order the sink has not written yet (4) and one deleted from the target (2) are missing.
    QVERIFY2(exec(m_target, { QStringLiteral("DELETE FROM CONNECT_ORDER_TABLE WHERE ID = 2") }, &error),
        qPrintable(error));
    ComparePanel *compare = page.comparePanel();
    QTRY_COMPARE_WITH_TIMEOUT(compare->source()->table(), orderTable, 10000);
    QCOMPARE(compare->target()->table(), sinkTable);
    QSignalSpy compared(compare, &ComparePanel::finished);
    compare->compare();
    QVERIFY(compared.wait(20000));
    const auto &result = compare->lastResult();
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.sourceRows, 4);
    QCOMPARE(result.targetRows, 2);
    QCOMPARE(result.missing, 2);
    QCOMPARE(result.extra, 0);
    QCOMPARE(result.different, 0);
    QCOMPARE(compare->differences()->rowCount(), 2);
    QCOMPARE(compare->differences()->item(0, 1)->text(), QStringLiteral("2"));
    QCOMPARE(compare->differences()->item(1, 1)->text(), QStringLiteral("4"));

    // Trace order 3: its record on the topic (partition 0, offset 2) and both rows.
    TracePanel *trace = page.tracePanel();
    QCOMPARE(trace->topic(), QStringLiteral("CONNECT_ORDER_TABLE"));
    QSignalSpy traced(trace, &TracePanel::finished);
    trace->traceRow({ QVariant(qint64(3)) });
    QVERIFY(traced.wait(30000));
    auto r = trace->lastResult();
    QVERIFY2(r.ok, qPrintable(r.error + r.notes.join(QLatin1Char(' '))));
    QVERIFY(r.record.found);
    QCOMPARE(r.record.partition, 0);
    QCOMPARE(r.record.offset, 2);
    QVERIFY(!r.record.key.has_value());
    QCOMPARE(*r.record.value, labRecord(3, kOrders.at(2)));
    QCOMPARE(r.matches, 1);
    QCOMPARE(r.scanned, 3);
    QVERIFY(r.sourceRow.found);
    QCOMPARE(r.sourceRow.values.value(1).toString(), kOrders.at(2));
    QVERIFY(r.targetRow.found);
    QCOMPARE(r.targetRow.values.value(1).toString(), kOrders.at(2));
    QVERIFY(trace->recordText()->text().contains(QStringLiteral("3rd OrderPlaced.")));

    // Order 4 is in the source only: no record yet, no target row.
    trace->traceRow({ QVariant(qint64(4)) });
    QVERIFY(traced.wait(30000));
    r = trace->lastResult();
    QVERIFY(r.ok);
    QVERIFY(r.sourceRow.found);
    QVERIFY(!r.record.found);
    QVERIFY(!r.targetRow.found);

    // From the topic's record at offset 1 back to both rows: order 2, deleted from the target.
    page.traceRecord(QStringLiteral("CONNECT_ORDER_TABLE"), 0, 1);
    QVERIFY(traced.wait(30000));
    r = trace->lastResult();
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.keyValues.value(0).toString(), QStringLiteral("2"));
    QVERIFY(r.sourceRow.found);
    QCOMPARE(r.sourceRow.values.value(1).toString(), kOrders.at(1));
    QVERIFY(!r.targetRow.found);

    // The Data panel's "Trace row" traces the selected source row.
    page.showTable(0, QStringLiteral("ORDER_TABLE"));
    QTRY_VERIFY_WITH_TIMEOUT(page.dataPanel()->model()->rowCount() == 4, 10000);
    page.dataPanel()->view()->selectRow(0);
    page.dataPanel()->findChildren<QPushButton *>().size(); // the buttons exist
    for (QPushButton *b : page.dataPanel()->findChildren<QPushButton *>())
        if (b->text() == QCoreApplication::translate("cs::ui::DataPanel", "Trace row"))
            b->click();
    QVERIFY(traced.wait(30000));
    QCOMPARE(page.tabs()->currentWidget(), trace);
    QCOMPARE(trace->lastResult().record.offset, 0);

    // SQL: a statement that never ends is cancelled from the panel, and the editor works again.
    SqlPanel *sql = page.sqlPanel();
    sql->setConnection(0);
    sql->setText(QStringLiteral(
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT COUNT(*) FROM c"));
    QSignalSpy ran(sql, &SqlPanel::finished);
    sql->run();
    QVERIFY(sql->isRunning());
    QVERIFY(sql->cancelButton()->isEnabled());
    QTest::qWait(300);
    sql->cancel();
    QVERIFY(ran.wait(5000));
    QVERIFY2(sql->statusLabel()->text().contains(QStringLiteral("Cancelled")),
        qPrintable(sql->statusLabel()->text()));
    sql->setText(QStringLiteral("SELECT COUNT(*) FROM ORDER_TABLE"));
    sql->run();
    QVERIFY(ran.wait(5000));
    QCOMPARE(sql->resultModel()->data(sql->resultModel()->index(0, 0)).toString(), QStringLiteral("4"));
}

// While the view is shown, the pipeline's databases are read again by themselves: a table the sink
// creates later appears and row counts follow, without Reload and without collapsing the tree.
void TestTablesPage::schemaFollowsTheDatabases()
{
    Endpoints endpoints;
    Endpoints::Target target;
    target.name = QStringLiteral("test lab");
    target.databaseUrls
        = { QStringLiteral("jdbc:sqlite:") + m_source, QStringLiteral("jdbc:sqlite:") + m_target };
    target.embedded = true;
    endpoints.setCurrent(target);
    TablesPage page(&endpoints);
    QAbstractItemModelTester schemaTester(
        page.connections()->schemaModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.show();
    auto *schema = page.connections()->schemaModel();
    cs::jdbc::TableId orderTable;
    orderTable.table = QStringLiteral("ORDER_TABLE");
    QTRY_VERIFY_WITH_TIMEOUT(schema->tableIndex(0, orderTable).isValid(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(schema->rowCount(schema->connectionIndex(1)), 1, 10000);
    const QPersistentModelIndex orders(schema->tableIndex(0, orderTable));
    page.schemaView()->expand(orders);
    const qint64 before = schema->tableAt(orders)->rowCount;

    QString error;
    QVERIFY2(
        exec(m_target, { QStringLiteral("CREATE TABLE \"LATE_TABLE\" (\"ID\" INTEGER NOT NULL)") }, &error),
        qPrintable(error));
    QVERIFY2(exec(m_source, { QStringLiteral("INSERT INTO ORDER_TABLE VALUES (100, 'late order')") }, &error),
        qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(schema->rowCount(schema->connectionIndex(1)), 2, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(schema->tableAt(orders)->rowCount, before + 1, 20000);
    QVERIFY(orders.isValid());
    QVERIFY(page.schemaView()->isExpanded(orders));

    QVERIFY2(exec(m_target, { QStringLiteral("DROP TABLE \"LATE_TABLE\"") }, &error), qPrintable(error));
    QVERIFY2(exec(m_source, { QStringLiteral("DELETE FROM ORDER_TABLE WHERE ID = 100") }, &error),
        qPrintable(error));
}

QTEST_MAIN(TestTablesPage)
#include "tst_tablespage.moc"
