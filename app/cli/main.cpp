#include <cstdio>

#include <QCoreApplication>

#include "cli/consoleconsumer.h"

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // A large stdout buffer: console-consumer output is written in big blocks.
    static char buffer[1 << 16];
    std::setvbuf(stdout, buffer, _IOFBF, sizeof buffer);
    return cs::cli::runCli(QCoreApplication::arguments().mid(1), stdout, stderr);
}
