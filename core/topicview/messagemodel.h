#pragma once

#include <deque>
#include <memory>
#include <vector>

#include <QAbstractTableModel>
#include <QByteArray>
#include <QList>

#include "kafka/message.h"
#include "topicview/internaltopics.h"

namespace cs::topicview {

// Case-insensitive (ASCII letters) substring match on a record's key, value, header names and header
// values, on the raw bytes (UTF-8 text such as Korean matches byte for byte). Value type.
class MessageFilter
{
public:
    MessageFilter() = default;
    explicit MessageFilter(const QString &text);

    bool isEmpty() const { return m_needle.isEmpty(); }
    QString text() const { return m_text; }
    bool matches(const kafka::Message &message) const;

private:
    bool contains(QByteArrayView haystack) const;

    QString m_text;
    QByteArray m_needle; // UTF-8, ASCII letters lower-cased
};

// The viewer's bounded message buffer and its table: a ring of at most capacity() records (default
// 100,000); when full, every new record drops the oldest one. With a filter the table shows only the
// matching records (in arrival order). Lives on the GUI thread; records arrive in batches from
// MessageFeed. Record bytes are shared with the consumer's batches (no copy).
class MessageModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        PartitionColumn,
        OffsetColumn,
        TimestampColumn,
        KeyColumn,
        ValueColumn,
        HeadersColumn,
        MeaningColumn, // what an internal topic's record means (empty for data topics)
        ColumnCount
    };
    enum Role
    {
        IsNullRole = Qt::UserRole + 1, // bool: key or value is null (a tombstone)
        OffsetRole, // qint64
        PartitionRole, // int
        TimestampRole // qint64 ms since the epoch
    };

    static constexpr int defaultCapacity = 100000;

    explicit MessageModel(QObject *parent = nullptr);
    ~MessageModel() override;

    int capacity() const { return m_capacity; }
    // Keeps the newest `messages` records when shrinking.
    void setCapacity(int messages);

    // Internal topics show a Meaning column and connect-configs values with secrets hidden.
    void setTopicKind(TopicKind kind);
    TopicKind topicKind() const { return m_kind; }

    // Appends a batch in arrival order, dropping the oldest records beyond capacity().
    void append(QList<kafka::Message> &&batch);
    void append(const QList<kafka::Message> &batch) { append(QList<kafka::Message>(batch)); }
    // Appends (moves out) `count` records starting at `first`.
    void append(kafka::Message *first, qsizetype count);
    void clear(); // also resets the counters

    void setFilter(const QString &text);
    QString filter() const { return m_filter.text(); }

    // The record on a row of the (filtered) table.
    const kafka::Message &message(int row) const;
    // The row showing the record at partition/offset, or -1.
    int rowOf(int partition, qint64 offset) const;
    // The records the table shows, in order (for export; byte data is shared, not copied).
    QList<kafka::Message> shownMessages() const;

    qint64 bufferedCount() const { return m_size; } // records held (shown or filtered out)
    qint64 receivedCount() const { return m_received; } // records appended since clear()
    qint64 droppedCount() const { return m_received - m_size; } // pushed out by the capacity

    // How the table renders a value or key: UTF-8 text on one line, at most maxChars characters;
    // "null" for null.
    static QString displayText(const std::optional<QByteArray> &bytes, int maxChars = 300);
    static QString headersText(const QList<kafka::Header> &headers);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void countsChanged(); // after append(), clear() and capacity changes

private:
    const kafka::Message &bySeq(qint64 seq) const
    {
        return m_ring[size_t((m_head + (seq - m_firstSeq)) % qint64(m_ring.size()))];
    }
    qint64 seqOfRow(int row) const { return m_filter.isEmpty() ? m_firstSeq + row : m_matches[size_t(row)]; }
    void rebuildMatches();
    void linearize(int newCapacity);

    int m_capacity = defaultCapacity;
    std::vector<kafka::Message> m_ring; // grows to m_capacity, then wraps
    qint64 m_head = 0; // index in m_ring of the oldest record
    qint64 m_size = 0; // records held
    qint64 m_firstSeq = 0; // sequence number of the oldest record
    qint64 m_received = 0;
    MessageFilter m_filter;
    std::deque<qint64> m_matches; // with a filter: sequence numbers of matching records, ascending
    TopicKind m_kind = TopicKind::Data;
    std::unique_ptr<InternalRecordDecoder> m_decoder; // for the Meaning column
};

} // namespace cs::topicview
