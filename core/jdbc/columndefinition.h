#pragma once

#include <optional>

#include <QList>
#include <QString>
#include <QStringList>

#include "data/schema.h"
#include "jdbc/tableid.h"

namespace cs::jdbc {

// The JDBC type a column reports (the subset of java.sql.Types that decides Connect mapping, §4.7).
enum class SqlType
{
    Bit,
    TinyInt,
    SmallInt,
    Integer,
    BigInt,
    Real,
    Float,
    Double,
    Numeric,
    Decimal,
    Char,
    VarChar,
    LongVarChar,
    Clob,
    Binary,
    VarBinary,
    LongVarBinary,
    Blob,
    Date,
    Time,
    Timestamp,
    Boolean,
    OtherString, // PostgreSQL/H2 json, jsonb, uuid: read as text (upstream maps them to string)
    Array,
    Other // anything without a Connect mapping: skipped by the source
};

enum class Nullability
{
    NoNulls,
    Nullable,
    Unknown
};

// One column as the database's catalog reports it. Plain value type.
struct ColumnDefinition
{
    QString name; // exactly as the catalog spells it
    QString typeName; // the database's own type name, e.g. "bigint", "VARCHAR(255)", "int(10) unsigned"
    SqlType sqlType = SqlType::Other;
    Nullability nullability = Nullability::Unknown;
    bool primaryKey = false;
    bool autoIncrement = false;
    bool isSigned = true;
    int precision = 0; // numeric precision or character length, 0 when unknown
    std::optional<int> scale; // numeric scale when known

    // Upstream: a source field is optional iff nullability is NULLABLE or UNKNOWN.
    bool isOptional() const { return nullability != Nullability::NoNulls; }
};

enum class TableType
{
    Table,
    View
};

// A table (or view) and its columns in catalog order. `exists` is false when the catalog does not know
// the table; the column list is then empty.
struct TableDefinition
{
    TableId id;
    TableType type = TableType::Table;
    bool exists = false;
    QList<ColumnDefinition> columns;

    // Exact match first, then the unique case-insensitive match (upstream's column lookup); nullptr if none.
    const ColumnDefinition *column(const QString &name) const;
    QStringList columnNames() const;
    QStringList primaryKeyColumns() const;
};

// numeric.mapping (§4.7).
enum class NumericMapping
{
    None,
    PrecisionOnly,
    BestFit,
    BestFitEagerDouble
};
// "none", "precision_only", "best_fit", "best_fit_eager_double"; false for anything else.
bool parseNumericMapping(const QString &text, NumericMapping *out);

// The Connect schema of a source field for `column` (upstream's addFieldToSchema): type by §4.7, optional
// iff the column may be NULL, Decimal with parameters "scale" and "connect.decimal.precision". A null
// Schema for types upstream skips (arrays, OTHER, ...).
cs::data::Schema connectSchemaFor(
    const ColumnDefinition &column, NumericMapping mapping = NumericMapping::None);

} // namespace cs::jdbc
