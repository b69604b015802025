#pragma once

#include "jdbc/databasedialect.h"

namespace cs::jdbc {

// PostgreSQL (jdbc:postgresql:): double-quoted identifiers, table ids schema.table, catalog from
// information_schema, upstream's PostgreSqlDatabaseDialect DDL types and SQL (INSERT with spaces, json/
// jsonb/uuid casts, INSERT ... ON CONFLICT upsert, TRUE/FALSE defaults). Thread-safety as DatabaseDialect.
class PostgreSqlDialect : public DatabaseDialect
{
public:
    using DatabaseDialect::DatabaseDialect;
    QString name() const override { return QStringLiteral("PostgreSql"); }

    Result<QList<TableId>> tableIds(QSqlDatabase &db, const QStringList &tableTypes) const override;
    Result<TableDefinition> describeTable(QSqlDatabase &db, const TableId &id) const override;
    TableId qualifyTableId(QSqlDatabase &db, const TableId &id) const override;
    void classifyColumnType(ColumnDefinition &column) const override;
    Result<QString> sqlTypeFor(const SinkField &field) const override;
    QString defaultLiteral(const SinkField &field) const override;
    QString buildInsert(const TableId &table, const QStringList &keyColumns, const QStringList &nonKeyColumns,
        const TableDefinition *definition = nullptr) const override;

protected:
    Result<QString> upsertStatement(const TableId &table, const QStringList &keyColumns,
        const QStringList &nonKeyColumns, const TableDefinition *definition) const override;
    void applyExtraColumns(ColumnDefinition &column, const QSqlRecord &record) const override;

public:
    // "?::json", "?::jsonb", "?::uuid" for such columns, else "?".
    QString placeholderFor(const QString &column, const TableDefinition *definition) const override;
};

} // namespace cs::jdbc
