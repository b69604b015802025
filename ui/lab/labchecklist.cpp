#include "lab/labchecklist.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace cs::ui {

LabChecklist::LabChecklist(QWidget *parent)
    : QFrame(parent)
    , m_done(StepCount, false)
    , m_title(new QLabel(this))
    , m_progress(new QLabel(this))
{
    setObjectName(QStringLiteral("card"));
    m_title->setObjectName(QStringLiteral("cardTitle"));
    m_progress->setObjectName(QStringLiteral("checklistProgress"));
    m_progress->setProperty("caption", true);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch(1);
    header->addWidget(m_progress);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(8);
    grid->setColumnStretch(1, 1);
    for (int step = 0; step < StepCount; ++step) {
        auto *mark = new QLabel(this);
        mark->setObjectName(QStringLiteral("checkMark%1").arg(step));
        mark->setProperty("dataText", true);
        mark->setFixedWidth(22);
        mark->setAlignment(Qt::AlignCenter);
        auto *text = new QLabel(this);
        text->setObjectName(QStringLiteral("checkText%1").arg(step));
        text->setWordWrap(true);
        auto *detail = new QLabel(this);
        detail->setObjectName(QStringLiteral("checkDetail%1").arg(step));
        detail->setProperty("caption", true);
        detail->setWordWrap(true);
        grid->addWidget(mark, step * 2, 0, 2, 1, Qt::AlignTop);
        grid->addWidget(text, step * 2, 1);
        grid->addWidget(detail, step * 2 + 1, 1);
        m_marks.append(mark);
        m_texts.append(text);
        m_details.append(detail);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(12);
    layout->addLayout(header);
    layout->addLayout(grid);
    layout->addStretch(1);
    retranslate();
}

int LabChecklist::doneCount() const
{
    return int(std::count(m_done.begin(), m_done.end(), true));
}

void LabChecklist::showObservation(const LabObservation &o)
{
    m_observation = o;
    // A step stays ticked once seen: the lab's steps happen once, and a connector briefly restarting
    // does not undo them.
    const bool now[StepCount] = {
        o.brokerUp,
        o.workerUp,
        o.internalTopics,
        !o.sourceConnector.isEmpty() && o.sourceState == u"RUNNING",
        o.orders > 0,
        o.orderTopic,
        !o.sinkConnector.isEmpty() && o.sinkState == u"RUNNING",
        o.synced > 0 && o.orders > 0 && o.synced >= o.orders,
    };
    for (int step = 0; step < StepCount; ++step)
        m_done[step] = now[step] || (m_done[step] && step != BrokerUp && step != WorkerUp);
    retranslate();
}

void LabChecklist::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

QString LabChecklist::stepText(Step step) const
{
    switch (step) {
    case BrokerUp:
        return tr("Kafka broker answers on its bootstrap address");
    case WorkerUp:
        return tr("Connect worker answers on its REST port (lab steps 3–4)");
    case InternalTopics:
        return tr("Topics connect-configs, connect-offsets and connect-status exist (step 5)");
    case SourceRegistered:
        return tr("Source connector registered and running (steps 6–8)");
    case OrdersPlaced:
        return tr("Orders placed in ORDER_TABLE (step 10)");
    case TopicCreated:
        return tr("Topic CONNECT_ORDER_TABLE created (step 11)");
    case SinkRegistered:
        return tr("Sink connector registered and running (step 13)");
    case RowsReplicated:
        return tr("Every order replicated to the target table (steps 14–15)");
    case StepCount:
        break;
    }
    return {};
}

QString LabChecklist::stepDetail(Step step) const
{
    const LabObservation &o = m_observation;
    switch (step) {
    case WorkerUp:
        return o.version.isEmpty() ? QString() : tr("Version %1").arg(o.version);
    case SourceRegistered:
        return o.sourceConnector.isEmpty() ? tr("Create it in Connectors with the h2-source-connect preset.")
                                           : tr("%1: %2").arg(o.sourceConnector, o.sourceState);
    case OrdersPlaced:
        return o.orders < 0 ? QString() : tr("%n order(s)", nullptr, o.orders);
    case SinkRegistered:
        return o.sinkConnector.isEmpty() ? tr("Create it in Connectors with the h2-sink-connect preset.")
                                         : tr("%1: %2").arg(o.sinkConnector, o.sinkState);
    case RowsReplicated:
        return o.synced < 0
            ? QString()
            : tr("%1 of %2 row(s) in CONNECT_ORDER_TABLE").arg(o.synced).arg(qMax(o.orders, 0));
    default:
        return {};
    }
}

void LabChecklist::retranslate()
{
    m_title->setText(tr("Lab checklist"));
    m_progress->setText(tr("%1 of %2 done").arg(doneCount()).arg(int(StepCount)));
    for (int step = 0; step < StepCount; ++step) {
        const bool done = m_done.at(step);
        m_marks[step]->setText(done ? QStringLiteral("✔") : QStringLiteral("○"));
        m_marks[step]->setStyleSheet(
            done ? QStringLiteral("color: #1f9d45; font-weight: 700;") : QStringLiteral("color: #9aa3af;"));
        m_texts[step]->setText(stepText(Step(step)));
        m_texts[step]->setProperty("done", done);
        const QString detail = stepDetail(Step(step));
        m_details[step]->setText(detail);
        m_details[step]->setVisible(!detail.isEmpty());
    }
}

} // namespace cs::ui
