#include "studio.h"

#include <QSettings>

#include "endpoints.h"
#include "lab/brokercontroller.h"
#include "lab/brokerstatusindicator.h"
#include "lab/labcontroller.h"
#include "lab/labmonitor.h"
#include "lab/labpage.h"
#include "logs/logspage.h"
#include "mainwindow.h"
#include "ports/portspage.h"
#include "settings/settingsdialog.h"
#include "topics/topicspage.h"
#include "util/translation.h"
#include "widgets/pendingpage.h"

namespace cs::ui {

Studio::Studio(
    QSettings *settings, cs::util::Translation *translation, const StudioOptions &options, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_translation(translation)
    , m_endpoints(std::make_unique<Endpoints>())
    , m_broker(std::make_unique<BrokerController>(options.brokerPort))
    , m_monitor(std::make_unique<LabMonitor>())
{
    LabController::Options lab;
    lab.workerPort = options.workerPort;
    lab.orderServicePort = options.orderServicePort;
    lab.dataDirectory = options.dataDirectory;
    lab.h2 = options.h2;
    m_lab = std::make_unique<LabController>(m_broker.get(), m_endpoints.get(), lab);

    m_window = std::make_unique<MainWindow>(m_settings);
    m_window->addPage(new LabPage(m_lab.get(), m_monitor.get()));
    // The other views are built by their own areas; until one lands here it says it is not built yet.
    m_window->addPage(new PendingPage(PendingPage::View::Connectors));
    m_window->addPage(new TopicsPage(m_endpoints.get()));
    m_window->addPage(new PendingPage(PendingPage::View::Tables));
    m_window->addPage(new PortsPage(m_endpoints.get()));
    m_window->addPage(new LogsPage(m_endpoints.get()));
    m_window->addStatusWidget(new BrokerStatusIndicator(m_broker.get()));
    connect(m_window.get(), &MainWindow::settingsRequested, this, &Studio::openSettings);
    m_window->restoreWindowState();
}

Studio::~Studio()
{
    m_window.reset();
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
