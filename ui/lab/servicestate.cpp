#include "lab/servicestate.h"

#include <QCoreApplication>

namespace cs::ui {

QString ServiceStatus::stateText(State state)
{
    switch (state) {
    case State::Starting:
        return QCoreApplication::translate("cs::ui::ServiceStatus", "Starting…");
    case State::Running:
        return QCoreApplication::translate("cs::ui::ServiceStatus", "Running");
    case State::Stopping:
        return QCoreApplication::translate("cs::ui::ServiceStatus", "Stopping…");
    case State::Failed:
        return QCoreApplication::translate("cs::ui::ServiceStatus", "Failed");
    case State::Stopped:
        break;
    }
    return QCoreApplication::translate("cs::ui::ServiceStatus", "Stopped");
}

StatusBadge::Tone ServiceStatus::tone(State state)
{
    switch (state) {
    case State::Starting:
    case State::Stopping:
        return StatusBadge::Tone::Busy;
    case State::Running:
        return StatusBadge::Tone::Good;
    case State::Failed:
        return StatusBadge::Tone::Bad;
    case State::Stopped:
        break;
    }
    return StatusBadge::Tone::Neutral;
}

} // namespace cs::ui
