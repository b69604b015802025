#include "studio.h"

#include <QSettings>
#include <QStatusBar>

#include "connectors/connectorspage.h"
#include "endpoints.h"
#include "lab/brokercontroller.h"
#include "lab/brokerstatusindicator.h"
#include "lab/labcontroller.h"
#include "lab/labmonitor.h"
#include "lab/labpage.h"
#include "logs/logspage.h"
#include "mainwindow.h"
#include "ports/portspage.h"
#include "profiles/profilestore.h"
#include "profiles/profileswitcher.h"
#include "profiles/secretstore.h"
#include "settings/settingsdialog.h"
#include "tables/tablespage.h"
#include "topics/topicspage.h"
#include "util/translation.h"

namespace cs::ui {

Studio::Studio(
    QSettings *settings, cs::util::Translation *translation, const StudioOptions &options, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_translation(translation)
    , m_endpoints(std::make_unique<Endpoints>())
    , m_broker(std::make_unique<BrokerController>(options.brokerPort))
    , m_monitor(std::make_unique<LabMonitor>())
    , m_secrets(std::make_unique<SecretStore>())
    , m_profiles(std::make_unique<ProfileStore>(settings, m_secrets.get()))
{
    LabController::Options lab;
    lab.workerPort = options.workerPort;
    lab.orderServicePort = options.orderServicePort;
    lab.dataDirectory = options.dataDirectory;
    lab.h2 = options.h2;
    m_lab = std::make_unique<LabController>(m_broker.get(), m_endpoints.get(), lab);

    m_window = std::make_unique<MainWindow>(m_settings);
    m_window->addPage(new LabPage(m_lab.get(), m_monitor.get()));
    m_window->addPage(new ConnectorsPage(m_endpoints.get()));
    auto *topics = new TopicsPage(m_endpoints.get());
    m_window->addPage(topics);
    auto *tables = new TablesPage(m_endpoints.get());
    tables->setSettings(m_settings); // the databases the user added (passwords only in the keychain)
    m_window->addPage(tables);
    // Trace a record of the topic viewer to its source and target rows.
    connect(topics, &TopicsPage::traceRecordRequested, tables,
        [window = m_window.get(), tables](const QString &topic, int partition, qint64 offset) {
            window->showPage(tables->id());
            tables->traceRecord(topic, partition, offset);
        });
    m_window->addPage(new PortsPage(m_endpoints.get()));
    m_window->addPage(new LogsPage(m_endpoints.get()));
    // Which Connect cluster and Kafka the views use: the embedded lab or a saved profile.
    auto *switcher = new ProfileSwitcher(m_endpoints.get(), m_profiles.get());
    connect(switcher, &ProfileSwitcher::message, m_window.get(),
        [window = m_window.get()](const QString &text) { window->statusBar()->showMessage(text, 5000); });
    m_window->addStatusWidget(switcher);
    m_window->addStatusWidget(new BrokerStatusIndicator(m_broker.get()));
    connect(m_window.get(), &MainWindow::settingsRequested, this, &Studio::openSettings);
    m_window->restoreWindowState();
}

Studio::~Studio()
{
    m_window.reset();
    m_profiles.reset();
    m_secrets.reset();
    m_monitor.reset();
    m_lab.reset(); // stops the worker and the Order service before the broker goes away
    m_broker.reset();
    m_endpoints.reset();
}

void Studio::startLab()
{
    m_window->showPage(QStringLiteral("lab"));
    m_lab->startAll();
}

void Studio::openSettings()
{
    SettingsDialog dialog(m_translation, m_window.get());
    dialog.exec();
}

} // namespace cs::ui
