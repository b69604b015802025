#include "net/listeningsocketsmodel.h"

#include <algorithm>

namespace cs::net {

namespace {

QString protocolOf(const ListeningSocket &s)
{
    return s.address.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("tcp6")
                                                                 : QStringLiteral("tcp");
}

QString addressOf(const ListeningSocket &s)
{
    if (s.address == QHostAddress::AnyIPv4)
        return QStringLiteral("0.0.0.0");
    if (s.address == QHostAddress::AnyIPv6)
        return QStringLiteral("::");
    return s.address.toString();
}

} // namespace

void ListeningSocketsModel::setSockets(QList<ListeningSocket> sockets)
{
    std::sort(sockets.begin(), sockets.end(), [](const ListeningSocket &a, const ListeningSocket &b) {
        if (a.port != b.port)
            return a.port < b.port;
        return addressOf(a) < addressOf(b);
    });
    // Refreshes happen every few seconds and usually change nothing: keep the view (selection,
    // scroll position) still when the rows are the same.
    const bool same = sockets.size() == m_sockets.size()
        && std::equal(sockets.cbegin(), sockets.cend(), m_sockets.cbegin(),
            [](const ListeningSocket &a, const ListeningSocket &b) {
                return a.inode == b.inode && a.port == b.port && a.pid == b.pid && a.address == b.address
                    && a.processName == b.processName;
            });
    if (same)
        return;
    beginResetModel();
    m_sockets = std::move(sockets);
    endResetModel();
}

int ListeningSocketsModel::rowOfPort(quint16 port) const
{
    for (qsizetype i = 0; i < m_sockets.size(); ++i) {
        if (m_sockets[i].port == port)
            return int(i);
    }
    return -1;
}

int ListeningSocketsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sockets.size());
}

int ListeningSocketsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ListeningSocketsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ListeningSocket &s = m_sockets[index.row()];
    if (role == PortRole)
        return s.port;
    if (role == PidRole)
        return s.pid;
    if (role == Qt::TextAlignmentRole && (index.column() == PortColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == CommandColumn)
        return s.commandLine;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case ProtocolColumn:
        return protocolOf(s);
    case AddressColumn:
        return addressOf(s);
    case PortColumn:
        return role == Qt::EditRole ? QVariant(s.port) : QVariant(QString::number(s.port));
    case ProcessColumn:
        // netstat's "PID/Program name"; "-" when the owner is not visible to this user.
        return s.pid < 0 ? QStringLiteral("-") : QStringLiteral("%1/%2").arg(s.pid).arg(s.programName());
    case CommandColumn:
        return s.commandLine;
    default:
        return {};
    }
}

QVariant ListeningSocketsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ProtocolColumn:
        return tr("Proto");
    case AddressColumn:
        return tr("Local address");
    case PortColumn:
        return tr("Port");
    case ProcessColumn:
        return tr("PID/Program name");
    case CommandColumn:
        return tr("Command line");
    default:
        return {};
    }
}

} // namespace cs::net
