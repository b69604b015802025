#include "labpage.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include "lab/labchecklist.h"
#include "lab/labmonitor.h"
#include "lab/orderpanel.h"
#include "lab/servicecard.h"

namespace cs::ui {

using Part = LabController::Part;

LabPage::LabPage(LabController *controller, LabMonitor *monitor, QWidget *parent)
    : Page(parent)
    , m_controller(controller)
    , m_monitor(monitor)
    , m_startLab(new QPushButton)
    , m_stopLab(new QPushButton)
    , m_labState(new QLabel)
    , m_orderPanel(new OrderPanel)
    , m_checklist(new LabChecklist)
{
    m_startLab->setObjectName(QStringLiteral("startLab"));
    m_startLab->setProperty("primary", true);
    m_stopLab->setObjectName(QStringLiteral("stopLab"));
    m_labState->setObjectName(QStringLiteral("labState"));
    m_labState->setWordWrap(true);

    const struct
    {
        Part part;
        const char *prefix;
        ServiceCard::Kind kind;
    } parts[] = {
        { Part::Broker, "broker", ServiceCard::Kind::Service },
        { Part::Worker, "worker", ServiceCard::Kind::Service },
        { Part::OrderService, "orderService", ServiceCard::Kind::Service },
        { Part::SourceDatabase, "sourceDatabase", ServiceCard::Kind::Database },
        { Part::TargetDatabase, "targetDatabase", ServiceCard::Kind::Database },
        { Part::H2, "h2", ServiceCard::Kind::Service },
    };
    m_grid = new QGridLayout;
    m_grid->setHorizontalSpacing(16);
    m_grid->setVerticalSpacing(16);
    for (const auto &p : parts) {
        auto *card = new ServiceCard(QString::fromLatin1(p.prefix), p.kind);
        m_cards[static_cast<int>(p.part)] = card;
        m_cardOrder.append(card);
        const Part part = p.part;
        connect(
            card, &ServiceCard::startRequested, m_controller, [this, part] { m_controller->start(part); });
        connect(card, &ServiceCard::stopRequested, m_controller, [this, part] { m_controller->stop(part); });
        connect(card, &ServiceCard::externalRequested, m_controller,
            [this, part](const QString &address) { m_controller->useExternal(part, address); });
        card->showStatus(m_controller->status(part));
    }
    layOutCards(3);
    QString why;
    if (!m_controller->h2Available(&why))
        card(Part::H2)->setUnavailable(why);

    auto *toolbar = new QHBoxLayout;
    toolbar->setSpacing(10);
    toolbar->addWidget(m_startLab);
    toolbar->addWidget(m_stopLab);
    toolbar->addSpacing(8);
    toolbar->addWidget(m_labState, 1);

    auto *bottom = new QHBoxLayout;
    bottom->setSpacing(16);
    bottom->addWidget(m_orderPanel, 3);
    bottom->addWidget(m_checklist, 2);

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("labContent"));
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 8, 0);
    layout->setSpacing(16);
    layout->addLayout(toolbar);
    layout->addLayout(m_grid);
    layout->addLayout(bottom, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("labScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    contentLayout()->addWidget(scroll, 1);

    connect(m_startLab, &QPushButton::clicked, m_controller, &LabController::startAll);
    connect(m_stopLab, &QPushButton::clicked, m_controller, &LabController::stopAll);
    connect(m_controller, &LabController::statusChanged, this, &LabPage::showStatus);
    connect(m_monitor, &LabMonitor::observed, m_checklist, &LabChecklist::showObservation);
    retranslatePage();
}

void LabPage::layOutCards(int columns)
{
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (ServiceCard *card : std::as_const(m_cardOrder))
        m_grid->removeWidget(card);
    for (int i = 0; i < m_cardOrder.size(); ++i)
        m_grid->addWidget(m_cardOrder.at(i), i / columns, i % columns);
    for (int column = 0; column < 3; ++column)
        m_grid->setColumnStretch(column, column < columns ? 1 : 0);
}

void LabPage::resizeEvent(QResizeEvent *event)
{
    // Three cards a row where they fit, two on narrower windows.
    layOutCards(width() >= 1060 ? 3 : 2);
    Page::resizeEvent(event);
}

QString LabPage::title() const
{
    return tr("Lab");
}

QString LabPage::description() const
{
    return tr("The CDC lab on this machine: start its services here and point your tools at them.");
}

QIcon LabPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/lab.png"));
}

void LabPage::showStatus(LabController::Part part, const ServiceStatus &status)
{
    card(part)->showStatus(status);
    if (part == Part::OrderService)
        m_orderPanel->setServiceUrl(status.isRunning() ? status.address : QString());
    m_monitor->setTargets(
        m_controller->bootstrapServers(), m_controller->connectUrl(), m_controller->orderServiceUrl());
    updateLabState();
}

void LabPage::updateLabState()
{
    int running = 0;
    bool busy = false;
    bool failed = false;
    for (Part part :
        { Part::Broker, Part::Worker, Part::SourceDatabase, Part::TargetDatabase, Part::OrderService }) {
        const ServiceStatus status = m_controller->status(part);
        running += status.isRunning() ? 1 : 0;
        busy = busy || status.isBusy();
        failed = failed || status.state == ServiceStatus::State::Failed;
    }
    QString text;
    if (m_controller->isLabRunning())
        text = tr("The lab is running. Connect REST %1 · Kafka %2 · Order service %3")
                   .arg(m_controller->connectUrl(), m_controller->bootstrapServers(),
                       m_controller->orderServiceUrl());
    else if (busy)
        text = tr("Starting the lab… (%1 of 5 parts running)").arg(running);
    else if (failed)
        text = tr("%1 of 5 parts running; a part failed: see its card.").arg(running);
    else if (running == 0)
        text = tr(
            "The lab is stopped. “Start lab” starts the broker, the worker, both databases and the Order "
            "service.");
    else
        text = tr("%1 of 5 parts running.").arg(running);
    m_labState->setText(text);
    m_startLab->setEnabled(!m_controller->isLabRunning());
    m_stopLab->setEnabled(running > 0 || busy);
}

void LabPage::retranslate()
{
    m_startLab->setText(tr("Start lab"));
    m_stopLab->setText(tr("Stop lab"));
    const LabController::Options &options = m_controller->options();
    card(Part::Broker)
        ->setTexts(tr("Kafka broker"),
            tr("An in-process Kafka cluster (librdkafka's mock broker) on port 9092, or a free port when "
               "9092 is taken. Topics live in memory."),
            tr("host:port"));
    card(Part::Worker)
        ->setTexts(tr("Connect worker"),
            tr("The embedded Kafka Connect worker, REST API on port %1, configured as the lab's "
               "connect-distributed.properties. The JDBC connectors are built in.")
                .arg(options.workerPort),
            tr("host:port"));
    card(Part::OrderService)
        ->setTexts(tr("Order service"),
            tr("The lab's order microservice on port %1: POST /orders, GET /orders, GET /syncOrders.")
                .arg(options.orderServicePort),
            tr("host:port"));
    card(Part::SourceDatabase)
        ->setTexts(tr("Source database"),
            tr("SQLite file with the lab's ORDER_TABLE(ID, MESSAGE), read by the source connector."),
            tr("JDBC URL"));
    card(Part::TargetDatabase)
        ->setTexts(tr("Target database"),
            tr("SQLite file the sink connector writes; it creates CONNECT_ORDER_TABLE itself."),
            tr("JDBC URL"));
    card(Part::H2)->setTexts(tr("H2 (optional)"),
        tr("H2 in server mode as in the lab: web console %1, TCP %2, PostgreSQL protocol %3.")
            .arg(options.h2.webPort)
            .arg(options.h2.tcpPort)
            .arg(options.h2.pgPort),
        tr("host:port"));
    QString why;
    if (!m_controller->h2Available(&why))
        card(Part::H2)->setUnavailable(why);
    updateLabState();
}

} // namespace cs::ui
