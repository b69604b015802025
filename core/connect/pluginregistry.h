#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QList>
#include <QString>

#include "connect/configdef.h"
#include "connect/connecterror.h"
#include "connect/connector.h"

namespace cs::connect {

enum class PluginType
{
    Sink,
    Source,
    Transformation,
    Predicate,
    Converter,
    HeaderConverter
};
QString pluginTypeName(PluginType type); // "sink", "source", "transformation", ... as REST shows them

// One plugin as Connect's PluginDesc describes it.
struct PluginDesc
{
    QString className;
    PluginType type = PluginType::Source;
    QString version; // "undefined" = none (REST omits it)
    std::function<std::unique_ptr<Connector>()> create; // connectors only
    std::function<ConfigDef()> configDef; // every plugin kind

    QString simpleName() const; // the class name after the last '.' (and after '$')
    // Java's PluginDesc.toString, used in upstream's "available connectors are: ..." text.
    QString toJavaString() const;
};

// The plugins this worker knows, with upstream's lookup rules: a connector may be named by its full
// class name, its simple name, or its simple name without the "Connector" suffix. Built once at
// start (builtin() plus whatever a plugin.path adds) and read-only afterwards: safe to share
// between threads.
class PluginRegistry
{
public:
    PluginRegistry() = default;

    // The plugins compiled into this program: the FileStream source and sink connectors and the
    // JsonConverter, StringConverter and ByteArrayConverter (implemented in core/converters; registered
    // here with their configuration keys).
    static std::shared_ptr<const PluginRegistry> builtin();

    void add(PluginDesc plugin);

    // Sorted like Connect's plugin sets: by class name, then version.
    QList<PluginDesc> plugins(std::optional<PluginType> type = std::nullopt) const;
    QList<PluginDesc> connectors() const; // sinks first, then sources (GET /connector-plugins)

    // By full class name or alias, any kind. nullptr when unknown.
    const PluginDesc *find(const QString &classOrAlias) const;
    // Connector by class name or alias; the error is upstream's ConnectException text (REST 500).
    const PluginDesc *findConnector(const QString &classOrAlias, ConnectError *error = nullptr) const;
    std::unique_ptr<Connector> newConnector(const QString &classOrAlias, ConnectError *error = nullptr) const;
    // Whether `className` names a plugin of `type` (full name or alias).
    bool hasPlugin(PluginType type, const QString &className) const;

private:
    QList<PluginDesc> m_plugins;
};

} // namespace cs::connect
