#include "settingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

#include "util/translation.h"

namespace cs::ui {

SettingsDialog::SettingsDialog(cs::util::Translation *translation, QWidget *parent)
    : QDialog(parent)
    , m_translation(translation)
    , m_heading(new QLabel(this))
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_languageHint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    m_heading->setObjectName(QStringLiteral("dialogHeading"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_languageHint->setProperty("caption", true);
    m_languageHint->setWordWrap(true);
    m_languageLabel->setBuddy(m_language);

    // Entry 0 is "follow the system"; the others name their language in that language.
    m_language->addItem(QString(), QString());
    for (const QString &code : cs::util::Translation::availableLanguages())
        m_language->addItem(cs::util::Translation::nativeName(code), code);
    selectLanguage(m_translation->preference());

    auto *form = new QFormLayout;
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(6);
    form->addRow(m_languageLabel, m_language);
    form->addRow(QString(), m_languageHint);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(16);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    setMinimumWidth(440);
    retranslate();
}

QString SettingsDialog::selectedLanguage() const
{
    return m_language->currentData().toString();
}

void SettingsDialog::selectLanguage(const QString &preference)
{
    const int index = m_language->findData(preference);
    m_language->setCurrentIndex(index < 0 ? 0 : index);
}

void SettingsDialog::accept()
{
    m_translation->setPreference(selectedLanguage());
    QDialog::accept();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    m_heading->setText(tr("Settings"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setItemText(
        0, tr("System default (%1)").arg(cs::util::Translation::nativeName(m_translation->systemLanguage())));
    m_languageHint->setText(tr("The change applies at once and is remembered."));
}

} // namespace cs::ui
