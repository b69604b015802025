#pragma once

#include <functional>
#include <optional>

#include <QFile>
#include <QHash>
#include <QMutex>
#include <QString>

#include "kafka/message.h"

namespace cs::worker {

// The embedded mode's durable copy of the records this worker's source tasks produced (the embedded
// broker keeps topics in memory only). Each record is appended with the partition and offset the
// broker gave it, once its delivery was acknowledged; sync() makes what was appended durable
// (fdatasync). Source tasks sync before they commit their source offsets and sink tasks before they
// commit their consumer offsets, so after kill -9 every record behind a committed offset is in the
// file. At start the worker replays the file into the fresh broker in order, so partitions and
// offsets come back as they were. Records other producers wrote to the broker are not kept.
//
// On disk: a magic line, then length-prefixed, CRC-checked records; a torn tail is cut at open.
// Thread-safe (guarded by m_mutex): source tasks append from their producers' threads.
class DataJournal final
{
public:
    DataJournal() = default;
    ~DataJournal();
    DataJournal(const DataJournal &) = delete;
    DataJournal &operator=(const DataJournal &) = delete;

    bool open(const QString &path);
    void close();
    bool isOpen() const;
    QString path() const;
    QString errorString() const;

    // Appends a delivered record (topic, partition and offset set). Buffered until sync().
    bool append(const kafka::Message &message);
    // Flushes and fdatasyncs what was appended. Returns false on an I/O error.
    bool sync();

    // Every record, in the order appended. Stops early when `visit` returns false.
    bool replay(const std::function<bool(const kafka::Message &)> &visit);
    // The topics in the file with their partition count (highest partition + 1).
    QHash<QString, int> topics() const;
    qint64 recordCount() const;

private:
    mutable QMutex m_mutex;
    QFile m_file; // guarded by m_mutex
    QHash<QString, int> m_topics; // guarded by m_mutex
    qint64 m_records = 0; // guarded by m_mutex
    bool m_dirty = false; // guarded by m_mutex
    QString m_error; // guarded by m_mutex
};

} // namespace cs::worker
