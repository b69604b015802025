#include "lab/servicecard.h"

#include <QCheckBox>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cs::ui {

ServiceCard::ServiceCard(const QString &namePrefix, Kind kind, QWidget *parent)
    : QFrame(parent)
    , m_kind(kind)
    , m_title(new QLabel(this))
    , m_badge(new StatusBadge(this))
    , m_summary(new QLabel(this))
    , m_addressCaption(new QLabel(this))
    , m_address(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_error(new QLabel(this))
    , m_external(new QCheckBox(this))
    , m_externalAddress(new QLineEdit(this))
    , m_start(new QPushButton(this))
    , m_stop(new QPushButton(this))
{
    setObjectName(QStringLiteral("card"));
    m_title->setObjectName(QStringLiteral("cardTitle"));
    m_summary->setObjectName(QStringLiteral("cardSummary"));
    m_summary->setWordWrap(true);
    m_badge->setObjectName(namePrefix + QStringLiteral("State"));
    m_address->setObjectName(namePrefix + QStringLiteral("Address"));
    m_address->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_address->setProperty("dataText", true);
    m_address->setWordWrap(true);
    m_detail->setObjectName(namePrefix + QStringLiteral("Detail"));
    m_detail->setProperty("dataText", true); // paths and ids, or a state line made by the controller
    m_detail->setProperty("caption", true);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setObjectName(QStringLiteral("errorText"));
    m_error->setAccessibleName(namePrefix + QStringLiteral("Error"));
    m_error->setProperty("dataText", true); // the service's own message, translated where it was made
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_addressCaption->setProperty("caption", true);
    m_external->setObjectName(namePrefix + QStringLiteral("External"));
    m_externalAddress->setObjectName(namePrefix + QStringLiteral("ExternalAddress"));
    m_externalAddress->setClearButtonEnabled(true);
    m_start->setObjectName(namePrefix + QStringLiteral("Start"));
    m_start->setProperty("primary", true);
    m_stop->setObjectName(namePrefix + QStringLiteral("Stop"));
    m_stop->setVisible(kind == Kind::Service);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch(1);
    header->addWidget(m_badge);

    auto *details = new QGridLayout;
    details->setHorizontalSpacing(16);
    details->setVerticalSpacing(6);
    details->setColumnStretch(1, 1);
    details->addWidget(m_addressCaption, 0, 0, Qt::AlignLeft | Qt::AlignTop);
    details->addWidget(m_address, 0, 1);
    details->addWidget(m_detail, 1, 1);

    auto *external = new QHBoxLayout;
    external->setSpacing(8);
    external->addWidget(m_external);
    external->addWidget(m_externalAddress, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_start);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addWidget(m_summary);
    layout->addLayout(details);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addLayout(external);
    layout->addLayout(buttons);

    connect(m_start, &QPushButton::clicked, this, &ServiceCard::startRequested);
    connect(m_stop, &QPushButton::clicked, this, &ServiceCard::stopRequested);
    connect(m_external, &QCheckBox::toggled, this,
        [this](bool on) { Q_EMIT externalRequested(on ? m_externalAddress->text().trimmed() : QString()); });
    connect(m_externalAddress, &QLineEdit::editingFinished, this, [this] {
        if (m_external->isChecked() && m_externalAddress->text().trimmed() != m_status.address)
            Q_EMIT externalRequested(m_externalAddress->text().trimmed());
    });
    connect(m_externalAddress, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_external->setEnabled(!text.trimmed().isEmpty() || m_external->isChecked());
    });
    m_external->setEnabled(false);
    retranslate();
}

void ServiceCard::setTexts(const QString &title, const QString &summary, const QString &externalPlaceholder)
{
    m_title->setText(title);
    m_summary->setText(summary);
    m_externalAddress->setPlaceholderText(externalPlaceholder);
}

void ServiceCard::setUnavailable(const QString &why)
{
    m_unavailable = why;
    showStatus(m_status);
}

QString ServiceCard::stateText() const
{
    if (m_status.external && m_status.isRunning())
        return tr("External");
    if (m_kind == Kind::Database) {
        if (m_status.state == ServiceStatus::State::Running)
            return tr("Ready");
        if (m_status.state == ServiceStatus::State::Stopped)
            return tr("Not created");
        if (m_status.state == ServiceStatus::State::Starting)
            return tr("Creating…");
    }
    if (m_status.state == ServiceStatus::State::Stopped && !m_unavailable.isEmpty())
        return tr("Unavailable");
    return ServiceStatus::stateText(m_status.state);
}

void ServiceCard::showStatus(const ServiceStatus &status)
{
    m_status = status;
    m_badge->setState(ServiceStatus::tone(status.state), stateText());
    m_address->setText(status.address.isEmpty() ? QStringLiteral("—") : status.address);
    m_detail->setText(status.detail);
    m_detail->setVisible(!status.detail.isEmpty());
    const QString error = status.state == ServiceStatus::State::Failed
        ? status.errorString
        : (status.isRunning() ? QString() : m_unavailable);
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    {
        const QSignalBlocker blocker(m_external);
        m_external->setChecked(status.external);
        if (status.external && !status.address.isEmpty() && !m_externalAddress->hasFocus()
            && m_externalAddress->text().isEmpty())
            m_externalAddress->setText(status.address);
    }
    m_external->setEnabled(status.external || !m_externalAddress->text().trimmed().isEmpty());
    m_start->setEnabled(
        !status.external && !status.isBusy() && !status.isRunning() && m_unavailable.isEmpty());
    m_stop->setEnabled(!status.external && status.isRunning());
}

void ServiceCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void ServiceCard::retranslate()
{
    m_addressCaption->setText(tr("Address"));
    m_external->setText(tr("Use an existing one:"));
    m_start->setText(m_kind == Kind::Database ? tr("Create") : tr("Start"));
    m_stop->setText(tr("Stop"));
    showStatus(m_status);
}

} // namespace cs::ui
