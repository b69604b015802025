#pragma once

#include <QMetaType>
#include <QString>
#include <QUrl>

#include "widgets/statusbadge.h"

namespace cs::ui {

// The state of one service of the lab as the Lab page shows it: a value that crosses threads.
struct ServiceStatus
{
    enum class State
    {
        Stopped,
        Starting,
        Running,
        Stopping,
        Failed
    };

    State state = State::Stopped;
    QString address; // what clients use while Running: "127.0.0.1:9092", "http://127.0.0.1:8083", a JDBC URL
    QString detail; // one more line: the worker id, the database file, ...
    QString errorString; // while Failed; a message a person can act on
    bool external = false; // an existing service the user pointed the lab at

    bool isRunning() const { return state == State::Running; }
    bool isBusy() const { return state == State::Starting || state == State::Stopping; }

    // Translated ("Running", "Starting…", ...), shared by every card so they speak alike.
    static QString stateText(State state);
    static StatusBadge::Tone tone(State state);
};

} // namespace cs::ui

Q_DECLARE_METATYPE(cs::ui::ServiceStatus)
