#include "brokerstatusindicator.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

#include "lab/servicestate.h"

namespace cs::ui {

BrokerStatusIndicator::BrokerStatusIndicator(BrokerController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_light(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("brokerStatusIndicator"));
    m_light->setText(QStringLiteral("\u25CF"));
    m_light->setProperty("dataText", true);
    m_text->setObjectName(QStringLiteral("brokerStatusText"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 0, 8, 0);
    layout->setSpacing(6);
    layout->addWidget(m_light);
    layout->addWidget(m_text);
    connect(m_controller, &BrokerController::statusChanged, this, &BrokerStatusIndicator::showStatus);
    showStatus(m_controller->status());
}

QString BrokerStatusIndicator::text() const
{
    return m_text->text();
}

void BrokerStatusIndicator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        showStatus(m_controller->status());
    QWidget::changeEvent(event);
}

void BrokerStatusIndicator::showStatus(const BrokerStatus &status)
{
    ServiceStatus::State serviceState = ServiceStatus::State::Stopped;
    if (status.busy)
        serviceState = status.stopping ? ServiceStatus::State::Stopping : ServiceStatus::State::Starting;
    else if (status.state == BrokerStatus::State::Running)
        serviceState = ServiceStatus::State::Running;
    else if (status.state == BrokerStatus::State::Failed)
        serviceState = ServiceStatus::State::Failed;
    const QString state = ServiceStatus::stateText(serviceState);
    const bool running = status.state == BrokerStatus::State::Running && !status.busy;
    m_text->setText(running ? tr("Kafka broker: %1 at %2").arg(state, status.bootstrapServers)
                            : tr("Kafka broker: %1").arg(state));
    const char *colour = "#8a94a3";
    switch (ServiceStatus::tone(serviceState)) {
    case StatusBadge::Tone::Good:
        colour = "#1f9d45";
        break;
    case StatusBadge::Tone::Busy:
        colour = "#d88a00";
        break;
    case StatusBadge::Tone::Bad:
        colour = "#d0312d";
        break;
    case StatusBadge::Tone::Neutral:
        break;
    }
    m_light->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(colour)));
    setToolTip(status.state == BrokerStatus::State::Failed ? status.errorString : QString());
}

} // namespace cs::ui
