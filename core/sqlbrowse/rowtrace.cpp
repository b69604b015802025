#include "sqlbrowse/rowtrace.h"

#include <thread>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include "converters/jsonconverter.h"
#include "data/decimal.h"
#include "data/value.h"
#include "jdbc/databasedialect.h"
#include "kafka/consumer.h"

namespace cs::sqlbrowse {

namespace {

using cs::data::Value;

// Decimal text without trailing zeros, as a database's numeric reads back as a number.
QString trimmedNumber(QString text)
{
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    return text;
}

// A Connect value as canonicalText() writes the same value read from a database.
QString valueText(const Value &value)
{
    switch (value.kind()) {
    case Value::Kind::Null:
        return {};
    case Value::Kind::Boolean:
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case Value::Kind::Float32:
    case Value::Kind::Float64:
        return canonicalText(QVariant(value.toDouble()));
    case Value::Kind::String:
        return value.toQString();
    case Value::Kind::Bytes:
        return QString::fromLatin1(value.bytesValue().toHex());
    case Value::Kind::Decimal:
        return trimmedNumber(QString::fromLatin1(value.decimal().toPlainString()));
    default:
        return value.toString();
    }
}

QString jsonText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case QJsonValue::Double:
        return canonicalText(QVariant(value.toDouble()));
    case QJsonValue::String:
        return value.toString();
    default:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
}

// Per-thread converters: a JsonConverter is not synchronized, and each trace runs on its own thread.
struct Decoders
{
    cs::converters::JsonConverter keys;
    cs::converters::JsonConverter values;
    Decoders()
    {
        (void)keys.configure({ { QStringLiteral("schemas.enable"), QStringLiteral("true") } }, true);
        (void)values.configure({ { QStringLiteral("schemas.enable"), QStringLiteral("true") } }, false);
    }
};

Decoders &decoders()
{
    thread_local Decoders d;
    return d;
}

// The key fields of `bytes`: decoded with the JsonConverter (schemas.enable=true), else as schemaless JSON
// (payload of an envelope, or the object itself), else — for a one-column key — as the raw text.
QStringList fieldsOf(const QByteArray &bytes, const QStringList &keyColumns, bool isKey, bool *found)
{
    *found = false;
    QStringList out;
    auto &converter = isKey ? decoders().keys : decoders().values;
    auto decoded = converter.toConnectData(QStringView(), QByteArrayView(bytes));
    if (decoded) {
        const Value &v = decoded->value;
        if (v.kind() == Value::Kind::Struct) {
            const auto &s = v.structValue();
            for (const QString &k : keyColumns) {
                const cs::data::Field *match = nullptr;
                for (const auto &f : s.schema().fields())
                    if (f.name().compare(k, Qt::CaseInsensitive) == 0) {
                        match = &f;
                        break;
                    }
                if (!match)
                    return {};
                out << valueText(s.get(match->index()));
            }
            *found = true;
            return out;
        }
        if (isKey && keyColumns.size() == 1 && !v.isNull() && v.kind() != Value::Kind::Map
            && v.kind() != Value::Kind::Array) {
            *found = true;
            return { valueText(v) };
        }
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error == QJsonParseError::NoError && doc.isObject()) {
        QJsonObject object = doc.object();
        if (object.contains(QLatin1String("payload")) && object.contains(QLatin1String("schema"))) {
            const QJsonValue payload = object.value(QLatin1String("payload"));
            if (!payload.isObject()) {
                if (isKey && keyColumns.size() == 1 && !payload.isNull()) {
                    *found = true;
                    return { jsonText(payload) };
                }
                return {};
            }
            object = payload.toObject();
        }
        for (const QString &k : keyColumns) {
            bool has = false;
            for (auto it = object.begin(); it != object.end(); ++it)
                if (it.key().compare(k, Qt::CaseInsensitive) == 0) {
                    out << jsonText(it.value());
                    has = true;
                    break;
                }
            if (!has)
                return {};
        }
        *found = true;
        return out;
    }
    if (isKey && keyColumns.size() == 1) {
        const QVariant scalar = doc.isNull() ? QVariant(QString::fromUtf8(bytes)) : QVariant();
        if (error.error != QJsonParseError::NoError) {
            // Not JSON: a StringConverter key, or a bare JSON scalar QJsonDocument refuses.
            const QJsonDocument wrapped
                = QJsonDocument::fromJson(QByteArray("[") + bytes + QByteArray("]"), &error);
            *found = true;
            if (error.error == QJsonParseError::NoError && wrapped.isArray())
                return { jsonText(wrapped.array().at(0)) };
            return { scalar.toString() };
        }
    }
    return {};
}

struct ResolvedTable
{
    std::unique_ptr<ScopedConnection> connection;
    jdbc::TableDefinition definition;
    QString error;
};

ResolvedTable openTable(const TableRef &ref)
{
    ResolvedTable out;
    out.connection = std::make_unique<ScopedConnection>(ref.url, ref.props);
    if (!out.connection->error.isEmpty()) {
        out.error = out.connection->error;
        return out;
    }
    auto def = out.connection->dialect->describeTable(out.connection->db, ref.table);
    if (!def)
        out.error = def.error().toString();
    else if (!def->exists)
        out.error = RowTrace::tr("The table %1 does not exist.").arg(ref.table.toString());
    else
        out.definition = def.value();
    return out;
}

// Reads the row whose key columns equal `keyValues` (texts or values, bound as parameters).
TracedRow readRow(
    ResolvedTable &table, const QStringList &keyColumns, const QVariantList &keyValues, QString *error)
{
    TracedRow row;
    const auto &dialect = *table.connection->dialect;
    QStringList terms;
    for (const QString &k : keyColumns) {
        const jdbc::ColumnDefinition *c = table.definition.column(k);
        if (!c) {
            *error = RowTrace::tr("The table %1 has no column %2.").arg(table.definition.id.toString(), k);
            return row;
        }
        terms << dialect.quoteIdentifier(c->name) + QStringLiteral(" = ?");
    }
    QStringList columns;
    for (const auto &c : table.definition.columns)
        columns << dialect.quoteIdentifier(c.name);
    QSqlQuery q(table.connection->db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")) + QStringLiteral(" FROM ")
        + dialect.tableName(table.definition.id) + QStringLiteral(" WHERE ")
        + terms.join(QStringLiteral(" AND ")));
    for (const QVariant &v : keyValues)
        q.addBindValue(v);
    if (!q.exec()) {
        *error = q.lastError().text();
        return row;
    }
    row.columns = table.definition.columnNames();
    if (q.next()) {
        row.found = true;
        for (int i = 0; i < row.columns.size(); ++i)
            row.values << q.value(i);
    }
    return row;
}

QStringList canonicalKey(const QVariantList &values)
{
    QStringList out;
    for (const QVariant &v : values)
        out << canonicalText(v);
    return out;
}

// Looks up the rows of the source and the target for `keyValues` (one per key column).
void lookUpRows(const TraceSpec &spec, ResolvedTable *source, const QStringList &keyColumns,
    const QVariantList &keyValues, TraceResult &result)
{
    if (source && source->error.isEmpty()) {
        QString error;
        result.sourceRow = readRow(*source, keyColumns, keyValues, &error);
        if (!error.isEmpty())
            result.notes << RowTrace::tr("Source: %1").arg(error);
    }
    if (spec.target.url.isEmpty()) {
        result.notes << RowTrace::tr("No target table was given.");
        return;
    }
    ResolvedTable target = openTable(spec.target);
    if (!target.error.isEmpty()) {
        result.notes << RowTrace::tr("Target: %1").arg(target.error);
        return;
    }
    QString error;
    result.targetRow = readRow(target, keyColumns, keyValues, &error);
    if (!error.isEmpty())
        result.notes << RowTrace::tr("Target: %1").arg(error);
}

QString describeConsumerError(const cs::kafka::ConsumerError &e)
{
    return e.message;
}

} // namespace

QStringList RowTrace::keyOf(const cs::kafka::Message &message, const QStringList &keyColumns, QString *how)
{
    bool found = false;
    if (message.key && !message.key->isEmpty()) {
        QStringList fields = fieldsOf(*message.key, keyColumns, true, &found);
        if (found) {
            if (how)
                *how = tr("record key");
            return fields;
        }
    }
    if (message.value && !message.value->isEmpty()) {
        QStringList fields = fieldsOf(*message.value, keyColumns, false, &found);
        if (found) {
            if (how)
                *how = tr("payload fields");
            return fields;
        }
    }
    return {};
}

TraceResult RowTrace::fromSourceRow(const TraceSpec &spec, const QVariantList &keyValues)
{
    QElapsedTimer timer;
    timer.start();
    TraceResult result;
    result.keyValues = keyValues;
    ResolvedTable source = openTable(spec.source);
    if (!source.error.isEmpty()) {
        result.error = tr("Source: %1").arg(source.error);
        return result;
    }
    result.keyColumns = spec.keyColumns.isEmpty() ? source.definition.primaryKeyColumns() : spec.keyColumns;
    if (result.keyColumns.isEmpty()) {
        result.error = tr("The source table %1 has no primary key: name the key columns to trace by.")
                           .arg(spec.source.table.toString());
        return result;
    }
    if (result.keyColumns.size() != keyValues.size()) {
        result.error = tr("%n key value(s) expected.", nullptr, int(result.keyColumns.size()));
        return result;
    }
    lookUpRows(spec, &source, result.keyColumns, keyValues, result);

    // The topic, from its beginning to its end.
    const QStringList wanted = canonicalKey(keyValues);
    cs::kafka::ClientConfig config = spec.kafka;
    config.timeoutMs = std::min(config.timeoutMs, spec.timeoutMs);
    cs::kafka::Consumer consumer(config);
    consumer.assign(spec.topic, {}, cs::kafka::StartPosition::beginning());
    consumer.setStopAtEnd(true);
    consumer.start();
    bool done = false;
    while (!done) {
        const cs::kafka::ConsumerBatch batch = consumer.take(500);
        for (const cs::kafka::Message &m : batch.messages) {
            ++result.scanned;
            QString how;
            if (keyOf(m, result.keyColumns, &how) != wanted)
                continue;
            ++result.matches;
            // The latest record of the key is what the target should hold.
            if (!result.record.found || m.timestamp >= result.record.timestamp
                || m.partition == result.record.partition) {
                result.record = { true, m.partition, m.offset, m.timestamp, m.key, m.value, how };
            }
        }
        for (const auto &e : batch.errors) {
            if (e.kind == cs::kafka::ConsumerError::Transient)
                continue;
            result.error = tr("Reading topic %1: %2").arg(spec.topic, describeConsumerError(e));
            done = true;
        }
        if (batch.endReached || batch.finished)
            done = true;
        if (!done && timer.elapsed() > spec.timeoutMs) {
            result.notes << tr("Stopped reading %1 after %2 s (%3 records read).")
                                .arg(spec.topic)
                                .arg(spec.timeoutMs / 1000.0)
                                .arg(result.scanned);
            done = true;
        }
    }
    consumer.stop();
    result.ok = result.error.isEmpty();
    result.elapsedMs = timer.elapsed();
    return result;
}

TraceResult RowTrace::fromMessage(const TraceSpec &spec, const cs::kafka::Message &message)
{
    QElapsedTimer timer;
    timer.start();
    TraceResult result;
    result.scanned = 1;
    ResolvedTable source = openTable(spec.source);
    if (!source.error.isEmpty())
        result.notes << tr("Source: %1").arg(source.error);
    result.keyColumns = spec.keyColumns.isEmpty() ? source.definition.primaryKeyColumns() : spec.keyColumns;
    if (result.keyColumns.isEmpty()) {
        result.error = tr("No key columns: the source table has no primary key and none were named.");
        return result;
    }
    QString how;
    const QStringList key = keyOf(message, result.keyColumns, &how);
    result.record = { !key.isEmpty(), message.partition, message.offset, message.timestamp, message.key,
        message.value, how };
    if (key.isEmpty()) {
        result.error = tr("The record at partition %1, offset %2 carries no %3 in its key or payload.")
                           .arg(message.partition)
                           .arg(message.offset)
                           .arg(result.keyColumns.join(QStringLiteral(", ")));
        result.elapsedMs = timer.elapsed();
        return result;
    }
    result.matches = 1;
    for (const QString &k : key)
        result.keyValues << k;
    lookUpRows(spec, &source, result.keyColumns, result.keyValues, result);
    result.ok = true;
    result.elapsedMs = timer.elapsed();
    return result;
}

TraceResult RowTrace::fromRecord(const TraceSpec &spec, int partition, qint64 offset)
{
    cs::kafka::ClientConfig config = spec.kafka;
    config.timeoutMs = std::min(config.timeoutMs, spec.timeoutMs);
    cs::kafka::Consumer consumer(config);
    consumer.assign(spec.topic, { partition }, cs::kafka::StartPosition::offset(offset));
    consumer.setStopAtEnd(true);
    consumer.start();
    QElapsedTimer timer;
    timer.start();
    TraceResult result;
    while (timer.elapsed() < spec.timeoutMs) {
        const cs::kafka::ConsumerBatch batch = consumer.take(500);
        for (const cs::kafka::Message &m : batch.messages)
            if (m.offset == offset && m.partition == partition) {
                consumer.stop();
                return fromMessage(spec, m);
            }
        for (const auto &e : batch.errors)
            if (e.kind != cs::kafka::ConsumerError::Transient) {
                result.error = tr("Reading topic %1: %2").arg(spec.topic, describeConsumerError(e));
                return result;
            }
        if (batch.endReached || batch.finished)
            break;
    }
    result.error
        = tr("Topic %1 has no record at partition %2, offset %3.").arg(spec.topic).arg(partition).arg(offset);
    return result;
}

void RowTrace::startFromSourceRow(const TraceSpec &spec, const QVariantList &keyValues,
    const Mailbox &mailbox, std::function<void(const TraceResult &)> done)
{
    std::thread([=] {
        const TraceResult result = fromSourceRow(spec, keyValues);
        mailbox.post([=] { done(result); });
    }).detach();
}

void RowTrace::startFromRecord(const TraceSpec &spec, int partition, qint64 offset, const Mailbox &mailbox,
    std::function<void(const TraceResult &)> done)
{
    std::thread([=] {
        const TraceResult result = fromRecord(spec, partition, offset);
        mailbox.post([=] { done(result); });
    }).detach();
}

} // namespace cs::sqlbrowse
