#pragma once

#include <optional>

#include <QAbstractTableModel>
#include <QList>

#include "net/listeningsockets.h"
#include "net/probes.h"

namespace cs::ui {

// The ports the lab uses (8081, 8083, 8084, 8087, 9099, 5435, 9092) plus the Connect REST URL and
// Kafka bootstrap the studio currently points at, each with the process listening there and the
// outcome of its last health probe. The page fills it; the model only shows. GUI thread only.
class LabPortsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        PortColumn,
        ServiceColumn,
        StateColumn,
        ProcessColumn,
        HealthColumn,
        ColumnCount
    };
    enum Role
    {
        StateRole = Qt::UserRole + 1 // cs::net::ProbeResult::State as int, -1 while not probed
    };

    struct Row
    {
        cs::net::ProbeTarget target;
        QString service; // translated
        bool local = true; // on this machine: the process can be looked up
        std::optional<cs::net::ListeningSocket> listener; // from the last /proc scan
        std::optional<cs::net::ProbeResult> probe; // last answer
        bool probing = false;
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QList<Row> rows);
    const QList<Row> &rows() const { return m_rows; }
    void setListeners(const QList<cs::net::ListeningSocket> &sockets);
    void setProbing(int row);
    void setProbeResult(int row, const cs::net::ProbeResult &result);
    // The row for `port` on this machine, or -1.
    int rowOfPort(quint16 port) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString stateText(int row) const;

private:
    void rowChanged(int row);

    QList<Row> m_rows;
};

} // namespace cs::ui
