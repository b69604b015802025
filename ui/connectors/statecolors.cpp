#include "connectors/statecolors.h"

#include <QFont>

#include "connectclient/connectorlistmodel.h"

namespace cs::ui {

using cs::connectclient::ConnectorListModel;

StatusBadge::Tone toneForState(const QString &state)
{
    if (state == u"RUNNING")
        return StatusBadge::Tone::Good;
    if (state == u"FAILED")
        return StatusBadge::Tone::Bad;
    if (state == u"PAUSED" || state == u"RESTARTING" || state == u"UNASSIGNED")
        return StatusBadge::Tone::Busy;
    return StatusBadge::Tone::Neutral;
}

QColor foregroundForState(const QString &state)
{
    switch (toneForState(state)) {
    case StatusBadge::Tone::Good:
        return QColor(0x14, 0x6c, 0x2e);
    case StatusBadge::Tone::Bad:
        return QColor(0xa4, 0x16, 0x1a);
    case StatusBadge::Tone::Busy:
        return QColor(0x8a, 0x53, 0x00);
    case StatusBadge::Tone::Neutral:
        break;
    }
    return QColor(0x4a, 0x55, 0x63);
}

QColor backgroundForState(const QString &state)
{
    switch (toneForState(state)) {
    case StatusBadge::Tone::Good:
        return QColor(0xdc, 0xf5, 0xe3);
    case StatusBadge::Tone::Bad:
        return QColor(0xfd, 0xe2, 0xe1);
    case StatusBadge::Tone::Busy:
        return QColor(0xff, 0xf1, 0xd6);
    case StatusBadge::Tone::Neutral:
        break;
    }
    return QColor(0xec, 0xef, 0xf3);
}

QVariant StateColorProxy::data(const QModelIndex &index, int role) const
{
    const int column = index.column();
    const bool coloured
        = column == ConnectorListModel::StateColumn || column == ConnectorListModel::TasksColumn;
    if (coloured && (role == Qt::ForegroundRole || role == Qt::BackgroundRole)) {
        const QString state = QIdentityProxyModel::data(index, ConnectorListModel::StateRole).toString();
        if (state.isEmpty())
            return {};
        return role == Qt::ForegroundRole ? foregroundForState(state) : backgroundForState(state);
    }
    if (role == Qt::FontRole && column == ConnectorListModel::NameColumn) {
        QFont font;
        font.setWeight(QFont::DemiBold);
        return font;
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace cs::ui
