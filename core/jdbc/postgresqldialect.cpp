#include "jdbc/postgresqldialect.h"

#include <QSqlRecord>

#include "data/logicaltypes.h"
#include "data/value.h"

namespace cs::jdbc {

using cs::data::LogicalType;
using cs::data::Type;

namespace {

Result<QString> primitiveType(const SinkField &field, Type type)
{
    switch (type) {
    case Type::Int8:
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
        return QStringLiteral("TEXT");
    case Type::Bytes:
        return QStringLiteral("BYTEA");
    default:
        return DataError(QString());
    }
    Q_UNUSED(field)
}

} // namespace

Result<QList<TableId>> PostgreSqlDialect::tableIds(QSqlDatabase &db, const QStringList &tableTypes) const
{
    return informationSchemaTables(db, tableTypes,
        QStringLiteral(
            "TABLE_SCHEMA NOT IN ('pg_catalog','information_schema') AND TABLE_SCHEMA NOT LIKE 'pg\\_%'"),
        false);
}

Result<TableDefinition> PostgreSqlDialect::describeTable(QSqlDatabase &db, const TableId &id) const
{
    const TableId full = qualifyTableId(db, id);
    Result<TableDefinition> def
        = informationSchemaDescribe(db, full, full.schema, QStringLiteral("UDT_NAME, IS_IDENTITY"));
    if (def)
        def.value().id = id;
    return def;
}

TableId PostgreSqlDialect::qualifyTableId(QSqlDatabase &db, const TableId &id) const
{
    TableId out = id;
    if (out.schema.isEmpty())
        out.schema = scalar(db, QStringLiteral("SELECT current_schema()"));
    return out;
}

void PostgreSqlDialect::classifyColumnType(ColumnDefinition &column) const
{
    const QString t = column.typeName.trimmed().toLower();
    if (t == QLatin1String("bit")) {
        // pgjdbc: bit(1) reads as boolean, bit(2..8) as a byte, wider as bytes.
        column.sqlType = column.precision <= 1 ? SqlType::Boolean
            : column.precision <= 8            ? SqlType::TinyInt
                                               : SqlType::Binary;
    } else if (t == QLatin1String("text") || t == QLatin1String("name") || t == QLatin1String("xml")
        || t == QLatin1String("citext")) {
        column.sqlType = SqlType::VarChar;
    } else if (t == QLatin1String("bytea")) {
        column.sqlType = SqlType::Binary;
    } else if (t == QLatin1String("json") || t == QLatin1String("jsonb") || t == QLatin1String("uuid")) {
        column.sqlType = SqlType::OtherString;
    } else if (t == QLatin1String("money")) {
        column.sqlType = SqlType::Double;
    } else if (t == QLatin1String("oid")) {
        column.sqlType = SqlType::BigInt;
    } else if (t == QLatin1String("user-defined") || t.startsWith(QLatin1String("interval"))) {
        column.sqlType = SqlType::Other;
    } else {
        DatabaseDialect::classifyColumnType(column);
    }
}

void PostgreSqlDialect::applyExtraColumns(ColumnDefinition &column, const QSqlRecord &record) const
{
    const QString udt = record.value(7).toString();
    if (column.typeName.compare(QLatin1String("USER-DEFINED"), Qt::CaseInsensitive) == 0
        || column.typeName.compare(QLatin1String("ARRAY"), Qt::CaseInsensitive) == 0) {
        // Keep the real type name (an enum's name, "_int4" for int[]) for messages and casts.
        column.typeName = udt;
        if (udt.startsWith(QLatin1Char('_')))
            column.sqlType = SqlType::Array;
    }
    const QString def = record.value(6).toString();
    column.autoIncrement = def.startsWith(QLatin1String("nextval("))
        || record.value(8).toString().compare(QLatin1String("YES"), Qt::CaseInsensitive) == 0;
}

Result<QString> PostgreSqlDialect::sqlTypeFor(const SinkField &field) const
{
    switch (field.schema.logicalType()) {
    case LogicalType::Decimal:
        return QStringLiteral("DECIMAL");
    case LogicalType::Date:
        return QStringLiteral("DATE");
    case LogicalType::Time:
        return QStringLiteral("TIME");
    case LogicalType::Timestamp:
        return QStringLiteral("TIMESTAMP");
    case LogicalType::None:
        break;
    }
    if (field.timestampField)
        return QStringLiteral("TIMESTAMP");
    if (field.schema.type() == Type::Array) {
        const cs::data::Schema element = field.schema.valueSchema();
        if (element && cs::data::isPrimitive(element.type()) && element.logicalType() == LogicalType::None) {
            Result<QString> e = primitiveType(field, element.type());
            if (e)
                return QString(e.value() + QStringLiteral("[]"));
        }
        return noMappingError(field);
    }
    Result<QString> t = primitiveType(field, field.schema.type());
    if (!t)
        return noMappingError(field);
    return t;
}

QString PostgreSqlDialect::defaultLiteral(const SinkField &field) const
{
    const cs::data::Value *v = field.schema.defaultValue();
    if (v && v->kind() == cs::data::Value::Kind::Boolean)
        return v->toBool() ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    return DatabaseDialect::defaultLiteral(field);
}

QString PostgreSqlDialect::placeholderFor(const QString &column, const TableDefinition *definition) const
{
    if (definition) {
        if (const ColumnDefinition *c = definition->column(column)) {
            const QString t = c->typeName.toLower();
            if (t == QLatin1String("json") || t == QLatin1String("jsonb") || t == QLatin1String("uuid"))
                return QStringLiteral("?::") + t;
        }
    }
    return QStringLiteral("?");
}

QString PostgreSqlDialect::buildInsert(const TableId &table, const QStringList &keyColumns,
    const QStringList &nonKeyColumns, const TableDefinition *definition) const
{
    const QStringList all = keyColumns + nonKeyColumns;
    QStringList marks;
    for (const QString &c : all)
        marks << placeholderFor(c, definition);
    return QStringLiteral("INSERT INTO ") + tableName(table) + QStringLiteral(" (") + joinedColumns(all)
        + QStringLiteral(") VALUES (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
}

Result<QString> PostgreSqlDialect::upsertStatement(const TableId &table, const QStringList &keyColumns,
    const QStringList &nonKeyColumns, const TableDefinition *definition) const
{
    QString sql = buildInsert(table, keyColumns, nonKeyColumns, definition) + QStringLiteral(" ON CONFLICT (")
        + joinedColumns(keyColumns) + QLatin1Char(')');
    if (nonKeyColumns.isEmpty())
        return QString(sql + QStringLiteral(" DO NOTHING"));
    QStringList sets;
    for (const QString &c : nonKeyColumns)
        sets << quoteIdentifier(c) + QStringLiteral("=EXCLUDED.") + quoteIdentifier(c);
    return QString(sql + QStringLiteral(" DO UPDATE SET ") + sets.join(QLatin1Char(',')));
}

} // namespace cs::jdbc
