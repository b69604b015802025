#include "jdbc/source/tablequerier.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlField>
#include <QSqlRecord>
#include <QSqlResult>
#include <QUtf8StringView>

#ifdef CS_HAVE_SQLITE3
#include <sqlite3.h>
#endif

#include "data/decimal.h"
#include "data/logicaltypes.h"
#include "data/schemabuilder.h"
#include "data/struct.h"

namespace cs::jdbc::source {

using data::DataError;
using data::Schema;
using data::SchemaBuilder;
using data::Type;
using data::Value;

namespace {

Value str(const QString &s)
{
    return Value::fromString(s);
}

QString sqlError(const QSqlQuery &q)
{
    const QSqlError e = q.lastError();
    const QString text = e.databaseText().trimmed();
    return text.isEmpty() ? e.text().trimmed() : text;
}

// Fraction digits after the seconds of an ISO-like timestamp text, as nanoseconds; -1 if none.
int fractionNanos(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    const qsizetype dot = text.indexOf(QLatin1Char('.'), colon < 0 ? 0 : colon);
    if (dot < 0)
        return 0;
    int nanos = 0;
    int digits = 0;
    for (qsizetype i = dot + 1; i < text.size() && text.at(i).isDigit(); ++i) {
        if (digits < 9) {
            nanos = nanos * 10 + text.at(i).digitValue();
            ++digits;
        }
    }
    while (digits < 9) {
        nanos *= 10;
        ++digits;
    }
    return nanos;
}

// A Decimal with exactly `scale` fraction digits from the database's text.
std::optional<data::Decimal> decimalWithScale(QString text, int scale)
{
    text = text.trimmed();
    if (text.contains(QLatin1Char('e')) || text.contains(QLatin1Char('E'))) {
        // Scientific text (a double on some drivers): through plain notation.
        bool ok = false;
        const double d = text.toDouble(&ok);
        if (!ok)
            return std::nullopt;
        text = QString::number(d, 'f', qMax(scale, 0));
    }
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    const int have = dot < 0 ? 0 : int(text.size() - dot - 1);
    if (scale >= 0) {
        if (have < scale) {
            if (dot < 0 && scale > 0)
                text += QLatin1Char('.');
            text += QString(scale - have, QLatin1Char('0'));
        } else if (have > scale) {
            text.chop(have - scale); // the column's scale is authoritative; extra digits are zeros
            if (text.endsWith(QLatin1Char('.')))
                text.chop(1);
        }
    }
    return data::Decimal::fromString(QStringView(text));
}

QString modeName(const JdbcSourceSettings &s)
{
    return s.mode;
}

} // namespace

SourceTimestamp SourceTimestamp::fromMillis(qint64 ms)
{
    SourceTimestamp t;
    t.seconds = ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);
    t.nanos = qint32((ms - t.seconds * 1000) * 1000000);
    return t;
}

SourceTimestamp SourceTimestamp::fromMillisAndNanos(qint64 ms, qint32 nanos)
{
    SourceTimestamp t = fromMillis(ms);
    if (nanos >= 0 && nanos < 1000000000 && nanos / 1000000 == t.nanos / 1000000)
        t.nanos = nanos;
    return t;
}

Value SourceOffset::toValue() const
{
    // Every record carries one: the keys share static bytes.
    data::ValueMap map;
    map.reserve(timestamp ? 3 : 1);
    if (timestamp)
        map.emplace_back(
            Value::string(QByteArrayLiteral("timestamp_nanos")), Value(qint64(timestamp->nanos)));
    if (incrementing)
        map.emplace_back(Value::string(QByteArrayLiteral("incrementing")), Value(*incrementing));
    if (timestamp)
        map.emplace_back(Value::string(QByteArrayLiteral("timestamp")), Value(timestamp->millis()));
    return Value(std::move(map));
}

SourceOffset SourceOffset::fromValue(const Value &value)
{
    SourceOffset out;
    if (value.kind() != Value::Kind::Map)
        return out;
    std::optional<qint64> ms;
    std::optional<qint64> nanos;
    for (const auto &[k, v] : value.map()) {
        if (k.kind() != Value::Kind::String || v.isNull())
            continue;
        const QString key = k.toQString();
        const qint64 n = v.toString().toLongLong();
        if (key == u"incrementing")
            out.incrementing = n;
        else if (key == u"timestamp")
            ms = n;
        else if (key == u"timestamp_nanos")
            nanos = n;
    }
    if (ms)
        out.timestamp = SourceTimestamp::fromMillisAndNanos(*ms, qint32(nanos.value_or(-1)));
    return out;
}

TableQuerier::TableQuerier(
    const JdbcSourceSettings &settings, const DatabaseDialect &dialect, QString tableText)
    : m_settings(settings)
    , m_dialect(dialect)
    , m_tableText(std::move(tableText))
{
    m_queryMode = m_tableText.isEmpty();
    if (!m_queryMode)
        m_table = m_dialect.parseTableId(m_tableText);
    m_topic = m_queryMode ? m_settings.topicPrefix : m_settings.topicPrefix + m_table.table;
}

TableQuerier::~TableQuerier() = default;

data::Status TableQuerier::prepare(QSqlDatabase &db, connect::SourceTaskContext *context)
{
    const bool bulk = m_settings.mode == u"bulk";
    if (!m_queryMode) {
        data::Result<TableDefinition> def = m_dialect.describeTable(db, m_table);
        if (!def)
            return def.error();
        m_definition = def.value();
        if (!m_definition.exists)
            return DataError(tr("Table %1 does not exist in the database %2.")
                                 .arg(m_tableText, redactUrl(m_settings.connectionUrl)));
        m_incrementingColumn = m_settings.incrementingColumnFor(m_table);
        m_timestampColumns = m_settings.timestampColumnsFor(m_table);
        if (m_settings.usesIncrementing() && m_incrementingColumn.isEmpty()) {
            // Auto-detect: the first auto-increment column (upstream's findIncrementingColumn).
            for (const ColumnDefinition &c : std::as_const(m_definition.columns)) {
                if (c.autoIncrement) {
                    m_incrementingColumn = c.name;
                    break;
                }
            }
            if (m_incrementingColumn.isEmpty())
                return DataError(tr("Table %1 has no auto-increment column to use in mode %2: set "
                                    "incrementing.column.name.")
                                     .arg(m_tableText, modeName(m_settings)));
        }
        // Names as the catalog spells them (exact, then the unique case-insensitive match).
        if (m_settings.usesIncrementing()) {
            const ColumnDefinition *c = m_definition.column(m_incrementingColumn);
            if (!c)
                return DataError(QStringLiteral("Incrementing column: %1 does not exist in table '%2'")
                                     .arg(m_incrementingColumn, m_tableText));
            m_incrementingColumn = c->name;
            if (m_settings.validateNonNull && c->isOptional())
                return DataError(
                    QStringLiteral("Cannot make incremental queries using incrementing column %1 "
                                   "on %2 because this column is nullable.")
                        .arg(m_incrementingColumn, m_tableText));
        }
        if (m_settings.usesTimestamp()) {
            QStringList missing;
            QStringList resolved;
            bool anyNotNull = false;
            for (const QString &name : std::as_const(m_timestampColumns)) {
                const ColumnDefinition *c = m_definition.column(name);
                if (!c) {
                    missing << name;
                    continue;
                }
                resolved << c->name;
                anyNotNull = anyNotNull || !c->isOptional();
            }
            if (!missing.isEmpty() || m_timestampColumns.isEmpty())
                return DataError(QStringLiteral("Timestamp columns: %1 do not exist in table '%2'")
                                     .arg(missing.join(QStringLiteral(", ")), m_tableText));
            m_timestampColumns = resolved;
            if (m_settings.validateNonNull && !anyNotNull)
                return DataError(
                    QStringLiteral("Cannot make incremental queries using timestamp columns %1 on "
                                   "%2 because all of these columns are nullable.")
                        .arg(m_timestampColumns.join(QLatin1Char(',')), m_tableText));
        }
    } else {
        m_incrementingColumn = m_settings.incrementingColumn;
        m_timestampColumns = m_settings.timestampColumns;
    }

    // Source partition (§4.6) and the stored offset.
    auto map = [](std::initializer_list<std::pair<QString, QString>> entries) {
        data::ValueMap m;
        for (const auto &[k, v] : entries)
            m.emplace_back(str(k), str(v));
        return Value(std::move(m));
    };
    if (m_queryMode) {
        m_partition = map({ { QStringLiteral("query"), QStringLiteral("query") } });
    } else if (bulk) {
        m_partition = map({ { QStringLiteral("table"), m_table.table } });
    } else {
        m_partition = map({ { QStringLiteral("protocol"), QStringLiteral("1") },
            { QStringLiteral("table"), m_table.unquotedFqn() } });
    }
    if (!bulk && context) {
        Value stored = context->offset(m_partition);
        if (stored.isNull() && !m_queryMode)
            stored = context->offset(map({ { QStringLiteral("table"), m_table.table } }));
        m_offset = SourceOffset::fromValue(stored);
    }
    if (m_settings.usesTimestamp() && !m_offset.timestamp && m_settings.timestampInitial) {
        if (*m_settings.timestampInitial == -1) {
            data::Result<SourceTimestamp> now = databaseNow(db);
            if (!now)
                return now.error();
            m_offset.timestamp = now.value();
        } else {
            m_offset.timestamp = SourceTimestamp::fromMillis(*m_settings.timestampInitial);
        }
    }
    return {};
}

void TableQuerier::reset()
{
    m_query.reset();
    m_stmt = nullptr;
    m_stmtOnRow = false;
    m_executing = false;
    m_held.reset();
}

data::Result<SourceTimestamp> TableQuerier::databaseNow(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(m_dialect.currentTimestampQuery()) || !q.next())
        return DataError(tr("Could not read the database's current time: %1").arg(sqlError(q)));
    const QVariant v = q.value(0);
    if (m_dialect.name() == u"Sqlite") {
        // strftime gives UTC text.
        const QString text = v.toString();
        QDateTime dt = QDateTime::fromString(text.left(19), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        dt.setTimeZone(QTimeZone::utc());
        return SourceTimestamp::fromMillisAndNanos(
            dt.toMSecsSinceEpoch() + fractionNanos(text) / 1000000, fractionNanos(text));
    }
    const QDateTime dt = v.toDateTime();
    if (!dt.isValid())
        return DataError(tr("Could not read the database's current time: %1").arg(v.toString()));
    return SourceTimestamp::fromMillis(dt.toMSecsSinceEpoch());
}

QVariant TableQuerier::timestampParameter(const SourceTimestamp &ts) const
{
    if (m_dialect.name() == u"Sqlite" && !m_sqliteTextTimestamps.value_or(false))
        return qlonglong(ts.millis()); // sqlite-jdbc stores timestamps as epoch milliseconds
    const QDateTime dt = QDateTime::fromMSecsSinceEpoch(ts.millis(), m_settings.dbTimeZone);
    QString text = dt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (m_dialect.name() == u"Sqlite") {
        // Text timestamps compare as text: write them as CURRENT_TIMESTAMP does, millis when needed.
        if (ts.nanos != 0)
            text += QStringLiteral(".%1").arg(ts.nanos / 1000000, 3, 10, QLatin1Char('0'));
        return text;
    }
    text += QStringLiteral(".%1").arg(ts.nanos / 1000, 6, 10, QLatin1Char('0'));
    if (m_dialect.name() == u"PostgreSql") {
        const int offset = dt.offsetFromUtc();
        text += QStringLiteral("%1%2:%3")
                    .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                    .arg(qAbs(offset) / 3600, 2, 10, QLatin1Char('0'))
                    .arg((qAbs(offset) % 3600) / 60, 2, 10, QLatin1Char('0'));
    }
    return text;
}

data::Status TableQuerier::execute(QSqlDatabase &db)
{
    const bool bulk = m_settings.mode == u"bulk";
    if (!m_query) {
        SourceQuerySpec spec;
        spec.mode = bulk                         ? SourceMode::Bulk
            : m_settings.mode == u"incrementing" ? SourceMode::Incrementing
            : m_settings.mode == u"timestamp"    ? SourceMode::Timestamp
                                                 : SourceMode::TimestampIncrementing;
        spec.table = m_table;
        spec.query = m_settings.query;
        spec.incrementingColumn = m_incrementingColumn;
        spec.timestampColumns = m_timestampColumns;
        spec.suffix = m_settings.querySuffix;
        m_sql = m_dialect.buildSourceQuery(spec);
        m_query = std::make_unique<QSqlQuery>(db);
        m_query->setForwardOnly(true);
        m_query->setNumericalPrecisionPolicy(QSql::HighPrecision);
        if (!m_query->prepare(m_sql)) {
            const QString error = sqlError(*m_query);
            m_query.reset();
            m_retriable = true;
            return DataError(tr("Failed to prepare the query %1: %2").arg(m_sql, error));
        }
    }

    if (m_dialect.name() == u"Sqlite" && m_settings.usesTimestamp() && !m_sqliteTextTimestamps
        && !m_queryMode) {
        // SQLite keeps timestamps as epoch milliseconds (sqlite-jdbc, our sink) or as text
        // (CURRENT_TIMESTAMP): bind offsets the way the table stores them.
        QSqlQuery probe(db);
        if (probe.exec(QStringLiteral("SELECT typeof(%1) FROM %2 WHERE %1 IS NOT NULL LIMIT 1")
                           .arg(m_dialect.quoteIdentifier(m_timestampColumns.value(0)),
                               m_dialect.tableName(m_table)))
            && probe.next())
            m_sqliteTextTimestamps = probe.value(0).toString() == u"text";
    }

    SourceTimestamp end;
    if (m_settings.usesTimestamp()) {
        data::Result<SourceTimestamp> now = databaseNow(db);
        if (!now) {
            m_retriable = true;
            return now.error();
        }
        end = SourceTimestamp::fromMillisAndNanos(
            now.value().millis() - m_settings.timestampDelayIntervalMs, now.value().nanos);
    }
    const SourceTimestamp begin = m_offset.timestamp.value_or(SourceTimestamp());
    const qint64 lastIncrementing = m_offset.incrementing.value_or(-1);
    if (m_settings.mode == u"incrementing") {
        m_query->bindValue(0, qlonglong(lastIncrementing));
    } else if (m_settings.mode == u"timestamp") {
        m_query->bindValue(0, timestampParameter(begin));
        m_query->bindValue(1, timestampParameter(end));
    } else if (m_settings.mode == u"timestamp+incrementing") {
        m_query->bindValue(0, timestampParameter(end));
        m_query->bindValue(1, timestampParameter(begin));
        m_query->bindValue(2, qlonglong(lastIncrementing));
        m_query->bindValue(3, timestampParameter(begin));
    }
    if (!m_query->exec()) {
        const QString error = sqlError(*m_query);
        m_query.reset();
        m_retriable = true;
        return DataError(tr("Failed to run the query %1: %2").arg(m_sql, error));
    }
    m_executing = true;
    m_stmt = nullptr;
    m_stmtOnRow = false;
#ifdef CS_HAVE_SQLITE3
    // QtSql hands a row over as a QVariant per column out of its row cache, text converted to UTF-16
    // and back: about half of what reading a row cost the source task (bench_jdbc). On SQLite the
    // rows of the statement QtSql ran are read through SQLite's API: exec() has stepped to the first
    // row, or found none and reset the statement (which must then not be stepped again).
    const QVariant handle = m_query->result()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3_stmt*") == 0 && m_query->at() != QSql::AfterLastRow) {
        sqlite3_stmt *stmt = *static_cast<sqlite3_stmt *const *>(handle.constData());
        if (stmt && sqlite3_stmt_busy(stmt)) {
            m_stmt = stmt;
            m_stmtOnRow = true;
        }
    }
#endif
    const QSqlRecord record = m_query->record();
    if (!m_queryMode && record.count() != m_definition.columns.size()) {
        // The table changed since it was described: read its definition again.
        data::Result<TableDefinition> def = m_dialect.describeTable(db, m_table);
        if (def && def.value().exists)
            m_definition = def.value();
    }
    return buildSchema(record);
}

data::Status TableQuerier::buildSchema(const QSqlRecord &record)
{
    // The result's column names: H2's PG server lower-cases labels, so a table's come from its catalog.
    QStringList names = m_dialect.resultColumnNames(record, m_queryMode ? nullptr : &m_definition);
    // A table's SELECT * returns its columns in catalog order, and the catalog spells them exactly
    // (QSQLITE drops '"' from result labels, H2's PG server lower-cases them).
    if (!m_queryMode && m_definition.columns.size() == record.count())
        names = m_definition.columnNames();
    if (names == m_resultNames && !m_schema.isNull())
        return {};
    m_columns.clear();
    m_incrementingIndex = -1;
    m_timestampIndexes.clear();
    SchemaBuilder builder = SchemaBuilder::structure();
    if (!m_queryMode)
        builder.name(m_table.table);
    for (int i = 0; i < record.count(); ++i) {
        Column col;
        col.name = names.value(i);
        const ColumnDefinition *known = m_queryMode ? nullptr : m_definition.column(col.name);
        if (known) {
            col.definition = *known;
        } else {
            // Query mode (or a column the catalog does not list): what the driver says of the result.
            const QSqlField f = record.field(i);
            ColumnDefinition &c = col.definition;
            c.name = col.name;
            c.nullability = f.requiredStatus() == QSqlField::Required ? Nullability::NoNulls
                : f.requiredStatus() == QSqlField::Optional           ? Nullability::Nullable
                                                                      : Nullability::Unknown;
            c.precision = f.length() > 0 ? f.length() : 0;
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
                c.sqlType = SqlType::VarChar;
                break;
            }
            if (m_timestampColumns.contains(col.name))
                c.sqlType = SqlType::Timestamp;
        }
        const QString typeName = col.definition.typeName.toLower();
        col.zoned = typeName.contains(QLatin1String("with time zone")) || typeName == u"timestamptz";
        Schema schema = connectSchemaFor(col.definition, m_settings.numericMapping);
        if (schema.isNull())
            continue; // upstream skips columns without a Connect mapping
        if (col.definition.sqlType == SqlType::Timestamp
            && m_settings.timestampGranularity != TimestampGranularity::ConnectLogical) {
            const bool isLong = m_settings.timestampGranularity == TimestampGranularity::MicrosLong
                || m_settings.timestampGranularity == TimestampGranularity::NanosLong;
            SchemaBuilder b = isLong ? SchemaBuilder::int64() : SchemaBuilder::string();
            if (col.definition.isOptional())
                b.optional();
            schema = b.build();
        }
        col.schema = schema;
        col.resultIndex = i;
        col.plain
            = schema.logicalType() == data::LogicalType::None && col.definition.sqlType != SqlType::Timestamp;
        builder.field(col.name, schema);
        if (col.name == m_incrementingColumn)
            m_incrementingIndex = i;
        col.definition.name = col.name;
        m_columns << col;
    }
    // Indexes into m_row (raw result positions) of the offset columns.
    for (const QString &ts : std::as_const(m_timestampColumns)) {
        const qsizetype at = names.indexOf(ts);
        if (at >= 0)
            m_timestampIndexes << int(at);
    }
    if (m_settings.usesIncrementing() && m_incrementingIndex < 0) {
        const qsizetype at = names.indexOf(m_incrementingColumn);
        m_incrementingIndex = int(at);
    }
    if (m_settings.usesIncrementing() && m_incrementingIndex < 0)
        return DataError(QStringLiteral("Incrementing column: %1 does not exist in table '%2'")
                             .arg(m_incrementingColumn, m_queryMode ? m_settings.query : m_tableText));
    m_schema = builder.build();
    if (m_schema.isNull())
        return builder.error() ? *builder.error() : DataError(tr("Could not build the record schema."));
    m_resultNames = names;
    return {};
}

std::optional<SourceTimestamp> TableQuerier::toTimestamp(const QVariant &raw, bool zoned) const
{
    if (raw.isNull())
        return std::nullopt;
    switch (raw.metaType().id()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
        return SourceTimestamp::fromMillis(raw.toLongLong()); // SQLite: epoch milliseconds
    case QMetaType::QDateTime: {
        const QDateTime dt = raw.toDateTime();
        if (zoned)
            return SourceTimestamp::fromMillis(dt.toMSecsSinceEpoch());
        // The driver read a wall-clock time; it is one in db.timezone.
        return SourceTimestamp::fromMillis(
            QDateTime(dt.date(), dt.time(), m_settings.dbTimeZone).toMSecsSinceEpoch());
    }
    case QMetaType::QDate:
        return SourceTimestamp::fromMillis(
            QDateTime(raw.toDate(), QTime(0, 0), m_settings.dbTimeZone).toMSecsSinceEpoch());
    default:
        break;
    }
    QString text = raw.toString().trimmed();
    bool isNumber = false;
    const qint64 number = text.toLongLong(&isNumber);
    if (isNumber)
        return SourceTimestamp::fromMillis(number);
    const int nanos = fractionNanos(text);
    text.replace(QLatin1Char(' '), QLatin1Char('T'));
    QDateTime dt = QDateTime::fromString(text.left(19), Qt::ISODate);
    if (!dt.isValid()) {
        dt = QDateTime(QDate::fromString(text.left(10), Qt::ISODate), QTime(0, 0));
        if (!dt.isValid())
            return std::nullopt;
    }
    dt.setTimeZone(m_settings.dbTimeZone);
    return SourceTimestamp::fromMillisAndNanos(dt.toMSecsSinceEpoch() + nanos / 1000000, nanos);
}

data::Result<Value> TableQuerier::readValue(int index, const QVariant &raw) const
{
    const Column &col = m_columns.at(index);
    if (raw.isNull())
        return Value();
    const Schema &schema = col.schema;
    switch (schema.logicalType()) {
    case data::LogicalType::Decimal: {
        const int scale = col.definition.scale.value_or(127);
        const std::optional<data::Decimal> d = decimalWithScale(raw.toString(), scale);
        if (!d)
            return DataError(tr("Column %1: %2 is not a decimal number").arg(col.name, raw.toString()));
        return Value(*d);
    }
    case data::LogicalType::Date: {
        QDate date;
        if (raw.metaType().id() == QMetaType::QDate)
            date = raw.toDate();
        else if (raw.metaType().id() == QMetaType::QDateTime)
            date = raw.toDateTime().date();
        else if (raw.metaType().id() == QMetaType::LongLong || raw.metaType().id() == QMetaType::Int)
            date = QDateTime::fromMSecsSinceEpoch(raw.toLongLong(), QTimeZone::utc()).date();
        else
            date = QDate::fromString(raw.toString().trimmed().left(10), Qt::ISODate);
        if (!date.isValid())
            return DataError(tr("Column %1: %2 is not a date").arg(col.name, raw.toString()));
        return Value(data::DateSchema::fromDate(date));
    }
    case data::LogicalType::Time: {
        QTime time;
        if (raw.metaType().id() == QMetaType::QTime)
            time = raw.toTime();
        else if (raw.metaType().id() == QMetaType::LongLong || raw.metaType().id() == QMetaType::Int)
            time = QDateTime::fromMSecsSinceEpoch(raw.toLongLong(), QTimeZone::utc()).time();
        else
            time = QTime::fromString(raw.toString().trimmed(), Qt::ISODateWithMs);
        if (!time.isValid())
            return DataError(tr("Column %1: %2 is not a time").arg(col.name, raw.toString()));
        return Value(data::TimeSchema::fromTime(time));
    }
    case data::LogicalType::Timestamp: {
        const std::optional<SourceTimestamp> ts = toTimestamp(raw, col.zoned);
        if (!ts)
            return DataError(tr("Column %1: %2 is not a timestamp").arg(col.name, raw.toString()));
        return Value(ts->millis());
    }
    case data::LogicalType::None:
        break;
    }
    if (col.definition.sqlType == SqlType::Timestamp) {
        // timestamp.granularity other than connect_logical.
        const std::optional<SourceTimestamp> ts = toTimestamp(raw, col.zoned);
        if (!ts)
            return DataError(tr("Column %1: %2 is not a timestamp").arg(col.name, raw.toString()));
        const qint64 micros = ts->seconds * 1000000 + ts->nanos / 1000;
        const qint64 nanos = ts->seconds * 1000000000 + ts->nanos;
        const QDateTime utc = QDateTime::fromSecsSinceEpoch(ts->seconds, QTimeZone::utc());
        const QString iso = utc.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss."));
        switch (m_settings.timestampGranularity) {
        case TimestampGranularity::MicrosLong:
            return Value(micros);
        case TimestampGranularity::NanosLong:
            return Value(nanos);
        case TimestampGranularity::MicrosString:
            return str(QString::number(micros));
        case TimestampGranularity::NanosString:
            return str(QString::number(nanos));
        case TimestampGranularity::MicrosIsoDatetimeString:
            return str(iso + QStringLiteral("%1").arg(ts->nanos / 1000, 6, 10, QLatin1Char('0')));
        case TimestampGranularity::NanosIsoDatetimeString:
            return str(iso + QStringLiteral("%1").arg(ts->nanos, 9, 10, QLatin1Char('0')));
        case TimestampGranularity::ConnectLogical:
            break;
        }
    }
    bool ok = true;
    switch (schema.type()) {
    case Type::Boolean: {
        if (raw.metaType().id() == QMetaType::QString) {
            const QString t = raw.toString().trimmed().toLower();
            return Value(t == u"t" || t == u"true" || t == u"1" || t == u"y" || t == u"yes");
        }
        return Value(raw.toBool());
    }
    case Type::Int8:
        return Value(qint8(raw.toLongLong(&ok)));
    case Type::Int16:
        return Value(qint16(raw.toLongLong(&ok)));
    case Type::Int32:
        return Value(qint32(raw.toLongLong(&ok)));
    case Type::Int64: {
        const qint64 v = raw.toLongLong(&ok);
        if (!ok) {
            const double d = raw.toDouble(&ok); // a REAL stored in an integer column
            if (ok)
                return Value(qint64(d));
            return DataError(tr("Column %1: %2 is not an integer").arg(col.name, raw.toString()));
        }
        return Value(v);
    }
    case Type::Float32:
        return Value(float(raw.toDouble()));
    case Type::Float64:
        return Value(raw.toDouble());
    case Type::String:
        if (raw.metaType().id() == QMetaType::QByteArray)
            return Value::string(raw.toByteArray());
        return Value::fromString(raw.toString());
    case Type::Bytes:
        return Value::bytes(raw.toByteArray());
    default:
        break;
    }
    return Value::fromString(raw.toString());
}

data::Result<bool> TableQuerier::nextRow()
{
#ifdef CS_HAVE_SQLITE3
    if (m_stmt) {
        if (m_stmtOnRow) {
            m_stmtOnRow = false;
            return true;
        }
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW || rc == SQLITE_DONE)
            return rc == SQLITE_ROW;
        return DataError(QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_stmt))));
    }
#endif
    if (m_query->next())
        return true;
    const QSqlError error = m_query->lastError();
    if (error.isValid() && error.type() != QSqlError::NoError)
        return DataError(sqlError(*m_query));
    return false;
}

// The value of result column `column` of the current SQLite row as QtSql's SQLite driver gives it
// (QSql::HighPrecision): the same QVariant types, text through UTF-16.
QVariant TableQuerier::sqliteVariant(int column) const
{
#ifdef CS_HAVE_SQLITE3
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_BLOB:
        return QByteArray(static_cast<const char *>(sqlite3_column_blob(m_stmt, column)),
            sqlite3_column_bytes(m_stmt, column));
    case SQLITE_INTEGER:
        return qlonglong(sqlite3_column_int64(m_stmt, column));
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_stmt, column);
    case SQLITE_NULL:
        return QVariant(QMetaType::fromType<QString>());
    default:
        return QString(reinterpret_cast<const QChar *>(sqlite3_column_text16(m_stmt, column)),
            sqlite3_column_bytes16(m_stmt, column) / qsizetype(sizeof(QChar)));
    }
#else
    Q_UNUSED(column);
    return {};
#endif
}

// readValue() of the current SQLite row's value for m_columns[index]. Integers and UTF-8 text in
// plain columns become Connect values directly, as readValue() would make them; everything else
// goes through readValue() as the QVariant QtSql would have read.
data::Result<Value> TableQuerier::readSqliteValue(int index) const
{
    const Column &col = m_columns.at(index);
#ifdef CS_HAVE_SQLITE3
    const int column = col.resultIndex;
    const int type = sqlite3_column_type(m_stmt, column);
    if (type == SQLITE_NULL)
        return Value();
    if (col.plain && type == SQLITE_INTEGER) {
        const qint64 v = sqlite3_column_int64(m_stmt, column);
        switch (col.schema.type()) {
        case Type::Boolean:
            return Value(v != 0);
        case Type::Int8:
            return Value(qint8(v));
        case Type::Int16:
            return Value(qint16(v));
        case Type::Int32:
            return Value(qint32(v));
        case Type::Int64:
            return Value(v);
        default:
            break;
        }
    } else if (col.plain && type == SQLITE_TEXT && col.schema.type() == Type::String) {
        const QByteArrayView text(reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column)),
            sqlite3_column_bytes(m_stmt, column));
        if (QUtf8StringView(text).isValidUtf8()) // else U+FFFD, as SQLite's UTF-16 conversion gives
            return Value::string(text.toByteArray());
    }
    return readValue(index, sqliteVariant(column));
#else
    return readValue(index, m_row.at(col.resultIndex));
#endif
}

QVariant TableQuerier::rawAt(int column) const
{
    return m_stmt ? sqliteVariant(column) : m_row.at(column);
}

std::optional<SourceTimestamp> TableQuerier::rowTimestamp() const
{
    // COALESCE of the timestamp columns.
    for (int index : m_timestampIndexes) {
        const QVariant raw = rawAt(index);
        if (raw.isNull())
            continue;
        bool zoned = false;
        for (const Column &c : m_columns) {
            if (c.name == m_resultNames.value(index))
                zoned = c.zoned;
        }
        return toTimestamp(raw, zoned);
    }
    return std::nullopt;
}

data::Result<qint64> TableQuerier::rowIncrementing() const
{
#ifdef CS_HAVE_SQLITE3
    if (m_stmt && sqlite3_column_type(m_stmt, m_incrementingIndex) == SQLITE_INTEGER)
        return qint64(sqlite3_column_int64(m_stmt, m_incrementingIndex));
#endif
    const QVariant raw = rawAt(m_incrementingIndex);
    const ColumnDefinition *def = nullptr;
    for (const Column &c : m_columns) {
        if (c.name == m_incrementingColumn)
            def = &c.definition;
    }
    if (raw.isNull())
        return DataError(
            QStringLiteral("Null value for incrementing column of type: %1")
                .arg(def ? def->typeName.toUpper() : QString::fromLatin1(raw.metaType().name())));
    bool ok = false;
    const qint64 v = raw.toLongLong(&ok);
    if (ok)
        return v;
    const QString text = raw.toString().trimmed();
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    if (dot >= 0) {
        bool fractionZero = true;
        for (qsizetype i = dot + 1; i < text.size(); ++i)
            fractionZero = fractionZero && text.at(i) == QLatin1Char('0');
        if (!fractionZero)
            return DataError(QStringLiteral("Scale of Decimal value for incrementing column must be 0"));
        const qint64 whole = text.left(dot).toLongLong(&ok);
        if (ok)
            return whole;
    }
    return DataError(tr("Incrementing column %1: %2 is not a whole number").arg(m_incrementingColumn, text));
}

connect::SourceRecord TableQuerier::makeRecord(data::Struct value) const
{
    connect::SourceRecord r;
    r.sourcePartition = m_partition;
    r.topic = m_topic;
    r.valueSchema = m_schema;
    r.value = Value(std::move(value));
    return r;
}

data::Result<QList<connect::SourceRecord>> TableQuerier::read(QSqlDatabase &db, int maxRows)
{
    QList<connect::SourceRecord> out;
    m_retriable = false;
    if (!m_executing) {
        const data::Status started = execute(db);
        if (!started.ok()) {
            reset();
            m_lastUpdateMs = QDateTime::currentMSecsSinceEpoch();
            return started.error();
        }
    }
    const bool bulk = m_settings.mode == u"bulk";
    const bool timestampOnly = m_settings.mode == u"timestamp";
    const bool inc = m_settings.usesIncrementing();
    const bool ts = m_settings.usesTimestamp();
    const int count = m_query->record().count();
    m_row.resize(count);
    out.reserve(qMin(maxRows, 4096));
    while (out.size() < maxRows) {
        const data::Result<bool> row = nextRow();
        if (!row) {
            m_retriable = true;
            reset();
            m_lastUpdateMs = QDateTime::currentMSecsSinceEpoch();
            return DataError(tr("Failed to read the result of %1: %2").arg(m_sql, row.error().message));
        }
        if (!row.value()) {
            // Exhausted: a held timestamp-mode record is complete now.
            if (m_held) {
                m_offset.timestamp = m_heldTimestamp;
                m_held->sourceOffset = m_offset.toValue();
                out << std::move(*m_held);
                m_held.reset();
            }
            m_query->finish();
            m_stmt = nullptr;
            m_executing = false;
            m_lastUpdateMs = QDateTime::currentMSecsSinceEpoch();
            break;
        }
        if (!m_stmt) {
            for (int i = 0; i < count; ++i)
                m_row[i] = m_query->value(i);
        }
        data::Struct value(m_schema);
        for (int field = 0; field < m_columns.size(); ++field) {
            data::Result<Value> v = m_stmt ? readSqliteValue(field)
                                           : readValue(field, m_row.at(m_columns.at(field).resultIndex));
            if (!v)
                return v.error();
            value.set(field, std::move(v).value());
        }
        connect::SourceRecord record = makeRecord(std::move(value));
        if (bulk) {
            out << std::move(record);
            continue;
        }
        std::optional<SourceTimestamp> rowTs;
        if (ts) {
            rowTs = rowTimestamp();
            if (!rowTs)
                return DataError(tr("Null or unreadable value in the timestamp columns %1 of %2.")
                                     .arg(m_timestampColumns.join(QLatin1Char(',')), m_tableText));
        }
        if (inc) {
            data::Result<qint64> id = rowIncrementing();
            if (!id)
                return id.error();
            m_offset.incrementing = id.value();
        }
        if (timestampOnly) {
            if (m_held) {
                if (m_heldTimestamp < *rowTs)
                    m_offset.timestamp = m_heldTimestamp;
                m_held->sourceOffset = m_offset.toValue();
                out << std::move(*m_held);
            }
            m_held = std::move(record);
            m_heldTimestamp = *rowTs;
            continue;
        }
        if (ts)
            m_offset.timestamp = *rowTs;
        record.sourceOffset = m_offset.toValue();
        out << std::move(record);
    }
    return out;
}

} // namespace cs::jdbc::source
