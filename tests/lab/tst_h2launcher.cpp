// H2Launcher: starts H2 as the lab does (web, TCP and PostgreSQL servers) as a child process, primes the
// database over TCP and creates ORDER_TABLE; the studio then reaches it through the PG server. Skips
// cleanly when Java or h2.jar is missing.
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include "jdbc/jdbcurl.h"
#include "lab/h2launcher.h"
#include "lab/labdatabases.h"
#include "support/databaseservers.h"

using cs::lab::H2Launcher;

namespace {

bool accepts(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(2000);
}

} // namespace

class TstH2Launcher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_options.baseDir = m_dir.filePath(QStringLiteral("h2"));
        m_options.webPort = cs::testsupport::freeTcpPort();
        m_options.tcpPort = cs::testsupport::freeTcpPort();
        m_options.pgPort = cs::testsupport::freeTcpPort();
        m_options.startTimeoutMs = 60000;
        QString why;
        if (!H2Launcher::isAvailable(m_options, &why))
            QSKIP(qPrintable(why));
    }

    void starts_h2_and_serves_order_table_over_pg()
    {
        H2Launcher launcher;
        QSignalSpy states(&launcher, &H2Launcher::stateChanged);
        launcher.start(m_options);
        QCOMPARE(launcher.state(), H2Launcher::State::Starting); // returns at once
        QTRY_VERIFY_WITH_TIMEOUT(launcher.state() != H2Launcher::State::Starting, 90000);
        QVERIFY2(launcher.state() == H2Launcher::State::Running, qPrintable(launcher.errorString()));
        QCOMPARE(
            launcher.jdbcUrl(), QStringLiteral("jdbc:h2:tcp://localhost:%1/./test").arg(m_options.tcpPort));
        QVERIFY(accepts(m_options.webPort));

        // The lab's connection settings, through cs::jdbc as a connector would open them.
        cs::jdbc::ConnectionProperties props;
        props.user = QStringLiteral("sa");
        props.password = QStringLiteral("passwd");
        props.h2PgPort = m_options.pgPort;
        {
            auto db = cs::jdbc::JdbcUrl::open(launcher.jdbcUrl(), props, QStringLiteral("h2"));
            QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().toString()));
            QString error;
            QCOMPARE(cs::lab::LabDatabases::insertOrder(
                         db.value(), cs::jdbc::DatabaseKind::H2, QStringLiteral("1st OrderPlaced."), &error),
                1);
            QSqlQuery q(db.value());
            QVERIFY(q.exec(QStringLiteral("SELECT \"MESSAGE\" FROM \"ORDER_TABLE\"")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("1st OrderPlaced."));
            db.value().close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("h2"));

        launcher.stop();
        QCOMPARE(launcher.state(), H2Launcher::State::Stopped);
        QTRY_VERIFY(!accepts(m_options.tcpPort));
    }

    void names_the_holder_of_a_taken_port()
    {
        QTcpServer holder;
        QVERIFY(holder.listen(QHostAddress::Any, 0));
        H2Launcher::Options options = m_options;
        options.tcpPort = holder.serverPort();
        H2Launcher launcher;
        launcher.start(options);
        QCOMPARE(launcher.state(), H2Launcher::State::Failed);
        QVERIFY2(launcher.errorString().contains(QString::number(holder.serverPort())),
            qPrintable(launcher.errorString()));
        QVERIFY2(launcher.errorString().contains(QStringLiteral("tst_h2launcher")),
            qPrintable(launcher.errorString()));
    }

    void says_what_is_missing()
    {
        H2Launcher::Options options = m_options;
        options.jar = m_dir.filePath(QStringLiteral("no-such-h2.jar"));
        QString why;
        QVERIFY(!H2Launcher::isAvailable(options, &why));
        QVERIFY2(why.contains(QStringLiteral("libh2-java")), qPrintable(why));
        options = m_options;
        options.java = m_dir.filePath(QStringLiteral("no-java"));
        QVERIFY(!H2Launcher::isAvailable(options, &why));
        QVERIFY2(why.contains(QStringLiteral("Java")), qPrintable(why));
    }

private:
    QTemporaryDir m_dir;
    H2Launcher::Options m_options;
};

QTEST_GUILESS_MAIN(TstH2Launcher)
#include "tst_h2launcher.moc"
