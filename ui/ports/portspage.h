#pragma once

#include "widgets/page.h"

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;
class QTimer;

namespace cs::net {
class ListeningSocketsModel;
class Prober;
struct ListeningSocket;
struct ProbeResult;
} // namespace cs::net

namespace cs::ui {

class Endpoints;
class LabPortsModel;

// The Ports & Status view: the lab's well-known ports and the endpoints the studio points at, each
// with up/down, the process holding it and a health probe; every listening TCP socket of the
// machine with its process (what `netstat -lntp` shows); and "which process holds port N?".
// /proc is read on the thread pool and probes are asynchronous (cs::net::Prober), so the GUI thread
// never waits; a refresh runs every few seconds while the page is visible. GUI thread only.
class PortsPage final : public Page
{
    Q_OBJECT

public:
    explicit PortsPage(cs::ui::Endpoints *endpoints, QWidget *parent = nullptr);
    ~PortsPage() override;

    QString id() const override { return QStringLiteral("ports"); }
    QIcon icon() const override;
    QString title() const override;
    QString description() const override;

    LabPortsModel *labPortsModel() const { return m_labModel; }
    cs::net::ListeningSocketsModel *socketsModel() const { return m_socketsModel; }
    // The text shown for the last "which process holds port N?" question.
    QString lookupText() const;
    bool isRefreshing() const { return m_scanning || m_pendingProbes > 0; }

public Q_SLOTS:
    // Scans /proc and probes every port again; a refresh already under way is not doubled.
    void refresh();
    void lookUpPort(quint16 port);

Q_SIGNALS:
    void refreshed(); // the scan and every probe of one refresh have answered
    void portLookedUp(quint16 port, const QString &text);

protected:
    void retranslate() override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void rebuildRows();
    void scanFinished(quint64 generation, const QList<cs::net::ListeningSocket> &sockets);
    void probeFinished(int id, const cs::net::ProbeResult &result);
    void updateStamp();

    Endpoints *m_endpoints;
    cs::net::Prober *m_prober;
    LabPortsModel *m_labModel;
    cs::net::ListeningSocketsModel *m_socketsModel;
    QSortFilterProxyModel *m_socketsFilter;
    QTimer *m_timer;

    quint64 m_generation = 0; // a rebuild of the rows makes older probe answers stale
    bool m_scanning = false;
    int m_pendingProbes = 0;
    qint64 m_lastRefreshMs = 0;
    quint16 m_lookupPort = 0;
    QString m_lookupText;

    QGroupBox *m_labBox;
    QTableView *m_labView;
    QLabel *m_lookupCaption;
    QSpinBox *m_lookupPortEdit;
    QPushButton *m_lookupButton;
    QLabel *m_lookupResult;
    QGroupBox *m_socketsBox;
    QLineEdit *m_socketsFilterEdit;
    QTableView *m_socketsView;
    QPushButton *m_refreshButton;
    QCheckBox *m_autoRefresh;
    QLabel *m_stamp;
};

} // namespace cs::ui
