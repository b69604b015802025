#pragma once

#include <optional>

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>

#include "worker/internaltopics.h"

namespace cs::worker {

// Source offsets as the offset storage topic holds them: serialized key ["<connector>",{partition}]
// → serialized offset map. Lookups are by exact key bytes, as upstream's OffsetStorageReader does.
// commit() writes durably (topic, and journal in embedded mode) before the cache changes.
// Thread-safe: source tasks read and commit from their own threads, the herder from its own.
class OffsetStore final
{
public:
    explicit OffsetStore(InternalTopics &topics);

    // Loads what InternalTopics restored.
    void load();

    std::optional<QByteArray> get(const QByteArray &key) const;
    // Every stored key of one connector (keys whose first array element is `connector`).
    QList<InternalTopics::Record> forConnector(const QString &connector) const;

    // Writes each key → value (nullopt = tombstone, an offset reset) and then updates the cache.
    bool commit(const QList<InternalTopics::Record> &records, QString *error);

private:
    InternalTopics &m_topics;
    mutable QMutex m_mutex;
    QList<QByteArray> m_order; // guarded by m_mutex; first-seen order of keys
    QHash<QByteArray, QByteArray> m_offsets; // guarded by m_mutex
    QMutex m_commitMutex; // serializes commits so the topic sees them in order
};

} // namespace cs::worker
