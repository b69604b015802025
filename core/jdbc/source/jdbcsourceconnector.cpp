#include "jdbc/source/jdbcsourceconnector.h"

#include <QLoggingCategory>
#include <QSet>
#include <QThread>
#include <QUuid>

#include "jdbc/dialects.h"
#include "jdbc/jdbcurl.h"
#include "jdbc/source/jdbcsourcetask.h"

namespace cs::jdbc::source {

namespace {
Q_LOGGING_CATEGORY(lcSourceConnector, "io.confluent.connect.jdbc.JdbcSourceConnector")

// Opens a connection of the calling thread with connection.attempts tries; waits between tries
// unless `stopping` says to give up.
data::Result<QSqlDatabase> openWithRetries(
    const JdbcSourceSettings &s, const QString &name, const std::function<bool(qint64)> &wait)
{
    data::DataError last;
    for (int attempt = 1; attempt <= qMax(1, s.connectionAttempts); ++attempt) {
        data::Result<QSqlDatabase> db = JdbcUrl::open(s.connectionUrl, s.connection, name);
        if (db)
            return db;
        last = db.error();
        if (attempt < s.connectionAttempts && !wait(s.connectionBackoffMs))
            break;
    }
    return last;
}

} // namespace

JdbcSourceConnector::JdbcSourceConnector() = default;

JdbcSourceConnector::~JdbcSourceConnector()
{
    stop();
}

connect::PluginDesc JdbcSourceConnector::descriptor()
{
    connect::PluginDesc desc;
    desc.className = JdbcSourceConfig::connectorClassName();
    desc.type = connect::PluginType::Source;
    desc.version = JdbcSourceConfig::version();
    desc.create = [] { return std::make_unique<JdbcSourceConnector>(); };
    desc.configDef = [] { return JdbcSourceConfig::configDef(); };
    return desc;
}

QList<connect::ConfigValue> JdbcSourceConnector::validate(const connect::ConfigMap &props) const
{
    return JdbcSourceConfig::validate(props);
}

data::Result<QStringList> JdbcSourceConnector::listTables(
    QSqlDatabase &db, const DatabaseDialect &dialect, const JdbcSourceSettings &settings)
{
    data::Result<QList<TableId>> ids = dialect.tableIds(db, settings.tableTypes);
    if (!ids)
        return ids.error();
    QList<TableId> selected;
    for (const TableId &id : ids.value()) {
        if (!settings.catalogPattern.isNull() && !id.catalog.isEmpty()
            && id.catalog.compare(settings.catalogPattern, Qt::CaseInsensitive) != 0
            && settings.catalogPattern != u"%")
            continue;
        if (!settings.schemaPattern.isNull() && id.schema != settings.schemaPattern
            && settings.schemaPattern != u"%")
            continue;
        if (settings.tableSelected(id, dialect.tableName(id)))
            selected << id;
    }
    std::sort(selected.begin(), selected.end());
    QSet<QString> bare;
    QStringList duplicates;
    for (const TableId &id : std::as_const(selected)) {
        if (bare.contains(id.table))
            duplicates << id.table;
        bare.insert(id.table);
    }
    if (!duplicates.isEmpty()) {
        QStringList all;
        for (const TableId &id : std::as_const(selected))
            all << id.toString();
        return data::DataError(
            QStringLiteral(
                "The connector uses the unqualified table name as the topic name and has detected duplicate "
                "unqualified table names. This could lead to mixed data types in the topic and downstream "
                "processing errors. To prevent such processing errors, the JDBC Source connector fails to "
                "start when it detects duplicate table name configurations. Update the connector's "
                "'table.whitelist' config to include exactly one table in each of the tables listed "
                "below.\n\t")
            + QLatin1Char('[') + all.join(QStringLiteral(", ")) + QLatin1Char(']'));
    }
    QStringList out;
    for (const TableId &id : std::as_const(selected))
        out << dialect.tableName(id);
    return out;
}

std::optional<QString> JdbcSourceConnector::start(const connect::TaskConfig &config)
{
    stop();
    data::Result<JdbcSourceSettings> parsed = JdbcSourceConfig::parse(config);
    if (!parsed)
        return QStringLiteral("Couldn't start JdbcSourceConnector due to configuration error: ")
            + parsed.error().toString();
    m_props = config;
    m_settings = parsed.value();
    // The connector picks its dialect from the URL (tasks honour dialect.name).
    data::Result<std::shared_ptr<DatabaseDialect>> dialect
        = Dialects::forUrl(m_settings.connectionUrl, m_settings.quoting);
    if (!dialect)
        return dialect.error().toString();
    m_dialect = dialect.value();

    const bool filters = !m_settings.tableWhitelist.isEmpty() || !m_settings.tableBlacklist.isEmpty()
        || !m_settings.tableIncludeList.isEmpty() || !m_settings.tableExcludeList.isEmpty();
    if (m_settings.queryMode() && filters)
        return QStringLiteral("query may not be combined with whole-table copying settings.");

    const QString name
        = QStringLiteral("jdbc-source-connector-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::optional<QString> error;
    {
        data::Result<QSqlDatabase> db = openWithRetries(m_settings, name, [](qint64 ms) {
            QThread::msleep(quint64(qMax<qint64>(0, ms)));
            return true;
        });
        if (!db) {
            error = db.error().toString();
        } else if (!m_settings.queryMode()) {
            data::Result<QStringList> tables = listTables(db.value(), *m_dialect, m_settings);
            if (!tables)
                error = tables.error().toString();
            else
                m_tables = tables.value();
            db.value().close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (error)
        return error;
    if (!m_settings.queryMode()) {
        std::lock_guard lock(m_mutex);
        m_stopping = false;
        m_monitor = std::thread([this] { monitor(); });
    }
    return std::nullopt;
}

void JdbcSourceConnector::monitor()
{
    const QString name
        = QStringLiteral("jdbc-source-monitor-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto wait = [this](qint64 ms) {
        std::unique_lock lock(m_mutex);
        return !m_wake.wait_for(
            lock, std::chrono::milliseconds(qMax<qint64>(1, ms)), [this] { return m_stopping; });
    };
    std::optional<QSqlDatabase> db;
    while (wait(m_settings.tablePollIntervalMs)) {
        if (!db) {
            data::Result<QSqlDatabase> opened = openWithRetries(m_settings, name, wait);
            if (!opened) {
                qCWarning(lcSourceConnector).noquote()
                    << tr("Table monitor could not reach the database: %1").arg(opened.error().toString());
                continue;
            }
            db = opened.value();
        }
        data::Result<QStringList> tables = listTables(*db, *m_dialect, m_settings);
        if (!tables) {
            qCWarning(lcSourceConnector).noquote()
                << tr("Table monitor could not list the tables: %1").arg(tables.error().toString());
            if (tables.error().message.startsWith(QLatin1String("The connector uses the unqualified"))) {
                if (m_context)
                    m_context->raiseError(tables.error().toString());
                break;
            }
            db->close();
            db.reset();
            QSqlDatabase::removeDatabase(name);
            continue;
        }
        bool changed = false;
        {
            std::lock_guard lock(m_mutex);
            if (tables.value() != m_tables) {
                qCInfo(lcSourceConnector).noquote() << tr("Tables changed from [%1] to [%2]")
                                                           .arg(m_tables.join(QStringLiteral(", ")),
                                                               tables.value().join(QStringLiteral(", ")));
                m_tables = tables.value();
                changed = true;
            }
        }
        if (changed && m_context)
            m_context->requestTaskReconfiguration();
    }
    if (db) {
        db->close();
        db.reset();
    }
    QSqlDatabase::removeDatabase(name);
}

void JdbcSourceConnector::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_monitor.joinable())
        m_monitor.join();
}

QStringList JdbcSourceConnector::tables() const
{
    std::lock_guard lock(m_mutex);
    return m_tables;
}

std::unique_ptr<connect::Task> JdbcSourceConnector::createTask() const
{
    return std::make_unique<JdbcSourceTask>();
}

QList<connect::TaskConfig> JdbcSourceConnector::taskConfigs(int maxTasks) const
{
    QList<connect::TaskConfig> out;
    if (m_settings.queryMode()) {
        connect::TaskConfig c = m_props;
        c.insert(QStringLiteral("tables"), QString());
        c.insert(QStringLiteral("tables.fetched"), QStringLiteral("true"));
        out << c;
        return out;
    }
    const QStringList tables = this->tables();
    if (tables.isEmpty()) {
        connect::TaskConfig c = m_props;
        c.insert(QStringLiteral("tables"), QString());
        c.insert(QStringLiteral("tables.fetched"), QStringLiteral("true"));
        out << c;
        return out;
    }
    // Contiguous groups; the first n % groups get one more table (ConnectorUtils.groupPartitions).
    const int groups = qMax(1, qMin(int(tables.size()), maxTasks));
    const int per = int(tables.size()) / groups;
    const int extra = int(tables.size()) % groups;
    int at = 0;
    for (int g = 0; g < groups; ++g) {
        const int n = per + (g < extra ? 1 : 0);
        connect::TaskConfig c = m_props;
        c.insert(QStringLiteral("tables"), tables.mid(at, n).join(QLatin1Char(',')));
        c.insert(QStringLiteral("tables.fetched"), QStringLiteral("true"));
        out << c;
        at += n;
    }
    return out;
}

} // namespace cs::jdbc::source
