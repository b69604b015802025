#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace cs::util {
class Translation;
}

namespace cs::ui {

// Preferences. Today: the user-interface language (follow the system, English or 한국어), applied
// live through cs::util::Translation when the dialog is accepted, and remembered by it.
// GUI thread only.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(cs::util::Translation *translation, QWidget *parent = nullptr);

    QString selectedLanguage() const; // "" = follow the system
    void selectLanguage(const QString &preference);

    void accept() override; // applies and stores the choice

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    cs::util::Translation *m_translation;
    QLabel *m_heading;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_languageHint;
    QDialogButtonBox *m_buttons;
};

} // namespace cs::ui
