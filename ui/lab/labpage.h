#pragma once

#include <array>

#include "lab/labcontroller.h"
#include "widgets/page.h"

class QGridLayout;
class QLabel;
class QPushButton;

namespace cs::ui {

class LabChecklist;
class LabMonitor;
class OrderPanel;
class ServiceCard;

// The Lab view: "Start lab" / "Stop lab", one card per part of the lab (Kafka broker, Connect worker,
// source and target databases, Order service, H2), the Order service panel and the checklist of
// the lab's steps. Shows what the LabController and the LabMonitor report and forwards what the user
// asks; never touches a service itself. GUI thread only.
class LabPage final : public Page
{
    Q_OBJECT

public:
    LabPage(LabController *controller, LabMonitor *monitor, QWidget *parent = nullptr);

    QString id() const override { return QStringLiteral("lab"); }
    QString title() const override;
    QString description() const override;
    QIcon icon() const override;

    ServiceCard *card(LabController::Part part) const { return m_cards[static_cast<int>(part)]; }
    OrderPanel *orderPanel() const { return m_orderPanel; }
    LabChecklist *checklist() const { return m_checklist; }

protected:
    void retranslate() override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void layOutCards(int columns);
    void showStatus(LabController::Part part, const ServiceStatus &status);
    void updateLabState();

    LabController *m_controller;
    LabMonitor *m_monitor;
    std::array<ServiceCard *, LabController::kPartCount> m_cards {};
    QList<ServiceCard *> m_cardOrder; // as laid out
    QGridLayout *m_grid;
    int m_columns = 0;
    QPushButton *m_startLab;
    QPushButton *m_stopLab;
    QLabel *m_labState;
    OrderPanel *m_orderPanel;
    LabChecklist *m_checklist;
};

} // namespace cs::ui
