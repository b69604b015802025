#include "jdbc/sink/jdbcdbwriter.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>

#include <QDateTime>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlResult>

#ifdef CS_HAVE_SQLITE3
#include <sqlite3.h>
#endif

#include "data/logicaltypes.h"
#include "data/struct.h"
#include "data/value.h"
#include "jdbc/dialects.h"
#include "jdbc/jdbcurl.h"

namespace cs::jdbc {

Q_LOGGING_CATEGORY(lcSinkWriter, "io.confluent.connect.jdbc.sink.JdbcDbWriter")

using connect::SinkRecord;
using cs::data::DataError;
using cs::data::LogicalType;
using cs::data::Schema;
using cs::data::Type;
using cs::data::Value;

namespace {

std::atomic<int> g_connectionCounter { 0 };

#ifdef CS_HAVE_SQLITE3
// Binds `value` as QtSql's SQLite driver binds it: the same SQLite types and the same text forms.
// The bytes must stay alive until the statement has run (SQLITE_STATIC where QtSql uses it).
int bindLikeQtSql(sqlite3_stmt *stmt, int index, const QVariant &value)
{
    const int type = value.userType();
    const bool null = value.isNull()
        || (type == QMetaType::QString && static_cast<const QString *>(value.constData())->isNull())
        || (type == QMetaType::QByteArray && static_cast<const QByteArray *>(value.constData())->isNull())
        || (type == QMetaType::QDateTime && static_cast<const QDateTime *>(value.constData())->isNull())
        || (type == QMetaType::QDate && static_cast<const QDate *>(value.constData())->isNull())
        || (type == QMetaType::QTime && static_cast<const QTime *>(value.constData())->isNull());
    if (null)
        return sqlite3_bind_null(stmt, index);
    auto text = [&](const QString &s) {
        return sqlite3_bind_text16(stmt, index, s.data(), int(s.size() * sizeof(QChar)), SQLITE_TRANSIENT);
    };
    switch (type) {
    case QMetaType::QByteArray: {
        const auto *bytes = static_cast<const QByteArray *>(value.constData());
        return sqlite3_bind_blob(stmt, index, bytes->constData(), int(bytes->size()), SQLITE_STATIC);
    }
    case QMetaType::Int:
    case QMetaType::Bool:
        return sqlite3_bind_int(stmt, index, value.toInt());
    case QMetaType::Double:
        return sqlite3_bind_double(stmt, index, value.toDouble());
    case QMetaType::UInt:
    case QMetaType::LongLong:
        return sqlite3_bind_int64(stmt, index, value.toLongLong());
    case QMetaType::QDateTime:
        return text(value.toDateTime().toString(Qt::ISODateWithMs));
    case QMetaType::QTime:
        return text(value.toTime().toString(QStringLiteral("hh:mm:ss.zzz")));
    case QMetaType::QString: {
        const auto *s = static_cast<const QString *>(value.constData());
        return sqlite3_bind_text16(stmt, index, s->unicode(), int(s->size() * sizeof(QChar)), SQLITE_STATIC);
    }
    default:
        return text(value.toString());
    }
}
#endif

QString sqlError(const QSqlError &e)
{
    const QString db = e.databaseText().trimmed();
    const QString drv = e.driverText().trimmed();
    if (db.isEmpty())
        return drv.isEmpty() ? e.text() : drv;
    return db;
}

// Upstream's Set<SinkRecordField>.toString for messages.
QString fieldList(const QList<SinkField> &fields)
{
    QStringList parts;
    for (const SinkField &f : fields)
        parts << QStringLiteral("SinkRecordField{schema=") + f.schema.toString() + QStringLiteral(", name='")
                + f.name + QStringLiteral("', isPrimaryKey=")
                + (f.primaryKey ? QStringLiteral("true") : QStringLiteral("false")) + QLatin1Char('}');
    return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
}

bool isNumericColumn(SqlType t)
{
    switch (t) {
    case SqlType::Bit:
    case SqlType::TinyInt:
    case SqlType::SmallInt:
    case SqlType::Integer:
    case SqlType::BigInt:
    case SqlType::Real:
    case SqlType::Float:
    case SqlType::Double:
    case SqlType::Numeric:
    case SqlType::Decimal:
    case SqlType::Boolean:
        return true;
    default:
        return false;
    }
}

bool isBinaryColumn(SqlType t)
{
    return t == SqlType::Binary || t == SqlType::VarBinary || t == SqlType::LongVarBinary
        || t == SqlType::Blob;
}

bool isTemporalColumn(SqlType t)
{
    return t == SqlType::Date || t == SqlType::Time || t == SqlType::Timestamp;
}

// Whether a value obviously does not fit a column of the given type (used to name the column of a row
// the database rejected).
bool misfits(const ColumnDefinition &column, const Value &value, const Schema &schema)
{
    if (value.isNull())
        return column.nullability == Nullability::NoNulls && !column.autoIncrement;
    if (schema && schema.logicalType() != LogicalType::None)
        return isBinaryColumn(column.sqlType);
    switch (value.kind()) {
    case Value::Kind::String: {
        const QString s = value.toQString().trimmed();
        if (isNumericColumn(column.sqlType)) {
            bool ok = false;
            s.toDouble(&ok);
            return !ok && s.compare(QLatin1String("true"), Qt::CaseInsensitive) != 0
                && s.compare(QLatin1String("false"), Qt::CaseInsensitive) != 0;
        }
        if (isTemporalColumn(column.sqlType))
            return !QDateTime::fromString(s, Qt::ISODate).isValid()
                && !QDate::fromString(s, Qt::ISODate).isValid()
                && !QTime::fromString(s, Qt::ISODate).isValid();
        return false;
    }
    case Value::Kind::Bytes:
        return !isBinaryColumn(column.sqlType) && column.sqlType != SqlType::Other;
    case Value::Kind::Boolean:
    case Value::Kind::Int8:
    case Value::Kind::Int16:
    case Value::Kind::Int32:
    case Value::Kind::Int64:
    case Value::Kind::Float32:
    case Value::Kind::Float64:
        return isBinaryColumn(column.sqlType) || isTemporalColumn(column.sqlType);
    default:
        return false;
    }
}

// `single` with its VALUES group (`group`) repeated `rows` times, or an empty string when the group
// cannot be found exactly once after a VALUES keyword.
QString repeatValues(const QString &single, const QString &group, int rows)
{
    qsizetype found = -1;
    for (qsizetype at = single.indexOf(group); at >= 0; at = single.indexOf(group, at + 1)) {
        qsizetype k = at;
        while (k > 0 && single.at(k - 1) == QLatin1Char(' '))
            --k;
        if (k >= 6 && single.mid(k - 6, 6).compare(QLatin1String("VALUES"), Qt::CaseInsensitive) == 0) {
            if (found >= 0)
                return QString();
            found = at;
        }
    }
    if (found < 0)
        return QString();
    QString out = single.left(found);
    out.reserve(single.size() + (group.size() + 1) * rows);
    for (int i = 0; i < rows; ++i) {
        if (i)
            out += QLatin1Char(',');
        out += group;
    }
    out += single.mid(found + group.size());
    return out;
}

// Errors that say nothing about the record: a lost connection, a lock or deadlock, a server shutting
// down. They are retried without looking for a culprit row.
bool isTransient(const QSqlError &e)
{
    if (e.type() == QSqlError::ConnectionError)
        return true;
    const QString code = e.nativeErrorCode().trimmed();
    if (code.isEmpty())
        return false;
    if (code.size() == 5 && !code.at(0).isDigit() && code != QLatin1String("HYT00"))
        return false;
    if (code.size() == 5) {
        // SQLSTATE (PostgreSQL, H2): connection, transaction rollback, resources, operator intervention,
        // lock not available.
        for (const char *cls : { "08", "40", "53", "57" })
            if (code.startsWith(QLatin1String(cls)))
                return true;
        return code == QLatin1String("55P03") || code == QLatin1String("HYT00");
    }
    bool ok = false;
    const int n = code.toInt(&ok);
    if (!ok)
        return false;
    // SQLite BUSY/LOCKED (with extended codes); MySQL/MariaDB lock wait, deadlock, server gone.
    return (n & 0xff) == 5 || (n & 0xff) == 6 || n == 1205 || n == 1213 || n == 2006 || n == 2013;
}

} // namespace

bool JdbcDbWriter::backOff(qint64 ms)
{
    const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(qMax<qint64>(ms, 0));
    for (;;) {
        if (m_stopRequested && m_stopRequested())
            return false;
        // Rounded up: a backoff is never cut short by a fraction of a millisecond.
        const auto left
            = std::chrono::ceil<std::chrono::milliseconds>(until - std::chrono::steady_clock::now());
        if (left.count() <= 0)
            return true;
        std::this_thread::sleep_for(std::min(left, std::chrono::milliseconds(100)));
    }
}

JdbcDbWriter::JdbcDbWriter(JdbcSinkConfig config)
    : m_config(std::move(config))
{
    auto dialect = Dialects::select(m_config.dialectName, m_config.connectionUrl, m_config.quoting);
    if (dialect)
        m_dialect = dialect.value();
    else
        m_dialectError = dialect.error().toString();
    m_connectionName = QStringLiteral("cs-jdbc-sink-%1").arg(g_connectionCounter.fetch_add(1));
}

JdbcDbWriter::~JdbcDbWriter()
{
    close();
}

void JdbcDbWriter::close()
{
    if (m_db.isValid() || m_open) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_open = false;
    m_tables.clear();
    m_topicTables.clear();
    m_metadata.clear();
    m_deleteMetadata.clear();
    m_lastTopic.clear();
    m_lastTable.reset();
    m_lastMetadata.reset();
    m_lastMetadataTable = nullptr;
}

JdbcDbWriter::Failure JdbcDbWriter::ensureConnection()
{
    if (!m_dialect)
        return { Outcome::Fatal, m_dialectError };
    if (m_open)
        return {};
    // A URL no driver takes, or a QtSql driver that is not installed, will not get better: fail at once
    // with the one message that names URL, driver and installed drivers. An unreachable server may
    // come back: that is retried.
    Result<ConnectionSpec> spec = JdbcUrl::parse(m_config.connectionUrl, m_config.connection);
    if (!spec)
        return { Outcome::Fatal, spec.error().toString() };
    if (!QSqlDatabase::isDriverAvailable(spec->qtDriver)) {
        Result<QSqlDatabase> db = JdbcUrl::open(spec.value(), m_connectionName);
        return { Outcome::Fatal, db ? QString() : db.error().toString() };
    }
    QString last;
    for (int attempt = 1; attempt <= qMax(1, m_config.connectionAttempts); ++attempt) {
        Result<QSqlDatabase> db
            = JdbcUrl::open(m_config.connectionUrl, m_config.connection, m_connectionName);
        if (db) {
            m_db = db.value();
            db = DataError(); // no copy of the connection outlives m_db
            const cs::data::Status prepared = m_dialect->prepareConnection(m_db);
            if (prepared.ok()) {
                m_open = true;
                return {};
            }
            last = prepared.error().toString();
            m_db.close();
            m_db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
        } else {
            last = db.error().toString();
        }
        qCInfo(lcSinkWriter).noquote() << tr("Unable to connect to the database on attempt %1/%2: %3")
                                              .arg(attempt)
                                              .arg(m_config.connectionAttempts)
                                              .arg(last);
        if (attempt < m_config.connectionAttempts && !backOff(m_config.connectionBackoffMs))
            break;
    }
    return { Outcome::Retriable, last };
}

bool JdbcDbWriter::connectionAlive()
{
    if (!m_open || !m_db.isOpen())
        return false;
    QSqlQuery q(m_db);
    const bool ok = q.exec(QStringLiteral("SELECT 1")) && q.next();
    return ok;
}

JdbcDbWriter::Failure JdbcDbWriter::sqlFailure(const QString &what, const QString &dbError)
{
    const bool alive = connectionAlive();
    return { alive ? Outcome::Fatal : Outcome::Retriable, what + QStringLiteral(": ") + dbError };
}

cs::data::Status JdbcDbWriter::write(const QList<SinkRecord> &records)
{
    int retriesLeft = m_config.maxRetries;
    const qsizetype batch = m_config.batchSize > 0 ? m_config.batchSize : records.size();
    qsizetype next = 0;
    while (next < records.size()) {
        const qsizetype end = qMin<qsizetype>(next + qMax<qsizetype>(1, batch), records.size());
        const Failure f = writeChunk(records, next, end);
        if (f.outcome == Outcome::Ok) {
            next = end;
            continue;
        }
        if (f.outcome == Outcome::Fatal)
            return DataError(f.message);
        if (retriesLeft <= 0) {
            close();
            return DataError(QStringLiteral("Exception chain:\n") + f.message);
        }
        --retriesLeft;
        ++m_retriesDone;
        qCWarning(lcSinkWriter).noquote() << tr("Write of %1 records failed. Remaining retries=%2: %3")
                                                 .arg(records.size() - next)
                                                 .arg(retriesLeft)
                                                 .arg(f.message);
        close();
        if (!backOff(m_config.retryBackoffMs))
            return DataError(tr("The task is stopping: gave up retrying after %1 of %2 retries: %3")
                                 .arg(m_config.maxRetries - retriesLeft)
                                 .arg(m_config.maxRetries)
                                 .arg(f.message));
    }
    return {};
}

QString JdbcDbWriter::recordAt(const SinkRecord &record) const
{
    return QStringLiteral("(topic='%1',partition=%2,offset=%3,timestamp=%4)")
        .arg(record.topic)
        .arg(record.kafkaPartition)
        .arg(record.kafkaOffset)
        .arg(record.timestamp ? QString::number(*record.timestamp) : QStringLiteral("null"));
}

JdbcDbWriter::Failure JdbcDbWriter::validateRecord(const SinkRecord &record, bool *tombstone) const
{
    const bool valueNull = record.value.isNull();
    *tombstone = valueNull && m_config.deleteEnabled;
    auto prefix = [&]() -> QString {
        return QStringLiteral("Sink connector '") + m_config.connectorName
            + QStringLiteral("' is configured with 'delete.enabled=")
            + (m_config.deleteEnabled ? QStringLiteral("true") : QStringLiteral("false"))
            + QStringLiteral("' and 'pk.mode=") + primaryKeyModeName(m_config.pkMode)
            + QStringLiteral("' and therefore requires records with a ");
    };
    const bool needsValue = m_config.pkMode == PrimaryKeyMode::None
        || m_config.pkMode == PrimaryKeyMode::RecordValue || !m_config.deleteEnabled;
    const bool valueOk = !valueNull && record.valueSchema
        && (record.valueSchema.type() == Type::Struct || record.valueSchema.type() == Type::String);
    if (needsValue && !valueOk) {
        return { Outcome::Fatal,
            prefix()
                + QStringLiteral(
                    "non-null Struct or String value and non-null Struct or String schema, but found "
                    "record at ")
                + recordAt(record) + QStringLiteral(" with a ")
                + (valueNull ? QStringLiteral("null") : record.value.javaClassName())
                + QStringLiteral(" value and ")
                + (record.valueSchema ? cs::data::typeName(record.valueSchema.type())
                                      : QStringLiteral("null"))
                + QStringLiteral(" value schema.") };
    }
    if (m_config.pkMode == PrimaryKeyMode::RecordKey || m_config.deleteEnabled) {
        const bool keyOk = !record.key.isNull() && record.keySchema
            && (record.keySchema.type() == Type::Struct || cs::data::isPrimitive(record.keySchema.type()));
        if (!keyOk)
            return { Outcome::Fatal,
                prefix()
                    + QStringLiteral(
                        "non-null key and non-null Struct or primitive key schema, but found record at ")
                    + recordAt(record) + QStringLiteral(" with a ")
                    + (record.key.isNull() ? QStringLiteral("null") : record.key.javaClassName())
                    + QStringLiteral(" key and ")
                    + (record.keySchema ? cs::data::typeName(record.keySchema.type())
                                        : QStringLiteral("null"))
                    + QStringLiteral(" key schema.") };
    }
    if (!valueNull && record.valueSchema && record.valueSchema.type() == Type::String) {
        QStringList conflicts;
        if (!m_config.fieldsWhitelist.isEmpty())
            conflicts << QStringLiteral("fields.whitelist");
        if (!m_config.timestampFields.isEmpty())
            conflicts << QStringLiteral("timestamp.fields.list");
        if (!conflicts.isEmpty())
            return { Outcome::Fatal,
                QStringLiteral("Record at ") + recordAt(record) + QStringLiteral(" has a String value, but ")
                    + conflicts.join(QStringLiteral(", "))
                    + QStringLiteral(" are not applicable to String values") };
    }
    return {};
}

JdbcDbWriter::Failure JdbcDbWriter::describe(TableState &table)
{
    Result<TableDefinition> def = m_dialect->describeTable(m_db, table.id);
    if (!def)
        return sqlFailure(
            tr("Could not read the definition of table %1").arg(table.id.toString()), def.error().toString());
    if (!def->exists && m_config.quoting == QuoteMethod::Never) {
        // Unquoted names are folded by the database: look for the folded spelling too.
        for (const QString &folded : { table.id.table.toLower(), table.id.table.toUpper() }) {
            if (folded == table.id.table)
                continue;
            TableId alt = table.id;
            alt.table = folded;
            Result<TableDefinition> other = m_dialect->describeTable(m_db, alt);
            if (other && other->exists) {
                def = other;
                break;
            }
        }
    }
    table.definition = def.value();
    table.described = true;
    return {};
}

JdbcDbWriter::Failure JdbcDbWriter::tableFor(const SinkRecord &record, std::shared_ptr<TableState> *out)
{
    if (m_lastTable && m_lastTable->described && record.topic == m_lastTopic) {
        *out = m_lastTable;
        return {};
    }
    auto known = m_topicTables.constFind(record.topic);
    TableId id;
    if (known != m_topicTables.cend()) {
        id = known.value();
    } else {
        QString name = m_config.tableNameFormat;
        name.replace(QStringLiteral("${topic}"), record.topic);
        if (name.trimmed().isEmpty())
            return { Outcome::Fatal,
                QStringLiteral("Destination table name for topic '") + record.topic
                    + QStringLiteral("' is empty using the format string '") + m_config.tableNameFormat
                    + QLatin1Char('\'') };
        TableId parsed = m_dialect->parseTableId(name);
        if (parsed.isEmpty()) // not a well-formed quoted name (e.g. a stray quote): the text is the name
            parsed.table = name;
        if (m_config.quoting == QuoteMethod::Never && m_dialect->name() == QLatin1String("PostgreSql"))
            parsed.table = parsed.table.toLower();
        id = m_dialect->qualifyTableId(m_db, parsed);
        m_topicTables.insert(record.topic, id);
    }
    const QString key = id.toString();
    auto it = m_tables.find(key);
    if (it == m_tables.end()) {
        auto state = std::make_shared<TableState>();
        state->id = id;
        it = m_tables.insert(key, state);
    }
    if (!it.value()->described) {
        const Failure f = describe(*it.value());
        if (f.outcome != Outcome::Ok)
            return f;
    }
    *out = it.value();
    m_lastTopic = record.topic;
    m_lastTable = it.value();
    return {};
}

JdbcDbWriter::Failure JdbcDbWriter::metadataFor(
    TableState &table, const SinkRecord &record, bool tombstone, std::shared_ptr<const FieldsMetadata> *out)
{
    if (!tombstone && m_lastMetadata && m_lastMetadataTable == &table
        && m_lastMetadata->keySchema.sameInstance(record.keySchema)
        && m_lastMetadata->valueSchema.sameInstance(record.valueSchema)) {
        *out = m_lastMetadata;
        return {};
    }
    auto &cache = tombstone ? m_deleteMetadata : m_metadata;
    const QString key = table.id.toString();
    auto it = cache.constFind(key);
    if (it != cache.cend() && it.value()->keySchema == record.keySchema
        && (tombstone || it.value()->valueSchema == record.valueSchema)) {
        *out = it.value();
        if (!tombstone) {
            m_lastMetadata = it.value();
            m_lastMetadataTable = &table;
        }
        return {};
    }
    Result<FieldsMetadata> m = FieldsMetadata::extract(
        table.id.table, m_config, record.keySchema, tombstone ? Schema() : record.valueSchema);
    if (!m)
        return { Outcome::Fatal,
            m.error().toString() + QStringLiteral(" (record at ") + recordAt(record) + QLatin1Char(')') };
    auto shared = std::make_shared<const FieldsMetadata>(std::move(m).value());
    cache.insert(key, shared);
    *out = shared;
    if (!tombstone) {
        const Failure f = ensureStructure(table, *shared);
        if (f.outcome != Outcome::Ok) {
            cache.remove(key);
            return f;
        }
    }
    return {};
}

JdbcDbWriter::Failure JdbcDbWriter::ensureStructure(TableState &table, const FieldsMetadata &metadata)
{
    const QString id = table.id.toString();
    if (!table.definition.exists) {
        if (!m_config.autoCreate)
            return { Outcome::Fatal,
                QStringLiteral("Table ") + id + QStringLiteral(" is missing and auto-creation is disabled") };
        Result<QString> sql = m_dialect->buildCreateTable(table.id, metadata.allFields);
        if (!sql)
            return { Outcome::Fatal, sql.error().toString() };
        qCInfo(lcSinkWriter).noquote() << tr("Creating table with sql: %1").arg(sql.value());
        QSqlQuery q(m_db);
        if (!q.exec(sql.value())) {
            const QString err = sqlError(q.lastError());
            q.finish();
            const Failure d = describe(table);
            if (d.outcome != Outcome::Ok)
                return d;
            if (!table.definition.exists)
                return sqlFailure(tr("Could not create table %1").arg(id), err);
        }
        return describe(table);
    }
    QList<SinkField> missing;
    for (const SinkField &f : metadata.allFields) {
        if (!table.definition.column(f.name))
            missing << f;
    }
    if (missing.isEmpty())
        return {};
    if (table.definition.type == TableType::View)
        return { Outcome::Fatal,
            QStringLiteral("View ") + id + QStringLiteral(" is missing fields (") + fieldList(missing)
                + QStringLiteral(") and ALTER VIEW is unsupported") };
    for (const SinkField &f : std::as_const(missing)) {
        const Value *def = f.schema.defaultValue();
        if (!f.isOptional() && (!def || def->isNull()))
            return { Outcome::Fatal,
                QStringLiteral("Cannot ALTER TABLE ") + id + QStringLiteral(" to add missing field ")
                    + fieldList({ f }).mid(1).chopped(1)
                    + QStringLiteral(", as the field is not optional and does not have a default value") };
    }
    if (!m_config.autoEvolve)
        return { Outcome::Fatal,
            QStringLiteral("Table ") + id + QStringLiteral(" is missing fields (") + fieldList(missing)
                + QStringLiteral(") and auto-evolution is disabled") };
    Result<QStringList> statements = m_dialect->buildAlterTable(table.id, missing);
    if (!statements)
        return { Outcome::Fatal, statements.error().toString() };
    for (const QString &sql : statements.value()) {
        qCInfo(lcSinkWriter).noquote() << tr("Amending table to add missing fields with sql: %1").arg(sql);
        QSqlQuery q(m_db);
        if (!q.exec(sql))
            return sqlFailure(QStringLiteral("Failed to amend table '") + id
                    + QStringLiteral("' to add missing fields: ") + fieldList(missing),
                sqlError(q.lastError()));
    }
    return describe(table);
}

int JdbcDbWriter::rowsPerStatement(const Group &group) const
{
    if (group.kind == OpKind::Update || group.kind == OpKind::Delete)
        return 1;
    const qsizetype columns
        = qMax<qsizetype>(1, group.metadata->keyColumns.size() + group.metadata->nonKeyColumns.size());
    // QtSql's cost per bound value grows with the statement's parameter count, so moderate statements
    // are fastest (measured on SQLite: 50 rows 0.92x a hand-written loop, 1,000 rows 0.39x). H2's PG
    // server costs ~45 ms per statement whatever its size: there, large statements win.
    const int cap = m_dialect->statementPreparationCommits() ? 1000 : 50;
    return int(std::clamp<qsizetype>(30000 / columns, 1, cap));
}

JdbcDbWriter::Failure JdbcDbWriter::buildSql(Group &group) const
{
    const TableDefinition *def = &group.table->definition;
    const TableId &id = group.table->id;
    auto actual = [&](const QList<SinkColumn> &columns) {
        QStringList names;
        for (const SinkColumn &c : columns) {
            const ColumnDefinition *cd = def->exists ? def->column(c.field.name) : nullptr;
            names << (cd ? cd->name : c.field.name);
        }
        return names;
    };
    const QStringList keys = actual(group.metadata->keyColumns);
    const QStringList nonKeys = actual(group.metadata->nonKeyColumns);
    QString single;
    switch (group.kind) {
    case OpKind::Insert:
        single = m_dialect->buildInsert(id, keys, nonKeys, def);
        break;
    case OpKind::Upsert: {
        Result<QString> sql = m_dialect->buildUpsert(id, keys, nonKeys, def);
        if (!sql)
            return { Outcome::Fatal, sql.error().toString() };
        single = sql.value();
        break;
    }
    case OpKind::Update:
        group.sql = m_dialect->buildUpdate(id, keys, nonKeys, def);
        return {};
    case OpKind::Delete:
        group.sql = m_dialect->buildDelete(id, keys, def);
        return {};
    }
    if (group.rows.size() == 1) {
        group.sql = single;
        return {};
    }
    QStringList marks;
    for (const QString &c : keys + nonKeys)
        marks << m_dialect->placeholderFor(c, def);
    const QString multi = repeatValues(
        single, QLatin1Char('(') + marks.join(QLatin1Char(',')) + QLatin1Char(')'), int(group.rows.size()));
    if (multi.isEmpty())
        return { Outcome::Fatal, QStringLiteral("internal: no VALUES group in ") + single };
    group.sql = multi;
    return {};
}

QVariant JdbcDbWriter::bindable(const Value &value, const SinkField &field) const
{
    if (field.timestampField && !value.isNull()
        && (value.kind() == Value::Kind::Int64 || value.kind() == Value::Kind::String)) {
        // timestamp.fields.list: epoch microseconds, or an ISO-8601 text.
        QDateTime ts = value.kind() == Value::Kind::Int64
            ? QDateTime::fromMSecsSinceEpoch(value.toInt64() / 1000, QTimeZone::utc())
            : QDateTime::fromString(value.toQString(), Qt::ISODateWithMs);
        if (ts.isValid()) {
            if (!m_config.dbTimeZoneIsUtc) {
                const QDateTime local = ts.toTimeZone(m_config.dbTimeZone);
                ts = QDateTime(local.date(), local.time(), QTimeZone::utc());
            }
            return ts.toTimeZone(QTimeZone::utc());
        }
    }
    QVariant v = m_dialect->toSqlValue(value, field.schema);
    if (m_config.dbTimeZoneIsUtc || value.isNull())
        return v;
    // db.timezone: the wall-clock time in that zone is what the database column receives.
    switch (v.metaType().id()) {
    case QMetaType::QDateTime: {
        const QDateTime local = v.toDateTime().toTimeZone(m_config.dbTimeZone);
        return QDateTime(local.date(), local.time(), QTimeZone::utc());
    }
    case QMetaType::QTime: {
        const QDateTime local
            = QDateTime(QDate(1970, 1, 1), v.toTime(), QTimeZone::utc()).toTimeZone(m_config.dbTimeZone);
        return local.time();
    }
    case QMetaType::QDate:
        if (m_config.dateUsesDbTimeZone)
            return QDateTime(v.toDate(), QTime(0, 0), QTimeZone::utc())
                .toTimeZone(m_config.dbTimeZone)
                .date();
        return v;
    default:
        return v;
    }
}

QVariantList JdbcDbWriter::rowValues(const Group &group, const SinkRecord &record) const
{
    QVariantList out;
    const FieldsMetadata &m = *group.metadata;
    out.reserve(m.keyColumns.size() + m.nonKeyColumns.size());
    auto add = [&](const QList<SinkColumn> &columns) {
        for (const SinkColumn &c : columns)
            out << bindable(FieldsMetadata::valueOf(c, record, m_config.replaceNullWithDefault), c.field);
    };
    if (group.kind == OpKind::Update) {
        add(m.nonKeyColumns);
        add(m.keyColumns);
    } else if (group.kind == OpKind::Delete) {
        add(m.keyColumns);
    } else {
        add(m.keyColumns);
        add(m.nonKeyColumns);
    }
    return out;
}

QString JdbcDbWriter::guessColumn(const Group &group, const SinkRecord &record) const
{
    const TableDefinition &def = group.table->definition;
    QList<SinkColumn> columns = group.metadata->keyColumns + group.metadata->nonKeyColumns;
    const bool sqlite = m_dialect->name() == QLatin1String("Sqlite");
    for (const SinkColumn &c : std::as_const(columns)) {
        const ColumnDefinition *cd = def.column(c.field.name);
        if (!cd)
            continue;
        const Value v = FieldsMetadata::valueOf(c, record, m_config.replaceNullWithDefault);
        if (v.isNull() ? misfits(*cd, v, c.field.schema) : (!sqlite && misfits(*cd, v, c.field.schema)))
            return cd->name;
    }
    // A NOT NULL column the record does not write at all.
    for (const ColumnDefinition &cd : def.columns) {
        if (cd.nullability != Nullability::NoNulls || cd.autoIncrement)
            continue;
        bool written = false;
        for (const SinkColumn &c : std::as_const(columns))
            written = written || def.column(c.field.name) == &cd;
        if (!written)
            return cd.name;
    }
    return QString();
}

JdbcDbWriter::Failure JdbcDbWriter::execGroup(QSqlQuery &query, const Group &group,
    const QList<SinkRecord> &records, qsizetype firstRow, qsizetype count, qint64 *affected)
{
#ifdef CS_HAVE_SQLITE3
    // QSqlResult::bindValue() formats a ":<n>" name and hashes it for every value it binds: a third
    // of a sink task's time writing into SQLite (bench_jdbc). On SQLite the statement QtSql prepared
    // runs through SQLite's own API instead, bound as QtSql binds, in the same transaction.
    const QVariant handle = query.result() ? query.result()->handle() : QVariant();
    if (qstrcmp(handle.typeName(), "sqlite3_stmt*") == 0) {
        if (sqlite3_stmt *stmt = *static_cast<sqlite3_stmt *const *>(handle.constData())) {
            sqlite3 *db = sqlite3_db_handle(stmt);
            sqlite3_reset(stmt);
            sqlite3_clear_bindings(stmt);
            QList<QVariantList> rows; // alive until the statement ran: bound without copies
            rows.reserve(count);
            int pos = 1;
            int rc = SQLITE_OK;
            for (qsizetype i = firstRow; i < firstRow + count && rc == SQLITE_OK; ++i) {
                rows.append(rowValues(group, records.at(group.rows.at(i))));
                for (const QVariant &v : std::as_const(rows.last()))
                    if ((rc = bindLikeQtSql(stmt, pos++, v)) != SQLITE_OK)
                        break;
            }
            if (rc == SQLITE_OK)
                rc = sqlite3_step(stmt);
            const bool ok = rc == SQLITE_DONE || rc == SQLITE_ROW;
            const int code = ok ? SQLITE_OK : sqlite3_extended_errcode(db);
            const QString message = ok ? QString() : QString::fromUtf8(sqlite3_errmsg(db));
            if (ok && affected)
                *affected = sqlite3_changes(db);
            sqlite3_reset(stmt);
            sqlite3_clear_bindings(stmt); // before `rows` goes
            if (ok)
                return {};
            const bool busy = (code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED;
            return { busy ? Outcome::Retriable : Outcome::Fatal, message };
        }
    }
#endif
    int pos = 0;
    for (qsizetype i = firstRow; i < firstRow + count; ++i) {
        const QVariantList values = rowValues(group, records.at(group.rows.at(i)));
        for (const QVariant &v : values)
            query.bindValue(pos++, v);
    }
    if (!query.exec()) {
        const QSqlError e = query.lastError();
        return { isTransient(e) ? Outcome::Retriable : Outcome::Fatal, sqlError(e) };
    }
    if (affected)
        *affected = query.numRowsAffected();
    return {};
}

JdbcDbWriter::Failure JdbcDbWriter::diagnose(
    const Group &group, const QList<SinkRecord> &records, const QString &dbError)
{
    if (!connectionAlive())
        return { Outcome::Retriable, dbError };
    // Find the first row the database rejects on its own: halves of the group, each tried in a
    // transaction that is rolled back.
    qsizetype lo = 0;
    qsizetype n = group.rows.size();
    QString lastError = dbError;
    auto fails = [&](qsizetype from, qsizetype count) -> std::optional<bool> {
        Group part = group;
        part.rows = group.rows.mid(from, count);
        if (buildSql(part).outcome != Outcome::Ok)
            return std::nullopt;
        QSqlQuery q(m_db);
        if (!q.prepare(part.sql))
            return std::nullopt;
        if (!m_db.transaction())
            return std::nullopt;
        const Failure f = execGroup(q, part, records, 0, count);
        m_db.rollback();
        if (f.outcome == Outcome::Retriable)
            return std::nullopt;
        if (f.outcome != Outcome::Ok)
            lastError = f.message;
        return f.outcome != Outcome::Ok;
    };
    std::optional<bool> whole = fails(lo, n);
    if (!whole || !*whole) {
        // Not reproducible on its own: transient (deadlock, serialization, a connection hiccup).
        return { Outcome::Retriable, dbError };
    }
    while (n > 1) {
        const qsizetype half = n / 2;
        std::optional<bool> first = fails(lo, half);
        if (!first)
            break;
        if (*first) {
            n = half;
        } else {
            lo += half;
            n -= half;
        }
    }
    const SinkRecord &record = records.at(group.rows.at(lo));
    const QString column = n == 1 ? guessColumn(group, record) : QString();
    return { Outcome::Fatal,
        tr("The record at %1 does not fit table %2%3: %4")
            .arg(recordAt(record), group.table->id.toString(),
                column.isEmpty() ? QString() : tr(", column \"%1\"").arg(column), lastError) };
}

JdbcDbWriter::Failure JdbcDbWriter::writeChunk(const QList<SinkRecord> &records, qsizetype from, qsizetype to)
{
    Failure f = ensureConnection();
    if (f.outcome != Outcome::Ok)
        return f;

    // 1. Records into statements, in order.
    QList<Group> groups;
    QSet<QString> upsertKeys; // keys in the current upsert statement
    for (qsizetype i = from; i < to; ++i) {
        const SinkRecord &record = records.at(i);
        bool tombstone = false;
        f = validateRecord(record, &tombstone);
        if (f.outcome != Outcome::Ok)
            return f;
        if (record.value.isNull() && !tombstone)
            continue; // not reached: validation requires a value then
        std::shared_ptr<TableState> table;
        f = tableFor(record, &table);
        if (f.outcome != Outcome::Ok)
            return f;
        std::shared_ptr<const FieldsMetadata> metadata;
        f = metadataFor(*table, record, tombstone, &metadata);
        if (f.outcome != Outcome::Ok)
            return f;
        if (tombstone && !table->definition.exists)
            continue; // nothing to delete in a table that does not exist
        OpKind kind = OpKind::Delete;
        if (!tombstone)
            kind = m_config.insertMode == InsertMode::Upsert ? OpKind::Upsert
                : m_config.insertMode == InsertMode::Update  ? OpKind::Update
                                                             : OpKind::Insert;
        QString upsertKey;
        if (kind == OpKind::Upsert) {
            for (const SinkColumn &c : metadata->keyColumns)
                upsertKey += FieldsMetadata::valueOf(c, record, m_config.replaceNullWithDefault).toString()
                    + QChar(0x1f);
        }
        bool extend = !groups.isEmpty() && groups.last().table == table && groups.last().metadata == metadata
            && groups.last().kind == kind && groups.last().rows.size() < rowsPerStatement(groups.last());
        if (extend && kind == OpKind::Upsert && upsertKeys.contains(upsertKey))
            extend = false;
        if (!extend) {
            Group g;
            g.table = table;
            g.metadata = metadata;
            g.kind = kind;
            groups << g;
            upsertKeys.clear();
        }
        groups.last().rows << i;
        if (kind == OpKind::Upsert)
            upsertKeys.insert(upsertKey);
    }
    if (groups.isEmpty())
        return {};

    // 2. NULL into a NOT NULL column is named before the database is asked.
    for (const Group &g : std::as_const(groups)) {
        if (g.kind == OpKind::Delete)
            continue;
        const TableDefinition &def = g.table->definition;
        for (const SinkColumn &c : g.metadata->nonKeyColumns + g.metadata->keyColumns) {
            const ColumnDefinition *cd = def.column(c.field.name);
            if (!cd || cd->nullability != Nullability::NoNulls || cd->autoIncrement)
                continue;
            for (qsizetype row : g.rows) {
                const SinkRecord &record = records.at(row);
                if (FieldsMetadata::valueOf(c, record, m_config.replaceNullWithDefault).isNull())
                    return { Outcome::Fatal,
                        tr("The record at %1 does not fit table %2, column \"%3\": the column is NOT NULL "
                           "and "
                           "the record has no value for it")
                            .arg(recordAt(record), g.table->id.toString(), cd->name) };
            }
        }
    }

    // 3. Statements prepared once, before the transaction (H2's PG server commits on PREPARE).
    QHash<QString, std::shared_ptr<QSqlQuery>> prepared;
    for (Group &g : groups) {
        f = buildSql(g);
        if (f.outcome != Outcome::Ok)
            return f;
        if (prepared.contains(g.sql))
            continue;
        auto q = std::make_shared<QSqlQuery>(m_db);
        if (!q->prepare(g.sql))
            return sqlFailure(tr("Could not prepare %1").arg(g.sql), sqlError(q->lastError()));
        prepared.insert(g.sql, q);
    }

    // 4. One transaction for the batch.
    if (!m_db.transaction())
        return sqlFailure(tr("Could not begin a transaction"), sqlError(m_db.lastError()));
    for (const Group &g : std::as_const(groups)) {
        QSqlQuery &q = *prepared.value(g.sql);
        qint64 affected = -1;
        f = execGroup(q, g, records, 0, g.rows.size(), &affected);
        if (f.outcome != Outcome::Ok) {
            const QString err = f.message;
            m_db.rollback();
            prepared.clear();
            if (f.outcome == Outcome::Retriable)
                return f;
            return diagnose(g, records, err);
        }
        if (g.kind == OpKind::Update && affected == 0)
            qCDebug(lcSinkWriter) << "UPDATE matched no row";
    }
    if (!m_db.commit()) {
        const QString err = sqlError(m_db.lastError());
        m_db.rollback();
        return { Outcome::Retriable, tr("Could not commit the transaction: %1").arg(err) };
    }
    prepared.clear(); // released after the transaction ended
    return {};
}

} // namespace cs::jdbc
