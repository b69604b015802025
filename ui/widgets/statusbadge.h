#pragma once

#include <QLabel>

namespace cs::ui {

// A small coloured pill that shows the state of a service ("Running", "Stopped", ...). The text is
// set by the owner (already translated); the tone picks the colours. GUI thread only.
class StatusBadge final : public QLabel
{
    Q_OBJECT

public:
    enum class Tone
    {
        Neutral, // stopped, idle
        Busy, // starting, stopping
        Good, // running
        Bad // failed
    };
    Q_ENUM(Tone)

    explicit StatusBadge(QWidget *parent = nullptr);

    void setState(Tone tone, const QString &text);
    Tone tone() const { return m_tone; }

private:
    Tone m_tone = Tone::Neutral;
};

} // namespace cs::ui
