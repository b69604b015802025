#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlRecord>
#include <QString>
#include <QStringList>
#include <QVariant>

#include "data/dataerror.h"
#include "data/schema.h"
#include "data/value.h"
#include "jdbc/columndefinition.h"
#include "jdbc/tableid.h"

namespace cs::jdbc {

using cs::data::DataError;
using cs::data::Result;

// One column the sink writes: its name, its Connect schema (type, optional, default, logical type,
// parameters) and whether it is part of the primary key. Key columns are NOT NULL in DDL whatever the
// schema says (upstream's SinkRecordField).
struct SinkField
{
    QString name;
    cs::data::Schema schema;
    bool primaryKey = false;
    // Listed in timestamp.fields.list: an int64/string value written to a TIMESTAMP column.
    bool timestampField = false;

    bool isOptional() const { return !primaryKey && schema.isOptional(); }
};

// The source modes of §4.5.
enum class SourceMode
{
    Bulk,
    Incrementing,
    Timestamp,
    TimestampIncrementing
};

// What a source query selects: a whole table (table mode) or the user's query (query mode, `query`
// non-empty), with the offset columns of the mode and an optional query.suffix.
struct SourceQuerySpec
{
    SourceMode mode = SourceMode::Bulk;
    TableId table; // table mode
    QString query; // query mode
    QString incrementingColumn;
    QStringList timestampColumns;
    QString suffix;
};

// The SQL a database speaks, one subclass per database (upstream's DatabaseDialect): identifier quoting
// and table-id parsing, catalog introspection, type mapping both ways (§4.7, §5.6), DDL (§5.6), DML and
// upsert (§5.7) and the source queries (§4.5). Values never appear in generated SQL: every statement
// takes them as `?` parameters, and every identifier is quoted (quote.sql.identifiers=always), with the
// quote character doubled inside names.
//
// A dialect holds only its quoting setting: it is a value-like object, cheap to create, and its const
// members may be called from any thread. Catalog members run queries on the QSqlDatabase they are given,
// so call them on the thread that owns that connection.
class DatabaseDialect
{
    Q_DECLARE_TR_FUNCTIONS(cs::jdbc::DatabaseDialect)
public:
    explicit DatabaseDialect(QuoteMethod quoting = QuoteMethod::Always);
    virtual ~DatabaseDialect();
    DatabaseDialect(const DatabaseDialect &) = delete;
    DatabaseDialect &operator=(const DatabaseDialect &) = delete;

    // Upstream's name(): "Generic", "PostgreSql", "MySql", "Sqlite"; ours "H2".
    virtual QString name() const = 0;
    // The registered name ("PostgreSqlDatabaseDialect"), as dialect.name takes it.
    QString registeredName() const { return name() + QStringLiteral("DatabaseDialect"); }

    QuoteMethod quoteMethod() const { return m_quoting; }
    void setQuoteMethod(QuoteMethod quoting) { m_quoting = quoting; }

    // ---- identifiers ---------------------------------------------------------------------------
    virtual IdentifierRules identifierRules() const;
    // `name` quoted (always) or as is (never).
    QString quoteIdentifier(const QString &name) const;
    // "schema"."table" as this dialect writes it in SQL.
    QString tableName(const TableId &id) const;
    // A table id from text such as `orders`, `public.orders` or `"My Schema"."Orders"`. Two parts are
    // schema.table (catalog.table for MySQL), three are catalog.schema.table.
    TableId parseTableId(const QString &text) const;

    // ---- catalog -------------------------------------------------------------------------------
    // The tables (and, if asked, views) a source may read: `tableTypes` holds table.types entries
    // ("TABLE", "VIEW"). Sorted by id. Internal tables are left out.
    virtual Result<QList<TableId>> tableIds(QSqlDatabase &db, const QStringList &tableTypes) const;
    // The table's columns in catalog order with types, nullability, primary key and auto-increment.
    // A table the catalog does not know gives exists=false, not an error.
    virtual Result<TableDefinition> describeTable(QSqlDatabase &db, const TableId &id) const;
    // `id` with the connection's current schema (PostgreSQL, H2) or database (MySQL) filled in when the
    // text named none; unchanged for SQLite and the generic dialect.
    virtual TableId qualifyTableId(QSqlDatabase &db, const TableId &id) const;
    // Sets sqlType/isSigned of a column read from the catalog from its typeName.
    virtual void classifyColumnType(ColumnDefinition &column) const;

    // ---- types ---------------------------------------------------------------------------------
    // The column type for a sink field (§5.6 table), or upstream's "<name> (<TYPE>) type doesn't have a
    // mapping to the SQL database column type".
    virtual Result<QString> sqlTypeFor(const SinkField &field) const;
    // The DEFAULT literal of a field's default value (§5.6), quotes in strings doubled.
    virtual QString defaultLiteral(const SinkField &field) const;

    // ---- DDL -----------------------------------------------------------------------------------
    // CREATE TABLE <t> (\n<col> <TYPE> <NULL|NOT NULL|DEFAULT v>,...[,\nPRIMARY KEY(<k>,...)])
    Result<QString> buildCreateTable(const TableId &table, const QList<SinkField> &fields) const;
    // ALTER TABLE statements adding `fields` (one statement; SQLite one per column).
    virtual Result<QStringList> buildAlterTable(const TableId &table, const QList<SinkField> &fields) const;

    // ---- DML -----------------------------------------------------------------------------------
    // Placeholders are bound keys first, then non-keys (UPDATE: non-keys, then keys).
    virtual QString buildInsert(const TableId &table, const QStringList &keyColumns,
        const QStringList &nonKeyColumns, const TableDefinition *definition = nullptr) const;
    // Upsert, or upstream's error when there are no keys or the dialect has no upsert.
    Result<QString> buildUpsert(const TableId &table, const QStringList &keyColumns,
        const QStringList &nonKeyColumns, const TableDefinition *definition = nullptr) const;
    QString buildUpdate(const TableId &table, const QStringList &keyColumns, const QStringList &nonKeyColumns,
        const TableDefinition *definition = nullptr) const;
    QString buildDelete(const TableId &table, const QStringList &keyColumns,
        const TableDefinition *definition = nullptr) const;
    // The parameter marker for a column: "?", or "?" inside a conversion the column's type needs
    // (PostgreSQL json/jsonb/uuid casts, H2 binary columns). Statements built without the table's
    // definition use plain "?".
    virtual QString placeholderFor(const QString &column, const TableDefinition *definition) const;
    // Statements a fresh connection needs before it is used (outside any transaction); H2 defines a
    // function there. Call once after opening.
    virtual cs::data::Status prepareConnection(QSqlDatabase &db) const;

    // True when preparing or releasing a statement commits the open transaction (H2's PG server:
    // QPSQL prepares with SQL-level PREPARE and releases with DEALLOCATE). Callers that need a batch in
    // one transaction prepare their statements before beginning it and destroy them after it ends,
    // which is correct for every dialect.
    virtual bool statementPreparationCommits() const { return false; }

    // ---- values --------------------------------------------------------------------------------
    // The QVariant to bind for a Connect value written to a column of `schema`'s type (upstream's
    // PreparedStatementBinder): integers and floats as numbers, Decimal as its plain text, Date/Time/
    // Timestamp as QDate/QTime/UTC QDateTime (SQLite: epoch milliseconds, as sqlite-jdbc stores them),
    // bytes as QByteArray. A null value gives a typed null QVariant.
    virtual QVariant toSqlValue(const cs::data::Value &value, const cs::data::Schema &schema) const;

    // ---- source --------------------------------------------------------------------------------
    // §4.5's query for the mode; placeholders in the order listed there.
    QString buildSourceQuery(const SourceQuerySpec &spec) const;
    // A query returning the database's current time (one row, one column).
    virtual QString currentTimestampQuery() const;
    // The names of a result's columns. H2's PostgreSQL server lower-cases every result label, so its
    // dialect takes the names of a table's SELECT * from the catalog instead.
    virtual QStringList resultColumnNames(const QSqlRecord &record, const TableDefinition *definition) const;

protected:
    // Upsert without the key check; the base class has none (upstream's Generic error).
    virtual Result<QString> upsertStatement(const TableId &table, const QStringList &keyColumns,
        const QStringList &nonKeyColumns, const TableDefinition *definition) const;
    // How many parts of a two-part table name are catalog.table (MySQL) rather than schema.table.
    virtual bool twoPartNamesAreCatalogs() const { return false; }
    // " NULL" / " NOT NULL" / " DEFAULT v" after a column's type.
    QString columnSpec(const SinkField &field, const QString &sqlType) const;
    QString joinedColumns(const QStringList &columns) const;
    // Upstream's "no mapping" error for a field.
    static DataError noMappingError(const SinkField &field);

    // information_schema introspection shared by PostgreSQL, MySQL and H2. `schemaCondition` is an SQL
    // condition on TABLE_SCHEMA; `schemaValue` is what TABLE_SCHEMA holds for the table described.
    Result<QList<TableId>> informationSchemaTables(QSqlDatabase &db, const QStringList &tableTypes,
        const QString &schemaCondition, bool schemaIsCatalog) const;
    Result<TableDefinition> informationSchemaDescribe(
        QSqlDatabase &db, const TableId &id, const QString &schemaValue, const QString &extraColumns) const;
    // Extra per-dialect columns selected after the common ones (index 7 on), applied to the column.
    virtual void applyExtraColumns(ColumnDefinition &, const QSqlRecord &) const { }
    // A one-value query's result, or an empty string.
    static QString scalar(QSqlDatabase &db, const QString &sql);

private:
    QuoteMethod m_quoting;
};

} // namespace cs::jdbc
