#pragma once

#include <atomic>
#include <memory>

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QTimer>
#include <QVariant>

#include "jdbc/columndefinition.h"
#include "jdbc/tableid.h"
#include "sqlbrowse/sqlworker.h"

namespace cs::sqlbrowse {

// A row filter the database evaluates (values are bound, identifiers quoted).
struct RowFilter
{
    enum class Op
    {
        Contains, // case-insensitive substring of the value's text
        Equals,
        NotEquals,
        Less,
        Greater,
        IsNull,
        IsNotNull
    };
    int column = -1; // -1: any column (Contains only)
    Op op = Op::Contains;
    QString text;

    bool isEmpty() const { return op != Op::IsNull && op != Op::IsNotNull && text.isEmpty(); }
    friend bool operator==(const RowFilter &, const RowFilter &) = default;
};

// How the SELECTs of a table are written: the parts the model's queries share. Built from the table's
// definition, sort and filter; pure, so it can be built and used on any thread.
struct TableQueryPlan
{
    QString selectList; // quoted columns
    QString from; // quoted table
    QString where; // " WHERE ..." or empty
    QVariantList whereValues;
    QString orderBy; // " ORDER BY ..." (ascending as asked) or empty
    QString reverseOrderBy; // the same order reversed; empty when the order is not total
    QList<int> keyIndexes; // the columns that identify a row (primary key; all columns when none)

    static TableQueryPlan build(const jdbc::DatabaseDialect &dialect, const jdbc::TableDefinition &definition,
        int sortColumn, Qt::SortOrder order, const RowFilter &filter);
    QString countSql() const;
    QString pageSql(qint64 offset, qint64 limit, bool reversed) const;
};

// The rows of one table as a model: loads them in pages on the connection's thread, on demand, so a
// table of any size opens at once and jumping to its end reads only the last page (LIMIT/OFFSET windows;
// pages past the middle are read in reverse order from the end, which keeps the jump cheap). At most
// maxCachedPages() pages are held (least recently used dropped), so memory stays bounded. Sorting and
// filtering happen in SQL. Results of superseded requests are dropped by a generation counter.
//
// refresh() (or the auto-refresh timer) re-counts, re-reads the recently used pages and the pages of
// rows that appeared, and marks rows as New or Changed by key for highlightDuration() ms (RowStateRole).
// Lives on the GUI thread; the SqlWorker may be shared with other users of the connection.
class TableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        RowStateRole = Qt::UserRole + 1, // int: RowState
        RawValueRole, // the value as the driver returned it (null QVariant for NULL)
        IsNullRole, // bool
        LoadedRole // bool: the row's page is in memory
    };
    enum RowState
    {
        Unchanged = 0,
        New = 1,
        Changed = 2
    };

    explicit TableModel(std::shared_ptr<SqlWorker> worker, QObject *parent = nullptr);
    ~TableModel() override;

    std::shared_ptr<SqlWorker> worker() const { return m_worker; }

    // Shows `table`: describes it, counts its rows and loads the first page, in one round trip.
    void setTable(const jdbc::TableId &table);
    jdbc::TableId table() const { return m_table; }
    const jdbc::TableDefinition &definition() const { return m_definition; }
    QStringList columnNames() const { return m_columns; }
    QStringList keyColumns() const;

    void setFilter(const RowFilter &filter);
    RowFilter filter() const { return m_filter; }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }
    void setMaxCachedPages(int pages);
    int maxCachedPages() const { return m_maxPages; }
    int cachedRows() const;
    void setHighlightDuration(int ms) { m_highlightMs = ms; }
    int highlightDuration() const { return m_highlightMs; }

    // 0 turns auto-refresh off.
    void setAutoRefreshInterval(int ms);
    int autoRefreshInterval() const;
    void refresh();

    qint64 totalRows() const { return m_total; }
    bool isLoading() const { return m_loading; }
    QString errorString() const { return m_error; }
    // The values of a row when its page is loaded; empty otherwise (and a load is requested).
    QVariantList rowValues(int row) const;
    bool isRowLoaded(int row) const;
    RowState rowState(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The table (or a new sort/filter) is ready: its row count and the first page are in.
    void loaded(qint64 totalRows, qint64 elapsedMs);
    void pageLoaded(int firstRow, int rows, qint64 elapsedMs);
    void refreshed(int newRows, int changedRows, qint64 totalRows);
    void errorOccurred(const QString &message);

private:
    struct Page
    {
        QList<QVariantList> rows;
        QList<QByteArray> keys;
        QList<quint64> hashes;
        quint64 lastUsed = 0;
    };
    struct PageRequest
    {
        std::shared_ptr<std::atomic<bool>> wanted;
        QElapsedTimer timer;
    };

    void reload(); // after sort/filter: recount and reload from the first page
    void requestPage(int page) const;
    void storePage(int page, Page page_);
    void evictPages();
    Page makePage(QList<QVariantList> rows) const;
    QByteArray rowKey(const QVariantList &row) const;
    void fail(const QString &message);
    void expireHighlights();
    const Page *pageFor(int row) const;

    std::shared_ptr<SqlWorker> m_worker;
    Mailbox m_mailbox;
    std::shared_ptr<jdbc::DatabaseDialect> m_dialect;
    int m_generation = 0;
    std::shared_ptr<std::atomic<int>> m_liveGeneration;

    jdbc::TableId m_table;
    jdbc::TableDefinition m_definition;
    QStringList m_columns;
    TableQueryPlan m_plan;
    RowFilter m_filter;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    qint64 m_total = 0;
    bool m_loading = false;
    bool m_refreshing = false;
    QString m_error;

    int m_pageSize = 200;
    int m_maxPages = 64;
    mutable QHash<int, Page> m_pages;
    mutable quint64 m_useCounter = 0;
    mutable QHash<int, PageRequest> m_pending;
    mutable QList<int> m_pendingOrder;

    struct Highlight
    {
        RowState state = Unchanged;
        qint64 until = 0;
    };
    QHash<QByteArray, Highlight> m_highlights;
    int m_highlightMs = 10000;
    QTimer m_highlightTimer;
    QTimer m_autoRefresh;
};

} // namespace cs::sqlbrowse
