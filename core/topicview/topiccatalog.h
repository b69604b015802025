#pragma once

#include <memory>

#include <QAbstractTableModel>
#include <QList>
#include <QObject>
#include <QString>
#include <QThread>
#include <QTimer>

#include "kafka/admin.h"
#include "kafka/clientconfig.h"
#include "topicview/internaltopics.h"

namespace cs::topicview {

// One topic as the catalog knows it.
struct TopicEntry
{
    QString name;
    QList<kafka::PartitionInfo> partitions; // with low/high watermarks
    TopicKind kind = TopicKind::Data;
    QString error; // per-topic metadata error

    // Retained records: the sum of high - low over the partitions (for compacted topics an upper bound).
    qint64 messageCount() const;
    bool isInternal() const { return isInternalTopic(kind); }

    friend bool operator==(const TopicEntry &a, const TopicEntry &b);
};

// The topics of one Kafka cluster with partitions and watermarks, refreshed every refreshInterval()
// on a thread of its own (a kafka::Admin lives there; its calls block that thread only), so new
// topics appear by themselves. A superseded answer (the cluster changed meanwhile) is dropped by a
// generation counter. Lives on the GUI thread; the destructor waits for a request in flight (at most
// the client's timeout).
class TopicCatalog final : public QObject
{
    Q_OBJECT

public:
    explicit TopicCatalog(QObject *parent = nullptr);
    ~TopicCatalog() override;

    // An empty bootstrapServers means no cluster: the catalog empties and stops refreshing.
    void setClientConfig(const kafka::ClientConfig &config);
    kafka::ClientConfig clientConfig() const { return m_config; }
    void setRefreshInterval(int ms);
    int refreshInterval() const { return m_timer.interval(); }
    // Asks for a refresh now (ignored while one is in flight; the answer arrives by topicsChanged()).
    void refresh();

    const QList<TopicEntry> &topics() const { return m_topics; }
    const TopicEntry *topic(const QString &name) const;
    QString errorString() const { return m_error; } // the last refresh's error, empty when it worked
    bool hasAnswered() const { return m_answered; } // at least one refresh came back for this cluster

Q_SIGNALS:
    void topicsChanged(); // the list or a watermark changed
    void refreshed(); // after every answer (also failed ones: see errorString())

private:
    void apply(quint64 generation, const QList<kafka::TopicInfo> &topics, const QString &error);

    struct Worker;
    kafka::ClientConfig m_config;
    QThread m_thread;
    QObject *m_context = nullptr; // lives on m_thread; requests run there
    std::shared_ptr<Worker> m_worker; // only touched on m_thread
    QTimer m_timer;
    quint64 m_generation = 0;
    bool m_inFlight = false;
    bool m_answered = false;
    QList<TopicEntry> m_topics; // sorted by name
    QString m_error;
};

// The catalog as a table: Topic, Partitions, Messages, Offsets (low–high). Internal topics (Kafka's
// and Connect's) are shown or hidden; rows are inserted and removed one by one as topics come and
// go, so selections survive refreshes. GUI thread.
class TopicListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        PartitionsColumn,
        MessagesColumn,
        OffsetsColumn,
        ColumnCount
    };
    enum Role
    {
        NameRole = Qt::UserRole + 1, // QString
        InternalRole, // bool
        KindRole // int(TopicKind)
    };

    explicit TopicListModel(TopicCatalog *catalog, QObject *parent = nullptr);

    void setShowInternal(bool show);
    bool showInternal() const { return m_showInternal; }
    int rowOf(const QString &topic) const;
    QString topicAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void sync();

    TopicCatalog *m_catalog;
    bool m_showInternal = true;
    QList<TopicEntry> m_rows; // the shown entries, sorted by name
};

} // namespace cs::topicview
