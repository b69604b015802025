#pragma once

#include <deque>
#include <map>
#include <mutex>

#include <QMap>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>

namespace cs::worker {

// Embedded mode's pacing of source tasks. The embedded broker keeps only about the last 5 MiB (and
// 100,000 batches) per partition; a sink whose position falls behind that fails with lost offsets.
// Source tasks record what the broker acknowledged, running sink tasks report their positions (every
// loop, also while idle), and a source holds back its next poll while a live sink is more than half
// the retention behind on a partition it writes to. Sinks that are paused, stopped or failed stop
// reporting and no longer hold sources back after a moment.
// Thread-safe (guarded by m_mutex): called from source producers' and sink tasks' threads.
class TopicBacklog final
{
public:
    static constexpr qint64 maxBytesBehind = 5 * 1024 * 1024 / 2; // uncompressed, so conservative
    static constexpr qint64 maxRecordsBehind = 50000; // the broker retains 100,000 batches
    static constexpr qint64 liveMs = 2000; // a sink silent for longer no longer holds sources back

    void produced(const QString &topic, int partition, qint64 offset, qint64 bytes);
    // A running sink task's topics and its next offsets to read (per partition it has read from).
    // Called every loop, also while idle. A partition of its topics without a position yet counts
    // as read from the first record tracked, so a sink that is still joining its group holds
    // sources back too.
    void sinkPositions(
        const QString &group, const QStringList &topics, const QMap<QPair<QString, int>, qint64> &positions);
    void sinkGone(const QString &group);
    // Whether a live sink is too far behind on any partition of these topics; *why says which.
    // `fraction` scales the limits. `pendingBytes`/`pendingRecords` (what a source's producer still
    // holds, not yet acknowledged) count as behind on every partition of the topics, and alone on a
    // topic of which the broker has acknowledged nothing yet.
    bool overLimit(const QSet<QString> &topics, QString *why = nullptr, double fraction = 1.0,
        qint64 pendingBytes = 0, qint64 pendingRecords = 0);

private:
    using Partition = QPair<QString, int>;
    struct Produced
    {
        qint64 offset;
        qint64 bytesBefore; // bytes produced to the partition before this record
    };
    std::mutex m_mutex;
    std::map<Partition, std::deque<Produced>> m_produced; // guarded by m_mutex
    std::map<Partition, qint64> m_totalBytes; // guarded by m_mutex
    // (group, partition) → the sink's next offset to read; guarded by m_mutex
    std::map<QPair<QString, Partition>, qint64> m_positions;
    // (group, topic) → the sink's last report, steady-clock ms; guarded by m_mutex
    std::map<QPair<QString, QString>, qint64> m_subscriptions;
};

} // namespace cs::worker
