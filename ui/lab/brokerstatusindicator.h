#pragma once

#include <QWidget>

#include "lab/brokercontroller.h"

class QLabel;

namespace cs::ui {

// The status bar's summary of the embedded broker: a coloured light, its state and its address.
// GUI thread only.
class BrokerStatusIndicator final : public QWidget
{
    Q_OBJECT

public:
    explicit BrokerStatusIndicator(BrokerController *controller, QWidget *parent = nullptr);

    QString text() const; // what it shows now, for tests and accessibility

protected:
    void changeEvent(QEvent *event) override;

private:
    void showStatus(const BrokerStatus &status);

    BrokerController *m_controller;
    QLabel *m_light;
    QLabel *m_text;
};

} // namespace cs::ui
