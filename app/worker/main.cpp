#include <QCoreApplication>
#include <QTextStream>

#include "util/version.h"

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream(stderr) << QCoreApplication::translate("worker", "connect-studio-worker %1: the Connect worker is not built yet.")
                               .arg(cs::productVersion())
                        << '\n';
    return 2;
}
