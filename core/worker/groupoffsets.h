#pragma once

#include <optional>

#include <QList>
#include <QString>

#include "kafka/clientconfig.h"
#include "kafka/message.h"

namespace cs::worker {

// A sink connector's consumer-group offsets (group connect-<name>) read and written from outside the
// group, as upstream's offsets endpoints do through the admin client: a client that never joins the
// group commits with no generation, which the broker accepts while the group has no members (the
// connector is STOPPED). Blocking calls, each bounded by config.timeoutMs; any thread but the GUI's.
class GroupOffsets final
{
public:
    // Commits `offsets` (the next offsets to read) for `group`.
    static bool commit(const kafka::ClientConfig &config, const QString &group,
        const QList<kafka::TopicPartitionOffset> &offsets, QString *error);
    // The log start offset of every partition of `topics`, e.g. where a reset group starts again.
    static std::optional<QList<kafka::TopicPartitionOffset>> logStarts(
        const kafka::ClientConfig &config, const QStringList &topics, QString *error);
};

} // namespace cs::worker
