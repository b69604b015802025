#include "jdbc/h2dialect.h"

#include <QSqlError>
#include <QSqlQuery>
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

cs::data::Status H2Dialect::prepareConnection(QSqlDatabase &db) const
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE ALIAS IF NOT EXISTS CONNECT_STUDIO_HEX_TO_BYTES FOR "
                               "'org.h2.util.StringUtils.convertHexToBytes'"))) {
        return DataError(
            tr("Could not prepare the H2 connection (CREATE ALIAS CONNECT_STUDIO_HEX_TO_BYTES): %1")
                .arg(q.lastError().text()));
    }
    return {};
}

QString H2Dialect::placeholderFor(const QString &column, const TableDefinition *definition) const
{
    if (definition) {
        if (const ColumnDefinition *c = definition->column(column)) {
            switch (c->sqlType) {
            case SqlType::Binary:
            case SqlType::VarBinary:
            case SqlType::LongVarBinary:
            case SqlType::Blob:
                // The function cannot take NULL, so the value comes with a leading 01 byte: NULL
                // becomes '' (no bytes, turned into NULL), a value loses its marker again.
                return QStringLiteral(
                    "SUBSTRING(NULLIF(CONNECT_STUDIO_HEX_TO_BYTES(COALESCE(?, '')), X'') FROM 2)");
            default:
                break;
            }
        }
    }
    return QStringLiteral("?");
}

QVariant H2Dialect::toSqlValue(const cs::data::Value &value, const cs::data::Schema &schema) const
{
    if (value.kind() == cs::data::Value::Kind::Bytes)
        return QString(QStringLiteral("01") + QString::fromLatin1(value.bytesValue().toHex()));
    if (value.isNull() && schema && schema.type() == Type::Bytes && schema.logicalType() == LogicalType::None)
        return QVariant(QMetaType::fromType<QString>());
    return DatabaseDialect::toSqlValue(value, schema);
}

Result<QString> H2Dialect::upsertStatement(const TableId &table, const QStringList &keyColumns,
    const QStringList &nonKeyColumns, const TableDefinition *definition) const
{
    const QStringList all = keyColumns + nonKeyColumns;
    QStringList marks;
    for (const QString &c : all)
        marks << placeholderFor(c, definition);
    return QString(QStringLiteral("MERGE INTO ") + tableName(table) + QStringLiteral(" (")
        + joinedColumns(all) + QStringLiteral(") KEY (") + joinedColumns(keyColumns)
        + QStringLiteral(") VALUES (") + marks.join(QLatin1Char(',')) + QLatin1Char(')'));
}

} // namespace cs::jdbc
