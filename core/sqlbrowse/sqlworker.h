#pragma once

#include <functional>
#include <memory>

#include <QCoreApplication>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include "jdbc/databasedialect.h"
#include "jdbc/jdbcurl.h"

namespace cs::sqlbrowse {

// A handle through which code on any thread hands a function to the thread of an owner object (the GUI
// thread for models and views). Copies share one state; once the owner has destroyed its Mailbox (or called
// close()), functions still in flight are dropped instead of touching a dead object. Create and close it on
// the owner's thread; post() is thread-safe.
class Mailbox
{
public:
    Mailbox();
    // Runs `fn` later on the owner's thread, unless the mailbox was closed by then.
    void post(std::function<void()> fn) const;
    // Called by the owner (its destructor): nothing posted runs after this.
    void close();
    bool isOpen() const;

private:
    struct State;
    std::shared_ptr<State> d;
};

// What a job sees: the thread's open QtSql connection and the dialect that writes SQL for it.
struct SqlSession
{
    QSqlDatabase db;
    std::shared_ptr<jdbc::DatabaseDialect> dialect;
    jdbc::ConnectionSpec spec; // password included: never put it in a message (use spec.redactedUrl())
    bool ok = false; // false: openError says why; jobs then report that error
    cs::data::DataError openError;
};

// One database connection on a thread of its own (QtSql connections belong to the thread that opened
// them): owns a std::thread that opens the connection named by a JDBC URL, then runs submitted jobs in
// order. Jobs never block the caller; they hand results back through a Mailbox. The object itself lives
// on the thread that created it (the GUI thread).
//
// cancelRunning() interrupts the statement in flight where the driver allows it (SQLite:
// sqlite3_interrupt; PostgreSQL and H2's PG server: libpq's cancel request; MySQL/MariaDB: KILL QUERY from
// a second connection). The destructor never waits for a running statement: it cancels it, and the thread
// finishes and cleans up on its own (the statement's result is abandoned).
class SqlWorker final : public QObject
{
    Q_OBJECT

public:
    using Job = std::function<void(SqlSession &session)>;

    // Starts the thread and opens the connection there; `name` is for people (shown in views).
    SqlWorker(const QString &url, const jdbc::ConnectionProperties &props, QObject *parent = nullptr);
    ~SqlWorker() override;

    QString url() const { return m_url; }
    QString redactedUrl() const;
    jdbc::ConnectionProperties properties() const { return m_props; }

    // Queues `job`; it runs on the connection's thread after the jobs queued before it. Thread-safe.
    void submit(Job job);
    // Jobs queued or running right now. Thread-safe.
    int pendingJobs() const;
    // Interrupts the statement running now, where the driver can. Returns false when this connection
    // has no way to cancel (the caller then abandons the result). Thread-safe.
    bool cancelRunning();

private:
    struct Shared;
    std::shared_ptr<Shared> d;
    QString m_url;
    jdbc::ConnectionProperties m_props;
};

// A QtSql connection opened on the calling thread for the length of a scope (compare and trace run on
// threads of their own and open their connections there); removed again by the destructor. `error` is
// empty when it is open.
struct ScopedConnection
{
    explicit ScopedConnection(const QString &url, const jdbc::ConnectionProperties &props);
    ~ScopedConnection();
    ScopedConnection(const ScopedConnection &) = delete;
    ScopedConnection &operator=(const ScopedConnection &) = delete;

    QString name;
    QSqlDatabase db;
    std::shared_ptr<jdbc::DatabaseDialect> dialect;
    QString error;
};

// Formats a database value for a cell or a comparison: NULL as null QVariant, numbers and text as
// they are, bytes as hex, dates and times in ISO 8601. Long text is cut at `maxChars` (0 = never).
QString displayText(const QVariant &value, int maxChars = 0);
// The canonical text of a value for comparing rows across databases (integral doubles without ".0",
// date-times as epoch milliseconds, bytes as hex); a null value gives a null QString.
QString canonicalText(const QVariant &value);

} // namespace cs::sqlbrowse
