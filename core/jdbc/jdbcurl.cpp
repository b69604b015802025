#include "jdbc/jdbcurl.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QUrl>

#ifdef CS_HAVE_SQLITE3
#include <sqlite3.h>
#endif

namespace cs::jdbc {

namespace {

#ifdef CS_HAVE_SQLITE3
// SQLite counts every allocation under one process-wide mutex unless told otherwise before it
// starts; a source task reading one database and a sink task writing another then queue on that
// mutex (bench_jdbc: a large share of both tasks' context switches were waits in sqlite3Malloc and
// sqlite3_free). Set at load time, before QtSql's SQLite driver opens anything; if SQLite was
// already started this does nothing.
const int kSqliteWithoutMemoryStatistics = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
#endif

QString productName(DatabaseKind kind)
{
    switch (kind) {
    case DatabaseKind::Sqlite:
        return QStringLiteral("SQLite");
    case DatabaseKind::PostgreSql:
        return QStringLiteral("PostgreSQL");
    case DatabaseKind::MySql:
        return QStringLiteral("MySQL");
    case DatabaseKind::MariaDb:
        return QStringLiteral("MariaDB");
    case DatabaseKind::H2:
        return QStringLiteral("H2");
    }
    return {};
}

DataError noDriver(const QString &url, const QString &reason)
{
    return DataError(noSuitableDriverMessage(url), reason);
}

// key=value pairs separated by `separator`, keys lower-cased, values percent-decoded.
QHash<QString, QString> parseParameters(QStringView text, QChar separator)
{
    QHash<QString, QString> out;
    for (const QStringView pair : text.split(separator, Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        const QStringView key = eq < 0 ? pair : pair.left(eq);
        const QStringView value = eq < 0 ? QStringView() : pair.mid(eq + 1);
        out.insert(key.trimmed().toString().toLower(), QUrl::fromPercentEncoding(value.toUtf8()));
    }
    return out;
}

struct HostPort
{
    QString host;
    int port = -1;
    bool ok = true;
};

// "host", "host:port", "[::1]:port"; the first of a comma-separated list.
HostPort parseHostPort(QStringView text, int defaultPort)
{
    HostPort hp;
    QStringView first = text;
    const qsizetype comma = first.indexOf(QLatin1Char(','));
    if (comma >= 0)
        first = first.left(comma);
    QStringView portText;
    if (first.startsWith(QLatin1Char('['))) {
        const qsizetype close = first.indexOf(QLatin1Char(']'));
        if (close < 0) {
            hp.ok = false;
            return hp;
        }
        hp.host = first.mid(1, close - 1).toString();
        const QStringView rest = first.mid(close + 1);
        if (rest.startsWith(QLatin1Char(':')))
            portText = rest.mid(1);
    } else {
        const qsizetype colon = first.lastIndexOf(QLatin1Char(':'));
        hp.host = (colon < 0 ? first : first.left(colon)).toString();
        if (colon >= 0)
            portText = first.mid(colon + 1);
    }
    if (hp.host.isEmpty())
        hp.host = QStringLiteral("localhost");
    hp.port = defaultPort;
    if (!portText.isEmpty()) {
        bool ok = false;
        const int p = portText.toInt(&ok);
        if (!ok || p <= 0 || p > 65535)
            hp.ok = false;
        else
            hp.port = p;
    }
    return hp;
}

QString scrub(QString text, const QString &password)
{
    if (password.size() >= 2)
        text.replace(password, QStringLiteral("****"));
    return text;
}

} // namespace

QString noSuitableDriverMessage(const QString &url)
{
    return QStringLiteral("No suitable driver found for ") + redactUrl(url);
}

QString redactUrl(const QString &url)
{
    static const QRegularExpression re(
        QStringLiteral("(password=)[^&;]*"), QRegularExpression::CaseInsensitiveOption);
    QString out = url;
    out.replace(re, QStringLiteral("\\1****"));
    return out;
}

QString debianPackageForQtDriver(const QString &qtDriver)
{
    if (qtDriver == QLatin1String("QSQLITE"))
        return QStringLiteral("libqt6sql6-sqlite");
    if (qtDriver == QLatin1String("QPSQL"))
        return QStringLiteral("libqt6sql6-psql");
    if (qtDriver == QLatin1String("QMYSQL") || qtDriver == QLatin1String("QMARIADB"))
        return QStringLiteral("libqt6sql6-mysql");
    if (qtDriver == QLatin1String("QODBC"))
        return QStringLiteral("libqt6sql6-odbc");
    if (qtDriver == QLatin1String("QIBASE"))
        return QStringLiteral("libqt6sql6-ibase");
    return {};
}

QString qtDriverFor(DatabaseKind kind)
{
    switch (kind) {
    case DatabaseKind::Sqlite:
        return QStringLiteral("QSQLITE");
    case DatabaseKind::PostgreSql:
    case DatabaseKind::H2:
        return QStringLiteral("QPSQL");
    case DatabaseKind::MySql:
        return QStringLiteral("QMYSQL");
    case DatabaseKind::MariaDb:
        // Qt 6.4's MySQL plugin registers both keys; QMARIADB exists only in builds that know it.
        return QSqlDatabase::isDriverAvailable(QStringLiteral("QMARIADB")) ? QStringLiteral("QMARIADB")
                                                                           : QStringLiteral("QMYSQL");
    }
    return {};
}

QString ConnectionSpec::redactedUrl() const
{
    return redactUrl(url);
}

QString ConnectionSpec::endpoint() const
{
    if (kind == DatabaseKind::Sqlite)
        return databaseName;
    if (host.contains(QLatin1Char(':')))
        return QStringLiteral("[%1]:%2").arg(host).arg(port);
    return QStringLiteral("%1:%2").arg(host).arg(port);
}

Result<ConnectionSpec> JdbcUrl::parse(const QString &url, const ConnectionProperties &props)
{
    static const QRegularExpression jdbcRe(
        QStringLiteral("^jdbc:([^:]+):(.*)$"), QRegularExpression::DotMatchesEverythingOption);
    const QString supported = tr("Connect Studio reaches databases through QtSql and understands "
                                 "jdbc:sqlite:<file>, jdbc:postgresql://host:port/database, "
                                 "jdbc:mysql://host:port/database, jdbc:mariadb://host:port/database "
                                 "and jdbc:h2:tcp://host:port/<database> URLs.");
    const QRegularExpressionMatch m = jdbcRe.match(url.trimmed());
    if (!m.hasMatch())
        return noDriver(url, tr("This is not a JDBC URL (jdbc:<subprotocol>:<subname>). %1").arg(supported));

    const QString subprotocol = m.captured(1).toLower();
    const QString subname = m.captured(2);

    ConnectionSpec spec;
    spec.url = url;
    spec.user = props.user;
    spec.password = props.password;
    spec.connectTimeoutSeconds = props.connectTimeoutSeconds;

    if (subprotocol == QLatin1String("sqlite")) {
        spec.kind = DatabaseKind::Sqlite;
        QString path = subname;
        if (path.startsWith(QLatin1String("file:"))) {
            spec.connectOptions << QStringLiteral("QSQLITE_OPEN_URI");
        } else {
            // sqlite-jdbc reads "?key=value" after the path as pragmas; QtSql has no such options.
            const qsizetype q = path.indexOf(QLatin1Char('?'));
            if (q >= 0)
                path.truncate(q);
        }
        if (path.isEmpty())
            path = QStringLiteral(":memory:");
        spec.databaseName = path;
        spec.qtDriver = qtDriverFor(spec.kind);
        return spec;
    }

    if (subprotocol == QLatin1String("postgresql") || subprotocol == QLatin1String("mysql")
        || subprotocol == QLatin1String("mariadb")) {
        const bool pg = subprotocol == QLatin1String("postgresql");
        spec.kind = pg
            ? DatabaseKind::PostgreSql
            : (subprotocol == QLatin1String("mariadb") ? DatabaseKind::MariaDb : DatabaseKind::MySql);
        const int defaultPort = pg ? 5432 : 3306;
        QStringView rest = subname;
        QStringView query;
        const qsizetype q = rest.indexOf(QLatin1Char('?'));
        if (q >= 0) {
            query = rest.mid(q + 1);
            rest = rest.left(q);
        }
        if (rest.startsWith(QLatin1String("//"))) {
            rest = rest.mid(2);
            const qsizetype slash = rest.indexOf(QLatin1Char('/'));
            const QStringView authority = slash < 0 ? rest : rest.left(slash);
            const HostPort hp = parseHostPort(authority, defaultPort);
            if (!hp.ok)
                return noDriver(
                    url, tr("The host and port \"%1\" in this URL cannot be read.").arg(authority));
            spec.host = hp.host;
            spec.port = hp.port;
            spec.databaseName = slash < 0 ? QString() : rest.mid(slash + 1).toString();
        } else if (pg) {
            // jdbc:postgresql:database means localhost:5432.
            spec.host = QStringLiteral("localhost");
            spec.port = defaultPort;
            spec.databaseName = rest.toString();
        } else {
            return noDriver(url, supported);
        }
        spec.databaseName = QUrl::fromPercentEncoding(spec.databaseName.toUtf8());
        const QHash<QString, QString> params = parseParameters(query, QLatin1Char('&'));
        if (params.contains(QStringLiteral("user")))
            spec.user = params.value(QStringLiteral("user"));
        if (params.contains(QStringLiteral("password")))
            spec.password = params.value(QStringLiteral("password"));
        if (pg) {
            if (params.contains(QStringLiteral("sslmode")))
                spec.connectOptions << QStringLiteral("sslmode=") + params.value(QStringLiteral("sslmode"));
            spec.connectOptions << QStringLiteral("connect_timeout=%1").arg(spec.connectTimeoutSeconds);
        } else {
            spec.connectOptions
                << QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=%1").arg(spec.connectTimeoutSeconds);
        }
        spec.qtDriver = qtDriverFor(spec.kind);
        return spec;
    }

    if (subprotocol == QLatin1String("h2")) {
        spec.kind = DatabaseKind::H2;
        const bool server = subname.startsWith(QLatin1String("tcp://"), Qt::CaseInsensitive)
            || subname.startsWith(QLatin1String("ssl://"), Qt::CaseInsensitive);
        if (!server) {
            return noDriver(url,
                tr("Connect Studio reaches H2 through its PostgreSQL-protocol server, so only server URLs "
                   "(jdbc:h2:tcp://host:port/<database>) can be used: start H2 with -tcp and -pg and "
                   "point the URL at it."));
        }
        QStringView rest = QStringView(subname).mid(6);
        QHash<QString, QString> settings;
        const qsizetype semi = rest.indexOf(QLatin1Char(';'));
        if (semi >= 0) {
            settings = parseParameters(rest.mid(semi + 1), QLatin1Char(';'));
            rest = rest.left(semi);
        }
        const qsizetype slash = rest.indexOf(QLatin1Char('/'));
        if (slash < 0 || slash + 1 >= rest.size())
            return noDriver(url, tr("The URL names no database (jdbc:h2:tcp://host:port/<database>)."));
        const HostPort hp = parseHostPort(rest.left(slash), 9092);
        if (!hp.ok)
            return noDriver(
                url, tr("The host and port \"%1\" in this URL cannot be read.").arg(rest.left(slash)));
        spec.host = hp.host;
        spec.h2TcpPort = hp.port;
        spec.port = props.h2PgPort.value_or(kDefaultH2PgPort);
        // H2's PG server resolves the database name against its -baseDir like the TCP server does
        // with "./name", so ./test, ~/test and /data/test all become "test".
        QString path = rest.mid(slash + 1).toString();
        if (path.startsWith(QLatin1String("mem:")))
            spec.databaseName = path;
        else
            spec.databaseName = path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
        if (spec.databaseName.isEmpty())
            return noDriver(url, tr("The URL names no database (jdbc:h2:tcp://host:port/<database>)."));
        if (settings.contains(QStringLiteral("user")))
            spec.user = settings.value(QStringLiteral("user"));
        if (settings.contains(QStringLiteral("password")))
            spec.password = settings.value(QStringLiteral("password"));
        // H2's PG server does not speak TLS; asking for it first only costs a round trip.
        spec.connectOptions << QStringLiteral("sslmode=disable")
                            << QStringLiteral("connect_timeout=%1").arg(spec.connectTimeoutSeconds);
        spec.qtDriver = qtDriverFor(spec.kind);
        return spec;
    }

    return noDriver(url, supported);
}

Result<QSqlDatabase> JdbcUrl::open(const ConnectionSpec &spec, const QString &connectionName)
{
    if (!QSqlDatabase::isDriverAvailable(spec.qtDriver)) {
        const QStringList installed = QSqlDatabase::drivers();
        return DataError(noSuitableDriverMessage(spec.url),
            tr("%1 needs the QtSql driver %2, which is not installed (Debian package %3). "
               "Installed QtSql drivers: %4.")
                .arg(spec.redactedUrl(), spec.qtDriver, debianPackageForQtDriver(spec.qtDriver),
                    installed.isEmpty() ? tr("none") : installed.join(QStringLiteral(", "))));
    }

    QString driverMessage;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(spec.qtDriver, connectionName);
        db.setDatabaseName(spec.databaseName);
        if (spec.kind != DatabaseKind::Sqlite) {
            db.setHostName(spec.host);
            db.setPort(spec.port);
            db.setUserName(spec.user);
            db.setPassword(spec.password);
        }
        db.setConnectOptions(spec.connectOptions.join(QLatin1Char(';')));
        if (db.open())
            return db;
        const QSqlError error = db.lastError();
        driverMessage = error.databaseText().trimmed();
        if (driverMessage.isEmpty())
            driverMessage = error.text().trimmed();
        driverMessage = scrub(driverMessage, spec.password);
    }
    QSqlDatabase::removeDatabase(connectionName);

    if (spec.kind == DatabaseKind::Sqlite) {
        return DataError(tr("Could not open the SQLite database %1 (%2): %3")
                             .arg(spec.databaseName, spec.redactedUrl(), driverMessage));
    }
    if (spec.kind == DatabaseKind::H2) {
        return DataError(tr("Could not connect to H2's PostgreSQL-protocol server at %1 for %2: %3")
                             .arg(spec.endpoint(), spec.redactedUrl(), driverMessage),
            tr("Connect Studio reaches H2 through the PG server H2 starts with -pg (port %1 unless -pgPort "
               "says otherwise); set %2 on the connector if it listens on another port.")
                .arg(kDefaultH2PgPort)
                .arg(h2PgPortKey()));
    }
    return DataError(tr("Could not connect to %1 at %2 for %3: %4")
                         .arg(productName(spec.kind), spec.endpoint(), spec.redactedUrl(), driverMessage));
}

Result<QSqlDatabase> JdbcUrl::open(
    const QString &url, const ConnectionProperties &props, const QString &connectionName)
{
    Result<ConnectionSpec> spec = parse(url, props);
    if (!spec)
        return spec.error();
    return open(spec.value(), connectionName);
}

} // namespace cs::jdbc
