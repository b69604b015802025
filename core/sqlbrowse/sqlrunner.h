#pragma once

#include <memory>

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QList>
#include <QMetaType>
#include <QStringList>
#include <QTimer>
#include <QVariant>

#include "sqlbrowse/sqlworker.h"

namespace cs::sqlbrowse {

// What one run of the SQL editor gave: the rows of its last query (at most maxRows; `truncated` says
// more were there), the rows changed by the other statements, an error, or that it was cancelled.
struct QueryResult
{
    bool ok = false;
    bool cancelled = false;
    QString error;
    int statements = 0; // statements run
    QStringList columns; // of the last statement that returned rows
    QList<QVariantList> rows;
    bool truncated = false;
    bool hasRows = false; // the last statement returned a result set (possibly empty)
    qint64 rowsAffected = -1; // summed over statements that changed rows; -1 if none did
    qint64 elapsedMs = 0;
};

// Splits a script into statements at semicolons outside quotes and comments. Empty ones are dropped.
QStringList splitStatements(const QString &script);

// Runs the SQL editor's statements on a connection of its own (so a long query never holds up the
// table browser), off the GUI thread. cancel() asks the driver to interrupt the statement; if it has not
// ended after abandonAfterMs() the run is reported as cancelled at once and its connection is dropped
// (the statement finishes on its own thread and its result is thrown away); the next run gets a fresh
// connection. Lives on the GUI thread.
class SqlRunner final : public QObject
{
    Q_OBJECT

public:
    SqlRunner(const QString &url, const jdbc::ConnectionProperties &props, QObject *parent = nullptr);
    ~SqlRunner() override;

    // Starts running `script`. Returns false (and does nothing) while a run is in progress.
    bool run(const QString &script);
    void cancel();
    bool isRunning() const { return m_running; }

    void setMaxRows(int rows) { m_maxRows = rows; }
    int maxRows() const { return m_maxRows; }
    void setAbandonAfterMs(int ms) { m_abandonMs = ms; }
    int abandonAfterMs() const { return m_abandonMs; }

Q_SIGNALS:
    void started();
    void finished(const cs::sqlbrowse::QueryResult &result);

private:
    void finish(QueryResult result);
    void abandon();

    QString m_url;
    jdbc::ConnectionProperties m_props;
    std::unique_ptr<SqlWorker> m_worker;
    Mailbox m_mailbox;
    quint64 m_runId = 0;
    bool m_running = false;
    bool m_cancelRequested = false;
    int m_maxRows = 10000;
    int m_abandonMs = 1500;
    QElapsedTimer m_timer;
    QTimer m_abandonTimer;
};

// A QueryResult as a table model (read-only). GUI thread.
class QueryResultModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    void setResult(const QueryResult &result);
    void clear();
    const QueryResult &result() const { return m_result; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QueryResult m_result;
};

} // namespace cs::sqlbrowse

Q_DECLARE_METATYPE(cs::sqlbrowse::QueryResult)
