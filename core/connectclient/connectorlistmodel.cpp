#include "connectclient/connectorlistmodel.h"

#include <algorithm>

#include <QMap>

namespace cs::connectclient {

namespace {

QString tasksText(const ConnectorStatus &status)
{
    if (status.tasks.isEmpty())
        return ConnectorListModel::tr("no tasks");
    QMap<QString, int> counts;
    for (const TaskStatus &t : status.tasks)
        ++counts[t.state];
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts.append(QStringLiteral("%1 %2").arg(it.value()).arg(ConnectorListModel::stateText(it.key())));
    return parts.join(QStringLiteral(", "));
}

QString worstTaskState(const ConnectorStatus &status)
{
    static const QStringList severity { QStringLiteral("FAILED"), QStringLiteral("UNASSIGNED"),
        QStringLiteral("RESTARTING"), QStringLiteral("PAUSED"), QStringLiteral("RUNNING") };
    qsizetype best = severity.size();
    QString state;
    for (const TaskStatus &t : status.tasks) {
        const qsizetype i = severity.indexOf(t.state);
        const qsizetype rank = i < 0 ? 0 : i;
        if (rank < best) {
            best = rank;
            state = t.state;
        }
    }
    return state;
}

} // namespace

int ConnectorListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ConnectorListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConnectorListModel::overallState(const ConnectorStatus &status)
{
    if (status.state == u"FAILED")
        return status.state;
    const QString task = worstTaskState(status);
    if (task == u"FAILED")
        return task;
    if (status.state == u"RUNNING" && !task.isEmpty() && task != u"RUNNING")
        return task;
    return status.state;
}

QString ConnectorListModel::stateText(const QString &state)
{
    if (state == u"RUNNING")
        return tr("Running");
    if (state == u"PAUSED")
        return tr("Paused");
    if (state == u"STOPPED")
        return tr("Stopped");
    if (state == u"FAILED")
        return tr("Failed");
    if (state == u"RESTARTING")
        return tr("Restarting");
    if (state == u"UNASSIGNED")
        return tr("Unassigned");
    if (state.isEmpty())
        return tr("Unknown");
    return state;
}

QVariant ConnectorListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ConnectorOverview &row = m_rows.at(index.row());
    const ConnectorStatus status = row.status.value_or(ConnectorStatus {});
    if (role == NameRole)
        return row.name;
    if (role == TraceRole) {
        if (!status.trace.isEmpty())
            return status.trace;
        for (const TaskStatus &t : status.tasks)
            if (!t.trace.isEmpty())
                return t.trace;
        return QString();
    }
    if (role == StateRole) {
        if (index.column() == StateColumn)
            return status.state;
        if (index.column() == TasksColumn)
            return worstTaskState(status);
        return overallState(status);
    }
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        const QString type = row.status ? status.type : row.info ? row.info->type : QString();
        switch (index.column()) {
        case NameColumn:
            return row.name;
        case TypeColumn:
            return type == u"source" ? tr("Source") : type == u"sink" ? tr("Sink") : type;
        case StateColumn:
            if (!row.status)
                return tr("No status yet");
            return role == Qt::ToolTipRole ? status.state : stateText(status.state);
        case TasksColumn:
            return row.status ? tasksText(status) : QString();
        case WorkerColumn:
            return status.workerId;
        case ClassColumn:
            return row.info ? row.info->config.value(QStringLiteral("connector.class")) : QString();
        default:
            break;
        }
    }
    return {};
}

QVariant ConnectorListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case StateColumn:
        return tr("State");
    case TasksColumn:
        return tr("Tasks");
    case WorkerColumn:
        return tr("Worker");
    case ClassColumn:
        return tr("Class");
    default:
        return {};
    }
}

const ConnectorOverview *ConnectorListModel::connector(const QString &name) const
{
    const int row = rowOf(name);
    return row < 0 ? nullptr : &m_rows.at(row);
}

int ConnectorListModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).name == name)
            return i;
    return -1;
}

void ConnectorListModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void ConnectorListModel::setConnectors(QList<ConnectorOverview> connectors)
{
    std::sort(connectors.begin(), connectors.end(),
        [](const ConnectorOverview &a, const ConnectorOverview &b) { return a.name < b.name; });
    // Remove rows that vanished (from the bottom so indexes stay valid).
    for (int i = static_cast<int>(m_rows.size()) - 1; i >= 0; --i) {
        const QString &name = m_rows.at(i).name;
        const bool kept = std::any_of(connectors.cbegin(), connectors.cend(),
            [&](const ConnectorOverview &c) { return c.name == name; });
        if (!kept) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    // Both lists are now sorted; walk them together, inserting new rows and updating the others.
    for (int i = 0; i < connectors.size(); ++i) {
        ConnectorOverview &incoming = connectors[i];
        if (i < m_rows.size() && m_rows.at(i).name == incoming.name) {
            m_rows[i] = std::move(incoming);
            Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
        } else {
            beginInsertRows({}, i, i);
            m_rows.insert(i, std::move(incoming));
            endInsertRows();
        }
    }
}

} // namespace cs::connectclient
