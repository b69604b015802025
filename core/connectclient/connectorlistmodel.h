#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "connectclient/restentities.h"

namespace cs::connectclient {

// The connectors of one Connect cluster with the live state of each connector and its tasks, as the
// last GET /connectors?expand=status&expand=info answered. setConnectors() diffs by name so rows and
// the selection survive each poll. Colours are the view's business (it reads StateRole). Lives on
// the GUI thread.
class ConnectorListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        TypeColumn,
        StateColumn,
        TasksColumn,
        WorkerColumn,
        ClassColumn,
        ColumnCount
    };
    enum Role
    {
        StateRole
        = Qt::UserRole + 1, // the upstream state this cell shows ("RUNNING", ...), or the row's worst
        NameRole, // the connector's name
        TraceRole, // the first failure trace of the connector or a task; empty if none
    };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setConnectors(QList<ConnectorOverview> connectors); // sorted by name here
    void clear();
    const QList<ConnectorOverview> &connectors() const { return m_rows; }
    const ConnectorOverview *connector(const QString &name) const;
    int rowOf(const QString &name) const;

    // The state a connector row is summed up by: FAILED if the connector or any task failed, else the
    // connector's state, with a task that is not RUNNING (while the connector is) shown.
    static QString overallState(const ConnectorStatus &status);
    // The state as people read it, translated ("Running", "Failed", ...).
    static QString stateText(const QString &state);

private:
    QList<ConnectorOverview> m_rows;
};

} // namespace cs::connectclient
