#include "util/translation.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QSettings>

namespace cs::util {

namespace {

QString english()
{
    return QStringLiteral("en");
}

} // namespace

Translation::Translation(QSettings *store, const QLocale &systemLocale, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_systemLocale(systemLocale)
    , m_language(english())
{ }

Translation::~Translation()
{
    if (m_appInstalled)
        QCoreApplication::removeTranslator(&m_appTranslator);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qtTranslator);
}

QStringList Translation::availableLanguages()
{
    return { english(), QStringLiteral("ko") };
}

QString Translation::nativeName(const QString &language)
{
    if (language == QLatin1String("ko"))
        return QStringLiteral("한국어");
    if (language == english())
        return QStringLiteral("English");
    return language;
}

QString Translation::resolve(const QString &preference, const QLocale &system)
{
    if (availableLanguages().contains(preference))
        return preference;
    // uiLanguages() honours LANGUAGE and the desktop's ordered list, not only LANG.
    const QStringList wanted = system.uiLanguages();
    for (const QString &tag : wanted) {
        const QString code = QLocale(tag).name().section(QLatin1Char('_'), 0, 0);
        if (availableLanguages().contains(code))
            return code;
    }
    return english();
}

QString Translation::preference() const
{
    const QString stored = m_store ? m_store->value(settingsKey()).toString() : QString();
    return availableLanguages().contains(stored) ? stored : QString();
}

QString Translation::language() const
{
    return m_language;
}

QString Translation::systemLanguage() const
{
    return resolve(QString(), m_systemLocale);
}

bool Translation::qtTranslationLoaded() const
{
    return m_qtLoaded;
}

bool Translation::apply(const QString &overrideLanguage)
{
    if (!overrideLanguage.isEmpty())
        return install(resolve(overrideLanguage, m_systemLocale));
    return install(resolve(preference(), m_systemLocale));
}

bool Translation::setPreference(const QString &preference)
{
    const QString value = availableLanguages().contains(preference) ? preference : QString();
    if (m_store) {
        if (value.isEmpty())
            m_store->remove(settingsKey());
        else
            m_store->setValue(settingsKey(), value);
    }
    return install(resolve(value, m_systemLocale));
}

bool Translation::install(const QString &language)
{
    if (m_appInstalled) {
        QCoreApplication::removeTranslator(&m_appTranslator);
        m_appInstalled = false;
    }
    if (m_qtInstalled) {
        QCoreApplication::removeTranslator(&m_qtTranslator);
        m_qtInstalled = false;
    }

    bool ok = true;
    QString installed = language;
    const QString appCatalogue = QStringLiteral(":/i18n/connectstudio_%1.qm").arg(language);
    if (m_appTranslator.load(appCatalogue)) {
        // installTranslator() returns false for a catalogue without messages but still installs it.
        QCoreApplication::installTranslator(&m_appTranslator);
        m_appInstalled = true;
    } else if (language != english()) {
        // The source texts are English: without the catalogue we show English, and say so.
        ok = false;
        installed = english();
    }

    // Qt's own strings (standard buttons, context menus). English needs none.
    m_qtLoaded = installed == english();
    if (installed != english()) {
        const QString dir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        m_qtLoaded
            = m_qtTranslator.load(QLocale(installed), QStringLiteral("qtbase"), QStringLiteral("_"), dir);
        if (m_qtLoaded) {
            QCoreApplication::installTranslator(&m_qtTranslator);
            m_qtInstalled = true;
        }
    }

    const bool changed = installed != m_language;
    m_language = installed;
    if (changed) {
        // Qt announces a language change only when a non-empty catalogue comes or goes; announce
        // it ourselves so widgets retranslate even while a catalogue is still empty.
        if (QCoreApplication *app = QCoreApplication::instance()) {
            QEvent event(QEvent::LanguageChange);
            QCoreApplication::sendEvent(app, &event);
        }
        Q_EMIT languageChanged(m_language);
    }
    return ok;
}

} // namespace cs::util
