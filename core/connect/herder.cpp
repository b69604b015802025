#include "connect/herder.h"

#include <mutex>

namespace cs::connect {

void Herder::connectorsView(HerderCallback<ConnectorsViewPtr> callback)
{
    connectors([this, callback](HerderResult<QStringList> names) {
        if (!names.value) {
            callback(HerderResult<ConnectorsViewPtr>::fail(names.error.value_or(ConnectError::internal({}))));
            return;
        }
        // Answers may come on any thread; the last one completes the view. Connectors that vanished
        // meanwhile (404) are left out, as upstream does.
        struct Join
        {
            std::mutex mutex;
            QMap<QString, ConnectorInfo> info; // guarded by mutex
            QMap<QString, ConnectorStateInfo> status; // guarded by mutex
            qsizetype pending = 0; // guarded by mutex
        };
        auto join = std::make_shared<Join>();
        join->pending = names.value->size() * 2;
        auto finishOne = [join, callback] {
            auto view = std::make_shared<ConnectorsView>();
            {
                std::lock_guard lock(join->mutex);
                if (--join->pending > 0)
                    return;
                for (auto it = join->info.cbegin(); it != join->info.cend(); ++it)
                    view->connectors.append({ it.value(),
                        join->status.contains(it.key()) ? std::optional(join->status.value(it.key()))
                                                        : std::nullopt });
            }
            callback(HerderResult<ConnectorsViewPtr>::ok(std::move(view)));
        };
        if (join->pending == 0) {
            callback(HerderResult<ConnectorsViewPtr>::ok(std::make_shared<ConnectorsView>()));
            return;
        }
        for (const QString &name : std::as_const(*names.value)) {
            connectorInfo(name, [join, name, finishOne](HerderResult<ConnectorInfo> r) {
                if (r.value) {
                    std::lock_guard lock(join->mutex);
                    join->info.insert(name, *r.value);
                }
                finishOne();
            });
            connectorStatus(name, [join, name, finishOne](HerderResult<ConnectorStateInfo> r) {
                if (r.value) {
                    std::lock_guard lock(join->mutex);
                    join->status.insert(name, *r.value);
                }
                finishOne();
            });
        }
    });
}

QString targetStateName(TargetState state)
{
    switch (state) {
    case TargetState::Started:
        return QStringLiteral("STARTED");
    case TargetState::Paused:
        return QStringLiteral("PAUSED");
    case TargetState::Stopped:
        return QStringLiteral("STOPPED");
    }
    return QString();
}

} // namespace cs::connect
