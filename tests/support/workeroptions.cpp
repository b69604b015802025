#include "support/workeroptions.h"

#include "config/properties.h"
#include "config/workerconfig.h"

namespace cs::testsupport {

std::optional<cs::worker::Worker::Options> workerOptions(const QString &properties, QString *error)
{
    const auto parsed = cs::config::Properties::parse(properties);
    if (!parsed.ok()) {
        if (error)
            *error = parsed.error->toString();
        return std::nullopt;
    }
    const auto config = cs::config::WorkerConfig::fromProperties(parsed.properties);
    if (!config.ok()) {
        if (error)
            *error = config.errors.join(u'\n');
        return std::nullopt;
    }
    cs::worker::Worker::Options options;
    options.config = *config.config;
    return options;
}

std::optional<cs::worker::Worker::Options> embeddedWorkerOptions(
    const QString &properties, quint16 kafkaPort, const QString &stateDirectory, QString *error)
{
    std::optional<cs::worker::Worker::Options> options = workerOptions(properties, error);
    if (options) {
        options->embeddedKafka = true;
        options->embeddedKafkaPort = kafkaPort;
        options->stateDirectory = stateDirectory;
    }
    return options;
}

} // namespace cs::testsupport
