#pragma once

#include <optional>

#include <QHostAddress>
#include <QList>
#include <QString>

namespace cs::net {

// One listening TCP socket as `netstat -lntp` shows it.
struct ListeningSocket
{
    QHostAddress address;
    quint16 port = 0;
    quint64 inode = 0;
    qint64 pid = -1; // -1 when the owning process is not visible (another user's, without root)
    QString processName; // /proc/<pid>/comm
    QString commandLine; // /proc/<pid>/cmdline, arguments joined by spaces

    // The program's name: processName, completed from the command line when the kernel cut it at
    // 15 characters ("connect-studio-" → "connect-studio-worker").
    QString programName() const;
    bool isLoopbackOnly() const { return address.isLoopback(); }
    // "java (pid 23597)", or "an unknown process" when the owner is not visible.
    QString ownerText() const;
};

// Reads /proc/net/tcp and /proc/net/tcp6 for sockets in LISTEN state and finds their processes
// through /proc/<pid>/fd. Walks /proc, so call it off the GUI thread. Stateless and thread-safe.
// `procRoot` exists for tests that feed a prepared tree; real callers use the default.
QList<ListeningSocket> listeningTcpSockets(const QString &procRoot = QStringLiteral("/proc"));

// The socket listening on `port` on any address, if there is one.
std::optional<ListeningSocket> listenerOnPort(
    quint16 port, const QString &procRoot = QStringLiteral("/proc"));

} // namespace cs::net
