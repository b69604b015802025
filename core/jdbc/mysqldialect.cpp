#include "jdbc/mysqldialect.h"

#include <QSqlRecord>

#include "data/logicaltypes.h"

namespace cs::jdbc {

using cs::data::LogicalType;
using cs::data::Type;

IdentifierRules MySqlDialect::identifierRules() const
{
    return IdentifierRules(QLatin1Char('`'), QLatin1Char('.'));
}

Result<QList<TableId>> MySqlDialect::tableIds(QSqlDatabase &db, const QStringList &tableTypes) const
{
    return informationSchemaTables(db, tableTypes, QStringLiteral("TABLE_SCHEMA = DATABASE()"), true);
}

Result<TableDefinition> MySqlDialect::describeTable(QSqlDatabase &db, const TableId &id) const
{
    const TableId full = qualifyTableId(db, id);
    Result<TableDefinition> def
        = informationSchemaDescribe(db, full, full.catalog, QStringLiteral("COLUMN_TYPE, EXTRA"));
    if (def)
        def.value().id = id;
    return def;
}

TableId MySqlDialect::qualifyTableId(QSqlDatabase &db, const TableId &id) const
{
    TableId out = id;
    if (out.catalog.isEmpty())
        out.catalog = scalar(db, QStringLiteral("SELECT DATABASE()"));
    return out;
}

void MySqlDialect::classifyColumnType(ColumnDefinition &column) const
{
    const QString t = column.typeName.trimmed().toLower();
    if (t == QLatin1String("tinyint"))
        column.sqlType = SqlType::TinyInt;
    else if (t == QLatin1String("smallint") || t == QLatin1String("year"))
        column.sqlType = SqlType::SmallInt;
    else if (t == QLatin1String("mediumint") || t == QLatin1String("int") || t == QLatin1String("integer"))
        column.sqlType = SqlType::Integer;
    else if (t == QLatin1String("bigint"))
        column.sqlType = SqlType::BigInt;
    else if (t == QLatin1String("float"))
        column.sqlType = SqlType::Real;
    else if (t == QLatin1String("double") || t == QLatin1String("real"))
        column.sqlType = SqlType::Double;
    else if (t == QLatin1String("decimal") || t == QLatin1String("numeric"))
        column.sqlType = SqlType::Decimal;
    else if (t == QLatin1String("bit"))
        column.sqlType = column.precision <= 1 ? SqlType::Bit : SqlType::VarBinary;
    else if (t == QLatin1String("char") || t == QLatin1String("enum") || t == QLatin1String("set"))
        column.sqlType = SqlType::Char;
    else if (t == QLatin1String("varchar"))
        column.sqlType = SqlType::VarChar;
    else if (t.endsWith(QLatin1String("text")) || t == QLatin1String("json"))
        column.sqlType = SqlType::LongVarChar;
    else if (t == QLatin1String("binary"))
        column.sqlType = SqlType::Binary;
    else if (t == QLatin1String("varbinary"))
        column.sqlType = SqlType::VarBinary;
    else if (t.endsWith(QLatin1String("blob")))
        column.sqlType = SqlType::LongVarBinary;
    else if (t == QLatin1String("date"))
        column.sqlType = SqlType::Date;
    else if (t == QLatin1String("time"))
        column.sqlType = SqlType::Time;
    else if (t == QLatin1String("datetime") || t == QLatin1String("timestamp"))
        column.sqlType = SqlType::Timestamp;
    else
        column.sqlType = SqlType::Other;
}

void MySqlDialect::applyExtraColumns(ColumnDefinition &column, const QSqlRecord &record) const
{
    const QString columnType = record.value(7).toString().toLower();
    column.isSigned = !columnType.contains(QLatin1String("unsigned"));
    // Connector/J reads tinyint(1) as BIT (tinyInt1isBit).
    if (columnType.startsWith(QLatin1String("tinyint(1)")))
        column.sqlType = SqlType::Bit;
    if (column.sqlType == SqlType::Bit
        && column.typeName.compare(QLatin1String("bit"), Qt::CaseInsensitive) == 0) {
        const qsizetype open = columnType.indexOf(QLatin1Char('('));
        const int bits = open < 0 ? 1 : columnType.mid(open + 1).section(QLatin1Char(')'), 0, 0).toInt();
        column.precision = bits;
        if (bits > 1)
            column.sqlType = SqlType::VarBinary;
    }
    column.autoIncrement
        = record.value(8).toString().contains(QLatin1String("auto_increment"), Qt::CaseInsensitive);
}

Result<QString> MySqlDialect::sqlTypeFor(const SinkField &field) const
{
    switch (field.schema.logicalType()) {
    case LogicalType::Decimal: {
        const Result<int> scale = cs::data::DecimalSchema::scale(field.schema);
        if (!scale)
            return scale.error();
        return QStringLiteral("DECIMAL(65,%1)").arg(scale.value());
    }
    case LogicalType::Date:
        return QStringLiteral("DATE");
    case LogicalType::Time:
        return QStringLiteral("TIME(3)");
    case LogicalType::Timestamp:
        return QStringLiteral("DATETIME(3)");
    case LogicalType::None:
        break;
    }
    if (field.timestampField)
        return QStringLiteral("DATETIME(6)");
    switch (field.schema.type()) {
    case Type::Int8:
        return QStringLiteral("TINYINT");
    case Type::Int16:
        return QStringLiteral("SMALLINT");
    case Type::Int32:
        return QStringLiteral("INT");
    case Type::Int64:
        return QStringLiteral("BIGINT");
    case Type::Float32:
        return QStringLiteral("FLOAT");
    case Type::Float64:
        return QStringLiteral("DOUBLE");
    case Type::Boolean:
        return QStringLiteral("TINYINT");
    case Type::String:
        // MySQL cannot index a TEXT column without a prefix length, so a key column gets a VARCHAR
        // (upstream writes TEXT and the CREATE fails with error 1170).
        return field.primaryKey ? QStringLiteral("VARCHAR(256)") : QStringLiteral("TEXT");
    case Type::Bytes:
        return QStringLiteral("VARBINARY(1024)");
    default:
        return noMappingError(field);
    }
}

Result<QString> MySqlDialect::upsertStatement(const TableId &table, const QStringList &keyColumns,
    const QStringList &nonKeyColumns, const TableDefinition *definition) const
{
    const QStringList all = keyColumns + nonKeyColumns;
    QStringList marks;
    for (const QString &c : all)
        marks << placeholderFor(c, definition);
    // With no non-key columns upstream lists the keys in the update clause (a no-op update).
    const QStringList updated = nonKeyColumns.isEmpty() ? keyColumns : nonKeyColumns;
    QStringList sets;
    for (const QString &c : updated)
        sets << quoteIdentifier(c) + QStringLiteral("=values(") + quoteIdentifier(c) + QLatin1Char(')');
    return QString(QStringLiteral("insert into ") + tableName(table) + QLatin1Char('(') + joinedColumns(all)
        + QStringLiteral(") values(") + marks.join(QLatin1Char(','))
        + QStringLiteral(") on duplicate key update ") + sets.join(QLatin1Char(',')));
}

} // namespace cs::jdbc
