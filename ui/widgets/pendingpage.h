#pragma once

#include "widgets/page.h"

class QLabel;

namespace cs::ui {

// Stands in for a view of the main window that this build does not have yet (Connectors, Topics,
// Tables, Ports & Status, Logs), and says so plainly instead of showing an empty screen.
// GUI thread only.
class PendingPage final : public Page
{
    Q_OBJECT

public:
    enum class View
    {
        Connectors,
        Topics,
        Tables,
        Ports,
        Logs
    };

    explicit PendingPage(View view, QWidget *parent = nullptr);

    QString id() const override;
    QString title() const override;
    QString description() const override;

protected:
    void retranslate() override;

private:
    View m_view;
    QLabel *m_notice;
};

} // namespace cs::ui
