#include "labpage.h"

#include <QLabel>
#include <QVBoxLayout>

#include "lab/brokerpanel.h"

namespace cs::ui {

LabPage::LabPage(BrokerController *broker, QWidget *parent)
    : Page(parent)
    , m_brokerPanel(new BrokerPanel(broker, this))
    , m_notYet(new QLabel(this))
{
    m_notYet->setObjectName(QStringLiteral("notYet"));
    m_notYet->setWordWrap(true);
    contentLayout()->addWidget(m_brokerPanel);
    contentLayout()->addWidget(m_notYet);
    contentLayout()->addStretch(1);
    retranslatePage();
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

void LabPage::retranslate()
{
    // Say plainly what this build does not have yet rather than show empty cards.
    m_notYet->setText(tr("Not in the studio yet: the Connect worker on port 8083 (for now run it with "
                         "connect-studio-worker --embedded-kafka), the lab's source and target databases and the "
                         "Order service (port 8081)."));
}

} // namespace cs::ui
