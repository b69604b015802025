#include "topicview/topiccatalog.h"

#include <QLocale>

namespace cs::topicview {

qint64 TopicEntry::messageCount() const
{
    qint64 n = 0;
    for (const kafka::PartitionInfo &p : partitions) {
        if (p.high >= 0 && p.low >= 0)
            n += p.high - p.low;
    }
    return n;
}

bool operator==(const TopicEntry &a, const TopicEntry &b)
{
    if (a.name != b.name || a.kind != b.kind || a.error != b.error
        || a.partitions.size() != b.partitions.size())
        return false;
    for (qsizetype i = 0; i < a.partitions.size(); ++i) {
        const kafka::PartitionInfo &p = a.partitions[i];
        const kafka::PartitionInfo &q = b.partitions[i];
        if (p.id != q.id || p.leader != q.leader || p.low != q.low || p.high != q.high)
            return false;
    }
    return true;
}

// The catalog's state on its thread.
struct TopicCatalog::Worker
{
    std::unique_ptr<kafka::Admin> admin;
    kafka::ClientConfig config;
};

TopicCatalog::TopicCatalog(QObject *parent)
    : QObject(parent)
    , m_context(new QObject)
    , m_worker(std::make_shared<Worker>())
{
    m_thread.setObjectName(QStringLiteral("topic-catalog"));
    m_context->moveToThread(&m_thread);
    m_thread.start();
    m_timer.setInterval(2000);
    connect(&m_timer, &QTimer::timeout, this, &TopicCatalog::refresh);
}

TopicCatalog::~TopicCatalog()
{
    m_timer.stop();
    // The Admin is closed on its own thread, after a request that may still be running.
    QMetaObject::invokeMethod(
        m_context, [worker = m_worker] { worker->admin.reset(); }, Qt::QueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_context;
}

void TopicCatalog::setClientConfig(const kafka::ClientConfig &config)
{
    m_config = config;
    ++m_generation;
    m_inFlight = false;
    m_answered = false;
    m_error.clear();
    if (!m_topics.isEmpty()) {
        m_topics.clear();
        Q_EMIT topicsChanged();
    }
    if (config.bootstrapServers.isEmpty()) {
        m_timer.stop();
        return;
    }
    m_timer.start();
    refresh();
}

void TopicCatalog::setRefreshInterval(int ms)
{
    m_timer.setInterval(qMax(100, ms));
}

void TopicCatalog::refresh()
{
    if (m_inFlight || m_config.bootstrapServers.isEmpty())
        return;
    m_inFlight = true;
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        m_context,
        [this, worker = m_worker, config = m_config, generation] {
            // On the catalog's thread: blocking calls are fine here.
            const bool sameCluster = worker->admin
                && worker->config.bootstrapServers == config.bootstrapServers
                && worker->config.properties == config.properties;
            if (!sameCluster) {
                worker->admin = std::make_unique<kafka::Admin>(config);
                worker->config = config;
            }
            QString error;
            std::optional<QList<kafka::TopicInfo>> topics = worker->admin->listTopics(true, &error);
            if (!topics)
                worker->admin.reset(); // reconnect next time (the broker may come back elsewhere)
            QMetaObject::invokeMethod(
                this,
                [this, generation, list = topics.value_or(QList<kafka::TopicInfo>()), error] {
                    apply(generation, list, error);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void TopicCatalog::apply(quint64 generation, const QList<kafka::TopicInfo> &topics, const QString &error)
{
    if (generation != m_generation)
        return; // an answer about a cluster we no longer look at
    m_inFlight = false;
    m_answered = true;
    m_error = error;
    if (error.isEmpty()) {
        QList<TopicEntry> entries;
        entries.reserve(topics.size());
        for (const kafka::TopicInfo &t : topics) {
            TopicEntry e;
            e.name = t.name;
            e.partitions = t.partitions;
            e.kind = t.internal && topicKindOf(t.name) == TopicKind::Data ? TopicKind::KafkaInternal
                                                                          : topicKindOf(t.name);
            e.error = t.error;
            entries.append(std::move(e));
        }
        std::sort(entries.begin(), entries.end(),
            [](const TopicEntry &a, const TopicEntry &b) { return a.name < b.name; });
        if (entries != m_topics) {
            m_topics = std::move(entries);
            Q_EMIT topicsChanged();
        }
    }
    Q_EMIT refreshed();
}

const TopicEntry *TopicCatalog::topic(const QString &name) const
{
    for (const TopicEntry &e : m_topics) {
        if (e.name == name)
            return &e;
    }
    return nullptr;
}

TopicListModel::TopicListModel(TopicCatalog *catalog, QObject *parent)
    : QAbstractTableModel(parent)
    , m_catalog(catalog)
{
    connect(catalog, &TopicCatalog::topicsChanged, this, &TopicListModel::sync);
    sync();
}

void TopicListModel::setShowInternal(bool show)
{
    if (show == m_showInternal)
        return;
    m_showInternal = show;
    sync();
}

void TopicListModel::sync()
{
    QList<TopicEntry> wanted;
    for (const TopicEntry &e : m_catalog->topics()) {
        if (m_showInternal || !e.isInternal())
            wanted.append(e);
    }
    // Merge the two sorted lists: remove what went, insert what came, update the rest in place.
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < m_rows.size() || j < wanted.size()) {
        if (j >= wanted.size() || (i < m_rows.size() && m_rows[i].name < wanted[j].name)) {
            beginRemoveRows({}, int(i), int(i));
            m_rows.removeAt(i);
            endRemoveRows();
        } else if (i >= m_rows.size() || wanted[j].name < m_rows[i].name) {
            beginInsertRows({}, int(i), int(i));
            m_rows.insert(i, wanted[j]);
            endInsertRows();
            ++i;
            ++j;
        } else {
            if (!(m_rows[i] == wanted[j])) {
                m_rows[i] = wanted[j];
                Q_EMIT dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
            }
            ++i;
            ++j;
        }
    }
}

int TopicListModel::rowOf(const QString &topic) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].name == topic)
            return int(i);
    }
    return -1;
}

QString TopicListModel::topicAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].name : QString();
}

int TopicListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TopicListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TopicListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TopicEntry &e = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return e.name;
        case PartitionsColumn:
            return int(e.partitions.size());
        case MessagesColumn:
            return QLocale().toString(e.messageCount());
        case OffsetsColumn: {
            // Per partition, "low – high"; the tooltip lists them with their partition numbers.
            QStringList ranges;
            for (const kafka::PartitionInfo &p : e.partitions)
                ranges.append(e.partitions.size() == 1 ? QStringLiteral("%1 – %2").arg(p.low).arg(p.high)
                                                       : QStringLiteral("%1–%2").arg(p.low).arg(p.high));
            return ranges.join(QStringLiteral(", "));
        }
        }
        break;
    case Qt::ToolTipRole: {
        QStringList lines;
        switch (e.kind) {
        case TopicKind::ConnectConfigs:
            lines.append(tr("Kafka Connect's config topic: connector and task configs, target states"));
            break;
        case TopicKind::ConnectOffsets:
            lines.append(tr("Kafka Connect's offset topic: how far each source connector has read"));
            break;
        case TopicKind::ConnectStatus:
            lines.append(tr("Kafka Connect's status topic: states of connectors and tasks"));
            break;
        case TopicKind::KafkaInternal:
            lines.append(tr("Kafka's own internal topic"));
            break;
        case TopicKind::Data:
            break;
        }
        for (const kafka::PartitionInfo &p : e.partitions)
            lines.append(tr("Partition %1: offsets %2 to %3 (%4 records)")
                             .arg(p.id)
                             .arg(p.low)
                             .arg(p.high)
                             .arg(p.high - p.low));
        if (!e.error.isEmpty())
            lines.append(e.error);
        return lines.join(u'\n');
    }
    case Qt::TextAlignmentRole:
        if (index.column() != NameColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case NameRole:
        return e.name;
    case InternalRole:
        return e.isInternal();
    case KindRole:
        return int(e.kind);
    default:
        break;
    }
    return {};
}

QVariant TopicListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Topic");
    case PartitionsColumn:
        return tr("Partitions");
    case MessagesColumn:
        return tr("Messages");
    case OffsetsColumn:
        return tr("Offsets");
    }
    return {};
}

} // namespace cs::topicview
