#include <cstdio>

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

#include "mainwindow.h"
#include "studio.h"
#include "style/theme.h"
#include "util/log.h"
#include "util/translation.h"
#include "util/version.h"

namespace {

void printError(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // Qt's own messages (and the embedded worker's) reach the Logs view from the first line on.
    cs::util::Logging::instance().installMessageHandler();
    QApplication::setOrganizationName(QStringLiteral("ConnectStudio"));
    QApplication::setApplicationName(QStringLiteral("connect-studio"));
    QApplication::setApplicationDisplayName(cs::productName());
    QApplication::setApplicationVersion(cs::productVersion());
    QGuiApplication::setDesktopFileName(QStringLiteral("connect-studio"));

    // The language first, so that --help and every window speak it: the stored choice or the system's.
    QSettings settings; // ~/.config/ConnectStudio/connect-studio.conf
    cs::util::Translation translation(&settings);
    translation.apply();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Kafka Connect CDC studio with an embedded lab."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption labOption(
        QStringLiteral("lab"), QCoreApplication::translate("main", "Start the embedded lab at launch."));
    const QCommandLineOption langOption(QStringLiteral("lang"),
        QCoreApplication::translate("main", "Use this language instead of the saved choice (en or ko)."),
        QStringLiteral("code"));
    parser.addOption(labOption);
    parser.addOption(langOption);
    parser.process(app);

    const QString language = parser.value(langOption);
    if (!language.isEmpty() && !cs::util::Translation::availableLanguages().contains(language)) {
        printError(QCoreApplication::translate("main", "Unknown language \"%1\"; use one of: %2")
                       .arg(language, cs::util::Translation::availableLanguages().join(u", ")));
        return 2;
    }
    if (!translation.apply(language)) // --lang applies for this run only; it is not stored
        printError(QCoreApplication::translate("main", "The %1 translation is missing; showing English.")
                       .arg(cs::util::Translation::nativeName(cs::util::Translation::resolve(
                           language.isEmpty() ? translation.preference() : language, QLocale::system()))));

    cs::ui::applyTheme(app);
    cs::ui::Studio studio(&settings, &translation);
    studio.window()->show();
    if (parser.isSet(labOption))
        studio.startLab();
    return QApplication::exec();
}
