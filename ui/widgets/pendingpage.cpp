#include "widgets/pendingpage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace cs::ui {

PendingPage::PendingPage(View view, QWidget *parent)
    : Page(parent)
    , m_view(view)
    , m_notice(new QLabel(this))
{
    m_notice->setObjectName(QStringLiteral("notYet"));
    m_notice->setWordWrap(true);
    contentLayout()->addWidget(m_notice);
    contentLayout()->addStretch(1);
    retranslatePage();
}

QString PendingPage::id() const
{
    switch (m_view) {
    case View::Connectors:
        return QStringLiteral("connectors");
    case View::Topics:
        return QStringLiteral("topics");
    case View::Tables:
        return QStringLiteral("tables");
    case View::Ports:
        return QStringLiteral("ports");
    case View::Logs:
        break;
    }
    return QStringLiteral("logs");
}

QString PendingPage::title() const
{
    switch (m_view) {
    case View::Connectors:
        return tr("Connectors");
    case View::Topics:
        return tr("Topics");
    case View::Tables:
        return tr("Tables");
    case View::Ports:
        return tr("Ports & Status");
    case View::Logs:
        break;
    }
    return tr("Logs");
}

QString PendingPage::description() const
{
    switch (m_view) {
    case View::Connectors:
        return tr("Connectors of the Connect cluster: live state, actions, configuration.");
    case View::Topics:
        return tr("Kafka topics with their partitions and offsets, and a live tail of records.");
    case View::Tables:
        return tr("The lab's tables and their rows.");
    case View::Ports:
        return tr("Listening TCP ports with their processes, and the lab's well-known ports.");
    case View::Logs:
        break;
    }
    return tr("The worker's log, live.");
}

void PendingPage::retranslate()
{
    QString how;
    switch (m_view) {
    case View::Connectors:
        how = tr(
            "Until then use the worker's REST API, e.g. curl -X POST -H \"Content-Type: application/json\" "
            "http://localhost:8083/connectors -d @h2-source-connect.json, or httpie.");
        break;
    case View::Topics:
        how = tr("Until then use connect-studio-cli console-consumer or kcat against the lab's broker.");
        break;
    case View::Tables:
        how = tr("Until then the Lab view's Order service panel shows ORDER_TABLE and CONNECT_ORDER_TABLE.");
        break;
    case View::Ports:
        how = tr("Until then use netstat -lntp or ss -lntp.");
        break;
    case View::Logs:
        how = tr("Until then the worker logs to the studio's standard error.");
        break;
    }
    m_notice->setText(tr("This view is not built yet in this version of the studio.") + u' ' + how);
}

} // namespace cs::ui
