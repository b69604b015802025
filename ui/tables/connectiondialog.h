#pragma once

#include <QDialog>

#include "jdbc/jdbcurl.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;

namespace cs::ui {

// "Add database": SQLite file, PostgreSQL, MySQL, MariaDB or H2 (through its PostgreSQL-protocol
// server). Builds the JDBC URL the rest of the studio uses; the password is handed to the caller (who
// keeps it in the keychain), never written anywhere by this dialog. GUI thread.
class ConnectionDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectionDialog(QWidget *parent = nullptr);

    QString name() const;
    QString url() const; // the JDBC URL, without user or password
    cs::jdbc::ConnectionProperties properties() const; // user, password, h2.pg.port

    // Fills the form (tests, and "edit"): kinds are "sqlite", "postgresql", "mysql", "mariadb", "h2".
    void setKind(const QString &kind);
    void setFields(const QString &name, const QString &fileOrHost, int port, const QString &database,
        const QString &user, const QString &password);

private:
    void updateForm();
    void validate();

    QComboBox *m_kind;
    QLineEdit *m_name;
    QLineEdit *m_file;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QSpinBox *m_pgPort;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_urlPreview;
    QDialogButtonBox *m_buttons;
    QWidget *m_fileRow;
    QWidget *m_serverRows;
    QLabel *m_pgPortLabel;
};

} // namespace cs::ui
