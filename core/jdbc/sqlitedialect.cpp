#include "jdbc/sqlitedialect.h"

#include <QSqlError>
#include <QSqlQuery>

#include "data/logicaltypes.h"
#include "data/schema.h"
#include "data/value.h"

namespace cs::jdbc {

using cs::data::LogicalType;
using cs::data::Type;

Result<QList<TableId>> SqliteDialect::tableIds(QSqlDatabase &db, const QStringList &tableTypes) const
{
    QStringList types;
    if (tableTypes.isEmpty() || tableTypes.contains(QStringLiteral("TABLE"), Qt::CaseInsensitive))
        types << QStringLiteral("'table'");
    if (tableTypes.contains(QStringLiteral("VIEW"), Qt::CaseInsensitive))
        types << QStringLiteral("'view'");
    QList<TableId> out;
    if (types.isEmpty())
        return out;
    QSqlQuery q(db);
    // Upstream leaves out SQLite's internal tables (names starting with sqlite_).
    if (!q.exec(
            QStringLiteral("SELECT name FROM sqlite_master WHERE type IN (%1) AND name NOT LIKE 'sqlite\\_%' "
                           "ESCAPE '\\' ORDER BY name")
                .arg(types.join(QLatin1Char(','))))) {
        return DataError(tr("Could not list the tables of the database: %1").arg(q.lastError().text()));
    }
    while (q.next()) {
        TableId id;
        id.table = q.value(0).toString();
        out << id;
    }
    std::sort(out.begin(), out.end());
    return out;
}

Result<TableDefinition> SqliteDialect::describeTable(QSqlDatabase &db, const TableId &id) const
{
    TableDefinition def;
    def.id = id;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT type FROM sqlite_master WHERE name = ? AND type IN ('table','view')"));
    q.addBindValue(id.table);
    if (!q.exec())
        return DataError(
            tr("Could not read the definition of table %1: %2").arg(id.toString(), q.lastError().text()));
    if (!q.next())
        return def;
    def.exists = true;
    def.type = q.value(0).toString() == QLatin1String("view") ? TableType::View : TableType::Table;
    q.finish();

    q.prepare(QStringLiteral("SELECT name, type, \"notnull\", pk FROM pragma_table_info(?) ORDER BY cid"));
    q.addBindValue(id.table);
    if (!q.exec())
        return DataError(
            tr("Could not read the columns of table %1: %2").arg(id.toString(), q.lastError().text()));
    int pkCount = 0;
    while (q.next()) {
        ColumnDefinition c;
        c.name = q.value(0).toString();
        c.typeName = q.value(1).toString();
        c.nullability = q.value(2).toInt() ? Nullability::NoNulls : Nullability::Nullable;
        c.primaryKey = q.value(3).toInt() > 0;
        if (c.primaryKey)
            ++pkCount;
        const qsizetype open = c.typeName.indexOf(QLatin1Char('('));
        if (open > 0) {
            const QStringList args = c.typeName.mid(open + 1).chopped(1).split(QLatin1Char(','));
            c.precision = args.value(0).trimmed().toInt();
            if (args.size() > 1)
                c.scale = args.value(1).trimmed().toInt();
        }
        classifyColumnType(c);
        def.columns << c;
    }
    // A lone INTEGER PRIMARY KEY is the rowid: assigned automatically and never NULL.
    if (pkCount == 1) {
        for (ColumnDefinition &c : def.columns) {
            if (c.primaryKey
                && c.typeName.trimmed().compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0) {
                c.autoIncrement = true;
                c.nullability = Nullability::NoNulls;
            }
        }
    }
    return def;
}

void SqliteDialect::classifyColumnType(ColumnDefinition &column) const
{
    // sqlite-jdbc's reading of declared types: exact names first, then SQLite's affinity rules.
    QString t = column.typeName.trimmed().toUpper();
    const qsizetype open = t.indexOf(QLatin1Char('('));
    if (open >= 0)
        t = t.left(open).trimmed();
    if (t == QLatin1String("BOOLEAN"))
        column.sqlType = SqlType::Boolean;
    else if (t == QLatin1String("TINYINT"))
        column.sqlType = SqlType::TinyInt;
    else if (t == QLatin1String("SMALLINT") || t == QLatin1String("INT2"))
        column.sqlType = SqlType::SmallInt;
    else if (t == QLatin1String("BIGINT") || t == QLatin1String("INT8")
        || t == QLatin1String("UNSIGNED BIG INT"))
        column.sqlType = SqlType::BigInt;
    else if (t == QLatin1String("DATE"))
        column.sqlType = SqlType::Date;
    else if (t == QLatin1String("DATETIME") || t == QLatin1String("TIMESTAMP"))
        column.sqlType = SqlType::Timestamp;
    else if (t == QLatin1String("INT") || t == QLatin1String("INTEGER") || t == QLatin1String("MEDIUMINT"))
        column.sqlType = SqlType::Integer;
    else if (t == QLatin1String("DECIMAL"))
        column.sqlType = SqlType::Decimal;
    else if (t == QLatin1String("DOUBLE") || t == QLatin1String("DOUBLE PRECISION"))
        column.sqlType = SqlType::Double;
    else if (t == QLatin1String("NUMERIC"))
        column.sqlType = SqlType::Numeric;
    else if (t == QLatin1String("REAL"))
        column.sqlType = SqlType::Real;
    else if (t == QLatin1String("FLOAT"))
        column.sqlType = SqlType::Float;
    else if (t == QLatin1String("BLOB"))
        column.sqlType = SqlType::Blob;
    else if (t.isEmpty())
        column.sqlType = SqlType::Other;
    else if (t.contains(QLatin1String("INT")))
        column.sqlType = SqlType::Integer;
    else if (t.contains(QLatin1String("CHAR")) || t.contains(QLatin1String("CLOB"))
        || t.contains(QLatin1String("TEXT")))
        column.sqlType = SqlType::VarChar;
    else if (t.contains(QLatin1String("BLOB")))
        column.sqlType = SqlType::Blob;
    else if (t.contains(QLatin1String("REAL")) || t.contains(QLatin1String("FLOA"))
        || t.contains(QLatin1String("DOUB")))
        column.sqlType = SqlType::Double;
    else
        column.sqlType = SqlType::Numeric;
}

Result<QString> SqliteDialect::sqlTypeFor(const SinkField &field) const
{
    switch (field.schema.logicalType()) {
    case LogicalType::Decimal:
    case LogicalType::Date:
    case LogicalType::Time:
    case LogicalType::Timestamp:
        return QStringLiteral("NUMERIC");
    case LogicalType::None:
        break;
    }
    if (field.timestampField)
        return QStringLiteral("NUMERIC");
    switch (field.schema.type()) {
    case Type::Int8:
    case Type::Int16:
    case Type::Int32:
    case Type::Int64:
    case Type::Boolean:
        return QStringLiteral("INTEGER");
    case Type::Float32:
    case Type::Float64:
        return QStringLiteral("REAL");
    case Type::String:
        return QStringLiteral("TEXT");
    case Type::Bytes:
        return QStringLiteral("BLOB");
    default:
        return noMappingError(field);
    }
}

Result<QStringList> SqliteDialect::buildAlterTable(const TableId &table, const QList<SinkField> &fields) const
{
    // SQLite adds one column per ALTER TABLE.
    QStringList out;
    for (const SinkField &f : fields) {
        Result<QString> type = sqlTypeFor(f);
        if (!type)
            return type.error();
        out << QStringLiteral("ALTER TABLE ") + tableName(table) + QStringLiteral(" ADD ")
                + columnSpec(f, type.value());
    }
    return out;
}

QString SqliteDialect::currentTimestampQuery() const
{
    // Upstream writes '%H:%M:%S.%f', but SQLite's %f already is "SS.SSS"; this gives one well-formed time.
    return QStringLiteral("SELECT strftime('%Y-%m-%d %H:%M:%f','now')");
}

QVariant SqliteDialect::toSqlValue(const cs::data::Value &value, const cs::data::Schema &schema) const
{
    if (!value.isNull() && schema) {
        switch (schema.logicalType()) {
        case LogicalType::Date:
            return qlonglong(value.toInt32()) * 86400000LL;
        case LogicalType::Time:
            return qlonglong(value.toInt32());
        case LogicalType::Timestamp:
            return qlonglong(value.toInt64());
        default:
            break;
        }
    }
    return DatabaseDialect::toSqlValue(value, schema);
}

Result<QString> SqliteDialect::upsertStatement(const TableId &table, const QStringList &keyColumns,
    const QStringList &nonKeyColumns, const TableDefinition *definition) const
{
    const QStringList all = keyColumns + nonKeyColumns;
    QStringList marks;
    for (const QString &c : all)
        marks << placeholderFor(c, definition);
    return QString(QStringLiteral("INSERT OR REPLACE INTO ") + tableName(table) + QLatin1Char('(')
        + joinedColumns(all) + QStringLiteral(") VALUES(") + marks.join(QLatin1Char(',')) + QLatin1Char(')'));
}

} // namespace cs::jdbc
