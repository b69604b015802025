// LabDatabases: the lab's SQLite source (ORDER_TABLE) and target files, created as the lab has them.
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include "lab/labdatabases.h"

using cs::lab::LabDatabases;

class TstLabDatabases final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void creates_source_with_order_table_and_target()
    {
        QTemporaryDir dir;
        const LabDatabases dbs(dir.filePath(QStringLiteral("lab")));
        QCOMPARE(dbs.sourceUrl(),
            QStringLiteral("jdbc:sqlite:") + dir.filePath(QStringLiteral("lab/lab-source.db")));
        QString error;
        QVERIFY2(dbs.prepare(&error), qPrintable(error));
        QVERIFY(QFile::exists(dbs.sourcePath()));
        QVERIFY(QFile::exists(dbs.targetPath()));

        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(dbs.sourcePath());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA table_info(\"ORDER_TABLE\")")));
            QStringList columns;
            while (q.next())
                columns << QStringLiteral("%1 %2 notnull=%3 pk=%4")
                               .arg(q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                   q.value(5).toString());
            QCOMPARE(columns,
                QStringList({ QStringLiteral("ID BIGINT notnull=1 pk=1"),
                    QStringLiteral("MESSAGE VARCHAR(255) notnull=0 pk=0") }));

            // Orders get 1, 2, ... and survive a second prepare().
            QCOMPARE(LabDatabases::insertOrder(
                         db, cs::jdbc::DatabaseKind::Sqlite, QStringLiteral("1st OrderPlaced."), &error),
                1);
            QCOMPARE(LabDatabases::insertOrder(
                         db, cs::jdbc::DatabaseKind::Sqlite, QStringLiteral("2nd OrderPlaced."), &error),
                2);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        QVERIFY2(dbs.prepare(&error), qPrintable(error));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check2"));
            db.setDatabaseName(dbs.sourcePath());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(
                q.exec(QStringLiteral("SELECT \"ID\", \"MESSAGE\" FROM \"ORDER_TABLE\" ORDER BY \"ID\"")));
            QVERIFY(q.next());
            QCOMPARE(q.value(1).toString(), QStringLiteral("1st OrderPlaced."));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toLongLong(), 2);
            QVERIFY(!q.next());
            // The target is empty: the sink creates its table.
            db.close();
            db.setDatabaseName(dbs.targetPath());
            QVERIFY(db.open());
            QVERIFY(db.tables().isEmpty());
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check2"));
    }

    void says_why_when_the_folder_cannot_be_made()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const LabDatabases dbs(dir.filePath(QStringLiteral("file/lab")));
        QString error;
        QVERIFY(!dbs.prepare(&error));
        QVERIFY2(error.contains(QStringLiteral("file/lab")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TstLabDatabases)
#include "tst_labdatabases.moc"
