#include "studio.h"

#include <QSettings>

#include "lab/brokercontroller.h"
#include "lab/brokerstatusindicator.h"
#include "lab/labpage.h"
#include "mainwindow.h"
#include "settings/settingsdialog.h"
#include "util/translation.h"

namespace cs::ui {

Studio::Studio(
    QSettings *settings, cs::util::Translation *translation, const StudioOptions &options, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_translation(translation)
    , m_broker(std::make_unique<BrokerController>(options.brokerPort))
{
    m_window = std::make_unique<MainWindow>(m_settings);
    m_window->addPage(new LabPage(m_broker.get()));
    m_window->addStatusWidget(new BrokerStatusIndicator(m_broker.get()));
    connect(m_window.get(), &MainWindow::settingsRequested, this, &Studio::openSettings);
    m_window->restoreWindowState();
}

Studio::~Studio()
{
    m_window.reset();
    m_broker.reset();
}

void Studio::startLab()
{
    m_window->showPage(QStringLiteral("lab"));
    m_broker->start();
}

void Studio::openSettings()
{
    SettingsDialog dialog(m_translation, m_window.get());
    dialog.exec();
}

} // namespace cs::ui
