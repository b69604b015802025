#include "statusbadge.h"

namespace cs::ui {

namespace {

struct Colours
{
    const char *background;
    const char *foreground;
};

Colours coloursFor(StatusBadge::Tone tone)
{
    switch (tone) {
    case StatusBadge::Tone::Good:
        return { "#dcf5e3", "#146c2e" };
    case StatusBadge::Tone::Busy:
        return { "#fff1d6", "#8a5300" };
    case StatusBadge::Tone::Bad:
        return { "#fde2e1", "#a4161a" };
    case StatusBadge::Tone::Neutral:
        break;
    }
    return { "#eceff3", "#4a5563" };
}

} // namespace

StatusBadge::StatusBadge(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("statusBadge"));
    setAlignment(Qt::AlignCenter);
    setState(Tone::Neutral, QString());
}

void StatusBadge::setState(Tone tone, const QString &text)
{
    m_tone = tone;
    // A dot before the word, like a status light; no state yet shows nothing.
    setText(text.isEmpty() ? QString() : QStringLiteral("\u25CF  ") + text);
    setAccessibleName(text);
    const Colours c = coloursFor(tone);
    setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 10px;"
                                 " padding: 2px 12px; min-height: 16px; font-weight: 600; }")
                      .arg(QLatin1String(c.background), QLatin1String(c.foreground)));
}

} // namespace cs::ui
