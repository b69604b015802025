#pragma once

#include <memory>

#include <QProcess>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include "jdbc/jdbcurl.h"

namespace cs::testsupport {

// A free TCP port on 127.0.0.1 at the time of the call (bound to port 0, then released).
quint16 freeTcpPort();

// A real database server started for one test in a temporary folder, and stopped (then its folder
// removed) when the object is destroyed, whether the test passed or not. The server process also gets
// SIGKILL if the test process dies (PR_SET_PDEATHSIG), so a crashed test leaves no server behind.
// PostgreSQL and MariaDB refuse to run as root: when the tests run as root they run as `nobody`.
//
// start() waits (bounded) until the server accepts connections. Its result says whether the server
// runs, could not start (errorString() says why, with the server's own output), or is not installed
// (missingPackage() names the Debian package) — see CS_START_SERVER.
// Lives on the test's thread.
class DatabaseServer
{
public:
    enum class Status
    {
        NotStarted,
        Running,
        NotInstalled,
        Failed
    };

    virtual ~DatabaseServer();
    DatabaseServer(const DatabaseServer &) = delete;
    DatabaseServer &operator=(const DatabaseServer &) = delete;

    Status start();
    void stop();
    Status status() const { return m_status; }
    QString errorString() const { return m_error; }
    QString missingPackage() const { return m_missingPackage; }
    virtual QString productName() const = 0;

    QString host() const { return QStringLiteral("127.0.0.1"); }
    quint16 port() const { return m_port; }
    QString user() const { return m_user; }
    QString password() const { return m_password; }
    QString database() const { return m_database; }
    QString directory() const { return m_dir.path(); }
    // The JDBC URL a connector would be given for this server.
    virtual QString jdbcUrl() const = 0;
    // connection.user / connection.password for this server.
    jdbc::ConnectionProperties properties() const;
    // Opens a QtSql connection to the server's test database through cs::jdbc (the code under test).
    cs::data::Result<QSqlDatabase> connect(const QString &connectionName) const;

protected:
    DatabaseServer(QString user, QString password, QString database);
    // Checks the binaries, prepares the folder and launches the server in m_process.
    virtual bool launch() = 0;
    // One readiness probe: true when the server accepts a connection.
    virtual bool probe() = 0;
    // After the first successful probe: create users/databases.
    virtual bool initialise() { return true; }
    virtual void terminate();

    // Runs a helper program to completion (bounded), as `nobody` when dropPrivileges. On failure sets
    // the error with the program's output.
    bool runTool(const QString &program, const QStringList &args, bool dropPrivileges, int timeoutMs = 60000);
    // Starts the server process.
    bool startProcess(const QString &program, const QStringList &args, bool dropPrivileges);
    void fail(const QString &message);
    void notInstalled(const QString &program, const QString &package);
    // Gives the folder (and everything in it) to `nobody` when running as root.
    bool handDirectoryToUnprivilegedUser(const QString &path);
    static bool runningAsRoot();
    QString processOutput() const;

    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_user;
    QString m_password;
    QString m_database;
    Status m_status = Status::NotStarted;
    QString m_error;
    QString m_missingPackage;
    int m_startTimeoutMs = 60000;
};

// PostgreSQL 15 from /usr/lib/postgresql/15/bin (Debian postgresql-15): initdb, postgres on a free port
// with its unix socket in the temporary folder; superuser "cs" / "passwd", database "test".
class PostgresServer final : public DatabaseServer
{
public:
    PostgresServer();
    ~PostgresServer() override;
    QString productName() const override { return QStringLiteral("PostgreSQL"); }
    QString jdbcUrl() const override;
    // Starts the server again after stop(), on the same port and data folder (an outage a test
    // simulates), and waits until it accepts connections. False (errorString() says why) on failure.
    bool restart();

protected:
    bool launch() override;
    bool probe() override;
    bool initialise() override;
    void terminate() override;

private:
    QStringList m_serverArgs; // the postgres command line launch() used
};

// MariaDB (Debian mariadb-server): mariadb-install-db and mariadbd on a free port with their own socket
// and data folder; user "cs" / "passwd" with all privileges, database "test".
class MariaDbServer final : public DatabaseServer
{
public:
    MariaDbServer();
    ~MariaDbServer() override;
    QString productName() const override { return QStringLiteral("MariaDB"); }
    QString jdbcUrl() const override; // jdbc:mariadb://127.0.0.1:<port>/test
    QString mysqlJdbcUrl() const; // jdbc:mysql://127.0.0.1:<port>/test

protected:
    bool launch() override;
    bool probe() override;
    bool initialise() override;

private:
    QString socketPath() const;
};

// H2 2.x (Debian libh2-java, /usr/share/java/h2.jar) as the lab runs it: TCP, web console and
// PostgreSQL-protocol servers, user "sa" / "passwd", database "test" (jdbc:h2:tcp://localhost:<tcp>/./test).
// Free ports by default, or the lab's fixed ports 9099/8087/5435 on request (start fails, naming the
// process that holds a port, if one is taken).
//
// After start the database is opened once through H2's TCP server with MODE=PostgreSQL and
// DB_CLOSE_DELAY=-1, so it stays open in the server. Reason: H2's PG server opens a closed database with
// DATABASE_TO_LOWER=TRUE, which cannot reopen a database created through JDBC (schema PUBLIC: the open
// fails and leaves the file locked) and would give lower-case names to new ones. Opened by the TCP side
// the database keeps H2's normal upper-case names and PG sessions attach to it. MODE=PostgreSQL is what
// every PG session sets anyway (H2's MODE is database-wide), and it makes H2 create its pg_catalog
// schema, without which the PG server refuses the session.
class H2Server final : public DatabaseServer
{
public:
    enum class Ports
    {
        Free,
        Lab
    };
    explicit H2Server(Ports ports = Ports::Free);
    ~H2Server() override;
    QString productName() const override { return QStringLiteral("H2"); }
    QString jdbcUrl() const override; // jdbc:h2:tcp://localhost:<tcp>/./test
    quint16 tcpPort() const { return m_tcpPort; }
    quint16 webPort() const { return m_webPort; }
    quint16 pgPort() const { return m_port; }
    static QString jarPath() { return QStringLiteral("/usr/share/java/h2.jar"); }

protected:
    bool launch() override;
    bool probe() override;
    bool initialise() override;

private:
    quint16 m_tcpPort = 0;
    quint16 m_webPort = 0;
    Ports m_ports;
};

// The lab's ORDER_TABLE("ID" BIGINT NOT NULL primary key, generated where the database can,
// "MESSAGE" VARCHAR(255) NULL), created with the names quoted so every database keeps them upper case.
bool createOrderTable(QSqlDatabase &db, jdbc::DatabaseKind kind, QString *error);
// Inserts one order and returns its ID (or -1, with error set).
qint64 insertOrder(QSqlDatabase &db, jdbc::DatabaseKind kind, const QString &message, QString *error);

} // namespace cs::testsupport

// Starts `server` in a QtTest function: skips the test (naming the Debian package) when the server is
// not installed, fails it with the reason when the server is installed but cannot start.
#define CS_START_SERVER(server)                                                                              \
    do {                                                                                                     \
        const auto csStatus_ = (server).start();                                                             \
        if (csStatus_ == ::cs::testsupport::DatabaseServer::Status::NotInstalled)                            \
            QSKIP(qPrintable((server).productName() + QStringLiteral(" is not installed (Debian package ")   \
                + (server).missingPackage() + QStringLiteral(")")));                                         \
        if (csStatus_ != ::cs::testsupport::DatabaseServer::Status::Running)                                 \
            QFAIL(qPrintable(                                                                                \
                (server).productName() + QStringLiteral(" did not start: ") + (server).errorString()));      \
    } while (false)
