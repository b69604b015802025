#include "support/databaseservers.h"

#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <sys/prctl.h>
#include <unistd.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QUuid>

#include "net/listeningsockets.h"

namespace cs::testsupport {

namespace {

const QString kPgBin = QStringLiteral("/usr/lib/postgresql/15/bin");

struct Unprivileged
{
    uid_t uid = 65534;
    gid_t gid = 65534;
};

Unprivileged unprivilegedUser()
{
    Unprivileged u;
    if (const passwd *pw = ::getpwnam("nobody")) {
        u.uid = pw->pw_uid;
        u.gid = pw->pw_gid;
    }
    return u;
}

// Runs in the child between fork and exec: drop root if asked, and die with the test process.
void configureChild(QProcess &process, bool dropPrivileges)
{
    const bool drop = dropPrivileges && ::geteuid() == 0;
    const Unprivileged u = unprivilegedUser();
    process.setChildProcessModifier([drop, u]() {
        if (drop) {
            if (::setgroups(0, nullptr) != 0 || ::setgid(u.gid) != 0 || ::setuid(u.uid) != 0)
                ::_exit(126);
        }
        // Set after the uid change: changing credentials clears the parent-death signal.
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    });
}

QString uniqueName(const QString &prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool tcpAccepts(quint16 port)
{
    QTcpSocket s;
    s.connectToHost(QStringLiteral("127.0.0.1"), port);
    const bool ok = s.waitForConnected(500);
    s.abort();
    return ok;
}

QString tail(const QString &path, int chars = 3000)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray all = f.readAll();
    return QString::fromUtf8(all.right(chars)).trimmed();
}

} // namespace

quint16 freeTcpPort()
{
    QTcpServer s;
    if (!s.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = s.serverPort();
    s.close();
    return port;
}

// ---- DatabaseServer ------------------------------------------------------------------------------

DatabaseServer::DatabaseServer(QString user, QString password, QString database)
    : m_user(std::move(user))
    , m_password(std::move(password))
    , m_database(std::move(database))
{ }

DatabaseServer::~DatabaseServer()
{
    // Subclasses stop in their own destructors (terminate() is virtual); this is the last resort.
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool DatabaseServer::runningAsRoot()
{
    return ::geteuid() == 0;
}

jdbc::ConnectionProperties DatabaseServer::properties() const
{
    jdbc::ConnectionProperties p;
    p.user = m_user;
    p.password = m_password;
    p.connectTimeoutSeconds = 5;
    if (const auto *h2 = dynamic_cast<const H2Server *>(this))
        p.h2PgPort = h2->pgPort();
    return p;
}

cs::data::Result<QSqlDatabase> DatabaseServer::connect(const QString &connectionName) const
{
    return jdbc::JdbcUrl::open(jdbcUrl(), properties(), connectionName);
}

void DatabaseServer::fail(const QString &message)
{
    m_status = Status::Failed;
    m_error = message;
}

void DatabaseServer::notInstalled(const QString &program, const QString &package)
{
    m_status = Status::NotInstalled;
    m_missingPackage = package;
    m_error = QStringLiteral("%1 not found").arg(program);
}

bool DatabaseServer::handDirectoryToUnprivilegedUser(const QString &path)
{
    if (!runningAsRoot())
        return true;
    QProcess chown;
    chown.start(QStringLiteral("chown"), { QStringLiteral("-R"), QStringLiteral("nobody:nogroup"), path });
    if (!chown.waitForFinished(30000) || chown.exitCode() != 0) {
        fail(QStringLiteral("cannot give %1 to the user nobody: %2")
                 .arg(path, QString::fromUtf8(chown.readAllStandardError())));
        return false;
    }
    return true;
}

bool DatabaseServer::runTool(
    const QString &program, const QStringList &args, bool dropPrivileges, int timeoutMs)
{
    QProcess p;
    p.setWorkingDirectory(m_dir.path());
    p.setProcessChannelMode(QProcess::MergedChannels);
    configureChild(p, dropPrivileges);
    p.start(program, args);
    if (!p.waitForStarted(10000)) {
        fail(QStringLiteral("cannot run %1: %2").arg(program, p.errorString()));
        return false;
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        fail(QStringLiteral("%1 did not finish within %2 s: %3")
                 .arg(QFileInfo(program).fileName())
                 .arg(timeoutMs / 1000)
                 .arg(QString::fromUtf8(p.readAll()).trimmed()));
        return false;
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        fail(QStringLiteral("%1 failed (exit code %2): %3")
                 .arg(QFileInfo(program).fileName())
                 .arg(p.exitCode())
                 .arg(QString::fromUtf8(p.readAll()).trimmed()));
        return false;
    }
    return true;
}

bool DatabaseServer::startProcess(const QString &program, const QStringList &args, bool dropPrivileges)
{
    const QString log = m_dir.filePath(QStringLiteral("server.log"));
    m_process.setWorkingDirectory(m_dir.path());
    // A file, not a pipe: nobody reads the pipe while the test runs, and a full pipe stalls the server.
    m_process.setStandardOutputFile(log, QIODevice::Append);
    m_process.setStandardErrorFile(log, QIODevice::Append);
    configureChild(m_process, dropPrivileges);
    m_process.start(program, args);
    if (!m_process.waitForStarted(10000)) {
        fail(QStringLiteral("cannot run %1: %2").arg(program, m_process.errorString()));
        return false;
    }
    return true;
}

QString DatabaseServer::processOutput() const
{
    return tail(m_dir.filePath(QStringLiteral("server.log")));
}

DatabaseServer::Status DatabaseServer::start()
{
    if (m_status == Status::Running)
        return m_status;
    if (!m_dir.isValid()) {
        fail(QStringLiteral("cannot create a temporary folder: %1").arg(m_dir.errorString()));
        return m_status;
    }
    m_error.clear();
    if (!launch()) {
        terminate();
        return m_status;
    }
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        if (m_process.state() == QProcess::NotRunning) {
            fail(QStringLiteral("the server exited (code %1) before accepting connections. Its output:\n%2")
                     .arg(m_process.exitCode())
                     .arg(processOutput()));
            return m_status;
        }
        if (probe())
            break;
        if (timer.elapsed() > m_startTimeoutMs) {
            fail(QStringLiteral(
                "the server did not accept connections on port %1 within %2 s. Its output:\n%3")
                     .arg(m_port)
                     .arg(m_startTimeoutMs / 1000)
                     .arg(processOutput()));
            terminate();
            return m_status;
        }
        QThread::msleep(200);
    }
    if (!initialise()) {
        terminate();
        return m_status;
    }
    m_status = Status::Running;
    return m_status;
}

void DatabaseServer::stop()
{
    terminate();
    if (m_status == Status::Running)
        m_status = Status::NotStarted;
}

void DatabaseServer::terminate()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(20000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

// ---- PostgreSQL ----------------------------------------------------------------------------------

PostgresServer::PostgresServer()
    : DatabaseServer(QStringLiteral("cs"), QStringLiteral("passwd"), QStringLiteral("test"))
{ }

PostgresServer::~PostgresServer()
{
    terminate();
}

QString PostgresServer::jdbcUrl() const
{
    return QStringLiteral("jdbc:postgresql://127.0.0.1:%1/%2").arg(m_port).arg(m_database);
}

bool PostgresServer::launch()
{
    const QString initdb = kPgBin + QStringLiteral("/initdb");
    const QString postgres = kPgBin + QStringLiteral("/postgres");
    if (!QFileInfo(initdb).isExecutable() || !QFileInfo(postgres).isExecutable()) {
        notInstalled(initdb, QStringLiteral("postgresql-15"));
        return false;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        notInstalled(QStringLiteral("QtSql driver QPSQL"), QStringLiteral("libqt6sql6-psql"));
        return false;
    }
    m_port = freeTcpPort();
    QFile pw(m_dir.filePath(QStringLiteral("pwfile")));
    if (!pw.open(QIODevice::WriteOnly) || pw.write(m_password.toUtf8()) < 0) {
        fail(QStringLiteral("cannot write %1").arg(pw.fileName()));
        return false;
    }
    pw.close();
    if (!handDirectoryToUnprivilegedUser(m_dir.path()))
        return false;
    const QString data = m_dir.filePath(QStringLiteral("data"));
    if (!runTool(initdb,
            { QStringLiteral("-D"), data, QStringLiteral("-U"), m_user,
                QStringLiteral("--pwfile=") + pw.fileName(), QStringLiteral("--auth-local=trust"),
                QStringLiteral("--auth-host=scram-sha-256"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                QStringLiteral("--locale=C"), QStringLiteral("--no-sync") },
            true)) {
        return false;
    }
    m_serverArgs = { QStringLiteral("-D"), data, QStringLiteral("-p"), QString::number(m_port),
        QStringLiteral("-k"), m_dir.path(), QStringLiteral("-c"),
        QStringLiteral("listen_addresses=127.0.0.1"), QStringLiteral("-c"), QStringLiteral("fsync=off"),
        QStringLiteral("-c"), QStringLiteral("synchronous_commit=off"), QStringLiteral("-c"),
        QStringLiteral("full_page_writes=off") };
    return startProcess(postgres, m_serverArgs, true);
}

bool PostgresServer::restart()
{
    terminate();
    m_status = Status::NotStarted;
    m_error.clear();
    if (m_serverArgs.isEmpty() || !startProcess(kPgBin + QStringLiteral("/postgres"), m_serverArgs, true))
        return false;
    QElapsedTimer timer;
    timer.start();
    while (!probe()) {
        if (m_process.state() == QProcess::NotRunning || timer.elapsed() > m_startTimeoutMs) {
            fail(QStringLiteral("the restarted server did not accept connections. Its output:\n%1")
                     .arg(processOutput()));
            terminate();
            return false;
        }
        QThread::msleep(200);
    }
    m_status = Status::Running;
    return true;
}

bool PostgresServer::probe()
{
    const QString name = uniqueName(QStringLiteral("pgprobe-"));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(host());
        db.setPort(m_port);
        db.setDatabaseName(QStringLiteral("postgres"));
        db.setUserName(m_user);
        db.setPassword(m_password);
        db.setConnectOptions(QStringLiteral("connect_timeout=2"));
        ok = db.open();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool PostgresServer::initialise()
{
    const QString name = uniqueName(QStringLiteral("pginit-"));
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(host());
        db.setPort(m_port);
        db.setDatabaseName(QStringLiteral("postgres"));
        db.setUserName(m_user);
        db.setPassword(m_password);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("CREATE DATABASE \"%1\"").arg(m_database)))
                error = q.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (!error.isEmpty()) {
        fail(QStringLiteral("cannot create database %1: %2").arg(m_database, error));
        return false;
    }
    return true;
}

void PostgresServer::terminate()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    // SIGINT is PostgreSQL's "fast" shutdown: disconnect clients, stop at once.
    ::kill(pid_t(m_process.processId()), SIGINT);
    if (!m_process.waitForFinished(20000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

// ---- MariaDB -------------------------------------------------------------------------------------

MariaDbServer::MariaDbServer()
    : DatabaseServer(QStringLiteral("cs"), QStringLiteral("passwd"), QStringLiteral("test"))
{ }

MariaDbServer::~MariaDbServer()
{
    terminate();
}

QString MariaDbServer::jdbcUrl() const
{
    return QStringLiteral("jdbc:mariadb://127.0.0.1:%1/%2").arg(m_port).arg(m_database);
}

QString MariaDbServer::mysqlJdbcUrl() const
{
    return QStringLiteral("jdbc:mysql://127.0.0.1:%1/%2").arg(m_port).arg(m_database);
}

QString MariaDbServer::socketPath() const
{
    return m_dir.filePath(QStringLiteral("mysqld.sock"));
}

bool MariaDbServer::launch()
{
    QString mariadbd = QStringLiteral("/usr/sbin/mariadbd");
    const QString installDb = QStandardPaths::findExecutable(QStringLiteral("mariadb-install-db"));
    if (!QFileInfo(mariadbd).isExecutable() || installDb.isEmpty()) {
        notInstalled(QStringLiteral("mariadbd / mariadb-install-db"), QStringLiteral("mariadb-server"));
        return false;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QMYSQL"))) {
        notInstalled(QStringLiteral("QtSql driver QMYSQL"), QStringLiteral("libqt6sql6-mysql"));
        return false;
    }
    m_port = freeTcpPort();
    if (!handDirectoryToUnprivilegedUser(m_dir.path()))
        return false;
    const QString data = m_dir.filePath(QStringLiteral("data"));
    if (!runTool(installDb,
            { QStringLiteral("--no-defaults"), QStringLiteral("--datadir=") + data,
                QStringLiteral("--auth-root-authentication-method=normal"), QStringLiteral("--skip-test-db"),
                QStringLiteral("--skip-name-resolve") },
            true, 120000)) {
        return false;
    }
    return startProcess(mariadbd,
        { QStringLiteral("--no-defaults"), QStringLiteral("--datadir=") + data,
            QStringLiteral("--socket=") + socketPath(), QStringLiteral("--port=") + QString::number(m_port),
            QStringLiteral("--bind-address=127.0.0.1"), QStringLiteral("--skip-name-resolve"),
            QStringLiteral("--pid-file=") + m_dir.filePath(QStringLiteral("mysqld.pid")),
            QStringLiteral("--tmpdir=") + m_dir.path(), QStringLiteral("--innodb-buffer-pool-size=32M"),
            QStringLiteral("--skip-log-bin"), QStringLiteral("--innodb-flush-log-at-trx-commit=0"),
            // Debian's packaged server defaults (50-server.cnf); --no-defaults would leave latin1.
            QStringLiteral("--character-set-server=utf8mb4"),
            QStringLiteral("--collation-server=utf8mb4_general_ci") },
        true);
}

bool MariaDbServer::probe()
{
    const QString name = uniqueName(QStringLiteral("mariaprobe-"));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), name);
        db.setUserName(QStringLiteral("root"));
        db.setConnectOptions(QStringLiteral("UNIX_SOCKET=%1;MYSQL_OPT_CONNECT_TIMEOUT=2").arg(socketPath()));
        ok = db.open() && tcpAccepts(m_port);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool MariaDbServer::initialise()
{
    const QString name = uniqueName(QStringLiteral("mariainit-"));
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), name);
        db.setUserName(QStringLiteral("root"));
        db.setConnectOptions(QStringLiteral("UNIX_SOCKET=%1").arg(socketPath()));
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            const QStringList statements {
                QStringLiteral("CREATE USER '%1'@'%' IDENTIFIED BY '%2'").arg(m_user, m_password),
                QStringLiteral("GRANT ALL PRIVILEGES ON *.* TO '%1'@'%' WITH GRANT OPTION").arg(m_user),
                QStringLiteral("CREATE DATABASE `%1`").arg(m_database),
            };
            for (const QString &sql : statements) {
                if (!q.exec(sql)) {
                    error = q.lastError().text();
                    break;
                }
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (!error.isEmpty()) {
        fail(QStringLiteral("cannot create the test user and database: %1").arg(error));
        return false;
    }
    return true;
}

// ---- H2 ------------------------------------------------------------------------------------------

H2Server::H2Server(Ports ports)
    : DatabaseServer(QStringLiteral("sa"), QStringLiteral("passwd"), QStringLiteral("test"))
    , m_ports(ports)
{ }

H2Server::~H2Server()
{
    terminate();
}

QString H2Server::jdbcUrl() const
{
    return QStringLiteral("jdbc:h2:tcp://localhost:%1/./%2").arg(m_tcpPort).arg(m_database);
}

bool H2Server::launch()
{
    const QString java = QStandardPaths::findExecutable(QStringLiteral("java"));
    if (java.isEmpty()) {
        notInstalled(QStringLiteral("java"), QStringLiteral("default-jre-headless"));
        return false;
    }
    if (!QFileInfo::exists(jarPath())) {
        notInstalled(jarPath(), QStringLiteral("libh2-java"));
        return false;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        notInstalled(QStringLiteral("QtSql driver QPSQL"), QStringLiteral("libqt6sql6-psql"));
        return false;
    }
    if (m_ports == Ports::Lab) {
        m_tcpPort = 9099;
        m_webPort = 8087;
        m_port = 5435;
        for (const quint16 port : { m_tcpPort, m_webPort, m_port }) {
            QTcpServer probe;
            if (!probe.listen(QHostAddress::Any, port)) {
                const auto holder = cs::net::listenerOnPort(port);
                fail(QStringLiteral("the lab's port %1 is in use by %2")
                         .arg(port)
                         .arg(holder ? holder->ownerText() : QStringLiteral("another process")));
                return false;
            }
        }
    } else {
        m_tcpPort = freeTcpPort();
        m_webPort = freeTcpPort();
        m_port = freeTcpPort();
    }
    return startProcess(java,
        { QStringLiteral("-cp"), jarPath(), QStringLiteral("org.h2.tools.Server"), QStringLiteral("-tcp"),
            QStringLiteral("-tcpPort"), QString::number(m_tcpPort), QStringLiteral("-web"),
            QStringLiteral("-webPort"), QString::number(m_webPort), QStringLiteral("-pg"),
            QStringLiteral("-pgPort"), QString::number(m_port), QStringLiteral("-ifNotExists"),
            QStringLiteral("-baseDir"), m_dir.path(), QStringLiteral("-properties"), m_dir.path() },
        false);
}

bool H2Server::probe()
{
    return tcpAccepts(m_tcpPort) && tcpAccepts(m_webPort) && tcpAccepts(m_port);
}

bool H2Server::initialise()
{
    // Open (and create) the database through the TCP server first and keep it open; see the class comment.
    const QString java = QStandardPaths::findExecutable(QStringLiteral("java"));
    if (!runTool(java,
            { QStringLiteral("-cp"), jarPath(), QStringLiteral("org.h2.tools.Shell"), QStringLiteral("-url"),
                QStringLiteral("jdbc:h2:tcp://127.0.0.1:%1/./%2;MODE=PostgreSQL;DB_CLOSE_DELAY=-1")
                    .arg(m_tcpPort)
                    .arg(m_database),
                QStringLiteral("-user"), m_user, QStringLiteral("-password"), m_password,
                QStringLiteral("-sql"), QStringLiteral("SELECT 1") },
            false)) {
        m_error = QStringLiteral("cannot open the H2 database through its TCP server: ") + m_error;
        return false;
    }
    return true;
}

// ---- ORDER_TABLE ---------------------------------------------------------------------------------

bool createOrderTable(QSqlDatabase &db, jdbc::DatabaseKind kind, QString *error)
{
    QString sql;
    switch (kind) {
    case jdbc::DatabaseKind::Sqlite:
        // Not the rowid alias (INTEGER PRIMARY KEY): sqlite-jdbc would report INTEGER, i.e. int32, and the
        // lab's records carry an int64 ID. insertOrder() assigns the next ID.
        sql = QStringLiteral("CREATE TABLE \"ORDER_TABLE\" (\"ID\" BIGINT NOT NULL PRIMARY KEY, "
                             "\"MESSAGE\" VARCHAR(255) NULL)");
        break;
    case jdbc::DatabaseKind::PostgreSql:
    case jdbc::DatabaseKind::H2:
        sql = QStringLiteral("CREATE TABLE \"ORDER_TABLE\" (\"ID\" BIGINT GENERATED BY DEFAULT AS IDENTITY "
                             "PRIMARY KEY, \"MESSAGE\" VARCHAR(255) NULL)");
        break;
    case jdbc::DatabaseKind::MySql:
    case jdbc::DatabaseKind::MariaDb:
        sql = QStringLiteral("CREATE TABLE `ORDER_TABLE` (`ID` BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, "
                             "`MESSAGE` VARCHAR(255) NULL)");
        break;
    }
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

qint64 insertOrder(QSqlDatabase &db, jdbc::DatabaseKind kind, const QString &message, QString *error)
{
    QSqlQuery q(db);
    const bool mysql = kind == jdbc::DatabaseKind::MySql || kind == jdbc::DatabaseKind::MariaDb;
    if (kind == jdbc::DatabaseKind::Sqlite) {
        q.prepare(QStringLiteral("INSERT INTO \"ORDER_TABLE\"(\"ID\",\"MESSAGE\") "
                                 "SELECT COALESCE(MAX(\"ID\"),0)+1, ? FROM \"ORDER_TABLE\""));
    } else if (mysql) {
        q.prepare(QStringLiteral("INSERT INTO `ORDER_TABLE`(`MESSAGE`) VALUES(?)"));
    } else {
        q.prepare(QStringLiteral("INSERT INTO \"ORDER_TABLE\"(\"MESSAGE\") VALUES(?)"));
    }
    q.addBindValue(message);
    if (!q.exec()) {
        *error = q.lastError().text();
        return -1;
    }
    q.finish();
    if (!q.exec(mysql ? QStringLiteral("SELECT MAX(`ID`) FROM `ORDER_TABLE`")
                      : QStringLiteral("SELECT MAX(\"ID\") FROM \"ORDER_TABLE\""))
        || !q.next()) {
        *error = q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

} // namespace cs::testsupport
