#pragma once

#include "jdbc/databasedialect.h"

namespace cs::jdbc {

// SQLite (jdbc:sqlite:): double-quoted identifiers (what current sqlite-jdbc reports), catalog from
// sqlite_master and pragma_table_info, type affinity names as sqlite-jdbc classifies them, one ALTER TABLE
// per added column, upsert as INSERT OR REPLACE. Thread-safety as DatabaseDialect.
class SqliteDialect final : public DatabaseDialect
{
public:
    using DatabaseDialect::DatabaseDialect;
    QString name() const override { return QStringLiteral("Sqlite"); }

    Result<QList<TableId>> tableIds(QSqlDatabase &db, const QStringList &tableTypes) const override;
    Result<TableDefinition> describeTable(QSqlDatabase &db, const TableId &id) const override;
    void classifyColumnType(ColumnDefinition &column) const override;
    Result<QString> sqlTypeFor(const SinkField &field) const override;
    Result<QStringList> buildAlterTable(const TableId &table, const QList<SinkField> &fields) const override;
    QString currentTimestampQuery() const override;
    // Date, Time and Timestamp as epoch milliseconds (sqlite-jdbc's default date class INTEGER).
    QVariant toSqlValue(const cs::data::Value &value, const cs::data::Schema &schema) const override;

protected:
    Result<QString> upsertStatement(const TableId &table, const QStringList &keyColumns,
        const QStringList &nonKeyColumns, const TableDefinition *definition) const override;
};

} // namespace cs::jdbc
