#pragma once

#include <functional>
#include <memory>

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include "connect/records.h"
#include "data/dataerror.h"
#include "jdbc/databasedialect.h"
#include "jdbc/sink/fieldsmetadata.h"
#include "jdbc/sink/jdbcsinkconfig.h"

namespace cs::jdbc {

// Writes sink records into a database (upstream's JdbcDbWriter, BufferedRecords and DbStructure, §5.5,
// §5.6): one QtSql connection, destination tables from table.name.format, CREATE/ALTER for auto.create
// and auto.evolve, and the rows of each batch.size records in one transaction. INSERT and upsert rows go
// as multi-row statements (H2's PostgreSQL server costs ~45 ms per statement), each statement prepared
// once per batch and before the transaction begins (see DatabaseDialect::statementPreparationCommits()).
// Record order is kept: a delete, an update or a repeated upsert key starts a new statement.
//
// Failures: a record that does not fit (validation, a NULL into a NOT NULL column, a value the database
// rejects) fails the write with a message naming topic, partition, offset, table and column; a lost
// connection or a transient database error is retried max.retries times, retry.backoff.ms apart, on a
// new connection, continuing after the last committed batch. Values are always bound; identifiers are
// always written by the dialect.
//
// Owned by one sink task and used only on its thread (the QtSql connection belongs to that thread).
class JdbcDbWriter
{
    Q_DECLARE_TR_FUNCTIONS(cs::jdbc::JdbcDbWriter)
public:
    explicit JdbcDbWriter(JdbcSinkConfig config);
    ~JdbcDbWriter();
    JdbcDbWriter(const JdbcDbWriter &) = delete;
    JdbcDbWriter &operator=(const JdbcDbWriter &) = delete;

    // Writes `records`; when it returns success every one of them is committed in the database.
    cs::data::Status write(const QList<connect::SinkRecord> &records);
    // Closes the connection (it is opened again on the next write).
    void close();
    // Asked between slices of at most 100 ms while waiting to retry or reconnect: when it answers
    // true the writer gives up at once (a stopping task must not wait out all its retries).
    void setStopCheck(std::function<bool()> stopRequested) { m_stopRequested = std::move(stopRequested); }

    const DatabaseDialect *dialect() const { return m_dialect.get(); }
    // Why no dialect could be chosen (dialect.name unknown, not a JDBC URL); empty when dialect() is set.
    QString dialectError() const { return m_dialectError; }
    // Statistics for logs and tests: connection attempts made, retries after failures.
    int retriesDone() const { return m_retriesDone; }

private:
    enum class Outcome
    {
        Ok,
        Retriable,
        Fatal
    };
    struct Failure
    {
        Outcome outcome = Outcome::Ok;
        QString message;
    };
    struct TableState
    {
        TableId id;
        TableDefinition definition;
        bool described = false;
    };
    enum class OpKind
    {
        Insert,
        Upsert,
        Update,
        Delete
    };
    struct Group
    {
        std::shared_ptr<TableState> table;
        std::shared_ptr<const FieldsMetadata> metadata;
        OpKind kind = OpKind::Insert;
        QList<qsizetype> rows; // indexes into the records
        QString sql;
    };

    Failure writeChunk(const QList<connect::SinkRecord> &records, qsizetype from, qsizetype to);
    Failure ensureConnection();
    bool connectionAlive();
    // Sleeps `ms` in slices of at most 100 ms; false (at once) when a stop was requested.
    bool backOff(qint64 ms);
    Failure tableFor(const connect::SinkRecord &record, std::shared_ptr<TableState> *out);
    Failure describe(TableState &table);
    Failure ensureStructure(TableState &table, const FieldsMetadata &metadata);
    Failure metadataFor(TableState &table, const connect::SinkRecord &record, bool tombstone,
        std::shared_ptr<const FieldsMetadata> *out);
    Failure validateRecord(const connect::SinkRecord &record, bool *tombstone) const;
    Failure buildSql(Group &group) const;
    QVariantList rowValues(const Group &group, const connect::SinkRecord &record) const;
    QVariant bindable(const cs::data::Value &value, const SinkField &field) const;
    Failure execGroup(QSqlQuery &query, const Group &group, const QList<connect::SinkRecord> &records,
        qsizetype firstRow, qsizetype count, qint64 *affected = nullptr);
    Failure diagnose(const Group &group, const QList<connect::SinkRecord> &records, const QString &dbError);
    QString recordAt(const connect::SinkRecord &record) const;
    QString guessColumn(const Group &group, const connect::SinkRecord &record) const;
    Failure sqlFailure(const QString &what, const QString &dbError);
    int rowsPerStatement(const Group &group) const;

    JdbcSinkConfig m_config;
    std::shared_ptr<DatabaseDialect> m_dialect;
    QString m_dialectError;
    QString m_connectionName;
    QSqlDatabase m_db;
    bool m_open = false;
    QHash<QString, TableId> m_topicTables; // topic -> qualified table id
    QHash<QString, std::shared_ptr<TableState>> m_tables; // by TableId::toString()
    // Per table: the metadata of the schemas seen last (a schema change recomputes it).
    QHash<QString, std::shared_ptr<const FieldsMetadata>> m_metadata;
    QHash<QString, std::shared_ptr<const FieldsMetadata>> m_deleteMetadata;
    int m_retriesDone = 0;
    std::function<bool()> m_stopRequested;
    // The last record's table and metadata: consecutive records of one topic skip the lookups.
    QString m_lastTopic;
    std::shared_ptr<TableState> m_lastTable;
    std::shared_ptr<const FieldsMetadata> m_lastMetadata;
    const TableState *m_lastMetadataTable = nullptr;
};

} // namespace cs::jdbc
