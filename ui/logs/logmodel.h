#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QSortFilterProxyModel>

#include "util/log.h"

namespace cs::ui {

// The most recent log records of this process (the embedded worker's log and the studio's own), as
// a table: time, level, logger, message. Bounded: once `capacity` records are held, the oldest go
// as new ones arrive. Secrets that slipped through into a message as `password=...` or
// `"password": "..."` are masked when a record is added, so neither the view nor a saved file
// shows them (the log layer already masks configurations). GUI thread only.
class LogModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        LevelColumn,
        LoggerColumn,
        MessageColumn,
        ColumnCount
    };
    enum Role
    {
        LevelRole = Qt::UserRole + 1, // int(cs::util::LogLevel)
        SequenceRole, // quint64
        SearchTextRole // logger, context and message in one string
    };

    explicit LogModel(QObject *parent = nullptr);

    void setCapacity(qsizetype capacity);
    qsizetype capacity() const { return m_capacity; }
    void append(QList<cs::util::LogRecord> records);
    void clear();
    const QList<cs::util::LogRecord> &records() const { return m_records; }
    quint64 lastSequence() const { return m_lastSequence; }

    // `text` with secret values in key=value and JSON forms replaced by "[hidden]".
    static QString maskSecrets(const QString &text);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<cs::util::LogRecord> m_records; // oldest first
    qsizetype m_capacity = 20000;
    quint64 m_lastSequence = 0;
};

// Keeps the records at or above a level whose logger, context or message contains a text
// (case-insensitive).
class LogFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setMinimumLevel(cs::util::LogLevel level);
    cs::util::LogLevel minimumLevel() const { return m_level; }
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    cs::util::LogLevel m_level = cs::util::LogLevel::Trace;
    QString m_search;
};

} // namespace cs::ui
