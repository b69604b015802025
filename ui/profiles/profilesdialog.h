#pragma once

#include <QDialog>
#include <QList>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace cs::ui {

class ProfileStore;

// Add, edit and delete connection profiles: a name, a Connect REST URL with optional basic auth,
// a Kafka bootstrap and its security settings. Password fields are masked and start empty; a
// stored password shows as "stored in the keychain" and stays as it is unless the user types a
// new one or clears it with "Forget". GUI thread only.
class ProfilesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ProfilesDialog(ProfileStore *store, QWidget *parent = nullptr);

    // Selects the profile (for tests and for "edit this profile").
    void selectProfile(const QString &id);
    QString selectedId() const { return m_currentId; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void reloadList();
    void showProfile(const QString &id);
    void saveCurrent();
    void deleteCurrent();
    void addNew();
    void updateSecurityFields();
    void setBusy(bool busy);

    ProfileStore *m_store;
    QString m_currentId; // empty while a new profile is being written
    bool m_forgetConnectPassword = false;
    bool m_forgetSaslPassword = false;

    QLabel *m_heading;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_delete;
    QFormLayout *m_form;
    QList<QLabel *> m_labels; // the form's, in row order
    QLineEdit *m_name;
    QLineEdit *m_connectUrl;
    QLineEdit *m_connectUser;
    QLineEdit *m_connectPassword;
    QPushButton *m_forgetConnect;
    QLineEdit *m_bootstrap;
    QComboBox *m_protocol;
    QComboBox *m_mechanism;
    QLineEdit *m_saslUser;
    QLineEdit *m_saslPassword;
    QPushButton *m_forgetSasl;
    QLineEdit *m_caLocation;
    QLabel *m_message;
    QPushButton *m_save;
    QDialogButtonBox *m_buttons;
};

} // namespace cs::ui
