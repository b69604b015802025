#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "endpoints.h"
#include "logs/logmodel.h"
#include "logs/logspage.h"
#include "util/log.h"

using cs::ui::LogModel;
using cs::ui::LogsPage;
using cs::util::LogLevel;

namespace {

const cs::util::Logger &testLog()
{
    static const cs::util::Logger l("org.apache.kafka.connect.runtime.WorkerSourceTask");
    return l;
}

} // namespace

// The Logs view over the real process log (cs::util::Logging): live records, level filter, search,
// save, bounded memory, masking.
class TestLogsPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        cs::util::Logging::instance().setStderrEnabled(false);
        cs::util::Logging::instance().configureLevel(testLog().name(), LogLevel::Trace);
    }

    void showsLiveRecordsFilteredBySearchAndLevel()
    {
        cs::ui::Endpoints endpoints;
        LogsPage page(&endpoints);
        QAbstractItemModelTester modelTester(page.model());
        QAbstractItemModelTester filterTester(page.filterModel());
        const int before = page.model()->rowCount();

        CS_LOG_DEBUG(testLog()) << "uiops-debug polling the source table";
        CS_LOG_INFO(testLog()) << "uiops-info committed offsets";
        CS_LOG_WARN(testLog()) << "uiops-warn commit took long";
        CS_LOG_ERROR(testLog()) << "uiops-error task failed\njava.lang.Exception: trace line";
        page.drain();
        QCOMPARE(page.model()->rowCount(), before + 4);

        page.setSearchText(QStringLiteral("UIOPS-"));
        // INFO and above by default: the DEBUG line is hidden.
        QCOMPARE(page.filterModel()->rowCount(), 3);
        page.setMinimumLevel(LogLevel::Trace);
        QCOMPARE(page.filterModel()->rowCount(), 4);
        page.setMinimumLevel(LogLevel::Warn);
        QCOMPARE(page.filterModel()->rowCount(), 2);
        page.setSearchText(QStringLiteral("task failed"));
        QCOMPARE(page.filterModel()->rowCount(), 1);
        const QModelIndex level = page.filterModel()->index(0, LogModel::LevelColumn);
        QCOMPARE(level.data().toString(), QStringLiteral("ERROR"));
        // The table shows the first line; the record keeps the trace.
        QVERIFY(page.filterModel()
                    ->index(0, LogModel::MessageColumn)
                    .data()
                    .toString()
                    .endsWith(QStringLiteral(" …")));
        QCOMPARE(page.filterModel()->index(0, LogModel::LoggerColumn).data().toString(),
            QStringLiteral("WorkerSourceTask"));

        // Save what is shown, to a timestamped file.
        QTemporaryDir dir;
        const QString path
            = dir.filePath(LogsPage::timestampedFileName(QDateTime(QDate(2026, 11, 21), QTime(16, 5, 9))));
        QVERIFY(path.endsWith(QLatin1String("connect-studio-20261121-160509.log")));
        QSignalSpy saved(&page, &LogsPage::saved);
        page.setMinimumLevel(LogLevel::Info);
        page.setSearchText(QStringLiteral("uiops-"));
        page.saveTo(path);
        QVERIFY(saved.wait(10000));
        QCOMPARE(saved.first().at(1).toString(), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(QLatin1String("] INFO uiops-info committed offsets "
                                            "(org.apache.kafka.connect.runtime.WorkerSourceTask)")));
        QVERIFY(text.contains(QLatin1String("] WARN uiops-warn commit took long")));
        QVERIFY(text.contains(QLatin1String("java.lang.Exception: trace line")));
        QVERIFY(!text.contains(QLatin1String("uiops-debug")));

        // A path that cannot be written is reported.
        page.saveTo(dir.filePath(QStringLiteral("no/such/folder/x.log")));
        QVERIFY(saved.wait(10000));
        QVERIFY(!saved.last().at(1).toString().isEmpty());
    }

    void recordsFromOtherThreadsArrive()
    {
        LogsPage page(nullptr);
        std::thread writer([] {
            for (int i = 0; i < 500; ++i)
                CS_LOG_INFO(testLog()) << "uiops-thread line " << i;
        });
        writer.join();
        page.setSearchText(QStringLiteral("uiops-thread"));
        QVERIFY(QTest::qWaitFor([&] { return page.filterModel()->rowCount() == 500; }, 5000));
    }

    void memoryIsBounded()
    {
        LogsPage page(nullptr);
        QAbstractItemModelTester tester(page.model());
        page.model()->setCapacity(100);
        QCOMPARE(page.model()->rowCount(), std::min(100, page.model()->rowCount()));
        for (int i = 0; i < 1000; ++i)
            CS_LOG_INFO(testLog()) << "uiops-bounded " << i;
        page.drain();
        QCOMPARE(page.model()->rowCount(), 100);
        // The newest are kept.
        QCOMPARE(page.model()->records().last().message, QStringLiteral("uiops-bounded 999"));
        QCOMPARE(page.model()->records().first().message, QStringLiteral("uiops-bounded 900"));
    }

    void passwordsNeverShow()
    {
        QCOMPARE(LogModel::maskSecrets(QStringLiteral("connection.password=hunter2, user=sa")),
            QStringLiteral("connection.password=[hidden], user=sa"));
        QCOMPARE(LogModel::maskSecrets(QStringLiteral(R"({"connection.password": "hunter2", "a": 1})")),
            QStringLiteral(R"({"connection.password": "[hidden]", "a": 1})"));
        QCOMPARE(LogModel::maskSecrets(QStringLiteral("sasl.jaas.config=org.Foo required password=x;")),
            QStringLiteral("sasl.jaas.config=[hidden] required password=[hidden];"));
        QCOMPARE(LogModel::maskSecrets(QStringLiteral("connection.password = [hidden]")),
            QStringLiteral("connection.password = [hidden]"));
        QCOMPARE(LogModel::maskSecrets(QStringLiteral("Password authentication failed for user sa")),
            QStringLiteral("Password authentication failed for user sa"));

        LogsPage page(nullptr);
        CS_LOG_WARN(testLog()) << "uiops-mask retrying with connection.password=hunter2";
        page.drain();
        page.setSearchText(QStringLiteral("uiops-mask"));
        QCOMPARE(page.filterModel()->rowCount(), 1);
        const QString shown = page.filterModel()->index(0, LogModel::MessageColumn).data().toString();
        QVERIFY2(!shown.contains(QLatin1String("hunter2")), qPrintable(shown));
        QVERIFY(shown.contains(QLatin1String("[hidden]")));
    }
};

QTEST_MAIN(TestLogsPage)
#include "tst_logspage.moc"
