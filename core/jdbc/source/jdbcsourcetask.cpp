#include "jdbc/source/jdbcsourcetask.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include "jdbc/dialects.h"
#include "jdbc/jdbcurl.h"

namespace cs::jdbc::source {

namespace {
Q_LOGGING_CATEGORY(lcSourceTask, "io.confluent.connect.jdbc.source.JdbcSourceTask")

// The longest a poll sleeps, so the worker sees a stop request soon.
constexpr qint64 kMaxSleepMs = 100;
} // namespace

JdbcSourceTask::JdbcSourceTask() = default;

JdbcSourceTask::~JdbcSourceTask()
{
    closeConnection();
}

data::Status JdbcSourceTask::openConnection()
{
    closeConnection();
    m_connectionName
        = QStringLiteral("jdbc-source-task-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    data::DataError last;
    for (int attempt = 1; attempt <= qMax(1, m_settings.connectionAttempts); ++attempt) {
        data::Result<QSqlDatabase> db
            = JdbcUrl::open(m_settings.connectionUrl, m_settings.connection, m_connectionName);
        if (db) {
            m_db = db.value();
            m_open = true;
            const data::Status prepared = m_dialect->prepareConnection(m_db);
            if (!prepared.ok())
                return prepared.error();
            return {};
        }
        last = db.error();
        qCWarning(lcSourceTask).noquote() << tr("Unable to connect to the database on attempt %1/%2: %3")
                                                 .arg(attempt)
                                                 .arg(m_settings.connectionAttempts)
                                                 .arg(last.toString());
        if (attempt < m_settings.connectionAttempts)
            QThread::msleep(quint64(qMax<qint64>(0, m_settings.connectionBackoffMs)));
    }
    return last;
}

void JdbcSourceTask::closeConnection()
{
    if (m_active)
        m_active->reset();
    for (const auto &q : std::as_const(m_queriers))
        q->reset();
    m_active.reset();
    if (m_open) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        m_open = false;
    }
}

std::optional<QString> JdbcSourceTask::start(const connect::TaskConfig &config)
{
    data::Result<JdbcSourceSettings> parsed = JdbcSourceConfig::parse(config, true);
    if (!parsed)
        return QStringLiteral("Couldn't start JdbcSourceTask due to configuration error: ")
            + parsed.error().toString();
    m_settings = parsed.value();
    data::Result<std::shared_ptr<DatabaseDialect>> dialect
        = Dialects::select(m_settings.dialectName, m_settings.connectionUrl, m_settings.quoting);
    if (!dialect)
        return dialect.error().toString();
    m_dialect = dialect.value();

    if (!m_settings.queryMode() && m_settings.tables.isEmpty()) {
        if (m_settings.tablesFetched)
            return QStringLiteral(
                "Task is being killed because it was not assigned a table nor a query to execute. If run in "
                "table mode please make sure that the tables exist on the database. If the table does exist "
                "on the database, we recommend using the fully qualified table name.");
        return std::nullopt; // the connector has not listed the tables yet: idle until reconfigured
    }

    const data::Status opened = openConnection();
    if (!opened.ok())
        return opened.error().toString();

    if (m_settings.queryMode()) {
        m_queriers << std::make_shared<TableQuerier>(m_settings, *m_dialect, QString());
    } else {
        for (const QString &table : std::as_const(m_settings.tables))
            m_queriers << std::make_shared<TableQuerier>(m_settings, *m_dialect, table);
    }
    for (const auto &q : std::as_const(m_queriers)) {
        const data::Status prepared = q->prepare(m_db, m_context);
        if (!prepared.ok()) {
            closeConnection();
            return prepared.error().toString();
        }
    }
    qCInfo(lcSourceTask).noquote() << tr("Started JDBC source task for %1 (%2 mode, %3)")
                                          .arg(m_settings.queryMode()
                                                  ? QStringLiteral("a query")
                                                  : m_settings.tables.join(QStringLiteral(", ")),
                                              m_settings.mode, redactUrl(m_settings.connectionUrl));
    return std::nullopt;
}

void JdbcSourceTask::stop()
{
    closeConnection();
    m_queriers.clear();
}

data::Result<QList<connect::SourceRecord>> JdbcSourceTask::poll()
{
    if (m_queriers.isEmpty()) {
        QThread::msleep(kMaxSleepMs);
        return QList<connect::SourceRecord>();
    }
    if (!m_open) {
        const data::Status opened = openConnection();
        if (!opened.ok())
            return data::DataError(opened.error());
        for (const auto &q : std::as_const(m_queriers))
            q->reset();
    }
    std::shared_ptr<TableQuerier> querier = m_active;
    if (!querier) {
        // The querier due first; ties keep the table order (upstream's priority queue).
        for (const auto &q : std::as_const(m_queriers)) {
            if (!querier || q->nextDueMs() < querier->nextDueMs())
                querier = q;
        }
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (querier->nextDueMs() > now) {
            QThread::msleep(quint64(qMin(kMaxSleepMs, querier->nextDueMs() - now)));
            return QList<connect::SourceRecord>();
        }
    }
    data::Result<QList<connect::SourceRecord>> records = querier->read(m_db, m_settings.batchMaxRows);
    if (!records) {
        m_active.reset();
        if (!querier->lastErrorRetriable())
            return records.error();
        ++m_consecutiveFailures;
        if (m_settings.queryRetryAttempts >= 0 && m_consecutiveFailures > m_settings.queryRetryAttempts)
            return data::DataError(
                QStringLiteral("Failed to query table after retries"), records.error().toString());
        qCWarning(lcSourceTask).noquote()
            << tr("Failed to run the query of %1 (attempt %2), retrying at the next poll: %3")
                   .arg(querier->tableText().isEmpty() ? QStringLiteral("the query") : querier->tableText())
                   .arg(m_consecutiveFailures)
                   .arg(records.error().toString());
        // A lost connection is replaced at the next poll; a failing query on a live one is retried.
        QSqlQuery probe(m_db);
        if (!m_db.isOpen() || !probe.exec(QStringLiteral("SELECT 1"))) {
            probe = QSqlQuery();
            closeConnection();
        }
        return QList<connect::SourceRecord>();
    }
    m_consecutiveFailures = 0;
    m_active = querier->active() ? querier : nullptr;
    return records;
}

} // namespace cs::jdbc::source
