#pragma once

#include <QFrame>
#include <QList>

#include "lab/labmonitor.h"

class QLabel;

namespace cs::ui {

// The lab's steps (lab.md) as a checklist that ticks each step when the studio observes it done:
// broker up, worker up, internal topics, source connector registered, orders placed, topic created,
// sink connector registered, rows replicated. Fed by LabMonitor's observations; GUI thread only.
class LabChecklist final : public QFrame
{
    Q_OBJECT

public:
    enum Step
    {
        BrokerUp,
        WorkerUp,
        InternalTopics,
        SourceRegistered,
        OrdersPlaced,
        TopicCreated,
        SinkRegistered,
        RowsReplicated,
        StepCount
    };
    Q_ENUM(Step)

    explicit LabChecklist(QWidget *parent = nullptr);

    void showObservation(const LabObservation &observation);
    bool isDone(Step step) const { return m_done.at(step); }
    int doneCount() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QString stepText(Step step) const;
    QString stepDetail(Step step) const;

    LabObservation m_observation;
    QList<bool> m_done;
    QLabel *m_title;
    QLabel *m_progress;
    QList<QLabel *> m_marks;
    QList<QLabel *> m_texts;
    QList<QLabel *> m_details;
};

} // namespace cs::ui
