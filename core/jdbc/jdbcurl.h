#pragma once

#include <optional>

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include "data/dataerror.h"

namespace cs::jdbc {

using cs::data::DataError;
using cs::data::Result;

// The database systems Connect Studio reaches through QtSql.
enum class DatabaseKind
{
    Sqlite,
    PostgreSql,
    MySql, // jdbc:mysql:
    MariaDb, // jdbc:mariadb: (same QtSql plugin, MySQL dialect)
    H2 // jdbc:h2:tcp: reached through H2's PostgreSQL-protocol server
};

// Connector settings that shape the connection besides the URL.
struct ConnectionProperties
{
    QString user; // connection.user (null = none)
    QString password; // connection.password (never logged)
    std::optional<int> h2PgPort; // h2.pg.port
    int connectTimeoutSeconds = 40; // upstream's DriverManager login timeout
};

// The per-connector key that says where H2's PostgreSQL-protocol server listens.
inline QString h2PgPortKey()
{
    return QStringLiteral("h2.pg.port");
}
inline constexpr int kDefaultH2PgPort = 5435;

// A JDBC URL translated into what QtSql needs to open the same database. A plain value type; the
// password it may carry is never part of any text it produces (see redactedUrl()).
struct ConnectionSpec
{
    QString url; // as configured (may contain a password; use redactedUrl() in messages)
    DatabaseKind kind = DatabaseKind::Sqlite;
    QString qtDriver; // "QSQLITE", "QPSQL", "QMYSQL" or "QMARIADB"
    QString host; // empty for SQLite
    int port = -1; // the port QtSql connects to (for H2: its PG server port)
    int h2TcpPort = -1; // the port in an H2 URL (H2's own TCP server), for messages
    QString databaseName; // SQLite: the file path or ":memory:"
    QString user;
    QString password;
    QStringList connectOptions; // QSqlDatabase::setConnectOptions entries
    int connectTimeoutSeconds = 40;

    // The URL with any password in it replaced by "****".
    QString redactedUrl() const;
    // "host:port" (or the SQLite file) for messages.
    QString endpoint() const;
};

// Upstream's DriverManager text for a URL no driver accepts; the message of every "no driver" error.
QString noSuitableDriverMessage(const QString &url);
// The URL with the value of any password parameter (?password=, &password=, ;PASSWORD=) replaced by ****.
QString redactUrl(const QString &url);
// The Debian package that ships a QtSql driver plugin ("libqt6sql6-psql" for "QPSQL").
QString debianPackageForQtDriver(const QString &qtDriver);
// The QtSql driver a kind of database needs, preferring QMARIADB for MariaDB when it is installed.
QString qtDriverFor(DatabaseKind kind);

// Parses a JDBC URL (jdbc:sqlite:<path>, jdbc:postgresql://host[:port]/db[?k=v&...],
// jdbc:mysql://..., jdbc:mariadb://..., jdbc:h2:tcp://host[:port]/<path>[;K=V...]). User and password
// given in the URL win over `props`, as the Java drivers do. Errors: "No suitable driver found for <url>"
// with the reason as cause. Pure; thread-safe.
class JdbcUrl
{
    Q_DECLARE_TR_FUNCTIONS(cs::jdbc::JdbcUrl)
public:
    static Result<ConnectionSpec> parse(const QString &url, const ConnectionProperties &props = {});

    // Adds (or replaces) a QtSql connection named `connectionName` for `spec` and opens it in the
    // calling thread. On failure the connection is removed again and the error names the URL (password
    // redacted) and: the missing QtSql driver with its Debian package and the installed drivers; or the
    // host:port and the driver's message; or the SQLite file. QtSql connections belong to the thread
    // that opened them: open and remove them on the same thread.
    static Result<QSqlDatabase> open(const ConnectionSpec &spec, const QString &connectionName);
    // parse() then open().
    static Result<QSqlDatabase> open(
        const QString &url, const ConnectionProperties &props, const QString &connectionName);
};

} // namespace cs::jdbc
