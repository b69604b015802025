#include "worker/offsetstore.h"

#include <QMutexLocker>

#include "worker/internalrecords.h"

namespace cs::worker {

OffsetStore::OffsetStore(InternalTopics &topics)
    : m_topics(topics)
{ }

void OffsetStore::load()
{
    QMutexLocker lock(&m_mutex);
    m_order.clear();
    m_offsets.clear();
    for (const InternalTopics::Record &r : m_topics.restored(InternalTopics::Topic::Offsets)) {
        if (!r.value)
            continue;
        if (!m_offsets.contains(r.key))
            m_order.append(r.key);
        m_offsets.insert(r.key, *r.value);
    }
}

std::optional<QByteArray> OffsetStore::get(const QByteArray &key) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_offsets.constFind(key);
    if (it == m_offsets.cend())
        return std::nullopt;
    return *it;
}

QList<InternalTopics::Record> OffsetStore::forConnector(const QString &connector) const
{
    InternalRecords codec; // decodes the JSON keys (names may need escaping)
    QMutexLocker lock(&m_mutex);
    QList<InternalTopics::Record> out;
    for (const QByteArray &key : m_order) {
        const auto decoded = codec.decodeOffsetKey(key);
        if (decoded.ok() && decoded->first == connector)
            out.append({ key, m_offsets.value(key) });
    }
    return out;
}

bool OffsetStore::commit(const QList<InternalTopics::Record> &records, QString *error)
{
    QMutexLocker commitLock(&m_commitMutex);
    for (const InternalTopics::Record &r : records) {
        if (!m_topics.write(InternalTopics::Topic::Offsets, r.key, r.value, error))
            return false;
        QMutexLocker lock(&m_mutex);
        if (r.value) {
            if (!m_offsets.contains(r.key))
                m_order.append(r.key);
            m_offsets.insert(r.key, *r.value);
        } else if (m_offsets.remove(r.key)) {
            m_order.removeOne(r.key);
        }
    }
    return true;
}

} // namespace cs::worker
