#pragma once

#include <memory>
#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include "connect/connector.h"
#include "connect/records.h"
#include "data/dataerror.h"
#include "data/schema.h"
#include "data/value.h"
#include "jdbc/columndefinition.h"
#include "jdbc/databasedialect.h"
#include "jdbc/source/jdbcsourceconfig.h"
#include "jdbc/tableid.h"

struct sqlite3_stmt;

namespace cs::jdbc::source {

// A timestamp as the JDBC source tracks it: epoch milliseconds plus the full fractional second in
// nanoseconds (upstream's "timestamp" and "timestamp_nanos" offset entries).
struct SourceTimestamp
{
    qint64 seconds = 0; // epoch seconds (floor)
    qint32 nanos = 0; // 0..999,999,999: the full fractional second

    qint64 millis() const { return seconds * 1000 + nanos / 1000000; }
    static SourceTimestamp fromMillis(qint64 ms);
    static SourceTimestamp fromMillisAndNanos(qint64 ms, qint32 nanos);

    friend bool operator<(const SourceTimestamp &a, const SourceTimestamp &b)
    {
        return a.seconds != b.seconds ? a.seconds < b.seconds : a.nanos < b.nanos;
    }
    friend bool operator==(const SourceTimestamp &a, const SourceTimestamp &b)
    {
        return a.seconds == b.seconds && a.nanos == b.nanos;
    }
};

// upstream's TimestampIncrementingOffset: what a table has been read up to.
struct SourceOffset
{
    std::optional<qint64> incrementing;
    std::optional<SourceTimestamp> timestamp;

    // {"timestamp_nanos":..,"incrementing":..,"timestamp":..} with only the keys that apply (HashMap
    // order, as upstream writes it).
    data::Value toValue() const;
    static SourceOffset fromValue(const data::Value &value);
};

// Reads one table (or the connector's query) for the JDBC source task: builds §4.5's query for the
// mode, binds the stored offset, reads rows into Connect structs named after the table (§4.6, §4.7)
// and keeps the offset of the last row it read. One querier per table, all on the task's thread and
// using the task's connection.
class TableQuerier
{
    Q_DECLARE_TR_FUNCTIONS(cs::jdbc::source::TableQuerier)
public:
    // `tableText` is the table as the connector listed it (dialect-quoted); empty in query mode.
    TableQuerier(const JdbcSourceSettings &settings, const DatabaseDialect &dialect, QString tableText);
    ~TableQuerier();

    // Reads the table's definition, checks the offset columns (upstream's messages) and loads the
    // stored offset through `context` (V1 partition first, then V0).
    data::Status prepare(QSqlDatabase &db, connect::SourceTaskContext *context);

    // Milliseconds since epoch when the next query is due.
    qint64 nextDueMs() const { return m_lastUpdateMs + m_settings.pollIntervalMs; }
    qint64 lastUpdateMs() const { return m_lastUpdateMs; }
    bool active() const { return m_query != nullptr && m_executing; }
    QString tableText() const { return m_tableText; }
    const TableId &tableId() const { return m_table; }

    // Runs the query if none is open, then returns up to maxRows records. When the result is
    // exhausted the query is closed and the querier waits poll.interval.ms before the next one.
    data::Result<QList<connect::SourceRecord>> read(QSqlDatabase &db, int maxRows);
    // Drops an open query (after an error or before the connection is replaced).
    void reset();
    // Whether the error of the last read() came from the database (a query or fetch that may succeed
    // when retried) rather than from a value that cannot be converted.
    bool lastErrorRetriable() const { return m_retriable; }

    // The offset of the last row read (what the next query starts after).
    const SourceOffset &offset() const { return m_offset; }
    QString topic() const { return m_topic; }

private:
    data::Status execute(QSqlDatabase &db);
    data::Status buildSchema(const QSqlRecord &record);
    data::Result<SourceTimestamp> databaseNow(QSqlDatabase &db);
    QVariant timestampParameter(const SourceTimestamp &ts) const;
    data::Result<data::Value> readValue(int index, const QVariant &raw) const;
    data::Result<bool> nextRow();
    data::Result<data::Value> readSqliteValue(int index) const;
    QVariant sqliteVariant(int column) const;
    QVariant rawAt(int column) const; // of the current row, read either way
    std::optional<SourceTimestamp> toTimestamp(const QVariant &raw, bool zoned) const;
    std::optional<SourceTimestamp> rowTimestamp() const;
    data::Result<qint64> rowIncrementing() const;
    connect::SourceRecord makeRecord(data::Struct value) const;

    const JdbcSourceSettings &m_settings;
    const DatabaseDialect &m_dialect;
    QString m_tableText;
    TableId m_table;
    bool m_queryMode = false;
    TableDefinition m_definition; // table mode
    QString m_incrementingColumn;
    QStringList m_timestampColumns;
    QString m_topic;
    data::Value m_partition;
    SourceOffset m_offset;
    qint64 m_lastUpdateMs = 0;
    std::optional<bool> m_sqliteTextTimestamps; // SQLite: timestamps stored as text (else epoch ms)

    std::unique_ptr<QSqlQuery> m_query;
    // SQLite: m_query's statement, whose rows are read through SQLite's API (QtSql's exec() has
    // stepped to the first row already when m_stmtOnRow).
    sqlite3_stmt *m_stmt = nullptr;
    bool m_stmtOnRow = false;
    bool m_executing = false;
    bool m_retriable = false;
    QString m_sql;
    // The schema of the current result and how to read each column.
    struct Column
    {
        QString name;
        data::Schema schema;
        ColumnDefinition definition;
        bool zoned = false; // a TIMESTAMP WITH TIME ZONE
        int resultIndex = 0; // its position in the result
        bool plain = false; // neither a logical type nor a timestamp: SQLite integers and text go straight in
    };
    QList<Column> m_columns;
    QStringList m_resultNames;
    data::Schema m_schema;
    int m_incrementingIndex = -1;
    QList<int> m_timestampIndexes;
    QVariantList m_row; // the current row's raw values (read through QtSql)
    // Timestamp mode: the last record read is held back until the next row shows whether its
    // timestamp is complete (rows sharing a timestamp are never split across offsets).
    std::optional<connect::SourceRecord> m_held;
    SourceTimestamp m_heldTimestamp;
};

} // namespace cs::jdbc::source
