#pragma once

#include <QWidget>

#include "endpoints.h"

class QComboBox;

namespace cs::ui {

class ProfileStore;

// A combo box for the toolbar or the status bar that points the studio at a connection: the
// built-in "Embedded lab" first, then the saved profiles, then "Manage profiles…" (opens
// ProfilesDialog). Choosing a profile reads its secrets from the keychain (asynchronously) and
// sets Endpoints; choosing "Embedded lab" restores the lab's endpoints as the Lab view last set
// them. Follows Endpoints changed by others (the Lab view). GUI thread only.
class ProfileSwitcher final : public QWidget
{
    Q_OBJECT

public:
    ProfileSwitcher(Endpoints *endpoints, ProfileStore *store, QWidget *parent = nullptr);

    // "" for the embedded lab, else a profile id.
    QString currentProfileId() const;
    // Selects an entry as if the user had chosen it.
    void choose(const QString &profileId);
    // The embedded lab's endpoints before the Lab view has set any: the lab's fixed ports.
    static Endpoints::Target defaultLabTarget();

Q_SIGNALS:
    // Something the user should read (a keychain error, which profile is in use); for a status bar.
    void message(const QString &text);
    void switched(const QString &profileId); // after Endpoints was set

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void activated(int index);
    void followEndpoints();
    void manage();

    Endpoints *m_endpoints;
    ProfileStore *m_store;
    QComboBox *m_combo;
    QString m_current; // "" = embedded lab
    Endpoints::Target m_lab; // the embedded lab's endpoints, as last seen
    quint64 m_request = 0; // drops a keychain answer for a choice since replaced
};

} // namespace cs::ui
