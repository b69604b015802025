#include "net/listeningsockets.h"

#include <array>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QtEndian>

namespace cs::net {

namespace {

constexpr int kTcpListenState = 0x0A;

// /proc/net/tcp prints each address word as the hex of a 32-bit integer read from the kernel's
// network-order bytes on a little-endian host: writing it back little-endian restores those bytes.
QHostAddress parseAddress(QByteArrayView hex)
{
    if (hex.size() != 8 && hex.size() != 32)
        return {};
    std::array<quint8, 16> bytes {};
    for (qsizetype word = 0; word < hex.size() / 8; ++word) {
        bool ok = false;
        const quint32 value = QByteArray(hex.data() + word * 8, 8).toUInt(&ok, 16);
        if (!ok)
            return {};
        qToLittleEndian(value, bytes.data() + word * 4);
    }
    if (hex.size() == 8)
        return QHostAddress(qFromBigEndian<quint32>(bytes.data()));
    return QHostAddress(bytes.data());
}

void readTable(const QString &path, QList<ListeningSocket> &out)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QByteArray all = file.readAll();
    const QList<QByteArray> lines = all.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) { // line 0 is the header
        const QList<QByteArray> cols = lines[i].simplified().split(' ');
        if (cols.size() < 10)
            continue;
        bool ok = false;
        if (cols[3].toInt(&ok, 16) != kTcpListenState || !ok)
            continue;
        const QByteArray &local = cols[1];
        const qsizetype colon = local.indexOf(':');
        if (colon < 0)
            continue;
        ListeningSocket s;
        s.address = parseAddress(QByteArrayView(local).first(colon));
        s.port = static_cast<quint16>(local.mid(colon + 1).toUInt(&ok, 16));
        s.inode = cols[9].toULongLong();
        if (ok && !s.address.isNull())
            out.append(s);
    }
}

QString readSmallFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray data = file.read(4096);
    data.replace('\0', ' ');
    return QString::fromLocal8Bit(data).trimmed();
}

} // namespace

QString ListeningSocket::programName() const
{
    if (processName.size() < 15 || commandLine.isEmpty())
        return processName;
    const QString program = commandLine.section(u' ', 0, 0).section(u'/', -1);
    return program.startsWith(processName) ? program : processName;
}

QString ListeningSocket::ownerText() const
{
    if (pid < 0)
        return QCoreApplication::translate("cs::net", "an unknown process");
    return QCoreApplication::translate("cs::net", "%1 (pid %2)").arg(programName()).arg(pid);
}

QList<ListeningSocket> listeningTcpSockets(const QString &procRoot)
{
    QList<ListeningSocket> sockets;
    readTable(procRoot + QStringLiteral("/net/tcp"), sockets);
    readTable(procRoot + QStringLiteral("/net/tcp6"), sockets);
    if (sockets.isEmpty())
        return sockets;

    QHash<quint64, qsizetype> byInode;
    for (qsizetype i = 0; i < sockets.size(); ++i)
        byInode.insert(sockets[i].inode, i);

    // Each process's open descriptors link to "socket:[inode]" for its sockets.
    const QStringList pids = QDir(procRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    const QByteArray prefix = "socket:[";
    qsizetype unresolved = byInode.size();
    for (const QString &pidText : pids) {
        bool isPid = false;
        const qint64 pid = pidText.toLongLong(&isPid);
        if (!isPid)
            continue;
        const QString fdDir = procRoot + u'/' + pidText + QStringLiteral("/fd");
        const QStringList fds = QDir(fdDir).entryList(QDir::System | QDir::NoDotAndDotDot);
        for (const QString &fd : fds) {
            const QByteArray target = QFile::symLinkTarget(fdDir + u'/' + fd).toLocal8Bit();
            const qsizetype at = target.lastIndexOf(prefix);
            if (at < 0)
                continue;
            const quint64 inode = target.mid(at + prefix.size()).chopped(1).toULongLong();
            const auto it = byInode.constFind(inode);
            if (it == byInode.cend() || sockets[*it].pid >= 0)
                continue;
            ListeningSocket &s = sockets[*it];
            s.pid = pid;
            s.processName = readSmallFile(procRoot + u'/' + pidText + QStringLiteral("/comm"));
            s.commandLine = readSmallFile(procRoot + u'/' + pidText + QStringLiteral("/cmdline"));
            --unresolved;
        }
        if (unresolved == 0)
            break;
    }
    return sockets;
}

std::optional<ListeningSocket> listenerOnPort(quint16 port, const QString &procRoot)
{
    for (const ListeningSocket &s : listeningTcpSockets(procRoot)) {
        if (s.port == port)
            return s;
    }
    return std::nullopt;
}

} // namespace cs::net
