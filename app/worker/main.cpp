#include <csignal>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include "config/workerconfig.h"
#include "util/log.h"
#include "util/unixsignals.h"
#include "util/version.h"
#include "worker/worker.h"

// connect-studio-worker: a Kafka Connect worker, run like connect-distributed.sh.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("connect-studio-worker"));
    QCoreApplication::setApplicationVersion(cs::productVersion());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("worker",
        "Runs a Kafka Connect worker: the Connect REST API, connectors and tasks, as "
        "connect-distributed.sh does."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption embedded(QStringLiteral("embedded-kafka"),
        QCoreApplication::translate("worker",
            "Start the embedded Kafka broker (127.0.0.1:<port>, default 9092) in "
            "this process and use it instead of bootstrap.servers."),
        QStringLiteral("port"), QStringLiteral("9092"));
    const QCommandLineOption logDir(QStringLiteral("log-dir"),
        QCoreApplication::translate("worker",
            "Also write the log to a timestamped file "
            "in this folder."),
        QStringLiteral("folder"));
    const QCommandLineOption stateDir(QStringLiteral("state-dir"),
        QCoreApplication::translate(
            "worker", "Where the embedded mode keeps configs and offsets (default: %1).")
            .arg(cs::worker::Worker::defaultStateDirectory()),
        QStringLiteral("folder"));
    parser.addOptions({ embedded, logDir, stateDir });
    parser.addPositionalArgument(QStringLiteral("connect-distributed.properties"),
        QCoreApplication::translate("worker", "The worker's configuration file."));
    // --embedded-kafka may be given without a port.
    QStringList args = app.arguments();
    for (QString &arg : args) {
        if (arg == u"--embedded-kafka")
            arg = QStringLiteral("--embedded-kafka=9092");
    }
    parser.process(args);
    QTextStream err(stderr);
    if (parser.positionalArguments().size() != 1) {
        err << parser.helpText();
        return 2;
    }

    auto &logging = cs::util::Logging::instance();
    logging.installMessageHandler();
    if (parser.isSet(logDir)) {
        QString error;
        const QString path
            = logging.openTimestampedLogFile(parser.value(logDir), QStringLiteral("connect-worker"), &error);
        if (path.isEmpty()) {
            err << error << '\n';
            return 1;
        }
        err << QCoreApplication::translate("worker", "Logging to %1").arg(path) << '\n';
    }

    const cs::config::WorkerConfigResult loaded
        = cs::config::WorkerConfig::fromFile(parser.positionalArguments().first());
    if (!loaded.ok()) {
        for (const QString &e : loaded.errors)
            err << e << '\n';
        return 1;
    }
    cs::worker::Worker::Options options;
    options.config = *loaded.config;
    options.embeddedKafka = parser.isSet(embedded);
    options.embeddedKafkaPort = parser.value(embedded).toUShort();
    options.stateDirectory = parser.value(stateDir);
    cs::worker::Worker worker(options);
    QString error;
    if (!worker.start(&error)) {
        err << error << '\n';
        return 1;
    }
    QTextStream(stdout) << QCoreApplication::translate("worker", "REST API: %1\nKafka bootstrap: %2\n")
                               .arg(worker.restUrl().toString(), worker.bootstrapServers())
                        << Qt::flush;
    cs::util::quitOnSignals({ SIGTERM, SIGINT });
    const int code = QCoreApplication::exec();
    worker.stop();
    return code;
}
