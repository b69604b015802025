#include "sqlbrowse/tablemodel.h"

#include <algorithm>

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include "jdbc/databasedialect.h"
#include "jdbc/dialects.h"

namespace cs::sqlbrowse {

namespace {

bool isNumeric(jdbc::SqlType type)
{
    switch (type) {
    case jdbc::SqlType::Bit:
    case jdbc::SqlType::TinyInt:
    case jdbc::SqlType::SmallInt:
    case jdbc::SqlType::Integer:
    case jdbc::SqlType::BigInt:
    case jdbc::SqlType::Real:
    case jdbc::SqlType::Float:
    case jdbc::SqlType::Double:
    case jdbc::SqlType::Numeric:
    case jdbc::SqlType::Decimal:
        return true;
    default:
        return false;
    }
}

// The text type a dialect casts any value to for a substring filter.
QString textCastType(const jdbc::DatabaseDialect &dialect)
{
    const QString name = dialect.name();
    if (name == QLatin1String("MySql"))
        return QStringLiteral("CHAR");
    if (name == QLatin1String("H2"))
        return QStringLiteral("VARCHAR");
    return QStringLiteral("TEXT");
}

// LIKE pattern for a substring, with '!' as the escape character (the one escape every dialect reads
// the same way; a backslash means different things in MySQL and standard SQL string literals).
QString likePattern(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 2);
    for (const QChar c : text) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('!'))
            escaped += QLatin1Char('!');
        escaped += c;
    }
    return QLatin1Char('%') + escaped.toLower() + QLatin1Char('%');
}

QVariant boundValue(const jdbc::ColumnDefinition &column, const QString &text)
{
    if (isNumeric(column.sqlType)) {
        bool ok = false;
        const qlonglong asInt = text.toLongLong(&ok);
        if (ok)
            return asInt;
        const double asDouble = text.toDouble(&ok);
        if (ok)
            return asDouble;
    }
    return text;
}

QString reversed(const QString &direction)
{
    return direction == QLatin1String("ASC") ? QStringLiteral("DESC") : QStringLiteral("ASC");
}

QList<QVariantList> readRows(QSqlQuery &query, int columns)
{
    QList<QVariantList> rows;
    while (query.next()) {
        QVariantList row;
        row.reserve(columns);
        for (int c = 0; c < columns; ++c)
            row << query.value(c);
        rows << std::move(row);
    }
    return rows;
}

// Runs a page query on the connection's thread. Errors come back in *error.
QList<QVariantList> fetchPage(SqlSession &session, const TableQueryPlan &plan, int columns, qint64 offset,
    qint64 limit, qint64 total, QString *error)
{
    // Past the middle of a totally ordered result, read the window from the end: OFFSET then counts
    // from the nearer end, so the last page of a million rows costs about as much as the first.
    const qint64 end = std::min(total, offset + limit);
    const bool reverse = !plan.reverseOrderBy.isEmpty() && offset > total / 2 && end > offset;
    QSqlQuery query(session.db);
    query.setForwardOnly(true);
    const QString sql
        = reverse ? plan.pageSql(total - end, end - offset, true) : plan.pageSql(offset, limit, false);
    if (!query.prepare(sql)) {
        *error = query.lastError().text();
        return {};
    }
    for (const QVariant &v : plan.whereValues)
        query.addBindValue(v);
    if (!query.exec()) {
        *error = query.lastError().text();
        return {};
    }
    QList<QVariantList> rows = readRows(query, columns);
    if (reverse)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

qint64 countRows(SqlSession &session, const TableQueryPlan &plan, QString *error)
{
    QSqlQuery query(session.db);
    query.setForwardOnly(true);
    if (!query.prepare(plan.countSql())) {
        *error = query.lastError().text();
        return -1;
    }
    for (const QVariant &v : plan.whereValues)
        query.addBindValue(v);
    if (!query.exec() || !query.next()) {
        *error = query.lastError().text();
        return -1;
    }
    return query.value(0).toLongLong();
}

} // namespace

// ---- TableQueryPlan ------------------------------------------------------------------------------

TableQueryPlan TableQueryPlan::build(const jdbc::DatabaseDialect &dialect, const jdbc::TableDefinition &def,
    int sortColumn, Qt::SortOrder order, const RowFilter &filter)
{
    TableQueryPlan plan;
    QStringList quoted;
    for (const auto &c : def.columns)
        quoted << dialect.quoteIdentifier(c.name);
    plan.selectList = quoted.join(QStringLiteral(", "));
    plan.from = dialect.tableName(def.id);

    // WHERE
    if (!filter.isEmpty() && filter.column < def.columns.size()) {
        QStringList terms;
        auto columnsToSearch = QList<int>();
        if (filter.column >= 0)
            columnsToSearch << filter.column;
        else
            for (int i = 0; i < def.columns.size(); ++i)
                columnsToSearch << i;
        for (int i : columnsToSearch) {
            const QString col = quoted.at(i);
            switch (filter.op) {
            case RowFilter::Op::Contains:
                terms << QStringLiteral("LOWER(CAST(%1 AS %2)) LIKE ? ESCAPE '!'")
                             .arg(col, textCastType(dialect));
                plan.whereValues << likePattern(filter.text);
                break;
            case RowFilter::Op::Equals:
                terms << col + QStringLiteral(" = ?");
                plan.whereValues << boundValue(def.columns.at(i), filter.text);
                break;
            case RowFilter::Op::NotEquals:
                terms << col + QStringLiteral(" <> ?");
                plan.whereValues << boundValue(def.columns.at(i), filter.text);
                break;
            case RowFilter::Op::Less:
                terms << col + QStringLiteral(" < ?");
                plan.whereValues << boundValue(def.columns.at(i), filter.text);
                break;
            case RowFilter::Op::Greater:
                terms << col + QStringLiteral(" > ?");
                plan.whereValues << boundValue(def.columns.at(i), filter.text);
                break;
            case RowFilter::Op::IsNull:
                terms << col + QStringLiteral(" IS NULL");
                break;
            case RowFilter::Op::IsNotNull:
                terms << col + QStringLiteral(" IS NOT NULL");
                break;
            }
        }
        if (!terms.isEmpty())
            plan.where = QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" OR "));
    }

    // Key: the primary key, else every column.
    const QStringList pk = def.primaryKeyColumns();
    for (int i = 0; i < def.columns.size(); ++i)
        if (pk.contains(def.columns.at(i).name))
            plan.keyIndexes << i;
    if (plan.keyIndexes.isEmpty())
        for (int i = 0; i < def.columns.size(); ++i)
            plan.keyIndexes << i;

    // ORDER BY: the sort column, then a tie-breaker that makes the order total (the primary key, or
    // SQLite's rowid), so a window read from the end is exactly the reverse of one read from the start.
    QStringList tieBreak;
    for (const QString &k : pk)
        tieBreak << dialect.quoteIdentifier(k);
    if (tieBreak.isEmpty() && dialect.name() == QLatin1String("Sqlite") && def.type == jdbc::TableType::Table)
        tieBreak << QStringLiteral("rowid");
    QStringList asc;
    QStringList desc;
    const QString direction = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    if (sortColumn >= 0 && sortColumn < def.columns.size()) {
        asc << quoted.at(sortColumn) + QLatin1Char(' ') + direction;
        desc << quoted.at(sortColumn) + QLatin1Char(' ') + reversed(direction);
        tieBreak.removeAll(quoted.at(sortColumn));
    }
    for (const QString &t : tieBreak) {
        asc << t + QStringLiteral(" ASC");
        desc << t + QStringLiteral(" DESC");
    }
    if (!asc.isEmpty())
        plan.orderBy = QStringLiteral(" ORDER BY ") + asc.join(QStringLiteral(", "));
    const bool total = !tieBreak.isEmpty()
        || (sortColumn >= 0 && pk.size() == 1 && pk.first() == def.columns.at(sortColumn).name);
    if (total && !desc.isEmpty())
        plan.reverseOrderBy = QStringLiteral(" ORDER BY ") + desc.join(QStringLiteral(", "));
    return plan;
}

QString TableQueryPlan::countSql() const
{
    return QStringLiteral("SELECT COUNT(*) FROM ") + from + where;
}

QString TableQueryPlan::pageSql(qint64 offset, qint64 limit, bool reverse) const
{
    return QStringLiteral("SELECT ") + selectList + QStringLiteral(" FROM ") + from + where
        + (reverse ? reverseOrderBy : orderBy) + QStringLiteral(" LIMIT %1 OFFSET %2").arg(limit).arg(offset);
}

// ---- TableModel ----------------------------------------------------------------------------------

TableModel::TableModel(std::shared_ptr<SqlWorker> worker, QObject *parent)
    : QAbstractTableModel(parent)
    , m_worker(std::move(worker))
    , m_liveGeneration(std::make_shared<std::atomic<int>>(0))
{
    auto dialect = jdbc::Dialects::forUrl(m_worker->url());
    if (dialect)
        m_dialect = dialect.value();
    m_highlightTimer.setSingleShot(true);
    connect(&m_highlightTimer, &QTimer::timeout, this, &TableModel::expireHighlights);
    connect(&m_autoRefresh, &QTimer::timeout, this, &TableModel::refresh);
}

TableModel::~TableModel()
{
    m_mailbox.close();
    m_liveGeneration->store(-1);
    for (auto &request : m_pending)
        request.wanted->store(false);
}

QStringList TableModel::keyColumns() const
{
    QStringList out;
    for (int i : m_plan.keyIndexes)
        out << m_columns.value(i);
    return out;
}

void TableModel::fail(const QString &message)
{
    m_loading = false;
    m_refreshing = false;
    m_error = message;
    Q_EMIT errorOccurred(message);
}

void TableModel::setTable(const jdbc::TableId &table)
{
    beginResetModel();
    m_table = table;
    m_definition = {};
    m_columns.clear();
    m_plan = {};
    m_pages.clear();
    m_pending.clear();
    m_pendingOrder.clear();
    m_highlights.clear();
    m_total = 0;
    m_filter = {};
    m_sortColumn = -1;
    m_sortOrder = Qt::AscendingOrder;
    m_error.clear();
    const int generation = ++m_generation;
    m_liveGeneration->store(generation);
    endResetModel();

    m_loading = true;
    const int pageSize = m_pageSize;
    QElapsedTimer timer;
    timer.start();
    auto mailbox = m_mailbox;
    auto live = m_liveGeneration;
    m_worker->submit([=, this](SqlSession &session) {
        if (live->load() != generation)
            return;
        if (!session.ok) {
            const QString message = session.openError.toString();
            mailbox.post([=, this] { fail(message); });
            return;
        }
        auto described = session.dialect->describeTable(session.db, table);
        if (!described || !described->exists) {
            const QString message = described ? tr("The table %1 does not exist.").arg(table.toString())
                                              : described.error().toString();
            mailbox.post([=, this] { fail(message); });
            return;
        }
        jdbc::TableDefinition def = described.value();
        const TableQueryPlan plan
            = TableQueryPlan::build(*session.dialect, def, -1, Qt::AscendingOrder, RowFilter {});
        QString error;
        const qint64 total = countRows(session, plan, &error);
        QList<QVariantList> rows;
        if (total > 0 && error.isEmpty())
            rows = fetchPage(session, plan, def.columns.size(), 0, pageSize, total, &error);
        mailbox.post([=, this] {
            if (generation != m_generation)
                return;
            if (!error.isEmpty()) {
                fail(tr("Could not read %1: %2").arg(table.toString(), error));
                return;
            }
            beginResetModel();
            m_definition = def;
            m_columns = def.columnNames();
            m_plan = plan;
            m_total = total;
            m_loading = false;
            if (!rows.isEmpty()) {
                Page page = makePage(rows);
                page.lastUsed = ++m_useCounter;
                m_pages.insert(0, std::move(page));
            }
            endResetModel();
            Q_EMIT loaded(total, timer.elapsed());
        });
    });
}

void TableModel::reload()
{
    if (!m_dialect || m_columns.isEmpty())
        return;
    beginResetModel();
    m_pages.clear();
    for (auto &request : m_pending)
        request.wanted->store(false);
    m_pending.clear();
    m_pendingOrder.clear();
    m_plan = TableQueryPlan::build(*m_dialect, m_definition, m_sortColumn, m_sortOrder, m_filter);
    const int generation = ++m_generation;
    m_liveGeneration->store(generation);
    m_error.clear();
    endResetModel();

    m_loading = true;
    const TableQueryPlan plan = m_plan;
    const int columns = m_columns.size();
    const int pageSize = m_pageSize;
    QElapsedTimer timer;
    timer.start();
    auto mailbox = m_mailbox;
    auto live = m_liveGeneration;
    m_worker->submit([=, this](SqlSession &session) {
        if (live->load() != generation)
            return;
        QString error = session.ok ? QString() : session.openError.toString();
        qint64 total = 0;
        QList<QVariantList> rows;
        if (error.isEmpty())
            total = countRows(session, plan, &error);
        if (error.isEmpty() && total > 0)
            rows = fetchPage(session, plan, columns, 0, pageSize, total, &error);
        mailbox.post([=, this] {
            if (generation != m_generation)
                return;
            if (!error.isEmpty()) {
                fail(tr("Could not read %1: %2").arg(m_table.toString(), error));
                return;
            }
            m_loading = false;
            const qint64 old = m_total;
            if (total != old) {
                // Structural change only in row count; the reset above already dropped every row.
                beginResetModel();
                m_total = total;
                endResetModel();
            }
            if (!rows.isEmpty()) {
                Page page = makePage(rows);
                const int n = page.rows.size();
                storePage(0, std::move(page));
                Q_EMIT dataChanged(index(0, 0), index(n - 1, columnCount() - 1));
            }
            Q_EMIT loaded(total, timer.elapsed());
        });
    });
}

void TableModel::setFilter(const RowFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void TableModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

void TableModel::setPageSize(int rows)
{
    m_pageSize = std::max(10, rows);
    m_pages.clear();
}

void TableModel::setMaxCachedPages(int pages)
{
    m_maxPages = std::max(2, pages);
    evictPages();
}

int TableModel::cachedRows() const
{
    int n = 0;
    for (const Page &p : m_pages)
        n += p.rows.size();
    return n;
}

void TableModel::setAutoRefreshInterval(int ms)
{
    if (ms <= 0)
        m_autoRefresh.stop();
    else
        m_autoRefresh.start(ms);
}

int TableModel::autoRefreshInterval() const
{
    return m_autoRefresh.isActive() ? m_autoRefresh.interval() : 0;
}

QByteArray TableModel::rowKey(const QVariantList &row) const
{
    QByteArray key;
    for (int i : m_plan.keyIndexes) {
        const QVariant &v = row.value(i);
        key += v.isNull() ? QByteArray("\x1e") : canonicalText(v).toUtf8();
        key += '\x1f';
    }
    return key;
}

TableModel::Page TableModel::makePage(QList<QVariantList> rows) const
{
    Page page;
    page.keys.reserve(rows.size());
    page.hashes.reserve(rows.size());
    for (const QVariantList &row : rows) {
        page.keys << rowKey(row);
        QByteArray all;
        for (const QVariant &v : row) {
            all += v.isNull() ? QByteArray("\x1e") : canonicalText(v).toUtf8();
            all += '\x1f';
        }
        page.hashes << qHash(all);
    }
    page.rows = std::move(rows);
    return page;
}

void TableModel::storePage(int page, Page data)
{
    data.lastUsed = ++m_useCounter;
    m_pages.insert(page, std::move(data));
    evictPages();
}

void TableModel::evictPages()
{
    while (m_pages.size() > m_maxPages) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it)
            if (it->lastUsed < oldest->lastUsed)
                oldest = it;
        m_pages.erase(oldest);
    }
}

const TableModel::Page *TableModel::pageFor(int row) const
{
    const int page = row / m_pageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        requestPage(page);
        return nullptr;
    }
    it->lastUsed = ++m_useCounter;
    const int offset = row - page * m_pageSize;
    if (offset >= it->rows.size())
        return nullptr;
    return &*it;
}

void TableModel::requestPage(int page) const
{
    if (m_pending.contains(page) || m_columns.isEmpty() || m_loading)
        return;
    // Bound the queue: when the user scrolls fast, only the latest requests still matter.
    while (m_pendingOrder.size() >= 8) {
        const int oldest = m_pendingOrder.takeFirst();
        if (auto it = m_pending.find(oldest); it != m_pending.end()) {
            it->wanted->store(false);
            m_pending.erase(it);
        }
    }
    PageRequest request;
    request.wanted = std::make_shared<std::atomic<bool>>(true);
    request.timer.start();
    m_pending.insert(page, request);
    m_pendingOrder << page;

    const int generation = m_generation;
    const TableQueryPlan plan = m_plan;
    const int columns = m_columns.size();
    const qint64 offset = qint64(page) * m_pageSize;
    const qint64 limit = m_pageSize;
    const qint64 total = m_total;
    auto wanted = request.wanted;
    auto mailbox = m_mailbox;
    auto *self = const_cast<TableModel *>(this);
    m_worker->submit([=](SqlSession &session) {
        if (!wanted->load() || !session.ok)
            return;
        QString error;
        QList<QVariantList> rows = fetchPage(session, plan, columns, offset, limit, total, &error);
        mailbox.post([=] {
            auto it = self->m_pending.find(page);
            if (it == self->m_pending.end() || it->wanted != wanted || generation != self->m_generation)
                return;
            const qint64 elapsed = it->timer.elapsed();
            self->m_pending.erase(it);
            self->m_pendingOrder.removeOne(page);
            if (!error.isEmpty()) {
                self->fail(
                    tr("Could not read rows %1–%2: %3").arg(offset + 1).arg(offset + limit).arg(error));
                return;
            }
            if (rows.isEmpty())
                return;
            const int n = rows.size();
            self->storePage(page, self->makePage(rows));
            const int first = static_cast<int>(offset);
            const int last = std::min(first + n, self->rowCount()) - 1;
            if (last >= first)
                Q_EMIT self->dataChanged(self->index(first, 0), self->index(last, self->columnCount() - 1));
            Q_EMIT self->pageLoaded(first, n, elapsed);
        });
    });
}

void TableModel::refresh()
{
    if (m_refreshing || m_loading || m_columns.isEmpty())
        return;
    m_refreshing = true;

    // The recently used pages (what the user looks at) are read again; the rest are dropped.
    QList<int> pages = m_pages.keys();
    std::sort(pages.begin(), pages.end(),
        [this](int a, int b) { return m_pages.value(a).lastUsed > m_pages.value(b).lastUsed; });
    if (pages.size() > 8)
        pages.resize(8);
    QHash<QByteArray, quint64> before;
    for (const Page &p : std::as_const(m_pages))
        for (int i = 0; i < p.keys.size(); ++i)
            before.insert(p.keys.at(i), p.hashes.at(i));

    const int generation = m_generation;
    const TableQueryPlan plan = m_plan;
    const int columns = m_columns.size();
    const int pageSize = m_pageSize;
    const qint64 oldTotal = m_total;
    auto mailbox = m_mailbox;
    auto live = m_liveGeneration;
    m_worker->submit([=, this](SqlSession &session) {
        if (live->load() != generation)
            return;
        QString error = session.ok ? QString() : session.openError.toString();
        qint64 total = 0;
        if (error.isEmpty())
            total = countRows(session, plan, &error);
        QList<int> toRead = pages;
        // Also read the pages of rows that appeared at the end (at most two pages' worth).
        if (error.isEmpty() && total > oldTotal) {
            const int firstNew = static_cast<int>(std::max(oldTotal, total - 2 * pageSize) / pageSize);
            const int lastNew = static_cast<int>((total - 1) / pageSize);
            for (int p = firstNew; p <= lastNew; ++p)
                if (!toRead.contains(p))
                    toRead << p;
        }
        QHash<int, QList<QVariantList>> read;
        for (int p : std::as_const(toRead)) {
            if (!error.isEmpty() || qint64(p) * pageSize >= total)
                break;
            read.insert(p, fetchPage(session, plan, columns, qint64(p) * pageSize, pageSize, total, &error));
        }
        mailbox.post([=, this] {
            m_refreshing = false;
            if (generation != m_generation)
                return;
            if (!error.isEmpty()) {
                fail(tr("Could not refresh %1: %2").arg(m_table.toString(), error));
                return;
            }
            const int oldRows = rowCount();
            const int newRows = static_cast<int>(std::min<qint64>(total, INT_MAX));
            if (newRows > oldRows) {
                beginInsertRows({}, oldRows, newRows - 1);
                m_total = total;
                endInsertRows();
            } else if (newRows < oldRows) {
                beginRemoveRows({}, newRows, oldRows - 1);
                m_total = total;
                // Pages past the new end hold rows that are gone.
                for (auto it = m_pages.begin(); it != m_pages.end();)
                    it = qint64(it.key()) * m_pageSize >= total ? m_pages.erase(it) : std::next(it);
                endRemoveRows();
            }
            m_total = total;

            QHash<int, Page> kept;
            for (auto it = read.begin(); it != read.end(); ++it)
                kept.insert(it.key(), makePage(it.value()));
            const qint64 until = QDateTime::currentMSecsSinceEpoch() + m_highlightMs;
            int added = 0;
            int changed = 0;
            for (auto it = kept.begin(); it != kept.end(); ++it) {
                const Page &p = it.value();
                for (int i = 0; i < p.keys.size(); ++i) {
                    const qint64 row = qint64(it.key()) * m_pageSize + i;
                    auto prev = before.constFind(p.keys.at(i));
                    if (prev != before.cend()) {
                        if (prev.value() != p.hashes.at(i)) {
                            m_highlights.insert(p.keys.at(i), { Changed, until });
                            ++changed;
                        }
                    } else if (total > oldTotal || row >= oldTotal) {
                        m_highlights.insert(p.keys.at(i), { New, until });
                        ++added;
                    }
                }
            }
            m_pages = std::move(kept);
            for (auto &p : m_pages)
                p.lastUsed = ++m_useCounter;
            if (rowCount() > 0)
                Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
            if ((added || changed) && m_highlightMs > 0)
                m_highlightTimer.start(m_highlightMs);
            Q_EMIT refreshed(added, changed, total);
        });
    });
}

void TableModel::expireHighlights()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 next = 0;
    for (auto it = m_highlights.begin(); it != m_highlights.end();) {
        if (it->until <= now) {
            it = m_highlights.erase(it);
        } else {
            next = next ? std::min(next, it->until) : it->until;
            ++it;
        }
    }
    if (next)
        m_highlightTimer.start(static_cast<int>(next - now));
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), { RowStateRole });
}

QVariantList TableModel::rowValues(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    const Page *p = pageFor(row);
    if (!p)
        return {};
    return p->rows.at(row % m_pageSize);
}

bool TableModel::isRowLoaded(int row) const
{
    const auto it = m_pages.constFind(row / m_pageSize);
    return it != m_pages.cend() && row % m_pageSize < it->rows.size();
}

TableModel::RowState TableModel::rowState(int row) const
{
    const auto it = m_pages.constFind(row / m_pageSize);
    if (it == m_pages.cend() || row % m_pageSize >= it->rows.size())
        return Unchanged;
    return m_highlights.value(it->keys.at(row % m_pageSize)).state;
}

int TableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return static_cast<int>(std::min<qint64>(m_total, INT_MAX));
}

int TableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant TableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole && role != RowStateRole
        && role != RawValueRole && role != IsNullRole && role != LoadedRole)
        return {};
    if (role == LoadedRole)
        return isRowLoaded(index.row());
    const Page *p = pageFor(index.row());
    if (!p)
        return role == RowStateRole ? QVariant(int(Unchanged)) : QVariant();
    const int r = index.row() % m_pageSize;
    const QVariant &value = p->rows.at(r).value(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return value.isNull() ? QStringLiteral("NULL") : displayText(value, 200);
    case Qt::EditRole:
    case RawValueRole:
        return value;
    case Qt::ToolTipRole:
        return value.isNull() ? QVariant() : QVariant(displayText(value, 2000));
    case IsNullRole:
        return value.isNull();
    case RowStateRole:
        return int(m_highlights.value(p->keys.at(r)).state);
    }
    return {};
}

QVariant TableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    if (section < 0 || section >= m_columns.size())
        return {};
    if (role == Qt::ToolTipRole) {
        const auto &c = m_definition.columns.at(section);
        return c.primaryKey ? tr("%1 (primary key)").arg(c.typeName) : c.typeName;
    }
    return m_columns.at(section);
}

} // namespace cs::sqlbrowse
