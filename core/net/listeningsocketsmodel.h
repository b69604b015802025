#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "net/listeningsockets.h"

namespace cs::net {

// The listening TCP sockets of the machine as a table, `netstat -lntp`'s columns: protocol, local
// address, port, PID and program, command line. Holds a copy of the last scan; setSockets()
// replaces it (rows are kept sorted by port, then address). GUI thread (any one thread) only.
class ListeningSocketsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ProtocolColumn,
        AddressColumn,
        PortColumn,
        ProcessColumn,
        CommandColumn,
        ColumnCount
    };
    enum Role
    {
        PortRole = Qt::UserRole + 1, // quint16
        PidRole // qint64, -1 when not visible
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setSockets(QList<ListeningSocket> sockets);
    const QList<ListeningSocket> &sockets() const { return m_sockets; }
    // The first row listening on `port`, or -1.
    int rowOfPort(quint16 port) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ListeningSocket> m_sockets;
};

} // namespace cs::net
