#include "connect/herder.h"

namespace cs::connect {

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
