#include "worker/topicbacklog.h"

#include <algorithm>
#include <optional>

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

void TopicBacklog::sinkPositions(
    const QString &group, const QStringList &topics, const QMap<QPair<QString, int>, qint64> &positions)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::lock_guard lock(m_mutex);
    for (const QString &topic : topics)
        m_subscriptions[{ group, topic }] = now;
    for (auto it = positions.cbegin(); it != positions.cend(); ++it)
        m_sinks[{ group, it.key() }] = { it.value(), now };
}

void TopicBacklog::sinkGone(const QString &group)
{
    std::lock_guard lock(m_mutex);
    std::erase_if(m_sinks, [&](const auto &entry) { return entry.first.first == group; });
    std::erase_if(m_subscriptions, [&](const auto &entry) { return entry.first.first == group; });
}

bool TopicBacklog::overLimit(
    const QSet<QString> &topics, QString *why, double fraction, qint64 pendingBytes, qint64 pendingRecords)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::lock_guard lock(m_mutex);
    auto behind = [&](const QString &group, const Partition &p, std::optional<qint64> position) {
        const auto it = m_produced.find(p);
        if (it == m_produced.end() || it->second.empty())
            return pendingBytes > qint64(double(maxBytesBehind) * fraction)
                || pendingRecords > qint64(double(maxRecordsBehind) * fraction);
        const std::deque<Produced> &records = it->second;
        const qint64 from = std::max(position.value_or(records.front().offset), records.front().offset);
        qint64 bytesBehind = pendingBytes;
        qint64 recordsBehind = pendingRecords;
        if (records.back().offset >= from) {
            const auto first = std::lower_bound(records.cbegin(), records.cend(), from,
                [](const Produced &r, qint64 offset) { return r.offset < offset; });
            bytesBehind += m_totalBytes[p] - first->bytesBefore;
            recordsBehind += records.back().offset + 1 - from;
        }
        if (bytesBehind <= qint64(double(maxBytesBehind) * fraction)
            && recordsBehind <= qint64(double(maxRecordsBehind) * fraction))
            return false;
        if (why)
            *why = QStringLiteral("%1 is %2 record(s), %3 byte(s) behind on %4-%5")
                       .arg(group)
                       .arg(recordsBehind)
                       .arg(bytesBehind)
                       .arg(p.first)
                       .arg(p.second);
        return true;
    };
    for (const auto &[key, seen] : m_subscriptions) {
        const auto &[group, topic] = key;
        if (now - seen > liveMs || !topics.contains(topic))
            continue;
        for (const auto &[p, records] : m_produced) {
            if (p.first != topic)
                continue;
            const auto sink = m_sinks.find({ group, p });
            const std::optional<qint64> position
                = sink == m_sinks.end() ? std::nullopt : std::optional(sink->second.position);
            if (behind(group, p, position))
                return true;
        }
    }
    return false;
}

} // namespace cs::worker
