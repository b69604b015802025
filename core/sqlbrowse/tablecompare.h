#pragma once

#include <functional>

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QVariant>

#include "jdbc/jdbcurl.h"
#include "jdbc/tableid.h"
#include "sqlbrowse/sqlworker.h"

namespace cs::sqlbrowse {

// One side of a comparison or a trace: a database and a table in it.
struct TableRef
{
    QString url; // JDBC URL
    jdbc::ConnectionProperties props;
    jdbc::TableId table;
};

// Compare a source table with the target table its sink fills, row by row by key.
struct CompareSpec
{
    TableRef source;
    TableRef target;
    QStringList keyColumns; // empty: the source's primary key
    int maxListed = 1000; // rows listed per kind (the counts are always complete)
};

struct RowDifference
{
    enum Kind
    {
        Missing, // in the source, not in the target
        Extra, // in the target, not in the source
        Different // in both, with different values in differingColumns
    };
    Kind kind = Missing;
    QVariantList key; // in keyColumns order
    QVariantList sourceValues; // in comparedColumns order (empty for Extra)
    QVariantList targetValues; // in comparedColumns order (empty for Missing)
    QStringList differingColumns;
};

struct CompareResult
{
    bool ok = false;
    QString error;
    QStringList keyColumns;
    QStringList comparedColumns; // in both tables (by name, case-insensitive), keys included
    QStringList sourceOnlyColumns;
    QStringList targetOnlyColumns;
    qint64 sourceRows = 0;
    qint64 targetRows = 0;
    qint64 matching = 0;
    qint64 missing = 0;
    qint64 extra = 0;
    qint64 different = 0;
    QList<RowDifference> rows; // at most maxListed of each kind
    qint64 elapsedMs = 0;
};

// Compares two tables (possibly in different databases) by key: row counts, and the rows missing from
// the target, extra in it, or different (values compared as canonical text, so a SQLite INTEGER and a
// PostgreSQL BIGINT with the same number are equal, and a timestamp equals the epoch milliseconds the
// SQLite sink stores). The target's key and compared values are held in memory as one hash per row; the
// source is streamed. Runs on a thread of its own with its own two connections.
class TableCompare
{
    Q_DECLARE_TR_FUNCTIONS(cs::sqlbrowse::TableCompare)
public:
    // Blocking; call it off the GUI thread (it opens and closes its connections in the calling thread).
    static CompareResult run(const CompareSpec &spec);
    // Runs on a new thread and hands the result to `done` through `mailbox`.
    static void start(
        const CompareSpec &spec, const Mailbox &mailbox, std::function<void(const CompareResult &)> done);
};

} // namespace cs::sqlbrowse

Q_DECLARE_METATYPE(cs::sqlbrowse::CompareResult)
