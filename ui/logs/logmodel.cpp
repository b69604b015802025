#include "logs/logmodel.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QFontDatabase>
#include <QRegularExpression>

namespace cs::ui {

using cs::util::LogLevel;
using cs::util::LogRecord;

LogModel::LogModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void LogModel::setCapacity(qsizetype capacity)
{
    m_capacity = qMax<qsizetype>(1, capacity);
    if (m_records.size() > m_capacity) {
        const qsizetype drop = m_records.size() - m_capacity;
        beginRemoveRows({}, 0, int(drop - 1));
        m_records.remove(0, drop);
        endRemoveRows();
    }
}

QString LogModel::maskSecrets(const QString &text)
{
    // A key naming a secret (…password…, …secret…, sasl.jaas.config) followed by = or : and a
    // value, bare or quoted. "[hidden]" values stay as they are.
    static const QRegularExpression secret(
        QStringLiteral(
            R"re(((?:[\w.\-]*(?:password|passwd|secret)[\w.\-]*|sasl\.jaas\.config)"?\s*[=:]\s*)(\[hidden\]|"[^"]*"|'[^']*'|[^\s,;}\]&]+))re"),
        QRegularExpression::CaseInsensitiveOption);
    if (!text.contains(QLatin1String("pass"), Qt::CaseInsensitive)
        && !text.contains(QLatin1String("secret"), Qt::CaseInsensitive)
        && !text.contains(QLatin1String("jaas"), Qt::CaseInsensitive))
        return text;
    QString out;
    qsizetype last = 0;
    auto it = secret.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString value = m.captured(2);
        if (value == QLatin1String("[hidden]") || value == QLatin1String("\"[hidden]\""))
            continue;
        out += QStringView(text).mid(last, m.capturedStart(2) - last);
        out += value.startsWith(u'"') ? QStringLiteral("\"[hidden]\"") : QStringLiteral("[hidden]");
        last = m.capturedEnd(2);
    }
    if (last == 0)
        return text;
    out += QStringView(text).mid(last);
    return out;
}

void LogModel::append(QList<LogRecord> records)
{
    // Records arrive in sequence order; one seen already (the ring and the subscription overlap
    // at start) is skipped.
    qsizetype first = 0;
    while (first < records.size() && records[first].sequence <= m_lastSequence)
        ++first;
    if (first > 0)
        records.remove(0, first);
    if (records.isEmpty())
        return;
    if (records.size() > m_capacity)
        records.remove(0, records.size() - m_capacity);
    for (LogRecord &r : records) {
        r.message = maskSecrets(r.message);
    }
    m_lastSequence = records.last().sequence;

    const qsizetype overflow = m_records.size() + records.size() - m_capacity;
    if (overflow > 0) {
        beginRemoveRows({}, 0, int(overflow - 1));
        m_records.remove(0, overflow);
        endRemoveRows();
    }
    beginInsertRows({}, int(m_records.size()), int(m_records.size() + records.size() - 1));
    m_records.append(std::move(records));
    endInsertRows();
}

void LogModel::clear()
{
    beginResetModel();
    m_records.clear();
    endResetModel();
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int LogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LogRecord &r = m_records[index.row()];
    switch (role) {
    case LevelRole:
        return int(r.level);
    case SequenceRole:
        return r.sequence;
    case SearchTextRole:
        return QString(r.logger + u' ' + r.context + r.message);
    case Qt::ForegroundRole:
        if (index.column() != LevelColumn && index.column() != MessageColumn)
            return QBrush(QColor(0x5b6472));
        switch (r.level) {
        case LogLevel::Warn:
            return QBrush(QColor(0x8a5300));
        case LogLevel::Error:
        case LogLevel::Fatal:
            return QBrush(QColor(0xa4161a));
        case LogLevel::Trace:
        case LogLevel::Debug:
            return QBrush(QColor(0x6b7280));
        default:
            return {};
        }
    case Qt::FontRole:
        if (index.column() == LevelColumn && r.level >= LogLevel::Warn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == MessageColumn)
            return cs::util::formatLogRecord(r);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case TimeColumn:
        return QDateTime::fromMSecsSinceEpoch(r.timestampMs).toString(QStringLiteral("HH:mm:ss.zzz"));
    case LevelColumn:
        return cs::util::logLevelName(r.level);
    case LoggerColumn: {
        // The last part of a Java-style name, as log views usually show it; the tooltip has it all.
        const qsizetype dot = r.logger.lastIndexOf(u'.');
        return dot < 0 ? r.logger : r.logger.mid(dot + 1);
    }
    case MessageColumn: {
        // One line in the table; the details pane shows the whole record.
        const QString text = r.context + r.message;
        const qsizetype newline = text.indexOf(u'\n');
        return newline < 0 ? text : text.left(newline) + QStringLiteral(" …");
    }
    default:
        return {};
    }
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case LevelColumn:
        return tr("Level");
    case LoggerColumn:
        return tr("Logger");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

void LogFilterModel::setMinimumLevel(LogLevel level)
{
    if (level == m_level)
        return;
    m_level = level;
    invalidateFilter();
}

void LogFilterModel::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    invalidateFilter();
}

bool LogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(LogModel::LevelRole).toInt() < int(m_level))
        return false;
    if (m_search.isEmpty())
        return true;
    return index.data(LogModel::SearchTextRole).toString().contains(m_search, Qt::CaseInsensitive);
}

} // namespace cs::ui
