#pragma once

#include <QLocale>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTranslator>

class QSettings;

namespace cs::util {

// Chooses the user-interface language and installs the matching translators: the application's
// catalogue embedded in core (:/i18n/connectstudio_<lang>.qm) and Qt's own (qtbase_<lang>.qm from
// QLibraryInfo's translations folder). The choice is: the stored preference, else the system
// locale's language when it is supported, else English. Switching at run time replaces the
// translators; QCoreApplication then sends QEvent::LanguageChange to every widget, which retranslates.
// Owns its two QTranslator objects. Lives on, and must only be used from, the main thread (installed
// translators are process-wide). The settings store is injected and must outlive this object.
class Translation final : public QObject
{
    Q_OBJECT

public:
    // Setting "ui/language": "" follows the system, otherwise a code from availableLanguages().
    static QString settingsKey() { return QStringLiteral("ui/language"); }

    explicit Translation(
        QSettings *store, const QLocale &systemLocale = QLocale::system(), QObject *parent = nullptr);
    ~Translation() override; // removes the translators it installed

    static QStringList availableLanguages(); // {"en", "ko"}, English first (the fallback)
    static QString nativeName(const QString &language); // "English", "한국어": never translated
    // The language a preference resolves to on a system with `system` as its locale.
    static QString resolve(const QString &preference, const QLocale &system);

    QString preference() const; // the stored choice, "" = follow the system
    QString language() const; // the language installed now, "en" or "ko"
    QString systemLanguage() const; // what "follow the system" resolves to here
    bool qtTranslationLoaded() const; // false when Qt's own catalogue for language() was not found

    // Installs the stored preference (or `overrideLanguage` when not empty, e.g. from --lang, without
    // storing it). Returns false when the application catalogue could not be loaded (English is
    // installed then); the source texts are English, so English never fails.
    bool apply(const QString &overrideLanguage = QString());
    // Stores `preference` ("" or a code) and installs it now.
    bool setPreference(const QString &preference);

Q_SIGNALS:
    void languageChanged(const QString &language);

private:
    bool install(const QString &language);

    QSettings *m_store;
    QLocale m_systemLocale;
    QString m_language;
    bool m_qtLoaded = false;
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
    bool m_appInstalled = false;
    bool m_qtInstalled = false;
};

} // namespace cs::util
