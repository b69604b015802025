#include "ports/portspage.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QThreadPool>
#include <QTimer>
#include <QVBoxLayout>

#include "endpoints.h"
#include "net/listeningsockets.h"
#include "net/listeningsocketsmodel.h"
#include "net/probes.h"
#include "ports/labportsmodel.h"

namespace cs::ui {

namespace {

constexpr int kRefreshIntervalMs = 3000;

bool isLocalHost(const QString &host)
{
    return host.isEmpty() || host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1")
        || host == QLatin1String("::1") || host == QLatin1String("0.0.0.0");
}

QTableView *makeTable(QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return view;
}

} // namespace

PortsPage::PortsPage(Endpoints *endpoints, QWidget *parent)
    : Page(parent)
    , m_endpoints(endpoints)
    , m_prober(new cs::net::Prober(this))
    , m_labModel(new LabPortsModel(this))
    , m_socketsModel(new cs::net::ListeningSocketsModel(this))
    , m_socketsFilter(new QSortFilterProxyModel(this))
    , m_timer(new QTimer(this))
{
    qRegisterMetaType<QList<cs::net::ListeningSocket>>();

    // Toolbar: refresh now, refresh on its own, when it last ran.
    auto *bar = new QHBoxLayout;
    m_refreshButton = new QPushButton(this);
    m_refreshButton->setObjectName(QStringLiteral("portsRefresh"));
    m_autoRefresh = new QCheckBox(this);
    m_autoRefresh->setObjectName(QStringLiteral("portsAutoRefresh"));
    m_autoRefresh->setChecked(true);
    m_stamp = new QLabel(this);
    m_stamp->setProperty("caption", true);
    bar->addWidget(m_refreshButton);
    bar->addWidget(m_autoRefresh);
    bar->addStretch(1);
    bar->addWidget(m_stamp);
    contentLayout()->addLayout(bar);

    // The lab's ports.
    m_labBox = new QGroupBox(this);
    auto *labLayout = new QVBoxLayout(m_labBox);
    m_labView = makeTable(m_labBox);
    m_labView->setObjectName(QStringLiteral("labPortsView"));
    m_labView->setModel(m_labModel);
    m_labView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_labView->horizontalHeader()->setStretchLastSection(true);
    m_labView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    labLayout->addWidget(m_labView);
    contentLayout()->addWidget(m_labBox);

    // Every listening socket.
    m_socketsBox = new QGroupBox(this);
    auto *socketsLayout = new QVBoxLayout(m_socketsBox);
    m_socketsFilterEdit = new QLineEdit(m_socketsBox);
    m_socketsFilterEdit->setObjectName(QStringLiteral("socketsFilter"));
    m_socketsFilterEdit->setClearButtonEnabled(true);
    m_socketsFilter->setSourceModel(m_socketsModel);
    m_socketsFilter->setFilterKeyColumn(-1);
    m_socketsFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_socketsFilter->setSortRole(Qt::EditRole);
    m_socketsView = makeTable(m_socketsBox);
    m_socketsView->setObjectName(QStringLiteral("socketsView"));
    m_socketsView->setModel(m_socketsFilter);
    m_socketsView->setSortingEnabled(true);
    m_socketsView->sortByColumn(cs::net::ListeningSocketsModel::PortColumn, Qt::AscendingOrder);
    m_socketsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_socketsView->horizontalHeader()->setStretchLastSection(true);
    // Which process holds port N?
    m_lookupCaption = new QLabel(m_socketsBox);
    m_lookupPortEdit = new QSpinBox(m_socketsBox);
    m_lookupPortEdit->setObjectName(QStringLiteral("lookupPort"));
    m_lookupPortEdit->setRange(1, 65535);
    m_lookupPortEdit->setValue(8083);
    m_lookupButton = new QPushButton(m_socketsBox);
    m_lookupButton->setObjectName(QStringLiteral("lookupButton"));
    m_lookupResult = new QLabel(m_socketsBox);
    m_lookupResult->setObjectName(QStringLiteral("lookupResult"));
    m_lookupResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lookupResult->setWordWrap(true);
    auto *socketsBar = new QHBoxLayout;
    socketsBar->addWidget(m_socketsFilterEdit, 1);
    socketsBar->addSpacing(16);
    socketsBar->addWidget(m_lookupCaption);
    socketsBar->addWidget(m_lookupPortEdit);
    socketsBar->addWidget(m_lookupButton);
    socketsLayout->addLayout(socketsBar);
    socketsLayout->addWidget(m_lookupResult);
    socketsLayout->addWidget(m_socketsView, 1);
    contentLayout()->addWidget(m_socketsBox, 1);

    connect(m_refreshButton, &QPushButton::clicked, this, &PortsPage::refresh);
    connect(m_autoRefresh, &QCheckBox::toggled, this, [this](bool on) {
        if (on && isVisible())
            m_timer->start();
        else
            m_timer->stop();
    });
    m_timer->setInterval(kRefreshIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &PortsPage::refresh);
    connect(m_lookupButton, &QPushButton::clicked, this,
        [this] { lookUpPort(quint16(m_lookupPortEdit->value())); });
    connect(m_lookupPortEdit, &QSpinBox::editingFinished, this, [this] {
        if (m_lookupPortEdit->hasFocus())
            lookUpPort(quint16(m_lookupPortEdit->value()));
    });
    connect(m_socketsFilterEdit, &QLineEdit::textChanged, m_socketsFilter,
        &QSortFilterProxyModel::setFilterFixedString);
    connect(m_prober, &cs::net::Prober::finished, this, &PortsPage::probeFinished);
    connect(m_labView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const auto &row = m_labModel->rows().value(index.row());
        if (row.local) {
            m_lookupPortEdit->setValue(row.target.port);
            lookUpPort(row.target.port);
        }
    });
    if (m_endpoints) {
        connect(m_endpoints, &Endpoints::changed, this, [this] {
            rebuildRows();
            refresh();
        });
    }

    rebuildRows();
    retranslatePage();
}

PortsPage::~PortsPage() = default;

QString PortsPage::title() const
{
    return tr("Ports & Status");
}

QString PortsPage::description() const
{
    return tr("Which of the lab's services are up, what answers on their ports, and which process "
              "holds any listening TCP port of this machine.");
}

void PortsPage::retranslate()
{
    m_refreshButton->setText(tr("Refresh"));
    m_autoRefresh->setText(tr("Refresh every %n second(s)", nullptr, kRefreshIntervalMs / 1000));
    m_labBox->setTitle(tr("Lab ports and the current endpoints"));
    m_labView->setToolTip(tr("Double-click a row to see which process holds its port."));
    m_lookupCaption->setText(tr("Which process holds port"));
    m_lookupButton->setText(tr("Look up"));
    m_socketsBox->setTitle(tr("All listening TCP sockets (netstat -lntp)"));
    m_socketsFilterEdit->setPlaceholderText(tr("Filter by port, address, program or command…"));
    // The rows carry translated service names.
    rebuildRows();
    if (m_lookupPort != 0)
        lookUpPort(m_lookupPort);
    else
        m_lookupResult->setText(
            tr("Pick a port to see which process listens on it, or double-click a lab port."));
    updateStamp();
}

void PortsPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    refresh();
    if (m_autoRefresh->isChecked())
        m_timer->start();
}

void PortsPage::hideEvent(QHideEvent *event)
{
    m_timer->stop();
    Page::hideEvent(event);
}

void PortsPage::rebuildRows()
{
    ++m_generation;
    m_pendingProbes = 0;
    QList<LabPortsModel::Row> rows;
    for (const auto &port : cs::net::labPorts()) {
        LabPortsModel::Row row;
        row.target.port = port.port;
        row.target.kind = port.kind;
        row.service = port.service;
        rows.append(row);
    }
    // The endpoints the studio points at, when they are not one of the lab's ports on this machine.
    if (m_endpoints) {
        const Endpoints::Target &current = m_endpoints->current();
        const QUrl &url = current.connectUrl;
        if (url.isValid() && !url.host().isEmpty()) {
            const quint16 port = quint16(url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
            const bool local = isLocalHost(url.host());
            auto it = std::find_if(rows.begin(), rows.end(),
                [&](const LabPortsModel::Row &r) { return local && r.target.port == port; });
            if (it == rows.end()) {
                LabPortsModel::Row row;
                row.target.host = url.host();
                row.target.port = port;
                row.target.kind = cs::net::ProbeKind::ConnectRest;
                row.local = local;
                row.service = tr("Kafka Connect REST (%1)").arg(current.name);
                rows.append(row);
                it = rows.end() - 1;
            }
            QUrl withUser = url;
            withUser.setUserName(current.connectUser);
            withUser.setPassword({});
            it->target.url = withUser;
            it->target.password = current.connectPassword;
        }
        for (const QString &server : current.bootstrapServers.split(u',', Qt::SkipEmptyParts)) {
            const QString hostPort = server.trimmed();
            const qsizetype colon = hostPort.lastIndexOf(u':');
            if (colon <= 0)
                continue;
            QString host = hostPort.left(colon);
            if (host.startsWith(u'[') && host.endsWith(u']'))
                host = host.mid(1, host.size() - 2);
            const quint16 port = quint16(hostPort.mid(colon + 1).toUInt());
            const bool local = isLocalHost(host);
            auto it = std::find_if(rows.begin(), rows.end(),
                [&](const LabPortsModel::Row &r) { return local && r.target.port == port; });
            if (it == rows.end()) {
                LabPortsModel::Row row;
                row.target.host = host;
                row.target.port = port;
                row.target.kind = cs::net::ProbeKind::Kafka;
                row.local = local;
                row.service = tr("Kafka bootstrap (%1)").arg(current.name);
                rows.append(row);
                it = rows.end() - 1;
            }
            it->target.kafka.bootstrapServers = current.bootstrapServers;
            for (auto p = current.kafkaConfig.cbegin(); p != current.kafkaConfig.cend(); ++p)
                it->target.kafka.properties.append({ p.key().toUtf8(), p.value().toUtf8() });
        }
    }
    m_labModel->setRows(rows);
    m_labModel->setListeners(m_socketsModel->sockets());
    // Show every row without a scroll bar: the list is short.
    const int height = m_labView->horizontalHeader()->sizeHint().height()
        + m_labView->verticalHeader()->defaultSectionSize() * int(rows.size()) + 2 * m_labView->frameWidth();
    m_labView->setFixedHeight(height);
}

void PortsPage::refresh()
{
    if (m_scanning || m_pendingProbes > 0)
        return;
    m_scanning = true;
    const quint64 generation = m_generation;
    QPointer<PortsPage> self(this);
    // Walking /proc touches every process's descriptors: never on the GUI thread.
    cs::net::probeThreadPool()->start([self, generation] {
        const QList<cs::net::ListeningSocket> sockets = cs::net::listeningTcpSockets();
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, generation, sockets] {
                if (PortsPage *page = self.data())
                    page->scanFinished(generation, sockets);
            },
            Qt::QueuedConnection);
    });
    const auto &rows = m_labModel->rows();
    m_pendingProbes = int(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        m_labModel->setProbing(int(i));
        // The id carries the generation so that answers for rows since replaced are dropped.
        m_prober->probe(int((generation % 100000) * 1000 + quint64(i)), rows[i].target);
    }
}

void PortsPage::scanFinished(quint64 generation, const QList<cs::net::ListeningSocket> &sockets)
{
    Q_UNUSED(generation) // the sockets are valid whatever the rows are now
    m_scanning = false;
    m_socketsModel->setSockets(sockets);
    m_labModel->setListeners(sockets);
    if (m_pendingProbes == 0) {
        m_lastRefreshMs = QDateTime::currentMSecsSinceEpoch();
        updateStamp();
        Q_EMIT refreshed();
    }
}

void PortsPage::probeFinished(int id, const cs::net::ProbeResult &result)
{
    if (quint64(id / 1000) != m_generation % 100000)
        return;
    m_labModel->setProbeResult(id % 1000, result);
    if (--m_pendingProbes == 0 && !m_scanning) {
        m_lastRefreshMs = QDateTime::currentMSecsSinceEpoch();
        updateStamp();
        Q_EMIT refreshed();
    }
}

void PortsPage::updateStamp()
{
    if (m_lastRefreshMs == 0) {
        m_stamp->clear();
        return;
    }
    m_stamp->setText(tr("Last checked %1")
                         .arg(QLocale().toString(
                             QDateTime::fromMSecsSinceEpoch(m_lastRefreshMs).time(), QLocale::LongFormat)));
}

QString PortsPage::lookupText() const
{
    return m_lookupText;
}

void PortsPage::lookUpPort(quint16 port)
{
    m_lookupPort = port;
    if (m_lookupPortEdit->value() != port)
        m_lookupPortEdit->setValue(port);
    m_lookupResult->setText(tr("Looking up port %1…").arg(port));
    QPointer<PortsPage> self(this);
    cs::net::probeThreadPool()->start([self, port] {
        const auto listener = cs::net::listenerOnPort(port);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, port, listener] {
                PortsPage *page = self.data();
                if (!page || page->m_lookupPort != port)
                    return;
                QString text;
                if (!listener) {
                    text = tr("Nothing listens on TCP port %1: it is free.").arg(port);
                } else if (listener->pid < 0) {
                    text = tr("Port %1 is held by a process this user cannot see (another user's; "
                              "run as root to see it), listening on %2.")
                               .arg(port)
                               .arg(listener->address.toString());
                } else {
                    text = tr("Port %1 is held by %2, listening on %3. Command: %4")
                               .arg(port)
                               .arg(listener->ownerText(), listener->address.toString(),
                                   listener->commandLine.isEmpty() ? listener->processName
                                                                   : listener->commandLine);
                    // Show it in the table too.
                    const int row = page->m_socketsModel->rowOfPort(port);
                    if (row >= 0) {
                        const QModelIndex index
                            = page->m_socketsFilter->mapFromSource(page->m_socketsModel->index(row, 0));
                        if (index.isValid())
                            page->m_socketsView->selectRow(index.row());
                    }
                }
                page->m_lookupText = text;
                page->m_lookupResult->setText(text);
                Q_EMIT page->portLookedUp(port, text);
            },
            Qt::QueuedConnection);
    });
}

QIcon PortsPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/ports.png"));
}

} // namespace cs::ui
