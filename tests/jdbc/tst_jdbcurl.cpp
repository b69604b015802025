// JDBC URLs to QtSql connection specs, and every error a connection attempt can give.
#include <QSqlDatabase>
#include <QTcpServer>
#include <QtTest>

#include "jdbc/jdbcurl.h"

using namespace cs::jdbc;

namespace {

quint16 closedPort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    const quint16 port = s.serverPort();
    s.close();
    return port;
}

ConnectionSpec parsed(const QString &url, const ConnectionProperties &props = {})
{
    Result<ConnectionSpec> r = JdbcUrl::parse(url, props);
    if (!r)
        qWarning("%s", qPrintable(r.error().toString()));
    return r ? r.value() : ConnectionSpec();
}

} // namespace

class TestJdbcUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sqlite_data();
    void sqlite();
    void sqliteFileUri();
    void postgresql();
    void postgresqlUrlCredentialsWin();
    void postgresqlShortFormAndIpv6();
    void mysqlAndMariaDb();
    void h2ThroughPgServer();
    void h2PgPortProperty();
    void h2SettingsAndPaths();
    void errors_data();
    void errors();
    void passwordsAreRedacted();
    void missingQtDriver();
    void unreachableServers_data();
    void unreachableServers();
    void unopenableSqliteFile();
    void opensSqlite();
};

void TestJdbcUrl::sqlite_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("database");
    QTest::newRow("relative") << "jdbc:sqlite:test.db"
                              << "test.db";
    QTest::newRow("relative dir") << "jdbc:sqlite:data/orders.db"
                                  << "data/orders.db";
    QTest::newRow("absolute") << "jdbc:sqlite:/var/lib/lab/orders.db"
                              << "/var/lib/lab/orders.db";
    QTest::newRow("memory") << "jdbc:sqlite::memory:"
                            << ":memory:";
    QTest::newRow("empty is memory") << "jdbc:sqlite:"
                                     << ":memory:";
    QTest::newRow("pragmas dropped") << "jdbc:sqlite:test.db?journal_mode=WAL"
                                     << "test.db";
}

void TestJdbcUrl::sqlite()
{
    QFETCH(QString, url);
    QFETCH(QString, database);
    const Result<ConnectionSpec> r = JdbcUrl::parse(url);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QCOMPARE(r->kind, DatabaseKind::Sqlite);
    QCOMPARE(r->qtDriver, QStringLiteral("QSQLITE"));
    QCOMPARE(r->databaseName, database);
    QVERIFY(r->host.isEmpty());
}

void TestJdbcUrl::sqliteFileUri()
{
    const ConnectionSpec s = parsed(QStringLiteral("jdbc:sqlite:file:orders.db?mode=ro"));
    QCOMPARE(s.databaseName, QStringLiteral("file:orders.db?mode=ro"));
    QVERIFY(s.connectOptions.contains(QStringLiteral("QSQLITE_OPEN_URI")));
}

void TestJdbcUrl::postgresql()
{
    ConnectionProperties props;
    props.user = QStringLiteral("alice");
    props.password = QStringLiteral("pw");
    ConnectionSpec s = parsed(QStringLiteral("jdbc:postgresql://db.example:5433/shop"), props);
    QCOMPARE(s.kind, DatabaseKind::PostgreSql);
    QCOMPARE(s.qtDriver, QStringLiteral("QPSQL"));
    QCOMPARE(s.host, QStringLiteral("db.example"));
    QCOMPARE(s.port, 5433);
    QCOMPARE(s.databaseName, QStringLiteral("shop"));
    QCOMPARE(s.user, QStringLiteral("alice"));
    QCOMPARE(s.password, QStringLiteral("pw"));
    QCOMPARE(s.endpoint(), QStringLiteral("db.example:5433"));
    QVERIFY(s.connectOptions.contains(QStringLiteral("connect_timeout=40")));

    s = parsed(QStringLiteral("jdbc:postgresql://localhost/test"));
    QCOMPARE(s.port, 5432);
    QCOMPARE(s.databaseName, QStringLiteral("test"));
}

void TestJdbcUrl::postgresqlUrlCredentialsWin()
{
    ConnectionProperties props;
    props.user = QStringLiteral("fromConfig");
    props.password = QStringLiteral("fromConfig");
    const ConnectionSpec s
        = parsed(QStringLiteral("jdbc:postgresql://h/db?user=bob&password=p%40ss&sslmode=disable"), props);
    QCOMPARE(s.user, QStringLiteral("bob"));
    QCOMPARE(s.password, QStringLiteral("p@ss"));
    QVERIFY(s.connectOptions.contains(QStringLiteral("sslmode=disable")));
    QCOMPARE(
        s.redactedUrl(), QStringLiteral("jdbc:postgresql://h/db?user=bob&password=****&sslmode=disable"));
}

void TestJdbcUrl::postgresqlShortFormAndIpv6()
{
    ConnectionSpec s = parsed(QStringLiteral("jdbc:postgresql:orders"));
    QCOMPARE(s.host, QStringLiteral("localhost"));
    QCOMPARE(s.port, 5432);
    QCOMPARE(s.databaseName, QStringLiteral("orders"));

    s = parsed(QStringLiteral("jdbc:postgresql://[::1]:6543/orders"));
    QCOMPARE(s.host, QStringLiteral("::1"));
    QCOMPARE(s.port, 6543);
    QCOMPARE(s.endpoint(), QStringLiteral("[::1]:6543"));

    // A multi-host URL connects to the first host.
    s = parsed(QStringLiteral("jdbc:postgresql://a:1111,b:2222/orders"));
    QCOMPARE(s.host, QStringLiteral("a"));
    QCOMPARE(s.port, 1111);
}

void TestJdbcUrl::mysqlAndMariaDb()
{
    ConnectionSpec s
        = parsed(QStringLiteral("jdbc:mysql://db.example:3307/shop?user=u&password=x&useSSL=false"));
    QCOMPARE(s.kind, DatabaseKind::MySql);
    QCOMPARE(s.qtDriver, QStringLiteral("QMYSQL"));
    QCOMPARE(s.host, QStringLiteral("db.example"));
    QCOMPARE(s.port, 3307);
    QCOMPARE(s.databaseName, QStringLiteral("shop"));
    QCOMPARE(s.user, QStringLiteral("u"));
    QCOMPARE(s.password, QStringLiteral("x"));
    QVERIFY(s.connectOptions.contains(QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=40")));

    s = parsed(QStringLiteral("jdbc:mariadb://localhost/test"));
    QCOMPARE(s.kind, DatabaseKind::MariaDb);
    QCOMPARE(s.port, 3306);
    // Qt 6.4's MySQL plugin also registers the key QMARIADB; it is used when present.
    QCOMPARE(s.qtDriver,
        QSqlDatabase::isDriverAvailable(QStringLiteral("QMARIADB")) ? QStringLiteral("QMARIADB")
                                                                    : QStringLiteral("QMYSQL"));
    QCOMPARE(debianPackageForQtDriver(s.qtDriver), QStringLiteral("libqt6sql6-mysql"));
}

void TestJdbcUrl::h2ThroughPgServer()
{
    ConnectionProperties props;
    props.user = QStringLiteral("sa");
    props.password = QStringLiteral("passwd");
    const ConnectionSpec s = parsed(QStringLiteral("jdbc:h2:tcp://localhost:9099/./test"), props);
    QCOMPARE(s.kind, DatabaseKind::H2);
    QCOMPARE(s.qtDriver, QStringLiteral("QPSQL"));
    QCOMPARE(s.host, QStringLiteral("localhost"));
    QCOMPARE(s.port, 5435);
    QCOMPARE(s.h2TcpPort, 9099);
    QCOMPARE(s.databaseName, QStringLiteral("test"));
    QCOMPARE(s.user, QStringLiteral("sa"));
    QCOMPARE(s.password, QStringLiteral("passwd"));
    QVERIFY(s.connectOptions.contains(QStringLiteral("sslmode=disable")));
}

void TestJdbcUrl::h2PgPortProperty()
{
    ConnectionProperties props;
    props.h2PgPort = 15435;
    const ConnectionSpec s = parsed(QStringLiteral("jdbc:h2:tcp://localhost:9099/./test"), props);
    QCOMPARE(s.port, 15435);
    QCOMPARE(h2PgPortKey(), QStringLiteral("h2.pg.port"));
}

void TestJdbcUrl::h2SettingsAndPaths()
{
    ConnectionSpec s
        = parsed(QStringLiteral("jdbc:h2:tcp://localhost/~/test;USER=sa;PASSWORD=secret;MODE=MySQL"));
    QCOMPARE(s.databaseName, QStringLiteral("test"));
    QCOMPARE(s.h2TcpPort, 9092);
    QCOMPARE(s.user, QStringLiteral("sa"));
    QCOMPARE(s.password, QStringLiteral("secret"));
    QVERIFY(!s.redactedUrl().contains(QStringLiteral("secret")));

    s = parsed(QStringLiteral("jdbc:h2:tcp://h2host:9099//var/lib/h2/orders"));
    QCOMPARE(s.host, QStringLiteral("h2host"));
    QCOMPARE(s.databaseName, QStringLiteral("orders"));

    s = parsed(QStringLiteral("jdbc:h2:tcp://localhost:9099/mem:lab"));
    QCOMPARE(s.databaseName, QStringLiteral("mem:lab"));

    s = parsed(QStringLiteral("jdbc:h2:ssl://localhost:9099/./test"));
    QCOMPARE(s.kind, DatabaseKind::H2);
}

void TestJdbcUrl::errors_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("causeContains");
    QTest::newRow("unknown subprotocol") << "jdbc:oracle:thin:@localhost:1521:XE"
                                         << "jdbc:h2:tcp://host:port/<database>";
    QTest::newRow("sqlserver") << "jdbc:sqlserver://localhost;databaseName=x"
                               << "jdbc:postgresql://";
    QTest::newRow("not jdbc") << "postgresql://localhost/test"
                              << "not a JDBC URL";
    QTest::newRow("empty") << ""
                           << "not a JDBC URL";
    QTest::newRow("h2 embedded") << "jdbc:h2:~/test"
                                 << "PostgreSQL-protocol server";
    QTest::newRow("h2 memory") << "jdbc:h2:mem:test"
                               << "PostgreSQL-protocol server";
    QTest::newRow("h2 file") << "jdbc:h2:file:/data/test"
                             << "start H2 with -tcp and -pg";
    QTest::newRow("h2 no database") << "jdbc:h2:tcp://localhost:9099"
                                    << "names no database";
    QTest::newRow("bad port") << "jdbc:postgresql://localhost:99999/test"
                              << "cannot be read";
    QTest::newRow("mysql no host") << "jdbc:mysql:test"
                                   << "jdbc:mysql://host:port/database";
}

void TestJdbcUrl::errors()
{
    QFETCH(QString, url);
    QFETCH(QString, causeContains);
    const Result<ConnectionSpec> r = JdbcUrl::parse(url);
    QVERIFY(!r.ok());
    // The message is the JDK's text, byte for byte; the reason is the cause.
    QCOMPARE(r.error().message, QStringLiteral("No suitable driver found for ") + url);
    QVERIFY2(r.error().cause.contains(causeContains), qPrintable(r.error().cause));
}

void TestJdbcUrl::passwordsAreRedacted()
{
    QCOMPARE(redactUrl(QStringLiteral("jdbc:postgresql://h/db?user=a&password=s3cret&x=1")),
        QStringLiteral("jdbc:postgresql://h/db?user=a&password=****&x=1"));
    QCOMPARE(redactUrl(QStringLiteral("jdbc:h2:tcp://h/./t;PASSWORD=s3cret;USER=sa")),
        QStringLiteral("jdbc:h2:tcp://h/./t;PASSWORD=****;USER=sa"));
    const Result<ConnectionSpec> r
        = JdbcUrl::parse(QStringLiteral("jdbc:oracle:thin:@h:1521:XE?password=s3cret"));
    QVERIFY(!r.ok());
    QVERIFY(!r.error().toString().contains(QStringLiteral("s3cret")));
}

void TestJdbcUrl::missingQtDriver()
{
    // QODBC is a real QtSql plugin that the project does not install; if this machine has it, the
    // missing-driver path cannot be reached without uninstalling a package.
    if (QSqlDatabase::isDriverAvailable(QStringLiteral("QODBC")))
        QSKIP("QODBC is installed here; the missing-driver path needs a driver that is not");
    ConnectionSpec spec = parsed(QStringLiteral("jdbc:postgresql://127.0.0.1:5432/test?password=s3cret"));
    spec.qtDriver = QStringLiteral("QODBC");
    const Result<QSqlDatabase> r = JdbcUrl::open(spec, QStringLiteral("missing-driver"));
    QVERIFY(!r.ok());
    const DataError &e = r.error();
    QCOMPARE(e.message,
        QStringLiteral("No suitable driver found for jdbc:postgresql://127.0.0.1:5432/test?password=****"));
    QVERIFY2(e.cause.contains(QStringLiteral("QtSql driver QODBC")), qPrintable(e.cause));
    QVERIFY2(e.cause.contains(QStringLiteral("libqt6sql6-odbc")), qPrintable(e.cause));
    for (const QString &installed : QSqlDatabase::drivers())
        QVERIFY2(e.cause.contains(installed), qPrintable(e.cause));
    QVERIFY(!e.toString().contains(QStringLiteral("s3cret")));
    QVERIFY(!QSqlDatabase::contains(QStringLiteral("missing-driver")));
}

void TestJdbcUrl::unreachableServers_data()
{
    QTest::addColumn<QString>("urlPattern");
    QTest::addColumn<QString>("product");
    QTest::newRow("postgresql") << "jdbc:postgresql://127.0.0.1:%1/test"
                                << "PostgreSQL";
    QTest::newRow("mysql") << "jdbc:mysql://127.0.0.1:%1/test"
                           << "MySQL";
    QTest::newRow("mariadb") << "jdbc:mariadb://127.0.0.1:%1/test"
                             << "MariaDB";
    QTest::newRow("h2") << "jdbc:h2:tcp://127.0.0.1:9099/./test"
                        << "H2's PostgreSQL-protocol server";
}

void TestJdbcUrl::unreachableServers()
{
    QFETCH(QString, urlPattern);
    QFETCH(QString, product);
    const quint16 port = closedPort();
    const QString url = urlPattern.contains(QStringLiteral("%1")) ? urlPattern.arg(port) : urlPattern;
    ConnectionProperties props;
    props.user = QStringLiteral("sa");
    props.password = QStringLiteral("Very-S3cret");
    props.h2PgPort = port;
    props.connectTimeoutSeconds = 5;
    const Result<ConnectionSpec> spec = JdbcUrl::parse(url, props);
    QVERIFY(spec.ok());
    if (!QSqlDatabase::isDriverAvailable(spec->qtDriver))
        QSKIP(qPrintable(QStringLiteral("QtSql driver %1 not installed (%2)")
                             .arg(spec->qtDriver, debianPackageForQtDriver(spec->qtDriver))));
    const Result<QSqlDatabase> r = JdbcUrl::open(spec.value(), QStringLiteral("unreachable"));
    QVERIFY(!r.ok());
    const QString text = r.error().toString();
    QVERIFY2(text.contains(product), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(text));
    QVERIFY2(text.contains(url), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("Very-S3cret")), qPrintable(text));
    // The driver's own words follow the colon.
    QVERIFY2(text.section(QStringLiteral(": "), 1).size() > 5, qPrintable(text));
    if (spec->kind == DatabaseKind::H2)
        QVERIFY2(r.error().cause.contains(QStringLiteral("h2.pg.port")), qPrintable(text));
    QVERIFY(!QSqlDatabase::contains(QStringLiteral("unreachable")));
}

void TestJdbcUrl::unopenableSqliteFile()
{
    const QString url = QStringLiteral("jdbc:sqlite:/nonexistent-cs-dir/sub/orders.db");
    const Result<QSqlDatabase> r = JdbcUrl::open(url, {}, QStringLiteral("bad-sqlite"));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QStringLiteral("/nonexistent-cs-dir/sub/orders.db")),
        qPrintable(r.error().message));
    QVERIFY(!QSqlDatabase::contains(QStringLiteral("bad-sqlite")));
}

void TestJdbcUrl::opensSqlite()
{
    QTemporaryDir dir;
    const QString url = QStringLiteral("jdbc:sqlite:") + dir.filePath(QStringLiteral("lab.db"));
    {
        const Result<QSqlDatabase> r = JdbcUrl::open(url, {}, QStringLiteral("good-sqlite"));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QVERIFY(r->isOpen());
        QCOMPARE(r->driverName(), QStringLiteral("QSQLITE"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("good-sqlite"));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("lab.db"))));
}

QTEST_GUILESS_MAIN(TestJdbcUrl)
#include "tst_jdbcurl.moc"
