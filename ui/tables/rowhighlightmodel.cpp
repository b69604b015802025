#include "tables/rowhighlightmodel.h"

#include <QBrush>
#include <QColor>

#include "sqlbrowse/tablemodel.h"

namespace cs::ui {

using cs::sqlbrowse::TableModel;

QVariant RowHighlightModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::BackgroundRole) {
        switch (QIdentityProxyModel::data(index, TableModel::RowStateRole).toInt()) {
        case TableModel::New:
            return QBrush(QColor(0xd9, 0xf5, 0xe1));
        case TableModel::Changed:
            return QBrush(QColor(0xfd, 0xf0, 0xc8));
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole) {
        if (QIdentityProxyModel::data(index, TableModel::IsNullRole).toBool())
            return QBrush(QColor(0x9a, 0xa3, 0xaf));
        if (!QIdentityProxyModel::data(index, TableModel::LoadedRole).toBool())
            return QBrush(QColor(0x9a, 0xa3, 0xaf));
        return {};
    }
    if (role == Qt::DisplayRole && !QIdentityProxyModel::data(index, TableModel::LoadedRole).toBool()) {
        // A row whose page is on its way.
        const QVariant v = QIdentityProxyModel::data(index, role);
        return v.isValid() ? v : QVariant(QStringLiteral("…"));
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace cs::ui
