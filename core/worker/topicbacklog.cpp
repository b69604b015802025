#include "worker/topicbacklog.h"

#include <algorithm>

#include <QDateTime>

namespace cs::worker {

namespace {
constexpr size_t kMaxTracked = 200000; // per partition; older records are far behind any limit
}

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

void TopicBacklog::sinkPositions(const QString &group, const QMap<QPair<QString, int>, qint64> &positions)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::lock_guard lock(m_mutex);
    for (auto it = positions.cbegin(); it != positions.cend(); ++it)
        m_sinks[{ group, it.key() }] = { it.value(), now };
}

void TopicBacklog::sinkGone(const QString &group)
{
    std::lock_guard lock(m_mutex);
    std::erase_if(m_sinks, [&](const auto &entry) { return entry.first.first == group; });
}

bool TopicBacklog::overLimit(const QSet<QString> &topics, QString *why)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::lock_guard lock(m_mutex);
    for (const auto &[key, sink] : m_sinks) {
        const Partition &p = key.second;
        if (now - sink.seenMs > liveMs || !topics.contains(p.first))
            continue;
        const auto it = m_produced.find(p);
        if (it == m_produced.end() || it->second.empty() || it->second.back().offset < sink.position)
            continue;
        const std::deque<Produced> &records = it->second;
        const auto first = std::lower_bound(records.cbegin(), records.cend(), sink.position,
            [](const Produced &r, qint64 offset) { return r.offset < offset; });
        const qint64 bytesBehind = m_totalBytes[p] - first->bytesBefore;
        const qint64 recordsBehind
            = records.back().offset + 1 - std::max(sink.position, records.front().offset);
        if (bytesBehind > maxBytesBehind || recordsBehind > maxRecordsBehind) {
            if (why)
                *why = QStringLiteral("%1 is %2 record(s), %3 byte(s) behind on %4-%5")
                           .arg(key.first)
                           .arg(recordsBehind)
                           .arg(bytesBehind)
                           .arg(p.first)
                           .arg(p.second);
            return true;
        }
    }
    return false;
}

} // namespace cs::worker
