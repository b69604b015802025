#pragma once

#include <QColor>
#include <QIdentityProxyModel>
#include <QString>

#include "widgets/statusbadge.h"

namespace cs::ui {

// Colours of Kafka Connect states, shared by the connector list, the task table and the badges:
// green RUNNING, amber PAUSED/RESTARTING/UNASSIGNED, grey STOPPED, red FAILED.
StatusBadge::Tone toneForState(const QString &state);
QColor foregroundForState(const QString &state);
QColor backgroundForState(const QString &state);

// Adds the state colours to ConnectorListModel's State and Tasks columns (the model itself is QtCore
// and knows no colours). GUI thread only.
class StateColorProxy final : public QIdentityProxyModel
{
    Q_OBJECT

public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

} // namespace cs::ui
