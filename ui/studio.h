#pragma once

#include <memory>

#include <QObject>
#include <QString>

#include "lab/h2launcher.h"

class QSettings;

namespace cs::util {
class Translation;
}

namespace cs::ui {

class BrokerController;
class Endpoints;
class LabController;
class LabMonitor;
class MainWindow;
class ProfileStore;
class SecretStore;

struct StudioOptions
{
    QString language; // "en"/"ko" to override the stored choice (not stored); "" = stored
    quint16 brokerPort = 9092; // the broker's preferred port
    quint16 workerPort = 8083; // the embedded worker's REST port
    quint16 orderServicePort = 8081;
    QString dataDirectory; // the lab databases' folder; empty = the studio's data folder
    cs::lab::H2Launcher::Options h2; // the lab's ports by default
};

// The studio's composition root, shared by app/studio/main.cpp and the GUI tests so both run the
// same wiring: owns the shared Endpoints, the controllers of the embedded lab and the main window,
// builds the pages and connects them. Destroys the window first, then the controllers (which stop
// their services and join their threads). GUI thread only. The settings store and the translation
// (installed by the caller before the Studio is built, so the first texts are already in the right
// language) must outlive it.
class Studio final : public QObject
{
    Q_OBJECT

public:
    Studio(QSettings *settings, cs::util::Translation *translation, const StudioOptions &options = {},
        QObject *parent = nullptr);
    ~Studio() override;

    MainWindow *window() const { return m_window.get(); }
    BrokerController *broker() const { return m_broker.get(); }
    LabController *lab() const { return m_lab.get(); }
    Endpoints *endpoints() const { return m_endpoints.get(); }
    cs::util::Translation *translation() const { return m_translation; }

    // Starts every part of the embedded lab (broker, worker, databases, Order service). Returns at once.
    void startLab();
    void openSettings();

private:
    QSettings *m_settings;
    cs::util::Translation *m_translation;
    std::unique_ptr<Endpoints> m_endpoints;
    std::unique_ptr<BrokerController> m_broker;
    std::unique_ptr<LabController> m_lab;
    std::unique_ptr<LabMonitor> m_monitor;
    std::unique_ptr<SecretStore> m_secrets; // passwords of connection profiles, in the OS keychain
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace cs::ui
