#include "jdbc/databasedialect.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>

#include "data/javanumber.h"
#include "data/logicaltypes.h"
#include "data/value.h"

namespace cs::jdbc {

using cs::data::LogicalType;
using cs::data::Type;
using cs::data::Value;

namespace {

// Upstream builds DDL with System.lineSeparator(): "\n" on Linux, where the worker runs.
const QLatin1Char kNewline('\n');

QString sqlErrorText(const QSqlQuery &query)
{
    const QSqlError e = query.lastError();
    const QString text = e.databaseText().trimmed();
    return text.isEmpty() ? e.text().trimmed() : text;
}

QString quotedString(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

} // namespace

DatabaseDialect::DatabaseDialect(QuoteMethod quoting)
    : m_quoting(quoting)
{ }

DatabaseDialect::~DatabaseDialect() = default;

IdentifierRules DatabaseDialect::identifierRules() const
{
    return IdentifierRules(QLatin1Char('"'), QLatin1Char('.'));
}

QString DatabaseDialect::quoteIdentifier(const QString &name) const
{
    if (m_quoting == QuoteMethod::Never)
        return name;
    return identifierRules().quoted(name);
}

QString DatabaseDialect::tableName(const TableId &id) const
{
    const QString sep = identifierRules().separator();
    QString out;
    if (!id.catalog.isEmpty())
        out += quoteIdentifier(id.catalog) + sep;
    if (!id.schema.isEmpty())
        out += quoteIdentifier(id.schema) + sep;
    out += quoteIdentifier(id.table);
    return out;
}

TableId DatabaseDialect::parseTableId(const QString &text) const
{
    const QStringList parts = identifierRules().parseQualified(text);
    TableId id;
    if (parts.size() == 1) {
        id.table = parts.at(0);
    } else if (parts.size() == 2) {
        (twoPartNamesAreCatalogs() ? id.catalog : id.schema) = parts.at(0);
        id.table = parts.at(1);
    } else if (parts.size() == 3) {
        id.catalog = parts.at(0);
        id.schema = parts.at(1);
        id.table = parts.at(2);
    }
    return id;
}

// ---- catalog ---------------------------------------------------------------------------------------

Result<QList<TableId>> DatabaseDialect::tableIds(QSqlDatabase &db, const QStringList &tableTypes) const
{
    const bool views = tableTypes.contains(QStringLiteral("VIEW"), Qt::CaseInsensitive);
    const bool tables
        = tableTypes.isEmpty() || tableTypes.contains(QStringLiteral("TABLE"), Qt::CaseInsensitive);
    QList<TableId> out;
    QStringList names;
    if (tables)
        names += db.tables(QSql::Tables);
    if (views)
        names += db.tables(QSql::Views);
    if (db.lastError().isValid())
        return DataError(tr("Could not list the tables of the database: %1").arg(db.lastError().text()));
    for (const QString &n : std::as_const(names)) {
        TableId id;
        id.table = n;
        out << id;
    }
    std::sort(out.begin(), out.end());
    return out;
}

Result<TableDefinition> DatabaseDialect::describeTable(QSqlDatabase &db, const TableId &id) const
{
    // The generic way: QtSql's own catalog access. The name is passed as the catalog spells it.
    TableDefinition def;
    def.id = id;
    const QString name = id.schema.isEmpty() ? id.table : id.schema + QLatin1Char('.') + id.table;
    if (!db.tables(QSql::AllTables).contains(name))
        return def;
    def.exists = true;
    if (db.tables(QSql::Views).contains(name))
        def.type = TableType::View;
    const QSqlRecord record = db.record(db.driver()->escapeIdentifier(name, QSqlDriver::TableName));
    const QSqlIndex pk = db.primaryIndex(db.driver()->escapeIdentifier(name, QSqlDriver::TableName));
    for (int i = 0; i < record.count(); ++i) {
        const QSqlField f = record.field(i);
        ColumnDefinition c;
        c.name = f.name();
        c.typeName = QString::fromLatin1(f.metaType().name());
        c.nullability = f.requiredStatus() == QSqlField::Required ? Nullability::NoNulls
            : f.requiredStatus() == QSqlField::Optional           ? Nullability::Nullable
                                                                  : Nullability::Unknown;
        c.autoIncrement = f.isAutoValue();
        c.precision = f.length() > 0 ? f.length() : 0;
        if (f.precision() >= 0 && f.metaType().id() == QMetaType::Double)
            c.scale = f.precision();
        c.primaryKey = pk.contains(f.name());
        switch (f.metaType().id()) {
        case QMetaType::Bool:
            c.sqlType = SqlType::Boolean;
            break;
        case QMetaType::Short:
            c.sqlType = SqlType::SmallInt;
            break;
        case QMetaType::Int:
            c.sqlType = SqlType::Integer;
            break;
        case QMetaType::UInt:
            c.sqlType = SqlType::Integer;
            c.isSigned = false;
            break;
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
            c.sqlType = SqlType::BigInt;
            break;
        case QMetaType::Float:
            c.sqlType = SqlType::Real;
            break;
        case QMetaType::Double:
            c.sqlType = SqlType::Double;
            break;
        case QMetaType::QString:
            c.sqlType = SqlType::VarChar;
            break;
        case QMetaType::QByteArray:
            c.sqlType = SqlType::VarBinary;
            break;
        case QMetaType::QDate:
            c.sqlType = SqlType::Date;
            break;
        case QMetaType::QTime:
            c.sqlType = SqlType::Time;
            break;
        case QMetaType::QDateTime:
            c.sqlType = SqlType::Timestamp;
            break;
        default:
            c.sqlType = SqlType::Other;
            break;
        }
        def.columns << c;
    }
    return def;
}

TableId DatabaseDialect::qualifyTableId(QSqlDatabase &, const TableId &id) const
{
    return id;
}

void DatabaseDialect::classifyColumnType(ColumnDefinition &column) const
{
    // Standard SQL names as information_schema reports them; dialects refine.
    const QString t = column.typeName.trimmed().toUpper();
    if (t == QLatin1String("BOOLEAN"))
        column.sqlType = SqlType::Boolean;
    else if (t == QLatin1String("TINYINT"))
        column.sqlType = SqlType::TinyInt;
    else if (t == QLatin1String("SMALLINT"))
        column.sqlType = SqlType::SmallInt;
    else if (t == QLatin1String("INTEGER") || t == QLatin1String("INT"))
        column.sqlType = SqlType::Integer;
    else if (t == QLatin1String("BIGINT"))
        column.sqlType = SqlType::BigInt;
    else if (t == QLatin1String("REAL"))
        column.sqlType = SqlType::Real;
    else if (t == QLatin1String("FLOAT"))
        column.sqlType = SqlType::Float;
    else if (t == QLatin1String("DOUBLE PRECISION") || t == QLatin1String("DOUBLE"))
        column.sqlType = SqlType::Double;
    else if (t == QLatin1String("NUMERIC"))
        column.sqlType = SqlType::Numeric;
    else if (t == QLatin1String("DECIMAL"))
        column.sqlType = SqlType::Decimal;
    else if (t == QLatin1String("CHARACTER") || t == QLatin1String("CHAR"))
        column.sqlType = SqlType::Char;
    else if (t == QLatin1String("CHARACTER VARYING") || t == QLatin1String("VARCHAR"))
        column.sqlType = SqlType::VarChar;
    else if (t == QLatin1String("CHARACTER LARGE OBJECT") || t == QLatin1String("CLOB"))
        column.sqlType = SqlType::Clob;
    else if (t == QLatin1String("BINARY"))
        column.sqlType = SqlType::Binary;
    else if (t == QLatin1String("BINARY VARYING") || t == QLatin1String("VARBINARY"))
        column.sqlType = SqlType::VarBinary;
    else if (t == QLatin1String("BINARY LARGE OBJECT") || t == QLatin1String("BLOB"))
        column.sqlType = SqlType::Blob;
    else if (t == QLatin1String("DATE"))
        column.sqlType = SqlType::Date;
    else if (t.startsWith(QLatin1String("TIMESTAMP")))
        column.sqlType = SqlType::Timestamp;
    else if (t.startsWith(QLatin1String("TIME")))
        column.sqlType = SqlType::Time;
    else if (t == QLatin1String("ARRAY") || t.endsWith(QLatin1String(" ARRAY")))
        column.sqlType = SqlType::Array;
    else
        column.sqlType = SqlType::Other;
}

QString DatabaseDialect::scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (q.exec(sql) && q.next())
        return q.value(0).toString();
    return {};
}

Result<QList<TableId>> DatabaseDialect::informationSchemaTables(QSqlDatabase &db,
    const QStringList &tableTypes, const QString &schemaCondition, bool schemaIsCatalog) const
{
    QStringList types;
    if (tableTypes.isEmpty() || tableTypes.contains(QStringLiteral("TABLE"), Qt::CaseInsensitive))
        types << QStringLiteral("'BASE TABLE'");
    if (tableTypes.contains(QStringLiteral("VIEW"), Qt::CaseInsensitive))
        types << QStringLiteral("'VIEW'");
    if (types.isEmpty())
        return QList<TableId>();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT TABLE_SCHEMA, TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                                       "WHERE TABLE_TYPE IN (%1) AND %2 ORDER BY TABLE_SCHEMA, TABLE_NAME")
                            .arg(types.join(QLatin1Char(',')), schemaCondition);
    if (!q.exec(sql))
        return DataError(tr("Could not list the tables of the database: %1").arg(sqlErrorText(q)));
    QList<TableId> out;
    while (q.next()) {
        TableId id;
        (schemaIsCatalog ? id.catalog : id.schema) = q.value(0).toString();
        id.table = q.value(1).toString();
        out << id;
    }
    std::sort(out.begin(), out.end());
    return out;
}

Result<TableDefinition> DatabaseDialect::informationSchemaDescribe(
    QSqlDatabase &db, const TableId &id, const QString &schemaValue, const QString &extraColumns) const
{
    TableDefinition def;
    def.id = id;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Results are read by position: H2's PG server lower-cases result labels.
    q.prepare(QStringLiteral(
        "SELECT TABLE_TYPE FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?"));
    q.addBindValue(schemaValue);
    q.addBindValue(id.table);
    if (!q.exec())
        return DataError(
            tr("Could not read the definition of table %1: %2").arg(id.toString(), sqlErrorText(q)));
    if (!q.next())
        return def;
    def.exists = true;
    def.type = q.value(0).toString().compare(QLatin1String("VIEW"), Qt::CaseInsensitive) == 0
        ? TableType::View
        : TableType::Table;
    q.finish();

    q.prepare(QStringLiteral("SELECT COLUMN_NAME, DATA_TYPE, IS_NULLABLE, NUMERIC_PRECISION, NUMERIC_SCALE, "
                             "CHARACTER_MAXIMUM_LENGTH, COLUMN_DEFAULT%1 FROM INFORMATION_SCHEMA.COLUMNS "
                             "WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION")
                  .arg(extraColumns.isEmpty() ? QString() : QStringLiteral(", ") + extraColumns));
    q.addBindValue(schemaValue);
    q.addBindValue(id.table);
    if (!q.exec())
        return DataError(
            tr("Could not read the columns of table %1: %2").arg(id.toString(), sqlErrorText(q)));
    while (q.next()) {
        const QSqlRecord r = q.record();
        ColumnDefinition c;
        c.name = r.value(0).toString();
        c.typeName = r.value(1).toString();
        const QString nullable = r.value(2).toString();
        c.nullability = nullable.compare(QLatin1String("NO"), Qt::CaseInsensitive) == 0 ? Nullability::NoNulls
            : nullable.compare(QLatin1String("YES"), Qt::CaseInsensitive) == 0 ? Nullability::Nullable
                                                                               : Nullability::Unknown;
        if (!r.value(3).isNull())
            c.precision = r.value(3).toInt();
        else if (!r.value(5).isNull())
            c.precision = int(qMin<qint64>(r.value(5).toLongLong(), std::numeric_limits<int>::max()));
        if (!r.value(4).isNull())
            c.scale = r.value(4).toInt();
        classifyColumnType(c);
        applyExtraColumns(c, r);
        def.columns << c;
    }
    q.finish();

    q.prepare(QStringLiteral(
        "SELECT KCU.COLUMN_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS TC "
        "JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE KCU ON TC.CONSTRAINT_NAME = KCU.CONSTRAINT_NAME "
        "AND TC.TABLE_SCHEMA = KCU.TABLE_SCHEMA AND TC.TABLE_NAME = KCU.TABLE_NAME "
        "WHERE TC.CONSTRAINT_TYPE = 'PRIMARY KEY' AND TC.TABLE_SCHEMA = ? AND TC.TABLE_NAME = ? "
        "ORDER BY KCU.ORDINAL_POSITION"));
    q.addBindValue(schemaValue);
    q.addBindValue(id.table);
    if (!q.exec())
        return DataError(
            tr("Could not read the primary key of table %1: %2").arg(id.toString(), sqlErrorText(q)));
    while (q.next()) {
        const QString pk = q.value(0).toString();
        for (ColumnDefinition &c : def.columns) {
            if (c.name == pk)
                c.primaryKey = true;
        }
    }
    return def;
}

// ---- types -----------------------------------------------------------------------------------------

DataError DatabaseDialect::noMappingError(const SinkField &field)
{
    const QString schemaName = field.schema.hasName() ? field.schema.name() : QStringLiteral("null");
    return DataError(schemaName + QStringLiteral(" (") + cs::data::typeName(field.schema.type())
        + QStringLiteral(") type doesn't have a mapping to the SQL database column type"));
}

Result<QString> DatabaseDialect::sqlTypeFor(const SinkField &field) const
{
    return noMappingError(field);
}

QString DatabaseDialect::defaultLiteral(const SinkField &field) const
{
    const Value *v = field.schema.defaultValue();
    if (!v || v->isNull())
        return QStringLiteral("NULL");
    switch (field.schema.logicalType()) {
    case LogicalType::Decimal:
        return QString::fromLatin1(v->decimal().toPlainString());
    case LogicalType::Date:
        return quotedString(
            cs::data::DateSchema::toDate(v->toInt32()).toString(QStringLiteral("yyyy-MM-dd")));
    case LogicalType::Time:
        return quotedString(
            cs::data::TimeSchema::toTime(v->toInt32()).toString(QStringLiteral("HH:mm:ss.zzz")));
    case LogicalType::Timestamp:
        return quotedString(cs::data::TimestampSchema::toDateTime(v->toInt64())
                                .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")));
    case LogicalType::None:
        break;
    }
    switch (v->kind()) {
    case Value::Kind::Boolean:
        return v->toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case Value::Kind::Int8:
        return QString::number(v->toInt8());
    case Value::Kind::Int16:
        return QString::number(v->toInt16());
    case Value::Kind::Int32:
        return QString::number(v->toInt32());
    case Value::Kind::Int64:
        return QString::number(v->toInt64());
    case Value::Kind::Float32:
        return QString::fromLatin1(cs::data::javaFloatToString(v->toFloat()));
    case Value::Kind::Float64:
        return QString::fromLatin1(cs::data::javaDoubleToString(v->toDouble()));
    case Value::Kind::String:
        return quotedString(v->toQString());
    case Value::Kind::Bytes:
        return QStringLiteral("x'") + QString::fromLatin1(v->bytesValue().toHex()) + QLatin1Char('\'');
    case Value::Kind::Decimal:
        return QString::fromLatin1(v->decimal().toPlainString());
    default:
        return quotedString(v->toString());
    }
}

QString DatabaseDialect::columnSpec(const SinkField &field, const QString &sqlType) const
{
    QString out = quoteIdentifier(field.name) + QLatin1Char(' ') + sqlType;
    const Value *def = field.schema.defaultValue();
    if (def && !def->isNull())
        out += QStringLiteral(" DEFAULT ") + defaultLiteral(field);
    else if (field.isOptional())
        out += QStringLiteral(" NULL");
    else
        out += QStringLiteral(" NOT NULL");
    return out;
}

QString DatabaseDialect::joinedColumns(const QStringList &columns) const
{
    QStringList quoted;
    quoted.reserve(columns.size());
    for (const QString &c : columns)
        quoted << quoteIdentifier(c);
    return quoted.join(QLatin1Char(','));
}

// ---- DDL -------------------------------------------------------------------------------------------

Result<QString> DatabaseDialect::buildCreateTable(const TableId &table, const QList<SinkField> &fields) const
{
    QStringList specs;
    QStringList keys;
    for (const SinkField &f : fields) {
        Result<QString> type = sqlTypeFor(f);
        if (!type)
            return type.error();
        specs << kNewline + columnSpec(f, type.value());
        if (f.primaryKey)
            keys << f.name;
    }
    QString sql = QStringLiteral("CREATE TABLE ") + tableName(table) + QStringLiteral(" (")
        + specs.join(QLatin1Char(','));
    if (!keys.isEmpty())
        sql += QStringLiteral(",") + kNewline + QStringLiteral("PRIMARY KEY(") + joinedColumns(keys)
            + QLatin1Char(')');
    sql += QLatin1Char(')');
    return sql;
}

Result<QStringList> DatabaseDialect::buildAlterTable(
    const TableId &table, const QList<SinkField> &fields) const
{
    QStringList specs;
    for (const SinkField &f : fields) {
        Result<QString> type = sqlTypeFor(f);
        if (!type)
            return type.error();
        specs << columnSpec(f, type.value());
    }
    QString sql = QStringLiteral("ALTER TABLE ") + tableName(table) + QLatin1Char(' ');
    if (specs.size() == 1) {
        sql += QStringLiteral("ADD ") + specs.first();
    } else {
        QStringList adds;
        for (const QString &s : std::as_const(specs))
            adds << kNewline + QStringLiteral("ADD ") + s;
        sql += adds.join(QLatin1Char(','));
    }
    return QStringList { sql };
}

// ---- DML -------------------------------------------------------------------------------------------

QString DatabaseDialect::placeholderFor(const QString &, const TableDefinition *) const
{
    return QStringLiteral("?");
}

cs::data::Status DatabaseDialect::prepareConnection(QSqlDatabase &) const
{
    return {};
}

QString DatabaseDialect::buildInsert(const TableId &table, const QStringList &keyColumns,
    const QStringList &nonKeyColumns, const TableDefinition *definition) const
{
    const QStringList all = keyColumns + nonKeyColumns;
    QStringList marks;
    for (const QString &c : all)
        marks << placeholderFor(c, definition);
    return QStringLiteral("INSERT INTO ") + tableName(table) + QLatin1Char('(') + joinedColumns(all)
        + QStringLiteral(") VALUES(") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
}

Result<QString> DatabaseDialect::buildUpsert(const TableId &table, const QStringList &keyColumns,
    const QStringList &nonKeyColumns, const TableDefinition *definition) const
{
    if (keyColumns.isEmpty()) {
        return DataError(QStringLiteral("Write to table '") + table.toString()
            + QStringLiteral("' in UPSERT mode requires key field names to be known, check the primary key "
                             "configuration"));
    }
    return upsertStatement(table, keyColumns, nonKeyColumns, definition);
}

Result<QString> DatabaseDialect::upsertStatement(
    const TableId &table, const QStringList &, const QStringList &, const TableDefinition *) const
{
    return DataError(QStringLiteral("Write to table '") + table.toString()
        + QStringLiteral("' in UPSERT mode is not supported with the ") + name()
        + QStringLiteral(" dialect."));
}

QString DatabaseDialect::buildUpdate(const TableId &table, const QStringList &keyColumns,
    const QStringList &nonKeyColumns, const TableDefinition *definition) const
{
    QStringList sets;
    for (const QString &c : nonKeyColumns)
        sets << quoteIdentifier(c) + QStringLiteral(" = ") + placeholderFor(c, definition);
    QString sql = QStringLiteral("UPDATE ") + tableName(table) + QStringLiteral(" SET ")
        + sets.join(QStringLiteral(", "));
    if (!keyColumns.isEmpty()) {
        QStringList where;
        for (const QString &k : keyColumns)
            where << quoteIdentifier(k) + QStringLiteral(" = ") + placeholderFor(k, definition);
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    }
    return sql;
}

QString DatabaseDialect::buildDelete(
    const TableId &table, const QStringList &keyColumns, const TableDefinition *definition) const
{
    QStringList where;
    for (const QString &k : keyColumns)
        where << quoteIdentifier(k) + QStringLiteral(" = ") + placeholderFor(k, definition);
    QString sql = QStringLiteral("DELETE FROM ") + tableName(table);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    return sql;
}

// ---- values ----------------------------------------------------------------------------------------

QVariant DatabaseDialect::toSqlValue(const Value &value, const cs::data::Schema &schema) const
{
    const LogicalType logical = schema ? schema.logicalType() : LogicalType::None;
    if (value.isNull()) {
        switch (logical) {
        case LogicalType::Decimal:
            return QVariant(QMetaType::fromType<QString>());
        case LogicalType::Date:
            return QVariant(QMetaType::fromType<QDate>());
        case LogicalType::Time:
            return QVariant(QMetaType::fromType<QTime>());
        case LogicalType::Timestamp:
            return QVariant(QMetaType::fromType<QDateTime>());
        case LogicalType::None:
            break;
        }
        switch (schema ? schema.type() : Type::String) {
        case Type::Int8:
        case Type::Int16:
        case Type::Int32:
            return QVariant(QMetaType::fromType<int>());
        case Type::Int64:
            return QVariant(QMetaType::fromType<qlonglong>());
        case Type::Float32:
        case Type::Float64:
            return QVariant(QMetaType::fromType<double>());
        case Type::Boolean:
            return QVariant(QMetaType::fromType<bool>());
        case Type::Bytes:
            return QVariant(QMetaType::fromType<QByteArray>());
        default:
            return QVariant(QMetaType::fromType<QString>());
        }
    }
    switch (logical) {
    case LogicalType::Decimal:
        return QString::fromLatin1(value.decimal().toPlainString());
    case LogicalType::Date:
        return cs::data::DateSchema::toDate(value.toInt32());
    case LogicalType::Time:
        return cs::data::TimeSchema::toTime(value.toInt32());
    case LogicalType::Timestamp:
        return cs::data::TimestampSchema::toDateTime(value.toInt64());
    case LogicalType::None:
        break;
    }
    switch (value.kind()) {
    case Value::Kind::Boolean:
        return value.toBool();
    case Value::Kind::Int8:
        return int(value.toInt8());
    case Value::Kind::Int16:
        return int(value.toInt16());
    case Value::Kind::Int32:
        return int(value.toInt32());
    case Value::Kind::Int64:
        return qlonglong(value.toInt64());
    case Value::Kind::Float32:
        return double(value.toFloat());
    case Value::Kind::Float64:
        return value.toDouble();
    case Value::Kind::String:
        return value.toQString();
    case Value::Kind::Bytes:
        return value.bytesValue();
    case Value::Kind::Decimal:
        return QString::fromLatin1(value.decimal().toPlainString());
    default:
        return value.toString();
    }
}

// ---- source ----------------------------------------------------------------------------------------

QString DatabaseDialect::buildSourceQuery(const SourceQuerySpec &spec) const
{
    const bool tableMode = spec.query.isEmpty();
    const QString table = tableMode ? tableName(spec.table) : QString();
    auto column = [&](const QString &c) {
        return tableMode ? table + identifierRules().separator() + quoteIdentifier(c) : quoteIdentifier(c);
    };
    QString sql = tableMode ? QStringLiteral("SELECT * FROM ") + table : spec.query;

    QString ts;
    if (spec.mode == SourceMode::Timestamp || spec.mode == SourceMode::TimestampIncrementing) {
        if (spec.timestampColumns.size() == 1) {
            ts = column(spec.timestampColumns.first());
        } else {
            QStringList cols;
            for (const QString &c : spec.timestampColumns)
                cols << column(c);
            ts = QStringLiteral("COALESCE(") + cols.join(QLatin1Char(',')) + QLatin1Char(')');
        }
    }
    const QString inc = spec.incrementingColumn.isEmpty() ? QString() : column(spec.incrementingColumn);

    switch (spec.mode) {
    case SourceMode::Bulk:
        break;
    case SourceMode::Incrementing:
        sql += QStringLiteral(" WHERE ") + inc + QStringLiteral(" > ? ORDER BY ") + inc
            + QStringLiteral(" ASC");
        break;
    case SourceMode::Timestamp:
        sql += QStringLiteral(" WHERE ") + ts + QStringLiteral(" > ? AND ") + ts
            + QStringLiteral(" < ? ORDER BY ") + ts + QStringLiteral(" ASC");
        break;
    case SourceMode::TimestampIncrementing:
        sql += QStringLiteral(" WHERE ") + ts + QStringLiteral(" < ? AND ((") + ts
            + QStringLiteral(" = ? AND ") + inc + QStringLiteral(" > ?) OR ") + ts
            + QStringLiteral(" > ?) ORDER BY ") + ts + QLatin1Char(',') + inc + QStringLiteral(" ASC");
        break;
    }
    if (!spec.suffix.isEmpty())
        sql += QLatin1Char(' ') + spec.suffix;
    return sql;
}

QString DatabaseDialect::currentTimestampQuery() const
{
    return QStringLiteral("SELECT CURRENT_TIMESTAMP");
}

QStringList DatabaseDialect::resultColumnNames(const QSqlRecord &record, const TableDefinition *) const
{
    QStringList out;
    for (int i = 0; i < record.count(); ++i)
        out << record.fieldName(i);
    return out;
}

} // namespace cs::jdbc
