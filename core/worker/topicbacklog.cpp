#include "worker/topicbacklog.h"

#include <algorithm>
#include <chrono>

namespace cs::worker {

namespace {
constexpr size_t kMaxTracked = 200000; // per partition; older records are far behind any limit

// Monotonic: liveness must not depend on the wall clock being stepped.
qint64 nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now().time_since_epoch())
        .count();
}
} // namespace

void TopicBacklog::produced(const QString &topic, int partition, qint64 offset, qint64 bytes)
{
    std::lock_guard lock(m_mutex);
    const Partition p { topic, partition };
    qint64 &total = m_totalBytes[p];
    std::deque<Produced> &records = m_produced[p];
    records.push_back({ offset, total });
    total += bytes;
    if (records.size() > kMaxTracked)
        records.pop_front();
}

void TopicBacklog::sinkPositions(
    const QString &group, const QStringList &topics, const QMap<QPair<QString, int>, qint64> &positions)
{
    const qint64 now = nowMs();
    std::lock_guard lock(m_mutex);
    for (const QString &topic : topics)
        m_subscriptions[{ group, topic }] = now;
    for (auto it = positions.cbegin(); it != positions.cend(); ++it)
        m_positions[{ group, it.key() }] = it.value();
}

void TopicBacklog::sinkGone(const QString &group)
{
    std::lock_guard lock(m_mutex);
    std::erase_if(m_positions, [&](const auto &entry) { return entry.first.first == group; });
    std::erase_if(m_subscriptions, [&](const auto &entry) { return entry.first.first == group; });
}

bool TopicBacklog::overLimit(
    const QSet<QString> &topics, QString *why, double fraction, qint64 pendingBytes, qint64 pendingRecords)
{
    const qint64 now = nowMs();
    const qint64 bytesLimit = qint64(double(maxBytesBehind) * fraction);
    const qint64 recordsLimit = qint64(double(maxRecordsBehind) * fraction);
    std::lock_guard lock(m_mutex);
    auto over = [&](const QString &group, const QString &where, qint64 bytesBehind, qint64 recordsBehind) {
        if (bytesBehind <= bytesLimit && recordsBehind <= recordsLimit)
            return false;
        if (why)
            *why = QStringLiteral("%1 is %2 record(s), %3 byte(s) behind on %4")
                       .arg(group)
                       .arg(recordsBehind)
                       .arg(bytesBehind)
                       .arg(where);
        return true;
    };
    for (const auto &[key, seen] : m_subscriptions) {
        const auto &[group, topic] = key;
        if (now - seen > liveMs || !topics.contains(topic))
            continue;
        bool acknowledged = false; // whether the broker acknowledged any record of the topic yet
        for (const auto &[p, records] : m_produced) {
            if (p.first != topic || records.empty())
                continue;
            acknowledged = true;
            const auto position = m_positions.find({ group, p });
            // A partition without a position yet counts as read from the first record tracked.
            const qint64 from = position == m_positions.end()
                ? records.front().offset
                : std::max(position->second, records.front().offset);
            qint64 bytesBehind = pendingBytes;
            qint64 recordsBehind = pendingRecords;
            if (records.back().offset >= from) {
                const auto first = std::lower_bound(records.cbegin(), records.cend(), from,
                    [](const Produced &r, qint64 offset) { return r.offset < offset; });
                bytesBehind += m_totalBytes[p] - first->bytesBefore;
                recordsBehind += records.back().offset + 1 - from;
            }
            if (over(group, QStringLiteral("%1-%2").arg(p.first).arg(p.second), bytesBehind, recordsBehind))
                return true;
        }
        // Before the first acknowledgement what the producer holds is all there is to read.
        if (!acknowledged && over(group, topic, pendingBytes, pendingRecords))
            return true;
    }
    return false;
}

} // namespace cs::worker
