#pragma once

#include <functional>

#include <QAbstractItemModel>
#include <QList>
#include <QString>

#include "data/dataerror.h"
#include "jdbc/columndefinition.h"
#include "sqlbrowse/sqlworker.h"

namespace cs::sqlbrowse {

// One table (or view) of a connection's schema: columns with types and primary key, and its row count
// (-1 when it could not be counted).
struct TableInfo
{
    jdbc::TableId id;
    jdbc::TableType type = jdbc::TableType::Table;
    QList<jdbc::ColumnDefinition> columns;
    qint64 rowCount = -1;
};

// Reads the tables and views of the worker's connection with their columns and row counts (on the
// connection's thread) and hands them to `done` through `mailbox`.
void loadSchema(SqlWorker *worker, const Mailbox &mailbox,
    std::function<void(const cs::data::Result<QList<TableInfo>> &)> done);

// The schema tree of every open connection: connection → table → column. Columns: name, type, rows.
// The owner fills it (addConnection, setTables, setError); the model does no I/O. GUI thread.
class SchemaModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class Kind
    {
        Connection,
        Table,
        Column
    };
    enum Role
    {
        KindRole = Qt::UserRole + 1, // int(Kind)
        ConnectionRole, // int: the connection's row
        PrimaryKeyRole // bool, columns only
    };

    using QAbstractItemModel::QAbstractItemModel;

    int addConnection(const QString &name, const QString &detail);
    void removeConnection(int connection);
    int connectionCount() const { return static_cast<int>(m_connections.size()); }
    QString connectionName(int connection) const;
    void setLoading(int connection);
    // Tables read again with the same names are updated in place (views keep expansion and selection).
    void setTables(int connection, const QList<TableInfo> &tables);
    void setError(int connection, const QString &error);
    // Updates a table's row count (the table browser learns it while showing the table).
    void setRowCount(int connection, const jdbc::TableId &table, qint64 rows);
    QList<TableInfo> tables(int connection) const;

    QModelIndex connectionIndex(int connection) const;
    QModelIndex tableIndex(int connection, const jdbc::TableId &table) const;
    // For a table or column index: its table; nullptr otherwise.
    const TableInfo *tableAt(const QModelIndex &index) const;
    Kind kindAt(const QModelIndex &index) const;
    int connectionAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Connection
    {
        QString name;
        QString detail;
        QString error;
        bool loading = false;
        QList<TableInfo> tables;
    };
    QList<Connection> m_connections;
};

} // namespace cs::sqlbrowse
