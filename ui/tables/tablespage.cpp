#include "tables/tablespage.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

#include "endpoints.h"
#include "profiles/secretstore.h"
#include "sqlbrowse/schemamodel.h"
#include "tables/comparepanel.h"
#include "tables/connectiondialog.h"
#include "tables/databaseconnections.h"
#include "tables/datapanel.h"
#include "tables/sqlpanel.h"
#include "tables/tablepicker.h"
#include "tables/tracepanel.h"

namespace cs::ui {

using cs::sqlbrowse::SchemaModel;

namespace {

// Settings of the view, declared once with their keys.
const QString kConnectionsKey = QStringLiteral("tables/connections");
const QString kSecretPrefix = QStringLiteral("tables/");
// While the view is shown, the pipeline's databases are read again this often so that new tables
// (the sink's auto.create) and row counts show up by themselves.
constexpr int kSchemaRefreshMs = 5000;

// "orders.db" or "host:port/db" for a connection's name.
QString shortLocation(const QString &url)
{
    auto spec = cs::jdbc::JdbcUrl::parse(url);
    if (!spec)
        return cs::jdbc::redactUrl(url);
    if (spec->kind == cs::jdbc::DatabaseKind::Sqlite)
        return QFileInfo(spec->databaseName).fileName();
    return spec->endpoint();
}

} // namespace

TablesPage::TablesPage(Endpoints *endpoints, QWidget *parent)
    : Page(parent)
    , m_endpoints(endpoints)
    , m_connections(new DatabaseConnections(this))
    , m_secrets(new SecretStore(this))
    , m_tree(new QTreeView(this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_reload(new QPushButton(this))
    , m_note(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_data(new DataPanel(this))
    , m_sql(new SqlPanel(m_connections, this))
    , m_compare(new ComparePanel(m_connections, this))
    , m_trace(new TracePanel(m_connections, endpoints, this))
    , m_schemaTimer(new QTimer(this))
{
    m_tree->setModel(m_connections->schemaModel());
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(false);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tree->setMinimumWidth(260);
    for (QPushButton *b : { m_add, m_remove, m_reload })
        b->setProperty("compact", true);
    m_note->setProperty("warning", true);
    m_note->setWordWrap(true);
    m_note->hide();

    auto *left = new QWidget(this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_reload);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_tree, 1);
    leftLayout->addWidget(m_note);

    m_tabs->addTab(m_data, QString());
    m_tabs->addTab(m_sql, QString());
    m_tabs->addTab(m_compare, QString());
    m_tabs->addTab(m_trace, QString());
    m_tabs->setDocumentMode(true);

    auto *split = new QSplitter(this);
    split->setObjectName(QStringLiteral("tablesSplitter"));
    split->addWidget(left);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({ 300, 900 });
    split->setChildrenCollapsible(false);
    contentLayout()->addWidget(split, 1);

    connect(m_add, &QPushButton::clicked, this, &TablesPage::addFromDialog);
    connect(m_remove, &QPushButton::clicked, this, &TablesPage::removeSelected);
    connect(m_reload, &QPushButton::clicked, m_connections, &DatabaseConnections::reloadAll);
    connect(m_tree, &QTreeView::activated, this, &TablesPage::openIndex);
    connect(m_tree, &QTreeView::clicked, this, &TablesPage::openIndex);
    connect(
        m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &i) {
            const int c = m_connections->schemaModel()->connectionAt(i);
            m_remove->setEnabled(c >= 0 && !m_connections->at(c).fromEndpoints);
        });
    connect(m_connections, &DatabaseConnections::schemaLoaded, this, [this](int index) {
        m_tree->expand(m_connections->schemaModel()->connectionIndex(index));
        applyDefaults();
    });
    connect(m_data, &DataPanel::traceRequested, this,
        [this](const QString &connectionName, const cs::jdbc::TableId &table, const QStringList &,
            const QVariantList &keyValues) {
            m_trace->source()->select(m_connections->indexOfName(connectionName), table.unquotedFqn());
            m_tabs->setCurrentWidget(m_trace);
            m_trace->traceRow(keyValues);
        });
    connect(m_data, &DataPanel::rowCountRead, this,
        [this](const QString &connectionName, const cs::jdbc::TableId &table, qint64 rows) {
            m_connections->schemaModel()->setRowCount(
                m_connections->indexOfName(connectionName), table, rows);
        });
    connect(m_endpoints, &Endpoints::changed, this, &TablesPage::syncEndpoints);
    m_schemaTimer->setInterval(kSchemaRefreshMs);
    connect(m_schemaTimer, &QTimer::timeout, this, [this] { refreshSchemas(true); });
    m_remove->setEnabled(false);
    syncEndpoints();
    retranslatePage();
}

TablesPage::~TablesPage() = default;

QString TablesPage::title() const
{
    return tr("Tables");
}

QString TablesPage::description() const
{
    return tr(
        "The source and target tables of the pipeline: browse rows as they change, run SQL, compare the two "
        "sides and trace one row through the topic.");
}

void TablesPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    refreshSchemas(false);
    m_schemaTimer->start();
}

void TablesPage::hideEvent(QHideEvent *event)
{
    Page::hideEvent(event);
    m_schemaTimer->stop();
}

// Every database when the view is shown; while it stays shown, only the pipeline's (the Endpoints'):
// counting the rows of a big remote database every few seconds is not for a browser to do unasked.
void TablesPage::refreshSchemas(bool pipelineOnly)
{
    for (int i = 0; i < m_connections->count(); ++i)
        if (!pipelineOnly || m_connections->at(i).fromEndpoints)
            m_connections->refreshSchema(i);
}

QIcon TablesPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/tables.png"));
}

void TablesPage::retranslate()
{
    m_add->setText(tr("Add…"));
    m_add->setToolTip(tr("Add a database: SQLite file, PostgreSQL, MySQL, MariaDB or H2"));
    m_remove->setText(tr("Remove"));
    m_reload->setText(tr("Reload"));
    m_reload->setToolTip(tr("Read the tables, columns and row counts again"));
    m_tabs->setTabText(0, tr("Data"));
    m_tabs->setTabText(1, tr("SQL"));
    m_tabs->setTabText(2, tr("Compare"));
    m_tabs->setTabText(3, tr("Trace"));
}

void TablesPage::syncEndpoints()
{
    const QStringList urls = m_endpoints->current().databaseUrls;
    // Drop databases of the previous endpoints that the current ones do not name.
    for (int i = m_connections->count() - 1; i >= 0; --i)
        if (m_connections->at(i).fromEndpoints && !urls.contains(m_connections->at(i).url))
            m_connections->remove(i);
    for (int i = 0; i < urls.size(); ++i) {
        if (m_connections->indexOfUrl(urls.at(i)) >= 0)
            continue;
        QString name = i == 0 ? tr("Source") : (i == 1 ? tr("Target") : tr("Database %1").arg(i + 1));
        name += QStringLiteral(" · ") + shortLocation(urls.at(i));
        m_connections->add(name, urls.at(i), {}, true);
    }
    m_defaultsApplied = false;
}

// Once the lab's databases are read: compare and trace point at ORDER_TABLE and the sink's table.
void TablesPage::applyDefaults()
{
    if (m_defaultsApplied)
        return;
    int source = -1;
    int target = -1;
    for (int i = 0; i < m_connections->count(); ++i) {
        if (!m_connections->at(i).fromEndpoints)
            continue;
        if (source < 0)
            source = i;
        else if (target < 0)
            target = i;
    }
    if (source < 0 || m_connections->at(source).tables.isEmpty())
        return;
    if (target < 0)
        target = source;
    if (m_connections->at(target).tables.isEmpty())
        return;
    QString sourceTable = QStringLiteral("ORDER_TABLE");
    QString targetTable = QStringLiteral("CONNECT_ORDER_TABLE");
    m_compare->source()->select(source, sourceTable);
    m_compare->target()->select(target, targetTable);
    m_trace->source()->select(source, sourceTable);
    m_trace->target()->select(target, targetTable);
    m_sql->setConnection(source);
    if (!m_data->model())
        showTable(source, sourceTable);
    m_defaultsApplied = true;
}

void TablesPage::showTable(int connection, const QString &table)
{
    if (connection < 0 || connection >= m_connections->count())
        return;
    const DatabaseConnection &c = m_connections->at(connection);
    for (const auto &t : c.tables) {
        if (t.id.unquotedFqn().compare(table, Qt::CaseInsensitive) == 0) {
            m_data->showTable(c.name, c.worker, t.id);
            m_tree->setCurrentIndex(m_connections->schemaModel()->tableIndex(connection, t.id));
            return;
        }
    }
}

void TablesPage::openIndex(const QModelIndex &index)
{
    auto *model = m_connections->schemaModel();
    const int c = model->connectionAt(index);
    if (c < 0)
        return;
    m_sql->setConnection(c);
    const cs::sqlbrowse::TableInfo *t = model->tableAt(index);
    if (!t)
        return;
    if (m_data->model() && m_data->table() == t->id && m_data->connectionName() == m_connections->at(c).name)
        return;
    m_data->showTable(m_connections->at(c).name, m_connections->at(c).worker, t->id);
    m_tabs->setCurrentWidget(m_data);
}

int TablesPage::addConnection(const QString &name, const QString &url, const QString &user,
    const QString &password, std::optional<int> h2PgPort)
{
    cs::jdbc::ConnectionProperties props;
    props.user = user;
    props.password = password;
    props.h2PgPort = h2PgPort;
    const int index = m_connections->add(name, url, props, false);
    if (m_settings) {
        saveConnections();
        if (!password.isEmpty()) {
            m_secrets->write(
                kSecretPrefix + name, password,
                [this, name](const SecretStore::Result &r) {
                    if (!r.ok())
                        showNote(tr("The password of %1 is not saved (it works until the studio closes): %2")
                                     .arg(name, r.error));
                },
                this);
        }
    }
    return index;
}

void TablesPage::addFromDialog()
{
    ConnectionDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto props = dialog.properties();
    const int index = addConnection(dialog.name(), dialog.url(), props.user, props.password, props.h2PgPort);
    m_tree->setCurrentIndex(m_connections->schemaModel()->connectionIndex(index));
}

void TablesPage::removeSelected()
{
    const int c = m_connections->schemaModel()->connectionAt(m_tree->currentIndex());
    if (c < 0 || m_connections->at(c).fromEndpoints)
        return;
    const QString name = m_connections->at(c).name;
    if (m_data->connectionName() == name)
        m_data->clear();
    m_connections->remove(c);
    if (m_settings) {
        saveConnections();
        m_secrets->remove(
            kSecretPrefix + name, [](const SecretStore::Result &) {}, this);
    }
}

void TablesPage::setSettings(QSettings *settings)
{
    m_settings = settings;
    if (!m_settings)
        return;
    const int n = m_settings->beginReadArray(kConnectionsKey);
    struct Saved
    {
        QString name, url, user;
        int h2PgPort;
        bool password;
    };
    QList<Saved> saved;
    for (int i = 0; i < n; ++i) {
        m_settings->setArrayIndex(i);
        saved << Saved { m_settings->value(QStringLiteral("name")).toString(),
            m_settings->value(QStringLiteral("url")).toString(),
            m_settings->value(QStringLiteral("user")).toString(),
            m_settings->value(QStringLiteral("h2PgPort"), -1).toInt(),
            m_settings->value(QStringLiteral("hasPassword"), false).toBool() };
    }
    m_settings->endArray();
    for (const Saved &s : saved) {
        if (s.url.isEmpty() || m_connections->indexOfUrl(s.url) >= 0)
            continue;
        const std::optional<int> pgPort = s.h2PgPort > 0 ? std::optional<int>(s.h2PgPort) : std::nullopt;
        if (!s.password) {
            cs::jdbc::ConnectionProperties props;
            props.user = s.user;
            props.h2PgPort = pgPort;
            m_connections->add(s.name, s.url, props, false);
            continue;
        }
        m_secrets->read(
            kSecretPrefix + s.name,
            [this, s, pgPort](const SecretStore::Result &r) {
                cs::jdbc::ConnectionProperties props;
                props.user = s.user;
                props.h2PgPort = pgPort;
                if (r.ok())
                    props.password = r.secret;
                else
                    showNote(tr("The password of %1 could not be read from the keychain: %2")
                                 .arg(s.name, r.error));
                m_connections->add(s.name, s.url, props, false);
            },
            this);
    }
}

void TablesPage::saveConnections()
{
    if (!m_settings)
        return;
    m_settings->beginWriteArray(kConnectionsKey);
    int row = 0;
    for (int i = 0; i < m_connections->count(); ++i) {
        const DatabaseConnection &c = m_connections->at(i);
        if (c.fromEndpoints)
            continue;
        m_settings->setArrayIndex(row++);
        m_settings->setValue(QStringLiteral("name"), c.name);
        m_settings->setValue(QStringLiteral("url"), c.url);
        m_settings->setValue(QStringLiteral("user"), c.props.user);
        m_settings->setValue(QStringLiteral("h2PgPort"), c.props.h2PgPort.value_or(-1));
        m_settings->setValue(QStringLiteral("hasPassword"), !c.props.password.isEmpty());
    }
    m_settings->endArray();
}

void TablesPage::traceRecord(const QString &topic, int partition, qint64 offset)
{
    m_tabs->setCurrentWidget(m_trace);
    m_trace->traceRecord(topic, partition, offset);
}

void TablesPage::showNote(const QString &text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

} // namespace cs::ui
