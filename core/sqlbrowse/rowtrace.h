#pragma once

#include <functional>

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QVariant>

#include "kafka/clientconfig.h"
#include "kafka/message.h"
#include "sqlbrowse/tablecompare.h"

namespace cs::sqlbrowse {

// Where a row travels: the source table, the topic its connector writes and the target table its sink
// fills (target.url empty: no target).
struct TraceSpec
{
    TableRef source;
    QString topic;
    cs::kafka::ClientConfig kafka;
    TableRef target;
    QStringList keyColumns; // empty: the source's primary key
    int timeoutMs = 15000; // bound for reaching the broker and for reading the topic
};

struct TracedRow
{
    bool found = false;
    QStringList columns;
    QVariantList values;
};

struct TracedRecord
{
    bool found = false;
    int partition = -1;
    qint64 offset = -1;
    qint64 timestamp = -1;
    std::optional<QByteArray> key;
    std::optional<QByteArray> value;
    QString matchedBy; // "record key" or "payload fields" (translated), for people
};

struct TraceResult
{
    bool ok = false;
    QString error;
    QStringList keyColumns;
    QVariantList keyValues;
    TracedRow sourceRow;
    TracedRecord record; // the latest matching record
    int matches = 0; // records of the topic that carry this key (updates of the row)
    qint64 scanned = 0; // records read
    TracedRow targetRow;
    QStringList notes; // what could not be checked and why
    qint64 elapsedMs = 0;
};

// Follows one row through the pipeline. From a source row (its key values): reads the row, scans the
// topic from the beginning to its end with a core/kafka Consumer and decodes each record with the
// JsonConverter (falling back to schemaless JSON), matching the record key (a struct with the key
// fields, or a primitive for a one-column key) or else the value's payload fields; then reads the target
// row by the same key. From a record (partition and offset): reads that record, takes the key values
// from its key or payload, and reads both rows. Blocking; run it off the GUI thread (start()).
class RowTrace
{
    Q_DECLARE_TR_FUNCTIONS(cs::sqlbrowse::RowTrace)
public:
    static TraceResult fromSourceRow(const TraceSpec &spec, const QVariantList &keyValues);
    static TraceResult fromRecord(const TraceSpec &spec, int partition, qint64 offset);
    static TraceResult fromMessage(const TraceSpec &spec, const cs::kafka::Message &message);

    static void startFromSourceRow(const TraceSpec &spec, const QVariantList &keyValues,
        const Mailbox &mailbox, std::function<void(const TraceResult &)> done);
    static void startFromRecord(const TraceSpec &spec, int partition, qint64 offset, const Mailbox &mailbox,
        std::function<void(const TraceResult &)> done);

    // The key fields' values of a record as canonical text (see canonicalText()), taken from its key or
    // else its value's payload; empty when the record does not carry every key field. `how` says which.
    static QStringList keyOf(const cs::kafka::Message &message, const QStringList &keyColumns, QString *how);
};

} // namespace cs::sqlbrowse

Q_DECLARE_METATYPE(cs::sqlbrowse::TraceResult)
