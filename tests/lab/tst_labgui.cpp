// The whole lab from the Lab page, offscreen, wired as connect-studio wires it (cs::ui::Studio), on free
// ports: "Start lab" starts the broker, the worker, both databases and the Order service; two orders go
// in through the Order service panel; the lab's httpie and curl commands work against the running
// studio; the source and sink connectors are created from their presets through the Connectors view's
// form, and GET /syncOrders returns the replicated rows.
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "endpoints.h"
#include "lab/labchecklist.h"
#include "lab/labcontroller.h"
#include "lab/labpage.h"
#include "lab/orderpanel.h"
#include "lab/servicecard.h"
#include "mainwindow.h"
#include "studio.h"
#include "support/databaseservers.h"
#include "util/translation.h"

using cs::ui::LabChecklist;
using cs::ui::LabController;
using Part = cs::ui::LabController::Part;

namespace {

QByteArray runTool(const QString &program, const QStringList &args, int *exitCode = nullptr)
{
    QProcess process;
    process.start(program, args);
    if (!process.waitForFinished(30000))
        process.kill();
    process.waitForFinished();
    if (exitCode)
        *exitCode = process.exitCode();
    return process.readAllStandardOutput() + process.readAllStandardError();
}

} // namespace

class TstLabGui final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_settings
            = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("studio.ini")), QSettings::IniFormat);
        m_translation = std::make_unique<cs::util::Translation>(m_settings.get());
        QVERIFY(m_translation->apply(QStringLiteral("en")));
        cs::ui::StudioOptions options;
        options.brokerPort = cs::testsupport::freeTcpPort();
        options.workerPort = cs::testsupport::freeTcpPort();
        options.orderServicePort = cs::testsupport::freeTcpPort();
        options.dataDirectory = m_dir.filePath(QStringLiteral("lab"));
        options.h2.baseDir = m_dir.filePath(QStringLiteral("h2"));
        m_studio = std::make_unique<cs::ui::Studio>(m_settings.get(), m_translation.get(), options);
        m_studio->window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_studio->window()));
        m_page = qobject_cast<cs::ui::LabPage *>(m_studio->window()->page(QStringLiteral("lab")));
        QVERIFY(m_page);
        m_curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
        m_http = QStandardPaths::findExecutable(QStringLiteral("http"));
    }

    void cleanupTestCase() { m_studio.reset(); }

    void start_lab_starts_every_part()
    {
        LabController *lab = m_studio->lab();
        auto *start = m_page->findChild<QPushButton *>(QStringLiteral("startLab"));
        QVERIFY(start && start->isEnabled());
        QTest::mouseClick(start, Qt::LeftButton);
        // Returns at once: every part starts on threads of its own.
        QVERIFY(!lab->isLabRunning());
        QTRY_VERIFY_WITH_TIMEOUT(lab->isLabRunning(), 30000);
        QVERIFY(!start->isEnabled());

        for (Part part :
            { Part::Broker, Part::Worker, Part::SourceDatabase, Part::TargetDatabase, Part::OrderService })
            QCOMPARE(m_page->card(part)->stateText(),
                part == Part::SourceDatabase || part == Part::TargetDatabase ? QStringLiteral("Ready")
                                                                             : QStringLiteral("Running"));
        QCOMPARE(lab->connectUrl(), QStringLiteral("http://127.0.0.1:%1").arg(lab->options().workerPort));
        QCOMPARE(lab->orderServiceUrl(),
            QStringLiteral("http://127.0.0.1:%1").arg(lab->options().orderServicePort));

        // The views now point at the embedded lab.
        const cs::ui::Endpoints::Target &target = m_studio->endpoints()->current();
        QVERIFY(target.embedded);
        QCOMPARE(target.connectUrl, QUrl(lab->connectUrl()));
        QCOMPARE(target.bootstrapServers, lab->bootstrapServers());
        QCOMPARE(target.databaseUrls, QStringList({ lab->sourceUrl(), lab->targetUrl() }));

        // The checklist saw the worker and its internal topics.
        LabChecklist *checklist = m_page->checklist();
        QTRY_VERIFY_WITH_TIMEOUT(checklist->isDone(LabChecklist::BrokerUp), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(checklist->isDone(LabChecklist::WorkerUp), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(checklist->isDone(LabChecklist::InternalTopics), 15000);
        QVERIFY(!checklist->isDone(LabChecklist::OrdersPlaced));
    }

    void places_two_orders_through_the_panel()
    {
        cs::ui::OrderPanel *panel = m_page->orderPanel();
        auto *message = panel->findChild<QLineEdit *>(QStringLiteral("orderMessage"));
        auto *place = panel->findChild<QPushButton *>(QStringLiteral("placeOrder"));
        QVERIFY(message && place);
        QTRY_VERIFY(place->isEnabled());
        for (const QString &text :
            { QStringLiteral("1st OrderPlaced."), QStringLiteral("2nd OrderPlaced.") }) {
            const int before = panel->orderCount();
            QTest::keyClicks(message, text);
            QTest::mouseClick(place, Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(panel->orderCount(), before + 1, 10000);
        }
        QTRY_VERIFY_WITH_TIMEOUT(m_page->checklist()->isDone(LabChecklist::OrdersPlaced), 10000);
    }

    void the_labs_commands_work_against_the_running_studio()
    {
        LabController *lab = m_studio->lab();
        const QString worker = QString::number(lab->options().workerPort);
        const QString orders = QString::number(lab->options().orderServicePort);
        if (m_http.isEmpty() || m_curl.isEmpty())
            QSKIP("httpie and curl are needed");
        int code = -1;
        // lab.md step 8: http localhost:8083/connectors
        QByteArray out = runTool(m_http,
            { QStringLiteral("--ignore-stdin"), QStringLiteral("--body"),
                QStringLiteral("localhost:%1/connectors").arg(worker) },
            &code);
        QCOMPARE(code, 0);
        QVERIFY2(QJsonDocument::fromJson(out).isArray(), out.constData());
        // lab.md step 10 (the 3rd order comes later, through the panel it would be the same).
        out = runTool(m_curl,
            { QStringLiteral("-s"), QStringLiteral("http://localhost:%1/orders").arg(orders) }, &code);
        QCOMPARE(code, 0);
        QCOMPARE(QJsonDocument::fromJson(out).array().size(), 2);
        // The worker's root answers as Kafka Connect's does.
        out = runTool(
            m_curl, { QStringLiteral("-s"), QStringLiteral("http://localhost:%1/").arg(worker) }, &code);
        QVERIFY2(QJsonDocument::fromJson(out).object().contains(QStringLiteral("version")), out.constData());
    }

    void registers_source_and_sink_and_sees_the_rows_replicated()
    {
        LabController *lab = m_studio->lab();
        if (m_curl.isEmpty())
            QSKIP("curl is needed");
        const QString connectors
            = QStringLiteral("http://localhost:%1/connectors").arg(lab->options().workerPort);
        const QByteArray plugins = runTool(m_curl,
            { QStringLiteral("-s"),
                QStringLiteral("http://localhost:%1/connector-plugins").arg(lab->options().workerPort) });
        if (!plugins.contains("io.confluent.connect.jdbc.JdbcSourceConnector")
            || !plugins.contains("io.confluent.connect.jdbc.JdbcSinkConnector"))
            QSKIP(qPrintable(
                QStringLiteral("The worker has no JDBC connectors yet (GET /connector-plugins: %1)")
                    .arg(QString::fromUtf8(plugins))));

        // lab.md steps 6 and 13 through the Connectors view's form, from the lab's SQLite presets (the
        // form fills in the lab's database URLs), as a user would click them.
        m_studio->window()->showPage(QStringLiteral("connectors"));
        auto *connectorsPage = m_studio->window()->page(QStringLiteral("connectors"));
        for (const QString &preset :
            { QStringLiteral("sqlite-source-connect"), QStringLiteral("sqlite-sink-connect") }) {
            auto *newButton = connectorsPage->findChild<QPushButton *>(QStringLiteral("newConnector"));
            QVERIFY(newButton);
            QTRY_VERIFY(newButton->isEnabled());
            QTest::mouseClick(newButton, Qt::LeftButton);
            auto *form = connectorsPage->findChild<QWidget *>(QStringLiteral("connectorForm"));
            auto *presets = connectorsPage->findChild<QComboBox *>(QStringLiteral("presetChoice"));
            QVERIFY(form && presets);
            int index = -1;
            QTRY_VERIFY_WITH_TIMEOUT((index = presets->findData(preset)) >= 0, 10000);
            presets->setCurrentIndex(index);
            Q_EMIT presets->activated(index); // what a click on the entry does
            QSignalSpy submitted(form, SIGNAL(submitted(QString)));
            auto *submit = connectorsPage->findChild<QPushButton *>(QStringLiteral("submitConnector"));
            QVERIFY(submit);
            QTRY_VERIFY_WITH_TIMEOUT(submit->isEnabled(), 10000);
            QTest::mouseClick(submit, Qt::LeftButton);
            QVERIFY2(submitted.wait(15000) || submitted.count() == 1,
                qPrintable(connectorsPage->findChild<QLabel *>(QStringLiteral("submitError"))->text()));
            if (preset.contains(QLatin1String("source"))) {
                QTRY_VERIFY_WITH_TIMEOUT(m_page->checklist()->isDone(LabChecklist::SourceRegistered), 20000);
                QTRY_VERIFY_WITH_TIMEOUT(m_page->checklist()->isDone(LabChecklist::TopicCreated), 20000);
            }
        }
        m_studio->window()->showPage(QStringLiteral("lab"));
        QTRY_VERIFY_WITH_TIMEOUT(m_page->checklist()->isDone(LabChecklist::SinkRegistered), 20000);

        // lab.md step 14: GET :8081/syncOrders returns the rows; the panel shows them.
        const QString sync
            = QStringLiteral("http://localhost:%1/syncOrders").arg(lab->options().orderServicePort);
        QJsonArray rows;
        QTRY_VERIFY_WITH_TIMEOUT(
            (rows = QJsonDocument::fromJson(runTool(m_curl, { QStringLiteral("-s"), sync })).array()).size()
                == 2,
            60000);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("message")).toString(),
            QStringLiteral("1st OrderPlaced."));
        QCOMPARE(rows.at(1).toObject().value(QStringLiteral("message")).toString(),
            QStringLiteral("2nd OrderPlaced."));
        QTRY_COMPARE_WITH_TIMEOUT(m_page->orderPanel()->syncedCount(), 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->checklist()->isDone(LabChecklist::RowsReplicated), 10000);

        // Step 15: a 3rd order follows.
        auto *message = m_page->orderPanel()->findChild<QLineEdit *>(QStringLiteral("orderMessage"));
        QTest::keyClicks(message, QStringLiteral("3rd OrderPlaced."));
        QTest::mouseClick(
            m_page->orderPanel()->findChild<QPushButton *>(QStringLiteral("placeOrder")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_page->orderPanel()->syncedCount(), 3, 60000);
    }

    void stop_lab_stops_every_part()
    {
        LabController *lab = m_studio->lab();
        QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("stopLab")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            !lab->status(Part::Worker).isRunning() && !lab->status(Part::Worker).isBusy(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(
            !lab->status(Part::Broker).isRunning() && !lab->status(Part::Broker).isBusy(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!lab->status(Part::OrderService).isRunning(), 10000);
        QVERIFY(!lab->isLabRunning());
        QVERIFY(m_page->findChild<QPushButton *>(QStringLiteral("startLab"))->isEnabled());
    }

    void parts_can_point_at_existing_services()
    {
        LabController *lab = m_studio->lab();
        cs::ui::ServiceCard *target = m_page->card(Part::TargetDatabase);
        auto *field = target->findChild<QLineEdit *>(QStringLiteral("targetDatabaseExternalAddress"));
        auto *use = target->findChild<QCheckBox *>(QStringLiteral("targetDatabaseExternal"));
        QVERIFY(field && use);
        QVERIFY(!use->isEnabled()); // nothing typed yet
        const QString url = QStringLiteral("jdbc:sqlite:") + m_dir.filePath(QStringLiteral("elsewhere.db"));
        QTest::keyClicks(field, url);
        QVERIFY(use->isEnabled());
        QTest::mouseClick(use, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(
            lab->status(Part::TargetDatabase).state, cs::ui::ServiceStatus::State::Running, 10000);
        QVERIFY(lab->isExternal(Part::TargetDatabase));
        QCOMPARE(lab->targetUrl(), url);
        QCOMPARE(target->stateText(), QStringLiteral("External"));

        // A database that cannot be opened says why, on its card.
        lab->useExternal(Part::SourceDatabase, QStringLiteral("jdbc:nosuch://host/db"));
        QTRY_COMPARE_WITH_TIMEOUT(
            lab->status(Part::SourceDatabase).state, cs::ui::ServiceStatus::State::Failed, 10000);
        QVERIFY2(lab->status(Part::SourceDatabase).errorString.contains(QStringLiteral("No suitable driver")),
            qPrintable(lab->status(Part::SourceDatabase).errorString));

        // An external Connect worker: the lab points the views at it once the broker runs too.
        lab->useExternal(Part::Broker, QStringLiteral("127.0.0.1:1"));
        lab->useExternal(Part::Worker, QStringLiteral("127.0.0.1:2"));
        QCOMPARE(m_studio->endpoints()->current().connectUrl, QUrl(QStringLiteral("http://127.0.0.1:2")));
        QCOMPARE(m_studio->endpoints()->current().bootstrapServers, QStringLiteral("127.0.0.1:1"));
        QVERIFY(!m_studio->endpoints()->current().embedded);

        // Unticking returns a part to the embedded one, stopped.
        QTest::mouseClick(use, Qt::LeftButton);
        QVERIFY(!lab->isExternal(Part::TargetDatabase));
        QCOMPARE(lab->status(Part::TargetDatabase).state, cs::ui::ServiceStatus::State::Stopped);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<cs::util::Translation> m_translation;
    std::unique_ptr<cs::ui::Studio> m_studio;
    cs::ui::LabPage *m_page = nullptr;
    QString m_curl;
    QString m_http;
};

QTEST_MAIN(TstLabGui)
#include "tst_labgui.moc"
