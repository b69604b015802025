#pragma once

#include <memory>

#include <QString>

namespace cs::kafka {

// Listens on 127.0.0.1:<listenPort> and relays every accepted connection, byte for byte, to
// 127.0.0.1:<targetPort>. Owns one accept thread plus two copy threads per open connection
// (connections are few: one per Kafka client and broker). listen() and close() are called on one
// thread; close() (and the destructor) shuts every socket down and joins every thread.
class TcpForwarder final
{
public:
    TcpForwarder();
    ~TcpForwarder();
    TcpForwarder(const TcpForwarder &) = delete;
    TcpForwarder &operator=(const TcpForwarder &) = delete;

    // Binds the listening socket and starts relaying. Returns false with errorString() when the
    // port cannot be bound (typically because another process listens on it).
    bool listen(quint16 listenPort, quint16 targetPort);
    void close();

    bool isListening() const;
    bool addressInUse() const; // the last listen() failed with EADDRINUSE
    QString errorString() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cs::kafka
