#pragma once

#include <optional>

#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

namespace cs::worker {

// The embedded worker's durable copy of its internal topics (the embedded broker keeps them in
// memory only), as standalone mode's offset.storage.file.filename does for offsets. Each stream
// ("connect-configs", "connect-offsets", ...) is a compacted key → value map of the exact record
// bytes written to the topic; a null value deletes the key, like a tombstone.
//
// On disk it is an append-only journal of checksummed records, flushed to stable storage
// (fdatasync) before append() returns, so an acknowledged write survives kill -9 and power loss.
// A torn last record (the process died while writing it) is dropped at open. The journal is
// rewritten compacted (atomic rename) at open and when dead records outweigh live ones.
//
// Thread-safe: every member may be called from any thread (guarded by m_mutex).
class StateJournal final
{
public:
    struct Record
    {
        QByteArray key;
        std::optional<QByteArray> value; // nullopt = tombstone
    };

    StateJournal() = default;
    ~StateJournal();
    StateJournal(const StateJournal &) = delete;
    StateJournal &operator=(const StateJournal &) = delete;

    // Opens (creating if needed) the journal at path and loads it. On failure returns false and
    // errorString() says why, naming the file.
    bool open(const QString &path);
    void close();
    bool isOpen() const;
    QString path() const;
    QString errorString() const;

    // Durably records key → value (nullopt deletes key) in stream. Returns false on an I/O error.
    bool append(const QString &stream, const QByteArray &key, const std::optional<QByteArray> &value);

    // The live records of a stream, in the order their keys were first written.
    QList<Record> records(const QString &stream) const;
    std::optional<QByteArray> value(const QString &stream, const QByteArray &key) const;

    // Records dropped at open because they were torn or failed their checksum (0 normally).
    int discardedAtOpen() const;

private:
    struct Stream
    {
        QList<QByteArray> order; // first-write order of live keys
        QHash<QByteArray, QByteArray> values;
    };

    bool writeRecord(
        QIODevice &out, const QString &stream, const QByteArray &key, const std::optional<QByteArray> &value);
    bool syncFile();
    bool rewriteCompacted();
    void apply(const QString &stream, const QByteArray &key, const std::optional<QByteArray> &value);
    qsizetype liveCount() const;

    mutable QMutex m_mutex;
    QFile m_file; // guarded by m_mutex
    QHash<QString, Stream> m_streams; // guarded by m_mutex
    qsizetype m_journalRecords = 0; // guarded by m_mutex
    int m_discarded = 0; // guarded by m_mutex
    QString m_error; // guarded by m_mutex
};

} // namespace cs::worker
