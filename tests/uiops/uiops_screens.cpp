// Screenshots of the Ports & Status and Logs views in the real main window with the embedded lab
// running (on free ports, so that it never takes the lab's fixed ones from a running test):
//   uiops_screens <out-folder> [en|ko]
// Writes <out-folder>/ports[-ko].png and logs[-ko].png. Not a test: run it under xvfb-run or
// QT_QPA_PLATFORM=offscreen when the views change.
#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "endpoints.h"
#include "logs/logspage.h"
#include "mainwindow.h"
#include "ports/portspage.h"
#include "profiles/profilesdialog.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "studio.h"
#include "style/theme.h"
#include "support/databaseservers.h"
#include "util/translation.h"

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ConnectStudioScreens"));
    QApplication::setApplicationName(QStringLiteral("uiops-screens"));
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        qCritical("usage: uiops_screens <out-folder> [en|ko]");
        return 2;
    }
    const QString out = args.at(1);
    const QString language = args.value(2, QStringLiteral("en"));
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("studio.ini")), QSettings::IniFormat);
    cs::util::Translation translation(&settings);
    translation.apply(language);
    cs::ui::applyTheme(app);

    cs::ui::StudioOptions options;
    options.language = language;
    options.brokerPort = cs::testsupport::freeTcpPort();
    options.workerPort = cs::testsupport::freeTcpPort();
    options.orderServicePort = cs::testsupport::freeTcpPort();
    options.dataDirectory = dir.filePath(QStringLiteral("data"));
    cs::ui::Studio studio(&settings, &translation, options);
    studio.window()->resize(1280, 800);
    studio.window()->move(0, 0);
    studio.window()->show();
    studio.startLab();
    // Until the lab's worker answers.
    QTest::qWaitFor(
        [&] {
            return studio.endpoints()->current().embedded
                && !studio.endpoints()->current().connectUrl.isEmpty();
        },
        30000);
    QTest::qWait(3000);

    const QString suffix = language == QLatin1String("en") ? QString() : u'-' + language;
    studio.window()->showPage(QStringLiteral("ports"));
    auto *ports = qobject_cast<cs::ui::PortsPage *>(studio.window()->page(QStringLiteral("ports")));
    if (ports) {
        ports->lookUpPort(quint16(studio.endpoints()->current().connectUrl.port()));
        QTest::qWaitFor([&] { return !ports->isRefreshing(); }, 20000);
        QTest::qWait(2500);
        QTest::qWaitFor([&] { return !ports->isRefreshing(); }, 20000);
    }
    QTest::qWait(300);
    studio.window()->grab().save(QDir(out).filePath(QStringLiteral("ports%1.png").arg(suffix)));

    studio.window()->showPage(QStringLiteral("logs"));
    QTest::qWait(1000);
    // Show a record in the details pane.
    if (auto *view = studio.window()->findChild<QTableView *>(QStringLiteral("logView"))) {
        const int rows = view->model()->rowCount();
        if (rows > 0)
            view->selectRow(rows - 1);
    }
    QTest::qWait(300);
    studio.window()->grab().save(QDir(out).filePath(QStringLiteral("logs%1.png").arg(suffix)));

    // The profiles dialog with one profile (no secret, so no keychain is needed).
    cs::ui::SecretStore secrets(QStringLiteral("connect-studio-screens"));
    cs::ui::ProfileStore profiles(&settings, &secrets);
    cs::ui::ConnectionProfile staging;
    staging.name = QStringLiteral("Staging cluster");
    staging.connectUrl = QUrl(QStringLiteral("https://connect.staging.example:8083"));
    staging.connectUser = QStringLiteral("ops");
    staging.bootstrapServers = QStringLiteral("kafka1.staging.example:9093,kafka2.staging.example:9093");
    staging.securityProtocol = QStringLiteral("SASL_SSL");
    staging.saslMechanism = QStringLiteral("SCRAM-SHA-512");
    staging.saslUsername = QStringLiteral("connect-studio");
    profiles.save(staging, std::nullopt, std::nullopt);
    cs::ui::ProfilesDialog dialog(&profiles, studio.window());
    dialog.show();
    QTest::qWait(500);
    dialog.grab().save(QDir(out).filePath(QStringLiteral("profiles%1.png").arg(suffix)));
    return 0;
}
