#include "topicview/messagemodel.h"

#include <algorithm>
#include <functional>
#include <span>

#include <QDateTime>

namespace cs::topicview {

namespace {

inline char fold(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c + ('a' - 'A')) : c;
}

} // namespace

MessageFilter::MessageFilter(const QString &text)
    : m_text(text)
{
    m_needle = text.toUtf8();
    for (char &c : m_needle)
        c = fold(c);
}

bool MessageFilter::contains(QByteArrayView haystack) const
{
    const qsizetype n = m_needle.size();
    if (haystack.size() < n)
        return false;
    const char first = m_needle[0];
    const char firstUpper = first >= 'a' && first <= 'z' ? char(first - ('a' - 'A')) : first;
    const char *h = haystack.data();
    const char *last = h + haystack.size() - n;
    const char *needle = m_needle.constData();
    for (const char *p = h; p <= last; ++p) {
        if (*p != first && *p != firstUpper)
            continue;
        qsizetype i = 1;
        while (i < n && fold(p[i]) == needle[i])
            ++i;
        if (i == n)
            return true;
    }
    return false;
}

bool MessageFilter::matches(const kafka::Message &m) const
{
    if (m_needle.isEmpty())
        return true;
    if (m.value && contains(*m.value))
        return true;
    if (m.key && contains(*m.key))
        return true;
    for (const kafka::Header &h : m.headers) {
        if (contains(h.name.toUtf8()) || (h.value && contains(*h.value)))
            return true;
    }
    return false;
}

MessageModel::MessageModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

MessageModel::~MessageModel() = default;

void MessageModel::setTopicKind(TopicKind kind)
{
    if (kind == m_kind)
        return;
    beginResetModel();
    m_kind = kind;
    if (isInternalTopic(kind) && !m_decoder)
        m_decoder = std::make_unique<InternalRecordDecoder>();
    endResetModel();
}

void MessageModel::append(QList<kafka::Message> &&batch)
{
    append(batch.data(), batch.size());
}

void MessageModel::append(kafka::Message *first, qsizetype count)
{
    if (count <= 0)
        return;
    const std::span<kafka::Message> batch(first, size_t(count));
    const qsizetype batchSize = count;
    m_received += batchSize;
    qsizetype from = 0;
    if (batchSize > m_capacity) // only the newest `capacity` records of the batch can stay
        from = batchSize - m_capacity;
    if (m_kind == TopicKind::ConnectConfigs) {
        // Connector configs hold passwords in clear text: the viewer never keeps them.
        for (qsizetype i = from; i < batchSize; ++i) {
            if (batch[size_t(i)].value)
                batch[size_t(i)].value = InternalRecordDecoder::maskConfigSecrets(*batch[size_t(i)].value);
        }
    }

    // Inserts records batch[begin, end) at the end of the table; their ring slots are written first.
    auto insertTail = [&](qsizetype begin, qsizetype end, auto &&store) {
        std::vector<qint64> matched;
        const qint64 firstNewSeq = m_firstSeq + m_size;
        for (qsizetype i = begin; i < end; ++i) {
            const qint64 seq = firstNewSeq + (i - begin);
            if (!m_filter.isEmpty() && m_filter.matches(batch[size_t(i)]))
                matched.push_back(seq);
            store(i, seq);
        }
        const qsizetype added = m_filter.isEmpty() ? end - begin : qsizetype(matched.size());
        if (added > 0) {
            const int row = rowCount();
            beginInsertRows({}, row, int(row + added - 1));
        }
        m_size += end - begin;
        m_matches.insert(m_matches.end(), matched.begin(), matched.end());
        if (added > 0)
            endInsertRows();
    };

    // While the ring grows its oldest record is at index 0 and nothing is dropped.
    const qsizetype grow = qMin(batchSize - from, qsizetype(m_capacity) - qsizetype(m_ring.size()));
    if (grow > 0) {
        // Geometric growth up to the capacity: few moves of the ring, and no slack beyond it.
        const size_t needed = m_ring.size() + size_t(grow);
        if (needed > m_ring.capacity())
            m_ring.reserve(qMin(size_t(m_capacity), qMax(needed, 2 * m_ring.capacity())));
        insertTail(
            from, from + grow, [&](qsizetype i, qint64) { m_ring.push_back(std::move(batch[size_t(i)])); });
        from += grow;
    }
    const qsizetype rest = batchSize - from;
    if (rest > 0) {
        // The ring is full: drop the `rest` oldest records, then reuse their slots.
        const qint64 dropUntil = m_firstSeq + rest;
        int rows = int(rest);
        if (!m_filter.isEmpty())
            rows = int(std::lower_bound(m_matches.begin(), m_matches.end(), dropUntil) - m_matches.begin());
        if (rows > 0)
            beginRemoveRows({}, 0, rows - 1);
        const qint64 oldHead = m_head;
        m_head = (m_head + rest) % qint64(m_ring.size());
        m_firstSeq = dropUntil;
        m_size -= rest;
        if (!m_filter.isEmpty())
            m_matches.erase(m_matches.begin(), m_matches.begin() + rows);
        if (rows > 0)
            endRemoveRows();
        const qint64 ringSize = qint64(m_ring.size());
        insertTail(from, batchSize, [&](qsizetype i, qint64) {
            m_ring[size_t((oldHead + (i - from)) % ringSize)] = std::move(batch[size_t(i)]);
        });
    }
    Q_EMIT countsChanged();
}

void MessageModel::clear()
{
    beginResetModel();
    m_ring.clear();
    m_ring.shrink_to_fit();
    m_head = 0;
    m_size = 0;
    m_firstSeq = 0;
    m_received = 0;
    m_matches.clear();
    endResetModel();
    Q_EMIT countsChanged();
}

void MessageModel::linearize(int newCapacity)
{
    const qint64 keep = qMin<qint64>(m_size, newCapacity);
    std::vector<kafka::Message> ring;
    ring.reserve(size_t(keep));
    for (qint64 seq = m_firstSeq + m_size - keep; seq < m_firstSeq + m_size; ++seq)
        ring.push_back(std::move(m_ring[size_t((m_head + (seq - m_firstSeq)) % qint64(m_ring.size()))]));
    m_firstSeq += m_size - keep;
    m_size = keep;
    m_head = 0;
    m_ring = std::move(ring);
}

void MessageModel::setCapacity(int messages)
{
    messages = qMax(1, messages);
    if (messages == m_capacity)
        return;
    beginResetModel();
    linearize(messages);
    m_capacity = messages;
    rebuildMatches();
    endResetModel();
    Q_EMIT countsChanged();
}

void MessageModel::rebuildMatches()
{
    m_matches.clear();
    if (m_filter.isEmpty())
        return;
    for (qint64 seq = m_firstSeq; seq < m_firstSeq + m_size; ++seq) {
        if (m_filter.matches(bySeq(seq)))
            m_matches.push_back(seq);
    }
}

void MessageModel::setFilter(const QString &text)
{
    if (text == m_filter.text())
        return;
    beginResetModel();
    m_filter = MessageFilter(text);
    rebuildMatches();
    endResetModel();
    Q_EMIT countsChanged();
}

const kafka::Message &MessageModel::message(int row) const
{
    return bySeq(seqOfRow(row));
}

int MessageModel::rowOf(int partition, qint64 offset) const
{
    for (int row = rowCount() - 1; row >= 0; --row) {
        const kafka::Message &m = message(row);
        if (m.partition == partition && m.offset == offset)
            return row;
    }
    return -1;
}

QList<kafka::Message> MessageModel::shownMessages() const
{
    QList<kafka::Message> out;
    const int rows = rowCount();
    out.reserve(rows);
    for (int row = 0; row < rows; ++row)
        out.append(message(row));
    return out;
}

QString MessageModel::displayText(const std::optional<QByteArray> &bytes, int maxChars)
{
    if (!bytes)
        return QStringLiteral("null");
    QString text
        = QString::fromUtf8(QByteArrayView(*bytes).first(qMin(bytes->size(), qsizetype(maxChars) * 4)));
    if (text.size() > maxChars) {
        text.truncate(maxChars);
        text += QChar(0x2026);
    }
    for (QChar &c : text) {
        if (c == u'\n' || c == u'\r' || c == u'\t')
            c = u' ';
    }
    return text;
}

QString MessageModel::headersText(const QList<kafka::Header> &headers)
{
    QStringList parts;
    for (const kafka::Header &h : headers)
        parts.append(h.name + u':' + (h.value ? QString::fromUtf8(*h.value) : QStringLiteral("null")));
    return parts.join(u',');
}

int MessageModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_filter.isEmpty() ? int(m_size) : int(m_matches.size());
}

int MessageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MessageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const kafka::Message &m = message(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PartitionColumn:
            return m.partition;
        case OffsetColumn:
            return m.offset;
        case TimestampColumn:
            if (m.timestampType == kafka::TimestampType::NotAvailable)
                return QStringLiteral("NO_TIMESTAMP");
            return QDateTime::fromMSecsSinceEpoch(m.timestamp)
                .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
        case KeyColumn:
            return displayText(m.key);
        case ValueColumn:
            return displayText(m.value);
        case HeadersColumn:
            return headersText(m.headers);
        case MeaningColumn:
            return m_decoder && isInternalTopic(m_kind) ? m_decoder->describe(m_kind, m).summary : QString();
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TimestampColumn)
            return QStringLiteral("%1:%2").arg(kafka::timestampTypeName(m.timestampType)).arg(m.timestamp);
        if (index.column() == MeaningColumn && m_decoder && isInternalTopic(m_kind))
            return m_decoder->describe(m_kind, m).summary;
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == PartitionColumn || index.column() == OffsetColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case IsNullRole:
        if (index.column() == KeyColumn)
            return !m.key.has_value();
        if (index.column() == ValueColumn)
            return !m.value.has_value();
        return false;
    case OffsetRole:
        return m.offset;
    case PartitionRole:
        return m.partition;
    case TimestampRole:
        return m.timestamp;
    default:
        break;
    }
    return {};
}

QVariant MessageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PartitionColumn:
        return tr("Partition");
    case OffsetColumn:
        return tr("Offset");
    case TimestampColumn:
        return tr("Timestamp");
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    case HeadersColumn:
        return tr("Headers");
    case MeaningColumn:
        return tr("Meaning");
    }
    return {};
}

} // namespace cs::topicview
