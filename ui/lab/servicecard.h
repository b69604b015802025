#pragma once

#include <QFrame>

#include "lab/servicestate.h"
#include "widgets/statusbadge.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cs::ui {

// One card of the Lab page for one part of the lab: its title and what it is, its state, the address
// clients use, an error a person can act on, Start/Stop, and "use an existing one at <address>" for
// pointing the lab at a service that already runs elsewhere. Shows what it is given and emits what
// the user asks; the owner (LabPage) talks to the LabController. Child object names start with
// `namePrefix` ("<prefix>State", "<prefix>Address", "<prefix>Start", "<prefix>Stop",
// "<prefix>External", "<prefix>ExternalAddress", "<prefix>Error") for tests. GUI thread only.
class ServiceCard final : public QFrame
{
    Q_OBJECT

public:
    enum class Kind
    {
        Service, // a process or server: Start / Stop
        Database // a database file: Create; "Ready" instead of "Running"
    };

    ServiceCard(const QString &namePrefix, Kind kind, QWidget *parent = nullptr);

    // Translated by the owner, again on every language change.
    void setTexts(const QString &title, const QString &summary, const QString &externalPlaceholder);
    void showStatus(const ServiceStatus &status);
    // Disables Start and says why (e.g. H2 without Java); empty = available.
    void setUnavailable(const QString &why);

    QString stateText() const;

Q_SIGNALS:
    void startRequested();
    void stopRequested();
    void externalRequested(const QString &address); // empty = back to the embedded one

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Kind m_kind;
    ServiceStatus m_status;
    QString m_unavailable;
    QLabel *m_title;
    StatusBadge *m_badge;
    QLabel *m_summary;
    QLabel *m_addressCaption;
    QLabel *m_address;
    QLabel *m_detail;
    QLabel *m_error;
    QCheckBox *m_external;
    QLineEdit *m_externalAddress;
    QPushButton *m_start;
    QPushButton *m_stop;
};

} // namespace cs::ui
