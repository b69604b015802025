#pragma once

#include <QTabWidget>

#include "kafka/message.h"
#include "topicview/internaltopics.h"
#include "topicview/valuedecoder.h"

class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace cs::ui {

// The detail pane of the topic viewer: the selected record's value raw (exact bytes as text), as
// pretty JSON, split into JsonConverter schema and payload (payload fields as a table when it is a
// struct), what an internal topic's record means, and the record's key, headers and position.
// Decodes only the one record shown. GUI thread.
class MessageDetail final : public QTabWidget
{
    Q_OBJECT

public:
    explicit MessageDetail(QWidget *parent = nullptr);
    ~MessageDetail() override;

    void showMessage(const kafka::Message &message, topicview::TopicKind kind);
    void clearMessage();

    // For tests: the texts shown.
    QString rawText() const;
    QString prettyText() const;
    QString schemaText() const;
    QString payloadText() const;
    QTableWidget *payloadFields() const { return m_fields; }
    QString meaningText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    topicview::ValueDecoder m_decoder;
    topicview::InternalRecordDecoder m_internal;
    QPlainTextEdit *m_raw;
    QPlainTextEdit *m_pretty;
    QWidget *m_envelopePage;
    QLabel *m_schemaSummary;
    QPlainTextEdit *m_schema;
    QPlainTextEdit *m_payload;
    QTableWidget *m_fields;
    QWidget *m_meaningPage;
    QLabel *m_meaningSummary;
    QTableWidget *m_meaningDetails;
    QPlainTextEdit *m_trace;
    QTableWidget *m_record;
};

} // namespace cs::ui
