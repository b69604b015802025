#include <unistd.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "net/listeningsockets.h"

using cs::net::ListeningSocket;

class TestListeningSockets final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsOwnListenerWithPidAndName();
    void ignoresClosedServer();
    void parsesPreparedProcTree();
};

void TestListeningSockets::findsOwnListenerWithPidAndName()
{
    QTcpServer v4;
    QVERIFY(v4.listen(QHostAddress::LocalHost, 0));
    QTcpServer any;
    QVERIFY(any.listen(QHostAddress::Any, 0));

    const auto found = cs::net::listenerOnPort(v4.serverPort());
    QVERIFY(found.has_value());
    QCOMPARE(found->address, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(found->pid, qint64(::getpid()));
    QVERIFY(QStringLiteral("tst_listeningsockets").startsWith(found->processName));
    QVERIFY(found->isLoopbackOnly());
    QVERIFY(found->ownerText().contains(QString::number(::getpid())));
    // The kernel cuts comm at 15 characters; the command line completes it.
    QCOMPARE(found->processName, QStringLiteral("tst_listeningso"));
    QCOMPARE(found->programName(), QStringLiteral("tst_listeningsockets"));
    QVERIFY(found->ownerText().startsWith(QLatin1String("tst_listeningsockets (pid ")));

    const auto wide = cs::net::listenerOnPort(any.serverPort());
    QVERIFY(wide.has_value());
    QVERIFY(!wide->isLoopbackOnly());
    QCOMPARE(wide->pid, qint64(::getpid()));
}

void TestListeningSockets::ignoresClosedServer()
{
    quint16 port = 0;
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        port = server.serverPort();
        QVERIFY(cs::net::listenerOnPort(port).has_value());
    }
    QVERIFY(!cs::net::listenerOnPort(port).has_value());
}

// A /proc look-alike with the exact line formats of the kernel: one IPv4 listener owned by pid 4242
// ("java"), one IPv6 loopback listener with no visible owner, and one established (not listening) socket.
void TestListeningSockets::parsesPreparedProcTree()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QDir dir(root.path());
    QVERIFY(dir.mkpath(QStringLiteral("net")));
    QVERIFY(dir.mkpath(QStringLiteral("4242/fd")));
    auto write = [&](const QString &name, const QByteArray &text) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    };
    write(QStringLiteral("net/tcp"),
        "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n"
        "   0: 00000000:1F93 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 5551 1 0 "
        "100 0 0 10 0\n"
        "   1: 0100007F:1F93 0100007F:D431 01 00000000:00000000 00:00000000 00000000  1000        0 5552 1 0 "
        "20 4 30 10 -1\n");
    write(QStringLiteral("net/tcp6"),
        "  sl  local_address                         remote_address                        st tx_queue "
        "rx_queue tr tm->when retrnsmt   uid  timeout inode\n"
        "   0: 00000000000000000000000001000000:2383 00000000000000000000000000000000:0000 0A "
        "00000000:00000000 00:00000000 00000000     0        0 6661 1 0 100 0 0 10 0\n");
    write(QStringLiteral("4242/comm"), "java\n");
    write(QStringLiteral("4242/cmdline"), QByteArray("java\0-cp\0h2.jar\0", 16));
    QVERIFY(QFile::link(QStringLiteral("socket:[5551]"), dir.filePath(QStringLiteral("4242/fd/7"))));
    QVERIFY(QFile::link(QStringLiteral("/dev/null"), dir.filePath(QStringLiteral("4242/fd/0"))));

    const QList<ListeningSocket> sockets = cs::net::listeningTcpSockets(root.path());
    QCOMPARE(sockets.size(), 2);
    QCOMPARE(sockets[0].address, QHostAddress(QHostAddress::AnyIPv4));
    QCOMPARE(sockets[0].port, quint16(8083));
    QCOMPARE(sockets[0].pid, qint64(4242));
    QCOMPARE(sockets[0].processName, QStringLiteral("java"));
    QCOMPARE(sockets[0].commandLine, QStringLiteral("java -cp h2.jar"));
    QCOMPARE(sockets[0].ownerText(), QStringLiteral("java (pid 4242)"));
    QCOMPARE(sockets[1].address, QHostAddress(QHostAddress::LocalHostIPv6));
    QCOMPARE(sockets[1].port, quint16(9091));
    QCOMPARE(sockets[1].pid, qint64(-1));
    QCOMPARE(sockets[1].ownerText(), QStringLiteral("an unknown process"));
}

QTEST_GUILESS_MAIN(TestListeningSockets)
#include "tst_listeningsockets.moc"
