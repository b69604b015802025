#pragma once

#include "jdbc/databasedialect.h"

namespace cs::jdbc {

// MySQL and MariaDB (jdbc:mysql:, jdbc:mariadb:): backtick identifiers, table ids database.table,
// catalog from information_schema of the current database, upstream's MySqlDatabaseDialect types and
// lower-case "insert ... on duplicate key update" upsert. Thread-safety as DatabaseDialect.
class MySqlDialect final : public DatabaseDialect
{
public:
    using DatabaseDialect::DatabaseDialect;
    QString name() const override { return QStringLiteral("MySql"); }

    IdentifierRules identifierRules() const override;
    Result<QList<TableId>> tableIds(QSqlDatabase &db, const QStringList &tableTypes) const override;
    Result<TableDefinition> describeTable(QSqlDatabase &db, const TableId &id) const override;
    TableId qualifyTableId(QSqlDatabase &db, const TableId &id) const override;
    void classifyColumnType(ColumnDefinition &column) const override;
    Result<QString> sqlTypeFor(const SinkField &field) const override;

protected:
    bool twoPartNamesAreCatalogs() const override { return true; }
    Result<QString> upsertStatement(const TableId &table, const QStringList &keyColumns,
        const QStringList &nonKeyColumns, const TableDefinition *definition) const override;
    void applyExtraColumns(ColumnDefinition &column, const QSqlRecord &record) const override;
};

} // namespace cs::jdbc
