// The Tables view's engine on a 1,000,000-row SQLite table (ORDER_TABLE's shape): time from opening the
// table to its first rows (connection, describe, COUNT(*) and the first page, all on the connection's
// thread), and from asking for the last row to having it; also a row in the middle and the last row
// under a sort by a column without an index. Prints medians of several rounds.
//
//   bench_tables [rows] [rounds]      (defaults: 1000000 rows, 7 rounds)

#include <algorithm>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include "jdbc/jdbcurl.h"
#include "sqlbrowse/tablemodel.h"

using namespace cs::sqlbrowse;

namespace {

bool makeTable(const QString &path, qint64 rows)
{
    const QString name = QStringLiteral("bench-setup");
    bool ok = false;
    {
        auto db = cs::jdbc::JdbcUrl::open(QStringLiteral("jdbc:sqlite:") + path, {}, name);
        if (!db) {
            qCritical("%s", qPrintable(db.error().toString()));
            return false;
        }
        QSqlQuery q(db.value());
        ok = q.exec(QStringLiteral("CREATE TABLE \"ORDER_TABLE\" (\"ID\" BIGINT NOT NULL PRIMARY KEY, "
                                   "\"MESSAGE\" VARCHAR(255) NULL)"));
        // One statement fills the table inside SQLite (a recursive CTE), which is much faster than
        // binding a million rows from here.
        ok = ok
            && q.exec(
                QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                               "INSERT INTO ORDER_TABLE SELECT i, 'order ' || i || ' placed.' FROM n")
                    .arg(rows));
        if (!ok)
            qCritical("%s", qPrintable(q.lastError().text()));
        db.value().close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// Waits (with an event loop) until `signal` of `model` fires; returns the milliseconds waited or -1.
template<typename Signal> qint64 waitFor(TableModel &model, Signal signal, const std::function<void()> &start)
{
    QEventLoop loop;
    QElapsedTimer timer;
    bool fired = false;
    auto c = QObject::connect(&model, signal, &loop, [&] {
        fired = true;
        loop.quit();
    });
    auto e = QObject::connect(&model, &TableModel::errorOccurred, &loop, [&](const QString &m) {
        qCritical("%s", qPrintable(m));
        loop.quit();
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    timer.start();
    start();
    if (!fired)
        loop.exec();
    const qint64 ms = fired ? timer.elapsed() : -1;
    QObject::disconnect(c);
    QObject::disconnect(e);
    return ms;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

double msSince(const QElapsedTimer &t)
{
    return t.nsecsElapsed() / 1.0e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    const int rounds = argc > 2 ? QByteArray(argv[2]).toInt() : 7;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("orders.db"));
    QElapsedTimer setup;
    setup.start();
    if (!makeTable(path, rows))
        return 1;
    std::printf("table: %lld rows of ORDER_TABLE in a SQLite file (%.1f MB), made in %.1f s\n", rows,
        QFileInfo(path).size() / 1.0e6, setup.elapsed() / 1000.0);

    QList<double> first, last, middle, openFirst, sortedLast;
    for (int r = 0; r < rounds; ++r) {
        // A fresh connection: opening it is part of what the user waits for.
        auto worker = std::make_shared<SqlWorker>(
            QStringLiteral("jdbc:sqlite:") + path, cs::jdbc::ConnectionProperties {});
        TableModel model(worker);
        QElapsedTimer t;
        t.start();
        if (waitFor(model, &TableModel::loaded,
                [&] {
                    model.setTable({ {}, {}, QStringLiteral("ORDER_TABLE") });
                })
            < 0)
            return 1;
        openFirst << msSince(t);
        if (model.rowCount() != rows || model.data(model.index(0, 0)).toLongLong() != 1) {
            std::printf("wrong first rows\n");
            return 1;
        }
        // Again on the open connection: the table as the user opens it a second time.
        t.restart();
        if (waitFor(model, &TableModel::loaded,
                [&] {
                    model.setTable({ {}, {}, QStringLiteral("ORDER_TABLE") });
                })
            < 0)
            return 1;
        first << msSince(t);

        const int lastRow = model.rowCount() - 1;
        t.restart();
        if (waitFor(model, &TableModel::pageLoaded, [&] { model.data(model.index(lastRow, 0)); }) < 0)
            return 1;
        last << msSince(t);
        if (model.data(model.index(lastRow, 0)).toLongLong() != rows) {
            std::printf("wrong last row\n");
            return 1;
        }
        const int mid = lastRow / 2;
        t.restart();
        if (waitFor(model, &TableModel::pageLoaded, [&] { model.data(model.index(mid, 0)); }) < 0)
            return 1;
        middle << msSince(t);

        if (r < 3) { // slow by nature; three rounds are enough
            waitFor(model, &TableModel::loaded, [&] { model.sort(1, Qt::DescendingOrder); });
            t.restart();
            if (waitFor(model, &TableModel::pageLoaded, [&] { model.data(model.index(lastRow, 0)); }) < 0)
                return 1;
            sortedLast << msSince(t);
        }
        std::printf(
            "round %d: open+first rows %.1f ms, first rows %.1f ms, last row %.1f ms, middle row %.1f ms\n",
            r + 1, openFirst.last(), first.last(), last.last(), middle.last());
    }
    std::printf("\nmedian of %d rounds, %lld rows:\n", rounds, rows);
    std::printf("  first rows, new connection     %8.1f ms   (goal < 200)\n", median(openFirst));
    std::printf("  first rows, open connection    %8.1f ms   (goal < 200)\n", median(first));
    std::printf("  jump to the last row           %8.1f ms   (goal < 200)\n", median(last));
    std::printf("  jump to the middle row         %8.1f ms\n", median(middle));
    std::printf("  last row, sorted by MESSAGE    %8.1f ms   (no index: SQLite sorts the table)\n",
        median(sortedLast));
    return 0;
}
