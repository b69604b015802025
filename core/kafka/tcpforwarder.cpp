#include "kafka/tcpforwarder.h"

#include <arpa/inet.h>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <list>
#include <mutex>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

#include <QCoreApplication>

namespace cs::kafka {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cs::kafka::TcpForwarder", text);
}

QString systemError(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

sockaddr_in loopback(quint16 port)
{
    sockaddr_in addr {};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return addr;
}

// Copies everything readable from `from` to `to` until EOF or an error, then half-closes `to`
// so the peer sees the end of the stream as well.
void pump(int from, int to)
{
    char buffer[64 * 1024];
    for (;;) {
        const ssize_t n = ::recv(from, buffer, sizeof buffer, 0);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        ssize_t written = 0;
        while (written < n) {
            const ssize_t w = ::send(to, buffer + written, size_t(n - written), MSG_NOSIGNAL);
            if (w < 0 && errno == EINTR)
                continue;
            if (w <= 0) {
                ::shutdown(from, SHUT_RD);
                return;
            }
            written += w;
        }
    }
    ::shutdown(to, SHUT_WR);
}

} // namespace

struct Connection
{
    int client = -1;
    int upstream = -1;
    std::thread toUpstream;
    std::thread toClient;
    std::atomic<int> running { 2 };
};

struct TcpForwarder::Private
{
    int listenFd = -1;
    int wakeFd = -1;
    quint16 targetPort = 0;
    std::thread acceptThread;
    std::atomic<bool> stopping { false };
    bool addressInUse = false;
    QString error;

    std::mutex mutex;
    std::list<std::unique_ptr<Connection>> connections; // guarded by mutex

    void acceptLoop();
    void startConnection(int client);
    void reapFinished();
};

void TcpForwarder::Private::acceptLoop()
{
    pollfd fds[2] = { { listenFd, POLLIN, 0 }, { wakeFd, POLLIN, 0 } };
    while (!stopping.load()) {
        // The timeout only paces reaping of finished connections; stop() wakes us through wakeFd.
        const int ready = ::poll(fds, 2, 1000);
        reapFinished();
        if (ready <= 0 || stopping.load())
            continue;
        if (fds[0].revents & POLLIN) {
            const int client = ::accept4(listenFd, nullptr, nullptr, SOCK_CLOEXEC);
            if (client >= 0)
                startConnection(client);
        }
    }
}

void TcpForwarder::Private::startConnection(int client)
{
    const int upstream = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const sockaddr_in target = loopback(targetPort);
    if (upstream < 0
        || ::connect(upstream, reinterpret_cast<const sockaddr *>(&target), sizeof target) != 0) {
        if (upstream >= 0)
            ::close(upstream);
        ::close(client);
        return;
    }
    const int one = 1;
    ::setsockopt(client, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    ::setsockopt(upstream, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);

    auto connection = std::make_unique<Connection>();
    Connection *c = connection.get();
    c->client = client;
    c->upstream = upstream;
    c->toUpstream = std::thread([c] {
        pump(c->client, c->upstream);
        c->running.fetch_sub(1);
    });
    c->toClient = std::thread([c] {
        pump(c->upstream, c->client);
        c->running.fetch_sub(1);
    });
    std::lock_guard lock(mutex);
    connections.push_back(std::move(connection));
}

void TcpForwarder::Private::reapFinished()
{
    std::lock_guard lock(mutex);
    for (auto it = connections.begin(); it != connections.end();) {
        Connection *c = it->get();
        if (c->running.load() == 0) {
            c->toUpstream.join();
            c->toClient.join();
            ::close(c->client);
            ::close(c->upstream);
            it = connections.erase(it);
        } else {
            ++it;
        }
    }
}

TcpForwarder::TcpForwarder()
    : d(std::make_unique<Private>())
{ }

TcpForwarder::~TcpForwarder()
{
    close();
}

bool TcpForwarder::listen(quint16 listenPort, quint16 targetPort)
{
    close();
    d->addressInUse = false;
    d->error.clear();
    d->targetPort = targetPort;

    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        d->error = tr("Cannot create a socket: %1").arg(systemError(errno));
        return false;
    }
    // SO_REUSEADDR only skips TIME_WAIT leftovers; a port another process listens on still fails.
    const int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    const sockaddr_in addr = loopback(listenPort);
    if (::bind(fd, reinterpret_cast<const sockaddr *>(&addr), sizeof addr) != 0 || ::listen(fd, 64) != 0) {
        const int err = errno;
        d->addressInUse = err == EADDRINUSE;
        d->error = tr("Cannot listen on 127.0.0.1:%1: %2").arg(listenPort).arg(systemError(err));
        ::close(fd);
        return false;
    }
    d->listenFd = fd;
    d->wakeFd = ::eventfd(0, EFD_CLOEXEC);
    d->stopping = false;
    d->acceptThread = std::thread([p = d.get()] { p->acceptLoop(); });
    return true;
}

void TcpForwarder::close()
{
    if (d->listenFd < 0)
        return;
    d->stopping = true;
    const quint64 one = 1;
    [[maybe_unused]] const auto ignored = ::write(d->wakeFd, &one, sizeof one);
    d->acceptThread.join();
    ::close(d->listenFd);
    ::close(d->wakeFd);
    d->listenFd = -1;
    d->wakeFd = -1;

    std::list<std::unique_ptr<Connection>> connections;
    {
        std::lock_guard lock(d->mutex);
        connections.swap(d->connections);
    }
    for (auto &c : connections) {
        // Unblocks both recv() calls so the copy threads end.
        ::shutdown(c->client, SHUT_RDWR);
        ::shutdown(c->upstream, SHUT_RDWR);
        c->toUpstream.join();
        c->toClient.join();
        ::close(c->client);
        ::close(c->upstream);
    }
}

bool TcpForwarder::isListening() const
{
    return d->listenFd >= 0;
}

bool TcpForwarder::addressInUse() const
{
    return d->addressInUse;
}

QString TcpForwarder::errorString() const
{
    return d->error;
}

} // namespace cs::kafka
