#include "sqlbrowse/sqlrunner.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace cs::sqlbrowse {

QStringList splitStatements(const QString &script)
{
    QStringList out;
    QString current;
    QChar quote;
    bool lineComment = false;
    bool blockComment = false;
    for (qsizetype i = 0; i < script.size(); ++i) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < script.size() ? script.at(i + 1) : QChar();
        if (lineComment) {
            if (c == QLatin1Char('\n'))
                lineComment = false;
            current += c;
            continue;
        }
        if (blockComment) {
            if (c == QLatin1Char('*') && next == QLatin1Char('/')) {
                blockComment = false;
                current += c;
                current += next;
                ++i;
                continue;
            }
            current += c;
            continue;
        }
        if (!quote.isNull()) {
            current += c;
            if (c == quote)
                quote = QChar(); // a doubled quote reopens on the next character
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`')) {
            quote = c;
            current += c;
            continue;
        }
        if (c == QLatin1Char('-') && next == QLatin1Char('-'))
            lineComment = true;
        else if (c == QLatin1Char('/') && next == QLatin1Char('*'))
            blockComment = true;
        if (c == QLatin1Char(';')) {
            if (!current.trimmed().isEmpty())
                out << current.trimmed();
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    // Drop pieces that are only comments.
    out.removeIf([](const QString &s) {
        QString t = s;
        while (!t.isEmpty()) {
            t = t.trimmed();
            if (t.startsWith(QLatin1String("--"))) {
                const qsizetype nl = t.indexOf(QLatin1Char('\n'));
                t = nl < 0 ? QString() : t.mid(nl + 1);
            } else if (t.startsWith(QLatin1String("/*"))) {
                const qsizetype end = t.indexOf(QLatin1String("*/"));
                t = end < 0 ? QString() : t.mid(end + 2);
            } else {
                return false;
            }
        }
        return true;
    });
    return out;
}

SqlRunner::SqlRunner(const QString &url, const jdbc::ConnectionProperties &props, QObject *parent)
    : QObject(parent)
    , m_url(url)
    , m_props(props)
{
    qRegisterMetaType<cs::sqlbrowse::QueryResult>();
    m_abandonTimer.setSingleShot(true);
    connect(&m_abandonTimer, &QTimer::timeout, this, &SqlRunner::abandon);
}

SqlRunner::~SqlRunner()
{
    m_mailbox.close();
}

bool SqlRunner::run(const QString &script)
{
    if (m_running)
        return false;
    const QStringList statements = splitStatements(script);
    if (!m_worker)
        m_worker = std::make_unique<SqlWorker>(m_url, m_props);
    m_running = true;
    m_cancelRequested = false;
    const quint64 runId = ++m_runId;
    const int maxRows = m_maxRows;
    m_timer.start();
    Q_EMIT started();

    auto mailbox = m_mailbox;
    m_worker->submit([=, this](SqlSession &session) {
        QueryResult result;
        if (!session.ok) {
            result.error = session.openError.toString();
        } else {
            result.ok = true;
            for (const QString &sql : statements) {
                QSqlQuery query(session.db);
                query.setForwardOnly(true);
                ++result.statements;
                if (!query.exec(sql)) {
                    result.ok = false;
                    result.error = query.lastError().text().trimmed();
                    break;
                }
                if (query.isSelect()) {
                    result.hasRows = true;
                    result.columns.clear();
                    result.rows.clear();
                    result.truncated = false;
                    const QSqlRecord record = query.record();
                    for (int c = 0; c < record.count(); ++c)
                        result.columns << record.fieldName(c);
                    // Stepping through rows is where a long query spends its time, and where an
                    // interrupt shows up as an error.
                    while (query.next()) {
                        if (result.rows.size() >= maxRows) {
                            result.truncated = true;
                            break;
                        }
                        QVariantList row;
                        row.reserve(record.count());
                        for (int c = 0; c < record.count(); ++c)
                            row << query.value(c);
                        result.rows << std::move(row);
                    }
                    if (query.lastError().isValid()) {
                        result.ok = false;
                        result.error = query.lastError().text().trimmed();
                        break;
                    }
                } else if (query.numRowsAffected() >= 0) {
                    result.rowsAffected = std::max<qint64>(result.rowsAffected, 0) + query.numRowsAffected();
                }
            }
        }
        mailbox.post([=, this] {
            if (runId != m_runId)
                return; // abandoned
            finish(result);
        });
    });
    return true;
}

void SqlRunner::finish(QueryResult result)
{
    m_abandonTimer.stop();
    m_running = false;
    result.elapsedMs = m_timer.elapsed();
    if (m_cancelRequested) {
        // An interrupted statement ends with the driver's error; report it as what it is.
        result.cancelled = !result.ok;
        if (result.cancelled)
            result.error = tr("Cancelled (%1)").arg(result.error);
    }
    Q_EMIT finished(result);
}

void SqlRunner::cancel()
{
    if (!m_running || m_cancelRequested)
        return;
    m_cancelRequested = true;
    const bool interrupted = m_worker && m_worker->cancelRunning();
    m_abandonTimer.start(interrupted ? m_abandonMs : 0);
}

void SqlRunner::abandon()
{
    if (!m_running)
        return;
    ++m_runId; // the running statement's result will be dropped
    // The old connection finishes its statement and closes on its own thread.
    m_worker.reset();
    m_running = false;
    QueryResult result;
    result.cancelled = true;
    result.elapsedMs = m_timer.elapsed();
    result.error = tr("Cancelled: the database did not stop the statement, so its result is abandoned and "
                      "the next run uses a new connection.");
    Q_EMIT finished(result);
}

void QueryResultModel::setResult(const QueryResult &result)
{
    beginResetModel();
    m_result = result;
    endResetModel();
}

void QueryResultModel::clear()
{
    setResult({});
}

int QueryResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_result.rows.size());
}

int QueryResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_result.columns.size());
}

QVariant QueryResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariant &value = m_result.rows.at(index.row()).value(index.column());
    if (role == Qt::DisplayRole)
        return value.isNull() ? QStringLiteral("NULL") : displayText(value, 200);
    if (role == Qt::EditRole)
        return value;
    if (role == Qt::ToolTipRole && !value.isNull())
        return displayText(value, 2000);
    return {};
}

QVariant QueryResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return m_result.columns.value(section);
}

} // namespace cs::sqlbrowse
