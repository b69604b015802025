#include <QApplication>

#include "mainwindow.h"
#include "util/version.h"

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("connect-studio"));
    QApplication::setApplicationVersion(cs::productVersion());
    cs::ui::MainWindow window;
    window.show();
    return QApplication::exec();
}
