#pragma once

#include <QObject>
#include <QProcess>
#include <QString>
#include <QTimer>

namespace cs::lab {

// Starts H2 the way the lab does (`h2.sh -webPort 8087 -tcpPort 9099`), plus H2's PostgreSQL-protocol
// server (5435 by default), through which the C++ side reaches H2: `java -cp h2.jar org.h2.tools.Server`
// as a child process (killed if the studio dies). Once the three ports accept connections, the
// database is opened once over TCP with MODE=PostgreSQL;DB_CLOSE_DELAY=-1 — H2's PG server can only
// serve a database that is already open that way (see core/jdbc/h2dialect.h) — and the lab's
// ORDER_TABLE is created in it when missing. Every step is asynchronous: lives on the GUI thread (or
// any thread with an event loop) and never blocks it; stateChanged() reports progress.
class H2Launcher final : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Stopped,
        Starting,
        Running,
        Failed
    };
    Q_ENUM(State)

    struct Options
    {
        QString java; // empty = `java` from PATH
        QString jar = defaultJar();
        QString baseDir; // where the database files live (-baseDir); required
        quint16 webPort = 8087;
        quint16 tcpPort = 9099;
        quint16 pgPort = 5435;
        QString database = QStringLiteral("test"); // jdbc:h2:tcp://localhost:<tcp>/./test
        QString user = QStringLiteral("sa");
        QString password = QStringLiteral("passwd"); // never logged or shown
        int startTimeoutMs = 30000;
    };

    explicit H2Launcher(QObject *parent = nullptr);
    ~H2Launcher() override; // kills the server

    static QString defaultJar() { return QStringLiteral("/usr/share/java/h2.jar"); }
    // Whether H2 can be started with these options; otherwise `why` says what is missing (java, the
    // jar, the QtSql PostgreSQL driver) and which Debian package brings it.
    static bool isAvailable(const Options &options, QString *why);

    void start(const Options &options);
    void stop();

    State state() const { return m_state; }
    QString errorString() const { return m_error; }
    const Options &options() const { return m_options; }
    // The lab's connection.url for this server: jdbc:h2:tcp://localhost:<tcp>/./<database>
    QString jdbcUrl() const;
    QString webUrl() const; // http://localhost:<web>

Q_SIGNALS:
    void stateChanged(cs::lab::H2Launcher::State state);

private:
    void setState(State state, const QString &error = {});
    void fail(const QString &message);
    void probe();
    void initialiseDatabase();
    QString javaPath() const;

    Options m_options;
    State m_state = State::Stopped;
    QString m_error;
    QProcess *m_server = nullptr;
    QProcess *m_shell = nullptr;
    QTimer m_probeTimer;
    qint64 m_deadline = 0;
    int m_probesPending = 0;
    int m_probesOk = 0;
};

} // namespace cs::lab
