#pragma once

#include <functional>
#include <optional>
#include <thread>

#include <QFile>
#include <QHash>
#include <QMutex>
#include <QPair>
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
//
// Compaction bounds the file: compact() drops, per topic-partition, the records below an offset (what
// the broker no longer retains) and keeps at least each partition's last record, so replay can start
// the partition at the same offsets. It writes the kept records to `<file>.compact`, fdatasyncs it,
// renames it over the file and syncs the folder, so kill -9 at any moment leaves either the old file
// or the new one (a leftover `.compact` is removed at open). Appends continue while it copies; what
// they added is copied last, under the lock. With setAutoCompaction(), an append or sync() that finds
// the file grown past its bound starts a compaction on a thread of the journal's own.
class DataJournal final
{
public:
    using Partition = QPair<QString, int>;
    // First and last offset a partition has in the file.
    struct Span
    {
        qint64 first = -1;
        qint64 last = -1;
    };
    // Where kill -9 can land in a compaction, for tests.
    enum class CompactionStage
    {
        Copied, // the kept records are in the .compact file, not yet synced
        Synced, // the .compact file is complete and synced, not yet renamed
        Renamed, // the .compact file replaced the file
    };
    // Per partition, the lowest offset to keep; nullopt when it cannot be known now.
    using Retention = std::function<std::optional<QHash<Partition, qint64>>()>;
    // The worker's bound (Worker::Options::dataCompactionBytes).
    static constexpr qint64 defaultCompactionBytes = 64 * 1024 * 1024;

    DataJournal() = default;
    ~DataJournal();
    DataJournal(const DataJournal &) = delete;
    DataJournal &operator=(const DataJournal &) = delete;

    bool open(const QString &path);
    void close();
    bool isOpen() const;
    QString path() const;
    QString errorString() const;

    // A delivered record whose bytes someone else owns (a delivery report's message).
    struct RecordView
    {
        QString topic;
        int partition = -1;
        qint64 offset = -1;
        qint64 timestamp = -1;
        std::optional<QByteArrayView> key; // nullopt: null
        std::optional<QByteArrayView> value;
        QList<kafka::Header> headers;
    };

    // Appends a delivered record (topic, partition and offset set). Buffered until sync().
    bool append(const kafka::Message &message);
    bool append(const RecordView &record);
    // Flushes and fdatasyncs what was appended. Returns false on an I/O error.
    bool sync();

    // Every record, in the order appended. Stops early when `visit` returns false.
    bool replay(const std::function<bool(const kafka::Message &)> &visit);
    // The topics in the file with their partition count (highest partition + 1).
    QHash<QString, int> topics() const;
    qint64 recordCount() const;
    QHash<Partition, Span> spans() const;
    // The offset after the last record appended of `partition`; nullopt when it has none (records
    // that other programs produced). A sink commits no further: it may read a record from the broker
    // before the record's delivery report reached the journal, and a restart would not have it.
    std::optional<qint64> endOffset(const Partition &partition) const;
    qint64 fileSize() const;

    // Rewrites the file without the records below keepFrom[partition] (partitions not named keep
    // everything; a partition's last record is always kept; keepFrom 1 counts as 0, since a partition
    // cannot be made to start at offset 1). Returns false and keeps the old file on an error.
    bool compact(const QHash<Partition, qint64> &keepFrom,
        const std::function<void(CompactionStage)> &stageReached = {});
    // From now on the journal compacts on a thread of its own once the file exceeds `bytes` and has
    // grown by half of what the last compaction kept (by `bytes` after one that had nothing to drop),
    // keeping what `retention` answers. Set it before tasks run.
    void setAutoCompaction(qint64 bytes, Retention retention);
    // Compactions done since open (automatic or not).
    int compactions() const;
    // Returns once a compaction that an append or sync() started has ended.
    void waitForCompaction();

private:
    void maybeCompactInBackground(); // with m_mutex held
    // With m_mutex held: a record of the file counts in m_topics, m_spans and m_records.
    void track(const QString &topic, int partition, qint64 offset);
    void joinCompaction();

    mutable QMutex m_mutex;
    QFile m_file; // guarded by m_mutex
    QHash<QString, int> m_topics; // guarded by m_mutex
    QHash<Partition, Span> m_spans; // guarded by m_mutex
    // The entries of the last record's partition (records mostly come in runs of one partition);
    // guarded by m_mutex, reset whenever m_topics or m_spans change other than through append().
    struct LastPartition
    {
        QString topic;
        int partition = -1;
        int *partitions = nullptr; // in m_topics
        Span *span = nullptr; // in m_spans
    };
    LastPartition m_last;
    qint64 m_records = 0; // guarded by m_mutex
    qint64 m_size = 0; // guarded by m_mutex: the file's size with what is buffered
    qint64 m_compactAbove = -1; // guarded by m_mutex; -1: no automatic compaction
    qint64 m_nextCompaction = 0; // guarded by m_mutex: the size at which the next one is tried
    int m_compactions = 0; // guarded by m_mutex
    bool m_compacting = false; // guarded by m_mutex
    Retention m_retention; // guarded by m_mutex
    std::thread m_compactor; // started with m_mutex held, joined by close()
    QMutex m_compactMutex; // one compaction at a time
    bool m_dirty = false; // guarded by m_mutex
    QString m_error; // guarded by m_mutex
};

} // namespace cs::worker
