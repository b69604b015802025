#include "lab/h2launcher.h"

#include <signal.h>
#include <sys/prctl.h>

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>

#include "net/listeningsockets.h"

namespace cs::lab {

H2Launcher::H2Launcher(QObject *parent)
    : QObject(parent)
{
    m_probeTimer.setInterval(150);
    connect(&m_probeTimer, &QTimer::timeout, this, &H2Launcher::probe);
}

H2Launcher::~H2Launcher()
{
    stop();
}

QString H2Launcher::javaPath() const
{
    return m_options.java.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("java")) : m_options.java;
}

bool H2Launcher::isAvailable(const Options &options, QString *why)
{
    const QString java
        = options.java.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("java")) : options.java;
    if (java.isEmpty() || !QFileInfo(java).isExecutable()) {
        *why = tr("Java is not installed (Debian package default-jre-headless).");
        return false;
    }
    if (!QFileInfo::exists(options.jar)) {
        *why = tr("%1 does not exist (Debian package libh2-java, or choose an h2.jar).").arg(options.jar);
        return false;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *why = tr("The QtSql PostgreSQL driver, through which the studio reaches H2, is not installed "
                  "(Debian package libqt6sql6-psql).");
        return false;
    }
    return true;
}

QString H2Launcher::jdbcUrl() const
{
    return QStringLiteral("jdbc:h2:tcp://localhost:%1/./%2").arg(m_options.tcpPort).arg(m_options.database);
}

QString H2Launcher::webUrl() const
{
    return QStringLiteral("http://localhost:%1").arg(m_options.webPort);
}

void H2Launcher::start(const Options &options)
{
    if (m_state == State::Starting || m_state == State::Running)
        return;
    m_options = options;
    QString why;
    if (!isAvailable(m_options, &why)) {
        fail(why);
        return;
    }
    if (m_options.baseDir.isEmpty() || !QDir().mkpath(m_options.baseDir)) {
        fail(tr("Cannot create H2's folder %1.").arg(QDir::toNativeSeparators(m_options.baseDir)));
        return;
    }
    for (const quint16 port : { m_options.tcpPort, m_options.webPort, m_options.pgPort }) {
        QTcpServer trial;
        if (!trial.listen(QHostAddress::Any, port)) {
            const auto holder = cs::net::listenerOnPort(port);
            fail(tr("Port %1 is already in use by %2. Stop it, or give H2 other ports.")
                     .arg(port)
                     .arg(holder ? holder->ownerText() : tr("another process")));
            return;
        }
    }
    setState(State::Starting);
    m_server = new QProcess(this);
    m_server->setProcessChannelMode(QProcess::MergedChannels);
    // The server dies with the studio, even when the studio is killed.
    m_server->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    connect(m_server, &QProcess::finished, this, [this](int code, QProcess::ExitStatus) {
        if (m_state == State::Stopped)
            return;
        const QString output = QString::fromLocal8Bit(m_server->readAll()).trimmed().right(2000);
        fail(tr("H2 exited (code %1): %2").arg(code).arg(output));
    });
    connect(m_server, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("Cannot run %1: %2").arg(javaPath(), m_server->errorString()));
    });
    m_server->start(javaPath(),
        { QStringLiteral("-cp"), m_options.jar, QStringLiteral("org.h2.tools.Server"), QStringLiteral("-tcp"),
            QStringLiteral("-tcpPort"), QString::number(m_options.tcpPort), QStringLiteral("-web"),
            QStringLiteral("-webPort"), QString::number(m_options.webPort), QStringLiteral("-pg"),
            QStringLiteral("-pgPort"), QString::number(m_options.pgPort), QStringLiteral("-ifNotExists"),
            QStringLiteral("-baseDir"), m_options.baseDir, QStringLiteral("-properties"),
            m_options.baseDir });
    m_deadline = QDateTime::currentMSecsSinceEpoch() + m_options.startTimeoutMs;
    m_probeTimer.start();
}

void H2Launcher::probe()
{
    if (m_state != State::Starting || m_probesPending > 0)
        return;
    if (QDateTime::currentMSecsSinceEpoch() > m_deadline) {
        fail(tr("H2 did not open its ports %1, %2 and %3 within %4 s.")
                 .arg(m_options.tcpPort)
                 .arg(m_options.webPort)
                 .arg(m_options.pgPort)
                 .arg(m_options.startTimeoutMs / 1000));
        return;
    }
    m_probesPending = 3;
    m_probesOk = 0;
    for (const quint16 port : { m_options.tcpPort, m_options.webPort, m_options.pgPort }) {
        auto *socket = new QTcpSocket(this);
        auto done = [this, socket](bool ok) {
            socket->disconnect(this);
            socket->abort();
            socket->deleteLater();
            m_probesOk += ok ? 1 : 0;
            if (--m_probesPending == 0 && m_probesOk == 3 && m_state == State::Starting) {
                m_probeTimer.stop();
                initialiseDatabase();
            }
        };
        connect(socket, &QTcpSocket::connected, this, [done] { done(true); });
        connect(socket, &QTcpSocket::errorOccurred, this, [done] { done(false); });
        socket->connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    }
}

void H2Launcher::initialiseDatabase()
{
    // Open (and create) the database through the TCP server and keep it open, so that the PG server
    // can serve it with H2's normal upper-case names; create the lab's ORDER_TABLE there.
    m_shell = new QProcess(this);
    m_shell->setProcessChannelMode(QProcess::MergedChannels);
    m_shell->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    connect(m_shell, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        const QString output = QString::fromLocal8Bit(m_shell->readAll()).trimmed();
        m_shell->deleteLater();
        m_shell = nullptr;
        if (m_state != State::Starting)
            return;
        if (status != QProcess::NormalExit || code != 0 || output.contains(QLatin1String("Exception"))) {
            fail(tr("H2 runs, but its database could not be opened over TCP: %1").arg(output.right(2000)));
            return;
        }
        setState(State::Running);
    });
    m_shell->start(javaPath(),
        { QStringLiteral("-cp"), m_options.jar, QStringLiteral("org.h2.tools.Shell"), QStringLiteral("-url"),
            QStringLiteral("jdbc:h2:tcp://127.0.0.1:%1/./%2;MODE=PostgreSQL;DB_CLOSE_DELAY=-1")
                .arg(m_options.tcpPort)
                .arg(m_options.database),
            QStringLiteral("-user"), m_options.user, QStringLiteral("-password"), m_options.password,
            QStringLiteral("-sql"),
            QStringLiteral(
                "CREATE TABLE IF NOT EXISTS \"ORDER_TABLE\" (\"ID\" BIGINT GENERATED BY DEFAULT AS "
                "IDENTITY PRIMARY KEY, \"MESSAGE\" VARCHAR(255) NULL)") });
}

void H2Launcher::stop()
{
    m_probeTimer.stop();
    const bool wasActive = m_state != State::Stopped;
    m_state = State::Stopped;
    for (QProcess **process : { &m_shell, &m_server }) {
        if (!*process)
            continue;
        (*process)->disconnect(this);
        (*process)->kill();
        (*process)->waitForFinished(3000); // a SIGKILLed child is reaped at once
        delete *process;
        *process = nullptr;
    }
    m_error.clear();
    if (wasActive)
        Q_EMIT stateChanged(m_state);
}

void H2Launcher::fail(const QString &message)
{
    m_probeTimer.stop();
    for (QProcess **process : { &m_shell, &m_server }) {
        if (!*process)
            continue;
        (*process)->disconnect(this);
        (*process)->kill();
        (*process)->waitForFinished(3000);
        (*process)->deleteLater();
        *process = nullptr;
    }
    setState(State::Failed, message);
}

void H2Launcher::setState(State state, const QString &error)
{
    m_state = state;
    m_error = error;
    Q_EMIT stateChanged(m_state);
}

} // namespace cs::lab
