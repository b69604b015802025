#include "jdbc/h2dialect.h"

#include <QSqlRecord>

#include "data/logicaltypes.h"
#include "data/value.h"

namespace cs::jdbc {

using cs::data::LogicalType;
using cs::data::Type;

namespace {
const QLatin1Char kNewline('\n');
}

Result<QList<TableId>> H2Dialect::tableIds(QSqlDatabase &db, const QStringList &tableTypes) const
{
    return informationSchemaTables(db, tableTypes,
        QStringLiteral("UPPER(TABLE_SCHEMA) NOT IN ('INFORMATION_SCHEMA','PG_CATALOG')"), false);
}

Result<TableDefinition> H2Dialect::describeTable(QSqlDatabase &db, const TableId &id) const
{
    const TableId full = qualifyTableId(db, id);
    Result<TableDefinition> def
        = informationSchemaDescribe(db, full, full.schema, QStringLiteral("IS_IDENTITY"));
    if (def)
        def.value().id = id;
    return def;
}

TableId H2Dialect::qualifyTableId(QSqlDatabase &db, const TableId &id) const
{
    TableId out = id;
    if (out.schema.isEmpty())
        out.schema = scalar(db, QStringLiteral("SELECT CURRENT_SCHEMA"));
    return out;
}

void H2Dialect::classifyColumnType(ColumnDefinition &column) const
{
    const QString t = column.typeName.trimmed().toUpper();
    if (t == QLatin1String("DECFLOAT"))
        column.sqlType = SqlType::Numeric;
    else if (t == QLatin1String("VARCHAR_IGNORECASE") || t == QLatin1String("ENUM"))
        column.sqlType = SqlType::VarChar;
    else if (t == QLatin1String("JSON") || t == QLatin1String("UUID"))
        column.sqlType = SqlType::OtherString;
    else if (t.startsWith(QLatin1String("INTERVAL")) || t == QLatin1String("JAVA_OBJECT")
        || t == QLatin1String("ROW") || t == QLatin1String("GEOMETRY"))
        column.sqlType = SqlType::Other;
    else
        DatabaseDialect::classifyColumnType(column);
}

void H2Dialect::applyExtraColumns(ColumnDefinition &column, const QSqlRecord &record) const
{
    column.autoIncrement = record.value(7).toString().compare(QLatin1String("YES"), Qt::CaseInsensitive) == 0;
}

Result<QString> H2Dialect::sqlTypeFor(const SinkField &field) const
{
    switch (field.schema.logicalType()) {
    case LogicalType::Decimal: {
        const Result<int> scale = cs::data::DecimalSchema::scale(field.schema);
        if (!scale)
            return scale.error();
        // H2's NUMERIC without precision has scale 0; 100000 is H2's maximum precision.
        return QStringLiteral("NUMERIC(100000,%1)").arg(scale.value());
    }
    case LogicalType::Date:
        return QStringLiteral("DATE");
    case LogicalType::Time:
        return QStringLiteral("TIME(3)"); // H2's TIME keeps no fraction by default
    case LogicalType::Timestamp:
        return QStringLiteral("TIMESTAMP");
    case LogicalType::None:
        break;
    }
    if (field.timestampField)
        return QStringLiteral("TIMESTAMP");
    switch (field.schema.type()) {
    case Type::Int8: // H2's PostgreSQL mode has no TINYINT
    case Type::Int16:
        return QStringLiteral("SMALLINT");
    case Type::Int32:
        return QStringLiteral("INT");
    case Type::Int64:
        return QStringLiteral("BIGINT");
    case Type::Float32:
        return QStringLiteral("REAL");
    case Type::Float64:
        return QStringLiteral("DOUBLE PRECISION");
    case Type::Boolean:
        return QStringLiteral("BOOLEAN");
    case Type::String:
        return QStringLiteral("VARCHAR");
    case Type::Bytes:
        return QStringLiteral("VARBINARY");
    default:
        return noMappingError(field);
    }
}

QString H2Dialect::defaultLiteral(const SinkField &field) const
{
    const cs::data::Value *v = field.schema.defaultValue();
    if (v && v->kind() == cs::data::Value::Kind::Boolean)
        return v->toBool() ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    return DatabaseDialect::defaultLiteral(field);
}

Result<QStringList> H2Dialect::buildAlterTable(const TableId &table, const QList<SinkField> &fields) const
{
    if (fields.size() <= 1)
        return DatabaseDialect::buildAlterTable(table, fields);
    QStringList specs;
    for (const SinkField &f : fields) {
        Result<QString> type = sqlTypeFor(f);
        if (!type)
            return type.error();
        specs << kNewline + columnSpec(f, type.value());
    }
    return QStringList { QStringLiteral("ALTER TABLE ") + tableName(table) + QStringLiteral(" ADD (")
        + specs.join(QLatin1Char(',')) + QLatin1Char(')') };
}

QStringList H2Dialect::resultColumnNames(const QSqlRecord &record, const TableDefinition *definition) const
{
    if (definition && definition->columns.size() == record.count())
        return definition->columnNames();
    return DatabaseDialect::resultColumnNames(record, definition);
}

Result<QString> H2Dialect::upsertStatement(const TableId &table, const QStringList &keyColumns,
    const QStringList &nonKeyColumns, const TableDefinition *) const
{
    const QStringList all = keyColumns + nonKeyColumns;
    const QStringList marks(all.size(), QStringLiteral("?"));
    return QString(QStringLiteral("MERGE INTO ") + tableName(table) + QStringLiteral(" (")
        + joinedColumns(all) + QStringLiteral(") KEY (") + joinedColumns(keyColumns)
        + QStringLiteral(") VALUES (") + marks.join(QLatin1Char(',')) + QLatin1Char(')'));
}

} // namespace cs::jdbc
