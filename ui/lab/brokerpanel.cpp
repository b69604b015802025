#include "brokerpanel.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace cs::ui {

namespace {

// Labels that show data (addresses, commands) rather than words: never translated.
void markAsData(QWidget *widget)
{
    widget->setProperty("dataText", true);
}

QLabel *monospaceLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setCursor(Qt::IBeamCursor);
    markAsData(label);
    return label;
}

} // namespace

BrokerPanel::BrokerPanel(BrokerController *controller, QWidget *parent)
    : QFrame(parent)
    , m_controller(controller)
    , m_title(new QLabel(this))
    , m_badge(new StatusBadge(this))
    , m_summary(new QLabel(this))
    , m_addressCaption(new QLabel(this))
    , m_address(monospaceLabel(this))
    , m_copy(new QPushButton(this))
    , m_portCaption(new QLabel(this))
    , m_port(new QLabel(this))
    , m_tryCaption(new QLabel(this))
    , m_tryCommand(monospaceLabel(this))
    , m_error(new QLabel(this))
    , m_start(new QPushButton(this))
    , m_stop(new QPushButton(this))
{
    setObjectName(QStringLiteral("card"));
    m_title->setObjectName(QStringLiteral("cardTitle"));
    m_badge->setObjectName(QStringLiteral("brokerState"));
    m_summary->setObjectName(QStringLiteral("cardSummary"));
    m_summary->setWordWrap(true);
    m_address->setObjectName(QStringLiteral("brokerAddress"));
    m_port->setObjectName(QStringLiteral("brokerPort"));
    m_port->setWordWrap(true);
    m_tryCommand->setObjectName(QStringLiteral("brokerTryCommand"));
    m_error->setObjectName(QStringLiteral("errorText"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_start->setObjectName(QStringLiteral("brokerStart"));
    m_start->setProperty("primary", true);
    m_stop->setObjectName(QStringLiteral("brokerStop"));
    m_copy->setObjectName(QStringLiteral("brokerCopyAddress"));
    m_copy->setProperty("compact", true);
    for (QLabel *caption : { m_addressCaption, m_portCaption, m_tryCaption })
        caption->setProperty("caption", true);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch(1);
    header->addWidget(m_badge);

    auto *addressRow = new QHBoxLayout;
    addressRow->setSpacing(10);
    addressRow->addWidget(m_address);
    addressRow->addWidget(m_copy);
    addressRow->addStretch(1);

    auto *details = new QGridLayout;
    details->setHorizontalSpacing(24);
    details->setVerticalSpacing(10);
    details->setColumnStretch(1, 1);
    details->addWidget(m_addressCaption, 0, 0, Qt::AlignLeft | Qt::AlignVCenter);
    details->addLayout(addressRow, 0, 1);
    details->addWidget(m_portCaption, 1, 0, Qt::AlignLeft | Qt::AlignTop);
    details->addWidget(m_port, 1, 1);
    details->addWidget(m_tryCaption, 2, 0, Qt::AlignLeft | Qt::AlignVCenter);
    details->addWidget(m_tryCommand, 2, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_start);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(14);
    layout->addLayout(header);
    layout->addWidget(m_summary);
    layout->addLayout(details);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_start, &QPushButton::clicked, m_controller, &BrokerController::start);
    connect(m_stop, &QPushButton::clicked, m_controller, &BrokerController::stop);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        const QString address = m_controller->status().bootstrapServers;
        if (!address.isEmpty())
            QApplication::clipboard()->setText(address);
    });
    connect(m_controller, &BrokerController::statusChanged, this, &BrokerPanel::showStatus);

    retranslate();
}

QString BrokerPanel::stateText(const BrokerStatus &status)
{
    if (status.busy)
        return status.stopping ? tr("Stopping…") : tr("Starting…");
    switch (status.state) {
    case BrokerStatus::State::Running:
        return tr("Running");
    case BrokerStatus::State::Failed:
        return tr("Failed");
    case BrokerStatus::State::Stopped:
        break;
    }
    return tr("Stopped");
}

StatusBadge::Tone BrokerPanel::tone(const BrokerStatus &status)
{
    if (status.busy)
        return StatusBadge::Tone::Busy;
    switch (status.state) {
    case BrokerStatus::State::Running:
        return StatusBadge::Tone::Good;
    case BrokerStatus::State::Failed:
        return StatusBadge::Tone::Bad;
    case BrokerStatus::State::Stopped:
        break;
    }
    return StatusBadge::Tone::Neutral;
}

void BrokerPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void BrokerPanel::retranslate()
{
    m_title->setText(tr("Kafka broker"));
    m_summary->setText(
        tr("An in-process Kafka cluster for the lab (librdkafka's mock broker). Topics live in "
           "memory; each partition keeps about its last 5 MiB."));
    m_addressCaption->setText(tr("Bootstrap servers"));
    m_portCaption->setText(tr("Port"));
    m_tryCaption->setText(tr("Try it"));
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy the bootstrap address to the clipboard"));
    m_start->setText(tr("Start"));
    m_stop->setText(tr("Stop"));
    showStatus(m_controller->status());
}

void BrokerPanel::showStatus(const BrokerStatus &status)
{
    m_badge->setState(tone(status), stateText(status));

    const bool running = status.state == BrokerStatus::State::Running && !status.busy;
    m_address->setText(running ? status.bootstrapServers : QStringLiteral("—"));
    m_copy->setEnabled(running);
    m_tryCommand->setText(
        running ? QStringLiteral("kcat -b %1 -L").arg(status.bootstrapServers) : QStringLiteral("—"));

    QString portText;
    bool warn = false;
    if (running && status.onPreferredPort) {
        portText = tr("%1, the lab's usual port").arg(status.port);
    } else if (running) {
        portText = tr("%1: port %2 was already in use, so the broker took a free port. Clients must use "
                      "the address above.")
                       .arg(status.port)
                       .arg(status.preferredPort);
        warn = true;
    } else {
        portText = tr("Listens on %1 when it is free, otherwise on a free port shown here.")
                       .arg(status.preferredPort);
    }
    m_port->setText(portText);
    m_port->setProperty("warning", warn);
    m_port->style()->unpolish(m_port);
    m_port->style()->polish(m_port);

    const bool failed = status.state == BrokerStatus::State::Failed && !status.busy;
    m_error->setVisible(failed);
    m_error->setText(failed ? tr("The broker could not start: %1").arg(status.errorString) : QString());

    m_start->setEnabled(!status.busy && status.state != BrokerStatus::State::Running);
    m_stop->setEnabled(!status.busy && status.state == BrokerStatus::State::Running);
}

} // namespace cs::ui
