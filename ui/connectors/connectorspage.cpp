#include "connectors/connectorspage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include "connectclient/connectclient.h"
#include "connectclient/connectorlistmodel.h"
#include "connectors/connectordetails.h"
#include "connectors/connectorform.h"
#include "connectors/statecolors.h"
#include "endpoints.h"

namespace cs::ui {

using namespace cs::connectclient;

namespace {
constexpr int kPollIntervalMs = 2000;

// "http://127.0.0.1:8083" rather than QUrl's "http://127.0.0.1:8083/"; never the user info.
QString displayUrl(const QUrl &url)
{
    QString text = url.toDisplayString(QUrl::RemoveUserInfo);
    if (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return text;
}
} // namespace

ConnectorsPage::ConnectorsPage(Endpoints *endpoints, QWidget *parent)
    : Page(parent)
    , m_endpoints(endpoints)
    , m_client(new ConnectClient(this))
    , m_model(new ConnectorListModel(this))
    , m_proxy(new StateColorProxy(this))
    , m_poll(new QTimer(this))
    , m_stack(new QStackedWidget(this))
    , m_connectionLabel(new QLabel(this))
    , m_new(new QPushButton(this))
    , m_refresh(new QPushButton(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_details(new ConnectorDetails(m_client, this))
    , m_formTitle(new QLabel(this))
    , m_back(new QPushButton(this))
    , m_form(new ConnectorForm(m_client, this))
{
    m_client->setTimeout(15000);
    m_proxy->setSourceModel(m_model);
    m_poll->setInterval(kPollIntervalMs);
    connect(m_poll, &QTimer::timeout, this, &ConnectorsPage::refresh);

    // The list: a bar (where we are connected, New, Refresh), the table and the details beside it.
    m_connectionLabel->setObjectName(QStringLiteral("connectionInfo"));
    m_connectionLabel->setWordWrap(true);
    m_connectionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_new->setObjectName(QStringLiteral("newConnector"));
    m_new->setProperty("primary", true);
    m_refresh->setObjectName(QStringLiteral("refreshConnectors"));
    connect(m_new, &QPushButton::clicked, this, &ConnectorsPage::showNewConnectorForm);
    connect(m_refresh, &QPushButton::clicked, this, &ConnectorsPage::refresh);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_connectionLabel, 1);
    bar->addWidget(m_refresh);
    bar->addWidget(m_new);

    m_table->setObjectName(QStringLiteral("connectorTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ConnectorListModel::ClassColumn, QHeaderView::Stretch);
    m_table->setColumnHidden(ConnectorListModel::WorkerColumn, true);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ConnectorsPage::selectionChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ConnectorsPage::selectionChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ConnectorsPage::selectionChanged);

    m_empty->setObjectName(QStringLiteral("notYet"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_empty);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("connectorsSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *list = new QWidget(this);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(bar);
    listLayout->addWidget(splitter, 1);

    connect(m_details, &ConnectorDetails::actionDone, this, &ConnectorsPage::refresh);
    connect(m_details, &ConnectorDetails::editRequested, this, &ConnectorsPage::showEditForm);

    // The form, with a way back.
    m_formTitle->setObjectName(QStringLiteral("cardTitle"));
    m_back->setObjectName(QStringLiteral("backToList"));
    auto *formBar = new QHBoxLayout;
    formBar->addWidget(m_back);
    formBar->addWidget(m_formTitle, 1);
    auto *formScreen = new QWidget(this);
    auto *formLayout = new QVBoxLayout(formScreen);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addLayout(formBar);
    formLayout->addWidget(m_form, 1);
    connect(m_back, &QPushButton::clicked, this, &ConnectorsPage::showList);
    connect(m_form, &ConnectorForm::cancelled, this, &ConnectorsPage::showList);
    connect(m_form, &ConnectorForm::submitted, this, [this](const QString &name) {
        showList();
        refresh();
        // Select what was just created once the poll lists it.
        auto conn = std::make_shared<QMetaObject::Connection>();
        *conn = connect(this, &ConnectorsPage::refreshed, this, [this, name, conn] {
            selectConnector(name);
            disconnect(*conn);
        });
    });

    m_stack->addWidget(list);
    m_stack->addWidget(formScreen);
    contentLayout()->addWidget(m_stack, 1);

    connect(m_endpoints, &Endpoints::changed, this, &ConnectorsPage::endpointsChanged);
    retranslatePage();
    endpointsChanged();
}

ConnectorsPage::~ConnectorsPage() = default;

QString ConnectorsPage::title() const
{
    return tr("Connectors");
}

QString ConnectorsPage::description() const
{
    return tr("The connectors of the Connect cluster, their tasks and live state; create, change, pause, "
              "restart or delete them.");
}

void ConnectorsPage::retranslate()
{
    m_new->setText(tr("&New connector…"));
    m_refresh->setText(tr("Refresh"));
    m_back->setText(tr("← Connectors"));
    m_formTitle->setText(
        m_form->isEditing() ? tr("Edit connector %1").arg(m_form->connectorName()) : tr("New connector"));
    m_empty->setText(tr("No connectors yet. Create one with “New connector…”, for example from the lab's "
                        "h2-source-connect preset."));
    if (m_connectionText)
        setConnectionText(m_connectionText, m_connectionError);
}

void ConnectorsPage::setPollInterval(int ms)
{
    m_poll->setInterval(ms);
}

void ConnectorsPage::setConnectionText(std::function<QString()> text, bool error)
{
    m_connectionText = std::move(text);
    m_connectionError = error;
    m_connectionLabel->setText(m_connectionText());
    m_connectionLabel->setProperty("caption", !error);
    m_connectionLabel->setProperty("warning", error);
    m_connectionLabel->style()->unpolish(m_connectionLabel);
    m_connectionLabel->style()->polish(m_connectionLabel);
}

void ConnectorsPage::endpointsChanged()
{
    const Endpoints::Target &target = m_endpoints->current();
    m_client->cancelAll();
    m_polling = false;
    m_serverInfoKnown = false;
    m_client->setBaseUrl(target.connectUrl);
    m_client->setCredentials(target.connectUser, target.connectPassword);
    m_form->setLabDatabases(target.databaseUrls);
    m_model->clear();
    const bool has = !target.connectUrl.isEmpty();
    m_new->setEnabled(has);
    m_refresh->setEnabled(has);
    if (!has) {
        setConnectionText(
            [] { return tr("No Connect cluster: start the lab's worker, or choose a connection profile."); },
            true);
        m_poll->stop();
        return;
    }
    const QString url = displayUrl(target.connectUrl);
    setConnectionText([url] { return tr("Connecting to %1…").arg(url); }, false);
    if (isVisible())
        m_poll->start();
    refresh();
}

void ConnectorsPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (!m_endpoints->current().connectUrl.isEmpty()) {
        m_poll->start();
        refresh();
    }
}

void ConnectorsPage::hideEvent(QHideEvent *event)
{
    Page::hideEvent(event);
    m_poll->stop();
}

void ConnectorsPage::refresh()
{
    if (m_polling || m_client->baseUrl().isEmpty())
        return;
    m_polling = true;
    const QString url = displayUrl(m_client->baseUrl());
    QPointer<ConnectorsPage> self(this);
    if (!m_serverInfoKnown)
        m_client->serverInfo([self, url](const Result<ServerInfo> &r) {
            if (!self || !r.ok())
                return;
            self->m_serverInfoKnown = true;
            const ServerInfo info = *r.value;
            self->setConnectionText(
                [url, info] {
                    return tr("%1 · Kafka Connect %2 · Kafka cluster %3")
                        .arg(url, info.version,
                            info.kafkaClusterId.isEmpty() ? tr("unknown") : info.kafkaClusterId);
                },
                false);
        });
    m_client->connectorsExpanded(true, true, [self, url](const Result<QList<ConnectorOverview>> &r) {
        if (!self)
            return;
        self->m_polling = false;
        if (!r.ok()) {
            self->m_serverInfoKnown = false;
            const RestError error = *r.error;
            self->setConnectionText(
                [url, error] {
                    return error.isNetworkError() ? error.message : tr("%1: %2").arg(url, error.toString());
                },
                true);
        } else {
            if (self->m_connectionError) // the worker is back
                self->setConnectionText([url] { return url; }, false);
            self->m_model->setConnectors(*r.value);
            for (const ConnectorOverview &o : *r.value)
                if (o.info)
                    self->fetchSecretKeys(o.info->config.value(QStringLiteral("connector.class")));
        }
        const bool empty = self->m_model->rowCount() == 0;
        self->m_empty->setVisible(empty && r.ok());
        self->selectionChanged();
        Q_EMIT self->refreshed();
    });
}

void ConnectorsPage::fetchSecretKeys(const QString &connectorClass)
{
    if (connectorClass.isEmpty() || m_secretKeysAsked.contains(connectorClass))
        return;
    m_secretKeysAsked.insert(connectorClass);
    QPointer<ConnectorsPage> self(this);
    m_client->pluginConfig(connectorClass, [self, connectorClass](const Result<QList<ConfigKeyInfo>> &r) {
        if (!self || !r.ok())
            return;
        QSet<QString> keys;
        for (const ConfigKeyInfo &k : *r.value)
            if (k.type == u"PASSWORD")
                keys.insert(k.name);
        self->m_details->setSecretKeys(connectorClass, keys);
    });
}

void ConnectorsPage::selectionChanged()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_details->setConnector(nullptr);
        return;
    }
    const QString name = rows.first().data(ConnectorListModel::NameRole).toString();
    m_details->setConnector(m_model->connector(name));
}

bool ConnectorsPage::selectConnector(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    selectionChanged();
    return true;
}

bool ConnectorsPage::isFormShown() const
{
    return m_stack->currentIndex() == 1;
}

void ConnectorsPage::showNewConnectorForm()
{
    m_form->newConnector();
    retranslate();
    m_stack->setCurrentIndex(1);
}

void ConnectorsPage::showEditForm(const QString &name, const config::Properties &config)
{
    m_form->editConnector(name, config);
    retranslate();
    m_stack->setCurrentIndex(1);
}

void ConnectorsPage::showList()
{
    m_stack->setCurrentIndex(0);
}

QIcon ConnectorsPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/connectors.png"));
}

} // namespace cs::ui
