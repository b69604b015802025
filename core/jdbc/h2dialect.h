#pragma once

#include "jdbc/databasedialect.h"

namespace cs::jdbc {

// H2 2.x reached through its PostgreSQL-protocol server (QPSQL on the wire, H2's SQL in the session,
// which the PG server runs in PostgreSQL compatibility mode). Upstream has no H2 dialect (H2 gets the
// Generic one: no auto.create, no upsert); this one gives H2 real DDL and MERGE ... KEY upsert:
// - identifiers double-quoted, names exactly as INFORMATION_SCHEMA reports them (ORDER_TABLE, ID);
// - types valid in H2's PostgreSQL mode (no TINYINT there: int8 becomes SMALLINT);
// - ALTER TABLE t ADD (c1 ..., c2 ...) for several columns (H2 rejects upstream's ADD a, ADD b list);
// - upsert MERGE INTO t (cols) KEY (keys) VALUES (?,...);
// - H2's PG server lower-cases result column labels, so names of a table's SELECT * come from the catalog;
// - the SQL-level PREPARE/DEALLOCATE QPSQL uses commit an open transaction in H2 (see
//   statementPreparationCommits());
// - QPSQL sends parameters as text, which H2 stores in VARBINARY as UTF-8: binary values are bound as hex
//   through a function defined by prepareConnection(), in statements built with the table's definition.
// Thread-safety as DatabaseDialect.
class H2Dialect final : public DatabaseDialect
{
public:
    using DatabaseDialect::DatabaseDialect;
    QString name() const override { return QStringLiteral("H2"); }

    Result<QList<TableId>> tableIds(QSqlDatabase &db, const QStringList &tableTypes) const override;
    Result<TableDefinition> describeTable(QSqlDatabase &db, const TableId &id) const override;
    TableId qualifyTableId(QSqlDatabase &db, const TableId &id) const override;
    void classifyColumnType(ColumnDefinition &column) const override;
    Result<QString> sqlTypeFor(const SinkField &field) const override;
    QString defaultLiteral(const SinkField &field) const override;
    Result<QStringList> buildAlterTable(const TableId &table, const QList<SinkField> &fields) const override;
    QStringList resultColumnNames(const QSqlRecord &record, const TableDefinition *definition) const override;
    bool statementPreparationCommits() const override { return true; }
    // Defines CONNECT_STUDIO_HEX_TO_BYTES (CREATE ALIAS IF NOT EXISTS ... FOR H2's own
    // org.h2.util.StringUtils.convertHexToBytes): QPSQL sends every parameter as text, and H2 turns
    // text into VARBINARY as its UTF-8 bytes, so binary values travel as hex through this function.
    cs::data::Status prepareConnection(QSqlDatabase &db) const override;
    // For binary columns SUBSTRING(NULLIF(CONNECT_STUDIO_HEX_TO_BYTES(COALESCE(?, '')), X'') FROM 2):
    // the value is bound as "01" + hex (the marker byte keeps an empty value apart from NULL, which the
    // Java function cannot take); else "?".
    QString placeholderFor(const QString &column, const TableDefinition *definition) const override;
    // Bytes as "01" + hex text (see placeholderFor()).
    QVariant toSqlValue(const cs::data::Value &value, const cs::data::Schema &schema) const override;

protected:
    Result<QString> upsertStatement(const TableId &table, const QStringList &keyColumns,
        const QStringList &nonKeyColumns, const TableDefinition *definition) const override;
    void applyExtraColumns(ColumnDefinition &column, const QSqlRecord &record) const override;
};

} // namespace cs::jdbc
