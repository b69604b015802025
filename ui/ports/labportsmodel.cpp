#include "ports/labportsmodel.h"

#include <QBrush>
#include <QColor>

namespace cs::ui {

using cs::net::ProbeResult;

void LabPortsModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void LabPortsModel::setListeners(const QList<cs::net::ListeningSocket> &sockets)
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        std::optional<cs::net::ListeningSocket> found;
        if (row.local) {
            for (const auto &s : sockets) {
                if (s.port == row.target.port) {
                    found = s;
                    break;
                }
            }
        }
        const bool same = found.has_value() == row.listener.has_value()
            && (!found || (found->pid == row.listener->pid && found->inode == row.listener->inode));
        if (same)
            continue;
        row.listener = found;
        rowChanged(int(i));
    }
}

void LabPortsModel::setProbing(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_rows[row].probing = true;
    rowChanged(row);
}

void LabPortsModel::setProbeResult(int row, const cs::net::ProbeResult &result)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_rows[row].probing = false;
    m_rows[row].probe = result;
    rowChanged(row);
}

int LabPortsModel::rowOfPort(quint16 port) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].local && m_rows[i].target.port == port)
            return int(i);
    }
    return -1;
}

void LabPortsModel::rowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int LabPortsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LabPortsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LabPortsModel::stateText(int row) const
{
    const Row &r = m_rows[row];
    if (!r.probe)
        return r.probing ? tr("Checking…") : tr("Not checked");
    switch (r.probe->state) {
    case ProbeResult::State::Up:
        return tr("Up");
    case ProbeResult::State::Unhealthy:
        return tr("Up, unhealthy");
    case ProbeResult::State::Down:
        break;
    }
    return tr("Down");
}

QVariant LabPortsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[index.row()];
    if (role == StateRole)
        return r.probe ? int(r.probe->state) : -1;
    if (index.column() == StateColumn && (role == Qt::ForegroundRole || role == Qt::BackgroundRole)) {
        if (!r.probe)
            return {};
        // The palette of StatusBadge: green, amber, red.
        switch (r.probe->state) {
        case ProbeResult::State::Up:
            return QBrush(QColor(role == Qt::ForegroundRole ? 0x146c2e : 0xdcf5e3));
        case ProbeResult::State::Unhealthy:
            return QBrush(QColor(role == Qt::ForegroundRole ? 0x8a5300 : 0xfff1d6));
        case ProbeResult::State::Down:
            return QBrush(QColor(role == Qt::ForegroundRole ? 0xa4161a : 0xfde2e1));
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == HealthColumn && r.probe)
            return r.probe->detail.isEmpty() ? r.probe->summary : r.probe->summary + u'\n' + r.probe->detail;
        if (index.column() == ProcessColumn && r.listener)
            return r.listener->commandLine;
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() == PortColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case PortColumn:
        return r.local ? QString::number(r.target.port)
                       : r.target.host + u':' + QString::number(r.target.port);
    case ServiceColumn:
        return r.service;
    case StateColumn:
        return stateText(index.row());
    case ProcessColumn:
        if (!r.local)
            return tr("(another machine)");
        if (!r.listener)
            return QStringLiteral("—");
        return r.listener->ownerText();
    case HealthColumn:
        if (!r.probe)
            return QString();
        return r.probe->state == ProbeResult::State::Down
            ? r.probe->summary
            : tr("%1 (%2 ms)").arg(r.probe->summary).arg(r.probe->elapsedMs);
    default:
        return {};
    }
}

QVariant LabPortsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PortColumn:
        return tr("Port");
    case ServiceColumn:
        return tr("Service");
    case StateColumn:
        return tr("State");
    case ProcessColumn:
        return tr("Process");
    case HealthColumn:
        return tr("Health check");
    default:
        return {};
    }
}

} // namespace cs::ui
