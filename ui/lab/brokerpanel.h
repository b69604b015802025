#pragma once

#include <QFrame>

#include "lab/brokercontroller.h"
#include "widgets/statusbadge.h"

class QLabel;
class QPushButton;

namespace cs::ui {

// The Lab page's card for the embedded Kafka broker: state, bootstrap address (and whether it is on
// the lab's preferred port or a fallback), the error when it failed, and Start/Stop. Shows what its
// BrokerController reports and asks it to start or stop; never touches the broker itself.
// GUI thread only.
class BrokerPanel final : public QFrame
{
    Q_OBJECT

public:
    explicit BrokerPanel(BrokerController *controller, QWidget *parent = nullptr);

    // Shared with the status bar so both say the same thing.
    static QString stateText(const BrokerStatus &status);
    static StatusBadge::Tone tone(const BrokerStatus &status);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showStatus(const BrokerStatus &status);

    BrokerController *m_controller;
    QLabel *m_title;
    StatusBadge *m_badge;
    QLabel *m_summary;
    QLabel *m_addressCaption;
    QLabel *m_address;
    QPushButton *m_copy;
    QLabel *m_portCaption;
    QLabel *m_port;
    QLabel *m_tryCaption;
    QLabel *m_tryCommand;
    QLabel *m_error;
    QPushButton *m_start;
    QPushButton *m_stop;
};

} // namespace cs::ui
