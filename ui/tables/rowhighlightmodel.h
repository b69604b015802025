#pragma once

#include <QIdentityProxyModel>

namespace cs::ui {

// Colours the rows a TableModel marks as new (green) or changed (amber) and greys NULL cells: the
// look that core's models cannot carry (QtGui). GUI thread.
class RowHighlightModel final : public QIdentityProxyModel
{
    Q_OBJECT

public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

} // namespace cs::ui
