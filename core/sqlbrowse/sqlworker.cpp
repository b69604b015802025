#include "sqlbrowse/sqlworker.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimeZone>

#include "jdbc/dialects.h"

#ifdef CS_HAVE_SQLITE3
#include <sqlite3.h>
#endif
#ifdef CS_HAVE_LIBPQ
#include <libpq-fe.h>
#endif

namespace cs::sqlbrowse {

using cs::data::Result;

// ---- Mailbox -------------------------------------------------------------------------------------

struct Mailbox::State
{
    // Lives on the owner's thread; queued calls run there. Deleted with deleteLater by the last holder.
    // While the application object is destroyed, Qt deletes the events still queued (and with them
    // the last holders of this state) under its event-list lock: a deleteLater from there would
    // deadlock on that lock. The process is ending then, so the anchor is left to it.
    std::unique_ptr<QObject, void (*)(QObject *)> anchor { new QObject, [](QObject *o) {
                                                              if (!QCoreApplication::closingDown())
                                                                  o->deleteLater();
                                                          } };
    std::atomic<bool> open { true };
};

Mailbox::Mailbox()
    : d(std::make_shared<State>())
{ }

void Mailbox::post(std::function<void()> fn) const
{
    if (!d->open.load())
        return;
    auto state = d;
    QMetaObject::invokeMethod(
        state->anchor.get(),
        [state, fn = std::move(fn)] {
            // Checked on the owner's thread, where close() is called: no race with the owner's death.
            if (state->open.load())
                fn();
        },
        Qt::QueuedConnection);
}

void Mailbox::close()
{
    d->open.store(false);
}

bool Mailbox::isOpen() const
{
    return d->open.load();
}

// ---- SqlWorker -----------------------------------------------------------------------------------

namespace {

std::atomic<quint64> g_connectionCounter { 0 };

QString nextConnectionName()
{
    return QStringLiteral("cs-sqlbrowse-%1").arg(++g_connectionCounter);
}

} // namespace

struct SqlWorker::Shared
{
    QString url;
    jdbc::ConnectionProperties props;

    mutable std::mutex mutex;
    std::condition_variable wake;
    std::deque<Job> jobs; // guarded by mutex
    bool stopping = false; // guarded by mutex
    int running = 0; // guarded by mutex
    bool finished = false; // guarded by mutex: the connection is closed and removed
    bool openDone = false; // guarded by mutex: the open attempt is over (connecting can take long)

    // Set by the thread after opening; read by cancelRunning() from other threads. Guarded by mutex.
    jdbc::DatabaseKind kind = jdbc::DatabaseKind::Sqlite;
    bool opened = false;
    void *sqliteHandle = nullptr;
    void *pgCancel = nullptr; // PGcancel*, freed by the thread at close
    QString mysqlConnectionId;
    jdbc::ConnectionSpec spec;

    void run();
};

void SqlWorker::Shared::run()
{
    const QString name = nextConnectionName();
    {
        SqlSession session;
        Result<jdbc::ConnectionSpec> parsed = jdbc::JdbcUrl::parse(url, props);
        if (!parsed) {
            session.openError = parsed.error();
        } else {
            session.spec = parsed.value();
            auto dialect = jdbc::Dialects::forUrl(url);
            if (!dialect) {
                session.openError = dialect.error();
            } else {
                session.dialect = dialect.value();
                Result<QSqlDatabase> db = jdbc::JdbcUrl::open(session.spec, name);
                if (!db) {
                    session.openError = db.error();
                } else {
                    session.db = db.value();
                    session.ok = true;
                    if (auto status = session.dialect->prepareConnection(session.db); !status)
                        qWarning("sqlbrowse: preparing the connection failed: %s",
                            qPrintable(status.error().toString()));
                }
            }
        }

        if (session.ok) {
            std::lock_guard lock(mutex);
            kind = session.spec.kind;
            spec = session.spec;
            opened = true;
            const QVariant handle = session.db.driver()->handle();
#ifdef CS_HAVE_SQLITE3
            if (kind == jdbc::DatabaseKind::Sqlite && qstrcmp(handle.typeName(), "sqlite3*") == 0)
                sqliteHandle = *static_cast<sqlite3 *const *>(handle.constData());
#endif
#ifdef CS_HAVE_LIBPQ
            if ((kind == jdbc::DatabaseKind::PostgreSql || kind == jdbc::DatabaseKind::H2)
                && qstrcmp(handle.typeName(), "PGconn*") == 0) {
                if (PGconn *conn = *static_cast<PGconn *const *>(handle.constData()))
                    pgCancel = PQgetCancel(conn);
            }
#endif
        }
        if (session.ok
            && (session.spec.kind == jdbc::DatabaseKind::MySql
                || session.spec.kind == jdbc::DatabaseKind::MariaDb)) {
            QSqlQuery q(session.db);
            if (q.exec(QStringLiteral("SELECT CONNECTION_ID()")) && q.next()) {
                std::lock_guard lock(mutex);
                mysqlConnectionId = q.value(0).toString();
            }
        }

        {
            std::lock_guard lock(mutex);
            openDone = true;
        }
        for (;;) {
            Job job;
            {
                std::unique_lock lock(mutex);
                wake.wait(lock, [this] { return stopping || !jobs.empty(); });
                if (stopping)
                    break;
                job = std::move(jobs.front());
                jobs.pop_front();
                running = 1;
            }
            job(session);
            std::lock_guard lock(mutex);
            running = 0;
        }

        std::lock_guard lock(mutex);
        opened = false;
        sqliteHandle = nullptr;
#ifdef CS_HAVE_LIBPQ
        if (pgCancel)
            PQfreeCancel(static_cast<PGcancel *>(pgCancel));
#endif
        pgCancel = nullptr;
        if (session.db.isValid())
            session.db.close();
    }
    QSqlDatabase::removeDatabase(name);
    {
        std::lock_guard lock(mutex);
        finished = true;
    }
    wake.notify_all();
}

SqlWorker::SqlWorker(const QString &url, const jdbc::ConnectionProperties &props, QObject *parent)
    : QObject(parent)
    , d(std::make_shared<Shared>())
    , m_url(url)
    , m_props(props)
{
    d->url = url;
    d->props = props;
    // The thread holds the shared state, so it may outlive this object while a statement finishes.
    std::thread([shared = d] { shared->run(); }).detach();
}

SqlWorker::~SqlWorker()
{
    bool busy = false;
    {
        std::lock_guard lock(d->mutex);
        d->stopping = true;
        d->jobs.clear();
        busy = d->running > 0 || !d->openDone;
    }
    d->wake.notify_all();
    if (busy) {
        cancelRunning();
        return; // never wait for a statement: it finishes and cleans up on its own thread
    }
    // An idle connection closes at once; wait briefly so it is gone before, say, the process exits.
    std::unique_lock lock(d->mutex);
    d->wake.wait_for(lock, std::chrono::milliseconds(200), [this] { return d->finished; });
}

QString SqlWorker::redactedUrl() const
{
    return jdbc::redactUrl(m_url);
}

void SqlWorker::submit(Job job)
{
    {
        std::lock_guard lock(d->mutex);
        d->jobs.push_back(std::move(job));
    }
    d->wake.notify_one();
}

int SqlWorker::pendingJobs() const
{
    std::lock_guard lock(d->mutex);
    return static_cast<int>(d->jobs.size()) + d->running;
}

bool SqlWorker::cancelRunning()
{
    std::unique_lock lock(d->mutex);
    if (!d->opened)
        return false;
    switch (d->kind) {
    case jdbc::DatabaseKind::Sqlite:
#ifdef CS_HAVE_SQLITE3
        if (d->sqliteHandle) {
            // Documented as safe from any thread while the connection is open (we hold the mutex the
            // thread takes before closing it).
            sqlite3_interrupt(static_cast<sqlite3 *>(d->sqliteHandle));
            return true;
        }
#endif
        return false;
    case jdbc::DatabaseKind::PostgreSql:
    case jdbc::DatabaseKind::H2:
#ifdef CS_HAVE_LIBPQ
        if (d->pgCancel) {
            char error[256] = {};
            // PQcancel is designed to be called from another thread than the one running the query.
            return PQcancel(static_cast<PGcancel *>(d->pgCancel), error, sizeof error) == 1;
        }
#endif
        return false;
    case jdbc::DatabaseKind::MySql:
    case jdbc::DatabaseKind::MariaDb: {
        if (d->mysqlConnectionId.isEmpty())
            return false;
        // KILL QUERY from a second connection, opened on a short-lived thread of its own.
        const jdbc::ConnectionSpec spec = d->spec;
        const QString id = d->mysqlConnectionId;
        lock.unlock();
        std::thread([spec, id] {
            const QString name = nextConnectionName();
            {
                Result<QSqlDatabase> db = jdbc::JdbcUrl::open(spec, name);
                if (db) {
                    QSqlQuery q(db.value());
                    q.exec(QStringLiteral("KILL QUERY %1").arg(id.toLongLong()));
                    db.value().close();
                }
            }
            QSqlDatabase::removeDatabase(name);
        }).detach();
        return true;
    }
    }
    return false;
}

// ---- ScopedConnection ----------------------------------------------------------------------------

ScopedConnection::ScopedConnection(const QString &url, const jdbc::ConnectionProperties &props)
    : name(nextConnectionName())
{
    auto d = jdbc::Dialects::forUrl(url);
    if (!d) {
        error = d.error().toString();
        return;
    }
    dialect = d.value();
    auto opened = jdbc::JdbcUrl::open(url, props, name);
    if (!opened) {
        error = opened.error().toString();
        return;
    }
    db = opened.value();
    if (auto status = dialect->prepareConnection(db); !status)
        error = status.error().toString();
}

ScopedConnection::~ScopedConnection()
{
    if (db.isValid()) {
        db.close();
        db = QSqlDatabase();
    }
    QSqlDatabase::removeDatabase(name);
}

// ---- value text ----------------------------------------------------------------------------------

QString displayText(const QVariant &value, int maxChars)
{
    if (value.isNull())
        return {};
    QString text;
    switch (value.typeId()) {
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        const qsizetype shown = maxChars > 0 ? std::min<qsizetype>(bytes.size(), maxChars / 2) : bytes.size();
        text = QStringLiteral("0x") + QString::fromLatin1(bytes.left(shown).toHex());
        if (shown < bytes.size())
            text += QStringLiteral("…");
        return text;
    }
    case QMetaType::QDateTime:
        text = value.toDateTime().toString(Qt::ISODateWithMs);
        break;
    case QMetaType::QDate:
        text = value.toDate().toString(Qt::ISODate);
        break;
    case QMetaType::QTime:
        text = value.toTime().toString(Qt::ISODateWithMs);
        break;
    case QMetaType::Double:
    case QMetaType::Float:
        text = QString::number(value.toDouble(), 'g', 17);
        break;
    default:
        text = value.toString();
    }
    if (maxChars > 0 && text.size() > maxChars)
        return text.left(maxChars) + QStringLiteral("…");
    return text;
}

QString canonicalText(const QVariant &value)
{
    if (value.isNull())
        return {};
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case QMetaType::Double:
    case QMetaType::Float: {
        const double v = value.toDouble();
        if (std::abs(v) < 9.0e15 && v == static_cast<double>(static_cast<qint64>(v)))
            return QString::number(static_cast<qint64>(v));
        return QString::number(v, 'g', 17);
    }
    case QMetaType::QDateTime:
        // The SQLite sink stores timestamps as epoch milliseconds; other databases give a date-time.
        return QString::number(value.toDateTime().toMSecsSinceEpoch());
    case QMetaType::QByteArray:
        return QString::fromLatin1(value.toByteArray().toHex());
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::QTime:
        return value.toTime().toString(Qt::ISODateWithMs);
    default:
        return value.toString();
    }
}

} // namespace cs::sqlbrowse
