#pragma once

#include <QWidget>

#include "jdbc/tableid.h"
#include "sqlbrowse/rowtrace.h"
#include "sqlbrowse/sqlworker.h"

class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace cs::ui {

class DatabaseConnections;
class Endpoints;
class TablePicker;

// Trace a row: from a source row (its key values) to its record on the topic (partition, offset, key,
// value) and its row in the target table; or from a topic record (partition and offset) back to both
// rows. The topic is read through the current Endpoints' Kafka. Runs off the GUI thread.
class TracePanel final : public QWidget
{
    Q_OBJECT

public:
    TracePanel(DatabaseConnections *connections, Endpoints *endpoints, QWidget *parent = nullptr);
    ~TracePanel() override;

    TablePicker *source() const { return m_source; }
    TablePicker *target() const { return m_target; }
    void setTopic(const QString &topic);
    QString topic() const;
    void setKeyText(const QString &text);

    // Traces the source row with these key values (one per key column, in key order).
    void traceRow(const QVariantList &keyValues);
    // Traces the record at `partition`/`offset` of `topic` back to both rows.
    void traceRecord(const QString &topic, int partition, qint64 offset);

    const cs::sqlbrowse::TraceResult &lastResult() const { return m_result; }
    QLabel *summary() const { return m_summary; }
    QLabel *sourceText() const { return m_sourceRow; }
    QLabel *recordText() const { return m_record; }
    QLabel *targetText() const { return m_targetRow; }

Q_SIGNALS:
    void finished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    bool makeSpec(cs::sqlbrowse::TraceSpec *spec);
    void start();
    void show(const cs::sqlbrowse::TraceResult &result);

    DatabaseConnections *m_connections;
    Endpoints *m_endpoints;
    TablePicker *m_source;
    TablePicker *m_target;
    QLineEdit *m_keys;
    QLineEdit *m_topic;
    QSpinBox *m_partition;
    QLineEdit *m_offset;
    QPushButton *m_traceRow;
    QPushButton *m_traceRecord;
    QLabel *m_sourceLabel;
    QLabel *m_targetLabel;
    QLabel *m_keysLabel;
    QLabel *m_topicLabel;
    QLabel *m_partitionLabel;
    QLabel *m_offsetLabel;
    QLabel *m_summary;
    QGroupBox *m_sourceBox;
    QGroupBox *m_recordBox;
    QGroupBox *m_targetBox;
    QLabel *m_sourceRow;
    QLabel *m_record;
    QLabel *m_targetRow;
    cs::sqlbrowse::Mailbox m_mailbox;
    cs::sqlbrowse::TraceResult m_result;
    bool m_running = false;
    bool m_topicEdited = false;
};

} // namespace cs::ui
