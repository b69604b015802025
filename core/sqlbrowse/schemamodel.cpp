#include "sqlbrowse/schemamodel.h"

#include <QLocale>
#include <QSqlQuery>

#include "jdbc/databasedialect.h"

namespace cs::sqlbrowse {

namespace {

// Node ids: a connection row has id 0; a table has id (connection + 1); a column has
// ((connection + 1) << 32) | (table + 1).
constexpr quintptr kTableShift = 32;

quintptr tableNodeId(int connection)
{
    return quintptr(connection) + 1;
}

quintptr columnNodeId(int connection, int table)
{
    return ((quintptr(connection) + 1) << kTableShift) | (quintptr(table) + 1);
}

bool sameTableIds(const QList<TableInfo> &a, const QList<TableInfo> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (!(a.at(i).id == b.at(i).id))
            return false;
    return true;
}

bool sameColumns(const QList<jdbc::ColumnDefinition> &a, const QList<jdbc::ColumnDefinition> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const jdbc::ColumnDefinition &x = a.at(i);
        const jdbc::ColumnDefinition &y = b.at(i);
        if (x.name != y.name || x.typeName != y.typeName || x.isOptional() != y.isOptional()
            || x.primaryKey != y.primaryKey)
            return false;
    }
    return true;
}

} // namespace

void loadSchema(SqlWorker *worker, const Mailbox &mailbox,
    std::function<void(const cs::data::Result<QList<TableInfo>> &)> done)
{
    worker->submit([mailbox, done = std::move(done)](SqlSession &session) {
        if (!session.ok) {
            const cs::data::DataError error = session.openError;
            mailbox.post([=] { done(error); });
            return;
        }
        auto ids = session.dialect->tableIds(session.db, { QStringLiteral("TABLE"), QStringLiteral("VIEW") });
        if (!ids) {
            const cs::data::DataError error = ids.error();
            mailbox.post([=] { done(error); });
            return;
        }
        QList<TableInfo> tables;
        for (const jdbc::TableId &id : ids.value()) {
            TableInfo info;
            info.id = id;
            auto def = session.dialect->describeTable(session.db, id);
            if (def && def->exists) {
                info.type = def->type;
                info.columns = def->columns;
            }
            QSqlQuery count(session.db);
            count.setForwardOnly(true);
            if (count.exec(QStringLiteral("SELECT COUNT(*) FROM ") + session.dialect->tableName(id))
                && count.next())
                info.rowCount = count.value(0).toLongLong();
            tables << info;
        }
        mailbox.post([=] { done(tables); });
    });
}

int SchemaModel::addConnection(const QString &name, const QString &detail)
{
    const int row = static_cast<int>(m_connections.size());
    beginInsertRows({}, row, row);
    m_connections.append(Connection { name, detail, {}, false, {} });
    endInsertRows();
    return row;
}

void SchemaModel::removeConnection(int connection)
{
    if (connection < 0 || connection >= m_connections.size())
        return;
    beginRemoveRows({}, connection, connection);
    m_connections.removeAt(connection);
    endRemoveRows();
}

QString SchemaModel::connectionName(int connection) const
{
    return m_connections.value(connection).name;
}

void SchemaModel::setLoading(int connection)
{
    if (connection < 0 || connection >= m_connections.size())
        return;
    m_connections[connection].loading = true;
    m_connections[connection].error.clear();
    const QModelIndex i = connectionIndex(connection);
    Q_EMIT dataChanged(i, i.siblingAtColumn(2));
}

void SchemaModel::setTables(int connection, const QList<TableInfo> &tables)
{
    if (connection < 0 || connection >= m_connections.size())
        return;
    const QModelIndex parent = connectionIndex(connection);
    Connection &c = m_connections[connection];
    if (sameTableIds(c.tables, tables)) {
        // The same tables read again: update them in place so that views keep what is expanded and
        // selected; only a table whose columns changed gets its column rows replaced.
        for (int t = 0; t < tables.size(); ++t) {
            const QModelIndex table = index(t, 0, parent);
            TableInfo &old = c.tables[t];
            if (!sameColumns(old.columns, tables.at(t).columns)) {
                if (!old.columns.isEmpty()) {
                    beginRemoveRows(table, 0, static_cast<int>(old.columns.size()) - 1);
                    old.columns.clear();
                    endRemoveRows();
                }
                if (!tables.at(t).columns.isEmpty()) {
                    beginInsertRows(table, 0, static_cast<int>(tables.at(t).columns.size()) - 1);
                    old.columns = tables.at(t).columns;
                    endInsertRows();
                }
            }
            old.type = tables.at(t).type;
            old.rowCount = tables.at(t).rowCount;
            Q_EMIT dataChanged(table, table.siblingAtColumn(2));
        }
    } else {
        if (!c.tables.isEmpty()) {
            beginRemoveRows(parent, 0, static_cast<int>(c.tables.size()) - 1);
            c.tables.clear();
            endRemoveRows();
        }
        if (!tables.isEmpty()) {
            beginInsertRows(parent, 0, static_cast<int>(tables.size()) - 1);
            c.tables = tables;
            endInsertRows();
        }
    }
    c.loading = false;
    c.error.clear();
    Q_EMIT dataChanged(parent, parent.siblingAtColumn(2));
}

void SchemaModel::setError(int connection, const QString &error)
{
    if (connection < 0 || connection >= m_connections.size())
        return;
    m_connections[connection].loading = false;
    m_connections[connection].error = error;
    const QModelIndex i = connectionIndex(connection);
    Q_EMIT dataChanged(i, i.siblingAtColumn(2));
}

void SchemaModel::setRowCount(int connection, const jdbc::TableId &table, qint64 rows)
{
    const QModelIndex i = tableIndex(connection, table);
    if (!i.isValid())
        return;
    m_connections[connection].tables[i.row()].rowCount = rows;
    Q_EMIT dataChanged(i.siblingAtColumn(2), i.siblingAtColumn(2));
}

QList<TableInfo> SchemaModel::tables(int connection) const
{
    return m_connections.value(connection).tables;
}

QModelIndex SchemaModel::connectionIndex(int connection) const
{
    return index(connection, 0);
}

QModelIndex SchemaModel::tableIndex(int connection, const jdbc::TableId &table) const
{
    const auto &tables = m_connections.value(connection).tables;
    for (int t = 0; t < tables.size(); ++t)
        if (tables.at(t).id == table)
            return index(t, 0, connectionIndex(connection));
    return {};
}

SchemaModel::Kind SchemaModel::kindAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return Kind::Connection;
    return index.internalId() >> kTableShift ? Kind::Column : Kind::Table;
}

int SchemaModel::connectionAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return -1;
    const quintptr id = index.internalId();
    if (id == 0)
        return index.row();
    if (id >> kTableShift)
        return int(id >> kTableShift) - 1;
    return int(id) - 1;
}

const TableInfo *SchemaModel::tableAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return nullptr;
    const int c = connectionAt(index);
    const quintptr id = index.internalId();
    const int t = (id >> kTableShift) ? int(id & 0xffffffffu) - 1 : index.row();
    if (c < 0 || c >= m_connections.size() || t < 0 || t >= m_connections.at(c).tables.size())
        return nullptr;
    return &m_connections.at(c).tables.at(t);
}

QModelIndex SchemaModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= 3)
        return {};
    if (!parent.isValid())
        return row < m_connections.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    switch (kindAt(parent)) {
    case Kind::Connection:
        if (row < m_connections.at(parent.row()).tables.size())
            return createIndex(row, column, tableNodeId(parent.row()));
        return {};
    case Kind::Table: {
        const TableInfo *t = tableAt(parent);
        if (t && row < t->columns.size())
            return createIndex(row, column, columnNodeId(connectionAt(parent), parent.row()));
        return {};
    }
    case Kind::Column:
        return {};
    }
    return {};
}

QModelIndex SchemaModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const quintptr id = child.internalId();
    if (id >> kTableShift) {
        const int c = int(id >> kTableShift) - 1;
        const int t = int(id & 0xffffffffu) - 1;
        return createIndex(t, 0, tableNodeId(c));
    }
    return createIndex(int(id) - 1, 0, quintptr(0));
}

int SchemaModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_connections.size());
    if (parent.column() != 0)
        return 0;
    switch (kindAt(parent)) {
    case Kind::Connection:
        return static_cast<int>(m_connections.value(parent.row()).tables.size());
    case Kind::Table:
        if (const TableInfo *t = tableAt(parent))
            return static_cast<int>(t->columns.size());
        return 0;
    case Kind::Column:
        return 0;
    }
    return 0;
}

int SchemaModel::columnCount(const QModelIndex &) const
{
    return 3;
}

QVariant SchemaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Kind kind = kindAt(index);
    if (role == KindRole)
        return int(kind);
    if (role == ConnectionRole)
        return connectionAt(index);
    if (kind == Kind::Connection) {
        const Connection &c = m_connections.at(index.row());
        if (role == Qt::DisplayRole) {
            switch (index.column()) {
            case 0:
                return c.name;
            case 1:
                return c.loading ? tr("loading…") : (c.error.isEmpty() ? QString() : tr("error"));
            case 2:
                return c.error.isEmpty() && !c.loading ? tr("%n table(s)", nullptr, int(c.tables.size()))
                                                       : QString();
            }
        }
        if (role == Qt::ToolTipRole)
            return c.error.isEmpty() ? c.detail : c.detail + QLatin1Char('\n') + c.error;
        return {};
    }
    const TableInfo *table = tableAt(index);
    if (!table)
        return {};
    if (kind == Kind::Table) {
        if (role == Qt::DisplayRole) {
            switch (index.column()) {
            case 0:
                return table->id.unquotedFqn();
            case 1:
                return table->type == jdbc::TableType::View ? tr("view") : tr("table");
            case 2:
                return table->rowCount < 0 ? QStringLiteral("?") : QLocale().toString(table->rowCount);
            }
        }
        if (role == Qt::ToolTipRole)
            return table->id.toString();
        return {};
    }
    const jdbc::ColumnDefinition &column = table->columns.at(index.row());
    if (role == PrimaryKeyRole)
        return column.primaryKey;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case 0:
            return column.name;
        case 1:
            return QString(column.typeName + (column.isOptional() ? QString() : QStringLiteral(" NOT NULL")));
        case 2:
            return column.primaryKey ? tr("primary key") : QString();
        }
    }
    return {};
}

QVariant SchemaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case 0:
        return tr("Name");
    case 1:
        return tr("Type");
    case 2:
        return tr("Rows");
    }
    return {};
}

} // namespace cs::sqlbrowse
