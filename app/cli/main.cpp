#include <QCoreApplication>
#include <QTextStream>

#include "util/version.h"

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream(stderr) << QCoreApplication::translate("cli", "connect-studio-cli %1: no commands are built yet.")
                               .arg(cs::productVersion())
                        << '\n';
    return 2;
}
