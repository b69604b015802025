// cs::util::Translation against the real catalogues: the app's embedded .qm files and Qt's own
// qtbase_ko.qm from the system's translations folder.
#include <QCoreApplication>
#include <QEvent>
#include <QLocale>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "util/translation.h"

using cs::util::Translation;

namespace {

// Counts the LanguageChange events QCoreApplication receives (what QApplication fans out to widgets).
class LanguageChangeCounter final : public QObject
{
public:
    int count = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange)
            ++count;
        return false;
    }
};

QString qtCancel()
{
    return QCoreApplication::translate("QPlatformTheme", "Cancel");
}

} // namespace

class TstTranslation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<QSettings>(
            m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_settings->clear();
    }

    void resolve_data()
    {
        QTest::addColumn<QString>("preference");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("expected");
        QTest::newRow("korean system") << QString() << QStringLiteral("ko_KR") << QStringLiteral("ko");
        QTest::newRow("english system") << QString() << QStringLiteral("en_GB") << QStringLiteral("en");
        QTest::newRow("unsupported system falls back to English")
            << QString() << QStringLiteral("de_DE") << QStringLiteral("en");
        QTest::newRow("C locale") << QString() << QStringLiteral("C") << QStringLiteral("en");
        QTest::newRow("setting beats system")
            << QStringLiteral("en") << QStringLiteral("ko_KR") << QStringLiteral("en");
        QTest::newRow("setting beats system 2")
            << QStringLiteral("ko") << QStringLiteral("fr_FR") << QStringLiteral("ko");
        QTest::newRow("unknown setting is ignored")
            << QStringLiteral("xx") << QStringLiteral("ko_KR") << QStringLiteral("ko");
    }

    void resolve()
    {
        QFETCH(QString, preference);
        QFETCH(QString, system);
        QFETCH(QString, expected);
        QCOMPARE(Translation::resolve(preference, QLocale(system)), expected);
    }

    void catalogues_are_embedded()
    {
        for (const QString &code : Translation::availableLanguages())
            QVERIFY2(QFile::exists(QStringLiteral(":/i18n/connectstudio_%1.qm").arg(code)), qPrintable(code));
    }

    void follows_system_then_setting_and_switches_live()
    {
        LanguageChangeCounter counter;
        QCoreApplication::instance()->installEventFilter(&counter);

        Translation translation(m_settings.get(), QLocale(QLocale::Korean, QLocale::SouthKorea));
        QSignalSpy changed(&translation, &Translation::languageChanged);
        QCOMPARE(translation.preference(), QString());
        QCOMPARE(translation.systemLanguage(), QStringLiteral("ko"));

        QVERIFY(translation.apply());
        QCOMPARE(translation.language(), QStringLiteral("ko"));
        QCOMPARE(changed.count(), 1);
        QVERIFY2(
            translation.qtTranslationLoaded(), "qtbase_ko.qm not found: is qt6-translations-l10n installed?");
        QCOMPARE(qtCancel(), QStringLiteral("취소"));
        QVERIFY(counter.count >= 1);

        // The user picks English: stored, installed at once, Qt's catalogue removed.
        const int before = counter.count;
        QVERIFY(translation.setPreference(QStringLiteral("en")));
        QCOMPARE(m_settings->value(Translation::settingsKey()).toString(), QStringLiteral("en"));
        QCOMPARE(translation.language(), QStringLiteral("en"));
        QCOMPARE(qtCancel(), QStringLiteral("Cancel"));
        QVERIFY(counter.count > before);
        QCOMPARE(changed.count(), 2);

        // A new run on the same (Korean) system honours the stored choice over the locale.
        {
            Translation next(m_settings.get(), QLocale(QLocale::Korean, QLocale::SouthKorea));
            QCOMPARE(next.preference(), QStringLiteral("en"));
        }

        // Back to following the system: the setting is removed, Korean comes back.
        QVERIFY(translation.setPreference(QString()));
        QVERIFY(!m_settings->contains(Translation::settingsKey()));
        QCOMPARE(translation.language(), QStringLiteral("ko"));
        QCOMPARE(qtCancel(), QStringLiteral("취소"));

        // An override (--lang) applies without being stored.
        QVERIFY(translation.apply(QStringLiteral("en")));
        QCOMPARE(translation.language(), QStringLiteral("en"));
        QVERIFY(!m_settings->contains(Translation::settingsKey()));

        QCoreApplication::instance()->removeEventFilter(&counter);
    }

    void destruction_removes_translators()
    {
        {
            Translation translation(m_settings.get(), QLocale(QLocale::English));
            QVERIFY(translation.apply(QStringLiteral("ko")));
            QCOMPARE(qtCancel(), QStringLiteral("취소"));
        }
        QCOMPARE(qtCancel(), QStringLiteral("Cancel"));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
};

QTEST_GUILESS_MAIN(TstTranslation)
#include "tst_translation.moc"
