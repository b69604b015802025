// ConfigDef: parsing of string and typed values, validators, upstream's error texts, rendering.
#include <QTest>

#include "connect/configdef.h"
#include "connect/configinfos.h"

using namespace cs::connect;
using namespace Qt::StringLiterals;

// ConfigKey is built with designated initializers naming only the fields a key sets.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

class TstConfigDef : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseStrings_data();
    void parseStrings();
    void parseTypedValues_data();
    void parseTypedValues();
    void listParsing();
    void validators_data();
    void validators();
    void validatorDescriptions();
    void missingRequiredAndDefaults();
    void failedParseStillRunsValidator();
    void renderingOfValues();
    void configKeyInfoJson();
    void badDefaultIsRejected();
    void recommenderAndDependents();
    void embedPrefixesAndSorts();
    void errorMessageBuilder();
};

void TstConfigDef::parseStrings_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("rendered"); // convertToString of the parsed value, or the error
    QTest::newRow("int") << int(ConfigType::Int) << u" 42 "_s << u"42"_s;
    QTest::newRow("int negative") << int(ConfigType::Int) << u"-7"_s << u"-7"_s;
    QTest::newRow("int not a number") << int(ConfigType::Int) << u"abc"_s
                                      << u"Invalid value abc for configuration k: Not a number of type INT"_s;
    QTest::newRow("int overflow")
        << int(ConfigType::Int) << u"2147483648"_s
        << u"Invalid value 2147483648 for configuration k: Not a number of type INT"_s;
    QTest::newRow("int empty") << int(ConfigType::Int) << u""_s
                               << u"Invalid value  for configuration k: Not a number of type INT"_s;
    QTest::newRow("short") << int(ConfigType::Short) << u"3"_s << u"3"_s;
    QTest::newRow("short overflow")
        << int(ConfigType::Short) << u"40000"_s
        << u"Invalid value 40000 for configuration k: Not a number of type SHORT"_s;
    QTest::newRow("long") << int(ConfigType::Long) << u"9007199254740993"_s << u"9007199254740993"_s;
    QTest::newRow("long bad") << int(ConfigType::Long) << u"1.5"_s
                              << u"Invalid value 1.5 for configuration k: Not a number of type LONG"_s;
    QTest::newRow("double") << int(ConfigType::Double) << u"1.5"_s << u"1.5"_s;
    QTest::newRow("double integral") << int(ConfigType::Double) << u"2"_s << u"2.0"_s;
    QTest::newRow("double big") << int(ConfigType::Double) << u"1e10"_s << u"1.0E10"_s;
    QTest::newRow("double bad") << int(ConfigType::Double) << u"x"_s
                                << u"Invalid value x for configuration k: Not a number of type DOUBLE"_s;
    QTest::newRow("bool") << int(ConfigType::Boolean) << u"TRUE"_s << u"true"_s;
    QTest::newRow("bool false") << int(ConfigType::Boolean) << u" false"_s << u"false"_s;
    QTest::newRow("bool bad")
        << int(ConfigType::Boolean) << u"yes"_s
        << u"Invalid value yes for configuration k: Expected value to be either true or false"_s;
    QTest::newRow("string trimmed") << int(ConfigType::String) << u"  a b  "_s << u"a b"_s;
    QTest::newRow("password") << int(ConfigType::Password) << u"secret"_s << u"[hidden]"_s;
    QTest::newRow("class") << int(ConfigType::Class) << u"org.x.Y "_s << u"org.x.Y"_s;
    QTest::newRow("list") << int(ConfigType::List) << u"a , b,c"_s << u"a,b,c"_s;
}

void TstConfigDef::parseStrings()
{
    QFETCH(int, type);
    QFETCH(QString, input);
    QFETCH(QString, rendered);
    const ParseResult r = ConfigDef::parseType(u"k"_s, input, static_cast<ConfigType>(type));
    if (r.error)
        QCOMPARE(*r.error, rendered);
    else
        QCOMPARE(convertToString(r.value, static_cast<ConfigType>(type)).value_or(u"<null>"_s), rendered);
}

void TstConfigDef::parseTypedValues_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QVariant>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("int from bool")
        << int(ConfigType::Int) << QVariant(true)
        << u"Invalid value true for configuration k: Expected value to be a 32-bit integer, "
           "but it was a java.lang.Boolean"_s;
    QTest::newRow("short from int")
        << int(ConfigType::Short) << QVariant(3)
        << u"Invalid value 3 for configuration k: Expected value to be a 16-bit integer "
           "(short), but it was a java.lang.Integer"_s;
    QTest::newRow("long from double")
        << int(ConfigType::Long) << QVariant(1.5)
        << u"Invalid value 1.5 for configuration k: Expected value to be a 64-bit integer "
           "(long), but it was a java.lang.Double"_s;
    QTest::newRow("long from int") << int(ConfigType::Long) << QVariant(5) << u"5"_s;
    QTest::newRow("double from int") << int(ConfigType::Double) << QVariant(5) << u"5.0"_s;
    QTest::newRow("string from int")
        << int(ConfigType::String) << QVariant(5)
        << u"Invalid value 5 for configuration k: Expected value to be a string, but it was "
           "a java.lang.Integer"_s;
    QTest::newRow("list from int")
        << int(ConfigType::List) << QVariant(5)
        << u"Invalid value 5 for configuration k: Expected a comma separated list."_s;
    QTest::newRow("class from bool")
        << int(ConfigType::Class) << QVariant(false)
        << u"Invalid value false for configuration k: Expected a Class instance or class "
           "name."_s;
    QTest::newRow("null stays null") << int(ConfigType::Int) << QVariant() << u"<null>"_s;
}

void TstConfigDef::parseTypedValues()
{
    QFETCH(int, type);
    QFETCH(QVariant, input);
    QFETCH(QString, expected);
    const ParseResult r = ConfigDef::parseType(u"k"_s, input, static_cast<ConfigType>(type));
    if (r.error)
        QCOMPARE(*r.error, expected);
    else
        QCOMPARE(convertToString(r.value, static_cast<ConfigType>(type)).value_or(u"<null>"_s), expected);
}

void TstConfigDef::listParsing()
{
    QCOMPARE(ConfigDef::parseType(u"k"_s, u"  "_s, ConfigType::List).value.toStringList(), QStringList());
    // Java's split with limit -1 keeps empty elements.
    QCOMPARE(ConfigDef::parseType(u"k"_s, u"a,,b,"_s, ConfigType::List).value.toStringList(),
        (QStringList { u"a"_s, u""_s, u"b"_s, u""_s }));
    // Java's List.toString in "Invalid value" texts.
    QCOMPARE(javaValueString(QStringList { u"a"_s, u"b"_s }), u"[a, b]"_s);
}

void TstConfigDef::validators_data()
{
    QTest::addColumn<QString>("validator");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("error"); // empty = valid
    QTest::newRow("atLeast ok") << u"atLeast1"_s << QVariant(1) << QString();
    QTest::newRow("atLeast low") << u"atLeast1"_s << QVariant(0)
                                 << u"Invalid value 0 for configuration k: Value must be at least 1"_s;
    QTest::newRow("atLeast null") << u"atLeast1"_s << QVariant()
                                  << u"Invalid value null for configuration k: Value must be non-null"_s;
    QTest::newRow("between high") << u"between"_s << QVariant(11)
                                  << u"Invalid value 11 for configuration k: Value must be no more than 10"_s;
    QTest::newRow("between low") << u"between"_s << QVariant(-1)
                                 << u"Invalid value -1 for configuration k: Value must be at least 0"_s;
    QTest::newRow("validString ok") << u"in"_s << QVariant(u"b"_s) << QString();
    QTest::newRow("validString bad") << u"in"_s << QVariant(u"c"_s)
                                     << u"Invalid value c for configuration k: String must be one of: a, b"_s;
    QTest::newRow("validString case")
        << u"in"_s << QVariant(u"A"_s)
        << u"Invalid value A for configuration k: String must be one of: a, b"_s;
    QTest::newRow("ci ok") << u"ci"_s << QVariant(u"Required"_s) << QString();
    // Upstream joins a java.util.HashSet of the upper-cased values: its iteration order.
    QTest::newRow("ci bad")
        << u"ci"_s << QVariant(u"x"_s)
        << u"Invalid value x for configuration k: String must be one of (case insensitive): "
           "REQUIRED, REQUESTED"_s;
    QTest::newRow("list ok") << u"list"_s << QVariant(QStringList { u"a"_s }) << QString();
    QTest::newRow("list bad") << u"list"_s << QVariant(QStringList { u"a"_s, u"z"_s })
                              << u"Invalid value z for configuration k: String must be one of: a, b"_s;
    QTest::newRow("nonEmpty") << u"nonEmpty"_s << QVariant(u""_s)
                              << u"Invalid value  for configuration k: String must be non-empty"_s;
    QTest::newRow("nonEmpty null") << u"nonEmpty"_s << QVariant() << QString();
    QTest::newRow("name empty") << u"name"_s << QVariant(u""_s)
                                << u"Invalid value  for configuration k: String may not be empty"_s;
    QTest::newRow("name control")
        << u"name"_s << QVariant(u"a\tb\n"_s)
        << u"Invalid value a\tb\n for configuration k: String may not contain control "
           "sequences but had the following ASCII chars: 9, 10"_s;
    QTest::newRow("nonNull") << u"nonNull"_s << QVariant()
                             << u"Invalid value null for configuration k: entry must be non null"_s;
    QTest::newRow("regex bad") << u"regex"_s << QVariant(u"a("_s) << u"regex"_s;
}

static std::shared_ptr<const Validator> validatorNamed(const QString &name)
{
    if (name == u"atLeast1")
        return Validator::atLeast(1);
    if (name == u"between")
        return Validator::between(0, 10);
    if (name == u"in")
        return Validator::validString({ u"a"_s, u"b"_s });
    if (name == u"ci")
        return Validator::caseInsensitiveValidString({ u"requested"_s, u"required"_s });
    if (name == u"list")
        return Validator::validList({ u"a"_s, u"b"_s });
    if (name == u"nonEmpty")
        return Validator::nonEmptyString();
    if (name == u"name")
        return Validator::nonEmptyStringWithoutControlChars();
    if (name == u"nonNull")
        return Validator::nonNull();
    return Validator::regex();
}

void TstConfigDef::validators()
{
    QFETCH(QString, validator);
    QFETCH(QVariant, value);
    QFETCH(QString, error);
    const std::optional<QString> result = validatorNamed(validator)->check(u"k"_s, value);
    if (error.isEmpty())
        QVERIFY2(!result, qPrintable(result.value_or(QString())));
    else if (error == u"regex")
        QVERIFY(result && result->startsWith(u"Invalid value a( for configuration k: Invalid regex: "_s));
    else
        QCOMPARE(result.value_or(u"<valid>"_s), error);
}

void TstConfigDef::validatorDescriptions()
{
    QCOMPARE(Validator::atLeast(1)->description, u"[1,...]"_s);
    QCOMPARE(Validator::between(0, 10)->description, u"[0,...,10]"_s);
    QCOMPARE(Validator::validString({ u"a"_s, u"b"_s })->description, u"[a, b]"_s);
    QCOMPARE(Validator::nonEmptyStringWithoutControlChars()->description,
        u"non-empty string without ISO control characters"_s);
    QCOMPARE(Validator::composite({ Validator::nonNull(), Validator::atLeast(0) })->description,
        u"non-null string, [0,...]"_s);
}

void TstConfigDef::missingRequiredAndDefaults()
{
    ConfigDef def;
    def.define({ .name = u"req"_s,
        .type = ConfigType::String,
        .importance = Importance::High,
        .documentation = u"d"_s });
    def.define({ .name = u"n"_s,
        .type = ConfigType::Int,
        .defaultValue = 5,
        .validator = Validator::atLeast(1),
        .importance = Importance::Low,
        .documentation = u"d"_s });
    const ConfigValueMap values = def.validateAll(ConfigMap {});
    QCOMPARE(values.value(u"req"_s).errorMessages,
        QStringList { u"Missing required configuration \"req\" which has no default value."_s });
    QVERIFY(!values.value(u"req"_s).value.isValid());
    QCOMPARE(values.value(u"n"_s).value, QVariant(5));
    QVERIFY(values.value(u"n"_s).errorMessages.isEmpty());

    const ConfigDef::Parsed parsed = def.parse(ConfigMap { { u"req"_s, u"x"_s }, { u"n"_s, u"0"_s } });
    QCOMPARE(
        parsed.error.value_or(QString()), u"Invalid value 0 for configuration n: Value must be at least 1"_s);
    QCOMPARE(def.parse(ConfigMap {}).error.value_or(QString()),
        u"Missing required configuration \"req\" which has no default value."_s);
    const ConfigDef::Parsed ok = def.parse(ConfigMap { { u"req"_s, u" x "_s } });
    QVERIFY(!ok.error);
    QCOMPARE(ok.values.value(u"req"_s).toString(), u"x"_s);
    QCOMPARE(ok.values.value(u"n"_s).toInt(), 5);
}

void TstConfigDef::failedParseStillRunsValidator()
{
    // Upstream validates the null left by a failed parse too: two errors for one bad value.
    ConfigDef def;
    def.define({ .name = u"tasks.max"_s,
        .type = ConfigType::Int,
        .defaultValue = 1,
        .validator = Validator::atLeast(1),
        .importance = Importance::High,
        .documentation = u"d"_s });
    const ConfigValueMap values = def.validateAll(ConfigMap { { u"tasks.max"_s, u"abc"_s } });
    QCOMPARE(values.value(u"tasks.max"_s).errorMessages,
        (QStringList { u"Invalid value abc for configuration tasks.max: Not a number of type INT"_s,
            u"Invalid value null for configuration tasks.max: Value must be non-null"_s }));
    // A JSON null value parses to null as well.
    ConfigMap withNull;
    withNull.insert(u"tasks.max"_s, std::nullopt);
    QCOMPARE(def.validateAll(withNull).value(u"tasks.max"_s).errorMessages,
        QStringList { u"Invalid value null for configuration tasks.max: Value must be non-null"_s });
}

void TstConfigDef::renderingOfValues()
{
    QCOMPARE(convertToString(QStringList { u"a"_s, u"b"_s }, ConfigType::List).value(), u"a,b"_s);
    QCOMPARE(convertToString(QStringList(), ConfigType::List).value(), u""_s);
    QCOMPARE(convertToString(QVariant::fromValue(Password { u"s3cret"_s }), ConfigType::Password).value(),
        u"[hidden]"_s);
    QCOMPARE(
        convertToString(QVariant::fromValue(ClassName { u"a.B"_s }), ConfigType::Class).value(), u"a.B"_s);
    QCOMPARE(convertToString(QVariant::fromValue<qint64>(60000), ConfigType::Long).value(), u"60000"_s);
    QCOMPARE(convertToString(QVariant(true), ConfigType::Boolean).value(), u"true"_s);
    QVERIFY(!convertToString(QVariant(), ConfigType::String));
    // A password never shows in an error text either.
    QCOMPARE(invalidValueMessage(u"p"_s, QVariant::fromValue(Password { u"s3cret"_s }), u"bad"_s),
        u"Invalid value [hidden] for configuration p: bad"_s);
}

void TstConfigDef::configKeyInfoJson()
{
    ConfigDef def;
    def.define({ .name = u"topics"_s,
        .type = ConfigType::List,
        .defaultValue = QStringList { u"a"_s, u"b"_s },
        .importance = Importance::High,
        .documentation = u"doc"_s,
        .group = u"Common"_s,
        .orderInGroup = 4,
        .width = Width::Long,
        .displayName = u"Topics"_s });
    def.define({ .name = u"pw"_s,
        .type = ConfigType::Password,
        .defaultValue = u"x"_s,
        .importance = Importance::Low,
        .documentation = u"p"_s });
    def.define({ .name = u"req"_s,
        .type = ConfigType::Int,
        .importance = Importance::Medium,
        .documentation = u"r"_s });
    QCOMPARE(convertConfigKey(*def.key(u"topics"_s)).toJson(),
        QByteArray(
            R"({"name":"topics","type":"LIST","required":false,"default_value":"a,b","importance":"HIGH",)"
            R"("documentation":"doc","group":"Common","width":"LONG","display_name":"Topics",)"
            R"("dependents":[],"order":4})"));
    // The short define() form: no group (null), order -1, width NONE, display name = key name.
    QCOMPARE(convertConfigKey(*def.key(u"pw"_s)).toJson(),
        QByteArray(
            R"({"name":"pw","type":"PASSWORD","required":false,"default_value":"[hidden]",)"
            R"("importance":"LOW","documentation":"p","group":null,"width":"NONE","display_name":"pw",)"
            R"("dependents":[],"order":-1})"));
    QCOMPARE(convertConfigKey(*def.key(u"req"_s)).toJson(),
        QByteArray(R"({"name":"req","type":"INT","required":true,"default_value":null,"importance":"MEDIUM",)"
                   R"("documentation":"r","group":null,"width":"NONE","display_name":"req","dependents":[],)"
                   R"("order":-1})"));
    QCOMPARE(def.groups(), QStringList { u"Common"_s });
}

void TstConfigDef::badDefaultIsRejected()
{
    ConfigDef def;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"bad default of n: .*32-bit integer"_s));
    def.define({ .name = u"n"_s, .type = ConfigType::Int, .defaultValue = QVariant(true) });
    QVERIFY(!def.contains(u"n"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"invalid default of m: .*at least 1"_s));
    def.define(
        { .name = u"m"_s, .type = ConfigType::Int, .defaultValue = 0, .validator = Validator::atLeast(1) });
    QVERIFY(!def.contains(u"m"_s));
}

void TstConfigDef::recommenderAndDependents()
{
    auto recommender = std::make_shared<Recommender>();
    recommender->validValues = [](const QString &, const QVariantMap &parsed) {
        return parsed.value(u"mode"_s).toString() == u"a" ? QVariantList { u"x"_s, u"y"_s } : QVariantList {};
    };
    recommender->visible = [](const QString &, const QVariantMap &parsed) {
        return parsed.value(u"mode"_s).toString() == u"a";
    };
    ConfigDef def;
    def.define({ .name = u"mode"_s,
        .type = ConfigType::String,
        .defaultValue = u"b"_s,
        .documentation = u"m"_s,
        .dependents = { u"col"_s, u"ghost"_s } });
    def.define({ .name = u"col"_s,
        .type = ConfigType::String,
        .defaultValue = QVariant(),
        .documentation = u"c"_s,
        .recommender = recommender });
    ConfigValueMap values = def.validateAll(ConfigMap { { u"mode"_s, u"a"_s } });
    QCOMPARE(values.value(u"col"_s).recommendedValues, (QVariantList { u"x"_s, u"y"_s }));
    QVERIFY(values.value(u"col"_s).visible);
    QCOMPARE(values.value(u"ghost"_s).errorMessages,
        QStringList { u"ghost is referred in the dependents, but not defined."_s });
    values = def.validateAll(ConfigMap {});
    QVERIFY(!values.value(u"col"_s).visible);
    QVERIFY(values.value(u"col"_s).recommendedValues.isEmpty());
}

void TstConfigDef::embedPrefixesAndSorts()
{
    ConfigDef child;
    child.define(
        { .name = u"b"_s, .type = ConfigType::String, .defaultValue = u""_s, .importance = Importance::Low });
    child.define({ .name = u"a"_s,
        .type = ConfigType::Int,
        .defaultValue = 1,
        .validator = Validator::atLeast(1),
        .importance = Importance::High });
    child.define({ .name = u"req"_s, .type = ConfigType::String, .importance = Importance::Low });
    ConfigDef def;
    def.embed(u"transforms.t."_s, u"Transforms: t"_s, 1, child);
    QCOMPARE(def.names(), (QStringList { u"transforms.t.req"_s, u"transforms.t.a"_s, u"transforms.t.b"_s }));
    QCOMPARE(def.key(u"transforms.t.a"_s)->orderInGroup, 2);
    QCOMPARE(def.key(u"transforms.t.a"_s)->group, u"Transforms: t"_s);
    // The embedded validator reports the key without the prefix, as upstream's does.
    const ConfigValueMap values
        = def.validateAll(ConfigMap { { u"transforms.t.a"_s, u"0"_s }, { u"transforms.t.req"_s, u"x"_s } });
    QCOMPARE(values.value(u"transforms.t.a"_s).errorMessages,
        QStringList { u"Invalid value 0 for configuration a: Value must be at least 1"_s });
}

void TstConfigDef::errorMessageBuilder()
{
    ConfigInfos infos;
    infos.errorCount = 2;
    ConfigValueInfo v1;
    v1.errors = { u"first"_s };
    ConfigValueInfo v2;
    v2.errors = { u"second"_s };
    infos.configs = { ConfigInfo { std::nullopt, v1 }, ConfigInfo { std::nullopt, std::nullopt },
        ConfigInfo { std::nullopt, v2 } };
    QCOMPARE(invalidConfigurationMessage(infos),
        u"Connector configuration is invalid and contains the following 2 error(s):\nfirst\nsecond\nYou can "
        u"also "
        "find the above list of errors at the endpoint `/connector-plugins/{connectorType}/config/validate`"_s);
}

QTEST_GUILESS_MAIN(TstConfigDef)
#include "tst_configdef.moc"
