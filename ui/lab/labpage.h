#pragma once

#include "widgets/page.h"

class QLabel;

namespace cs::ui {

class BrokerController;
class BrokerPanel;

// The Lab view: one card per service of the embedded lab. Today that is the Kafka broker; the
// Connect worker, the lab databases and the Order service join as cards of their own, each with
// its own controller. GUI thread only.
class LabPage final : public Page
{
    Q_OBJECT

public:
    explicit LabPage(BrokerController *broker, QWidget *parent = nullptr);

    QString id() const override { return QStringLiteral("lab"); }
    QString title() const override;
    QString description() const override;
    QIcon icon() const override;

    BrokerPanel *brokerPanel() const { return m_brokerPanel; }

protected:
    void retranslate() override;

private:
    BrokerPanel *m_brokerPanel;
    QLabel *m_notYet;
};

} // namespace cs::ui
