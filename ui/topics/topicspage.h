#pragma once

#include <QTimer>

#include "topicview/messageexport.h"
#include "topicview/messagefeed.h"
#include "topicview/messagemodel.h"
#include "topicview/topiccatalog.h"
#include "widgets/page.h"

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QToolButton;

namespace cs::ui {

class Endpoints;
class MessageDetail;

// The Topics view: the live topic viewer. Topic list (partitions, message counts, watermarks,
// internal topics shown or hidden, refreshed by itself), a live tail of the selected topic from the
// beginning, the end, an offset or a timestamp, all partitions or one, with pause/resume, a text
// filter, live count and rate, a bounded buffer, export as JSONL/CSV and "Copy as command"; the
// detail pane decodes the selected record. Follows endpoints->changed(). Kafka I/O runs on the
// catalog's and the consumer's threads; the GUI thread only takes finished batches. GUI thread.
class TopicsPage final : public Page
{
    Q_OBJECT

public:
    explicit TopicsPage(cs::ui::Endpoints *endpoints, QWidget *parent = nullptr);
    ~TopicsPage() override;

    QString id() const override { return QStringLiteral("topics"); }
    QIcon icon() const override;
    QString title() const override;
    QString description() const override;

    // Starts reading as the controls would (also selects the topic in the list when it is there).
    void read(const topicview::ReadSpec &spec);
    topicview::ReadSpec currentSpec() const; // what the controls say for the selected topic

    topicview::TopicCatalog *catalog() const { return m_catalog; }
    topicview::TopicListModel *topicModel() const { return m_topicModel; }
    topicview::MessageModel *messageModel() const { return m_messages; }
    topicview::MessageFeed *feed() const { return m_feed; }
    QTableView *messageView() const { return m_messageView; }
    MessageDetail *detail() const { return m_detail; }

Q_SIGNALS:
    // "Trace in tables" on the selected record: the studio shows the Tables view's trace of it.
    void traceRecordRequested(const QString &topic, int partition, qint64 offset);

protected:
    void retranslate() override;

private:
    void endpointsChanged();
    void topicSelected();
    void startReading();
    void updatePartitions();
    void updateStartControls();
    void updateStatus();
    void updateTopicTitle();
    void updateCatalogStatus();
    void messageSelected();
    void exportShown(topicview::MessageExport::Format format);
    void copyCommand(int which);

    Endpoints *m_endpoints;
    topicview::TopicCatalog *m_catalog;
    topicview::TopicListModel *m_topicModel;
    topicview::MessageModel *m_messages;
    topicview::MessageFeed *m_feed;

    QCheckBox *m_showInternal;
    QTableView *m_topicView;
    QLabel *m_catalogStatus;
    QLabel *m_topicTitle;
    QLabel *m_partitionLabel;
    QComboBox *m_partition;
    QLabel *m_startLabel;
    QComboBox *m_start;
    QLineEdit *m_offset;
    QDateTimeEdit *m_timestamp;
    QPushButton *m_readButton;
    QPushButton *m_pauseButton;
    QLineEdit *m_filter;
    QLabel *m_bufferLabel;
    QSpinBox *m_buffer;
    QToolButton *m_exportButton;
    QToolButton *m_commandButton;
    QPushButton *m_traceButton;
    QLabel *m_status;
    QLabel *m_error;
    QTableView *m_messageView;
    MessageDetail *m_detail;
    QTimer m_statusTimer;
    bool m_followTail = true;
    QString m_notice; // the last export or copy result
};

} // namespace cs::ui
