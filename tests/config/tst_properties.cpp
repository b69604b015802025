#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include "config/properties.h"

using namespace Qt::StringLiterals;
using cs::config::Properties;
using cs::config::PropertiesEncoding;

namespace {

Properties parseOk(const QString &text)
{
    const auto r = Properties::parse(QStringView(text), QStringLiteral("test.properties"));
    if (!r.ok())
        qWarning("unexpected error: %s", qPrintable(r.error->toString()));
    return r.properties;
}

} // namespace

class TestProperties final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void separators_data();
    void separators();
    void commentsAndBlankLines();
    void continuations_data();
    void continuations();
    void escapes_data();
    void escapes();
    void malformedUnicodeEscapeNamesFileAndLine_data();
    void malformedUnicodeEscapeNamesFileAndLine();
    void lastDuplicateWinsInFirstPosition();
    void encodings();
    void unreadableFileIsAnErrorValue();
    void loadsFileAndReportsItsName();
    void writerEscapesLikeJavaStore();
    void writerCommentLines();
    void roundTripFuzz();
    void saveIsAtomicAndReadable();
    void mapOperations();
    void shippedSampleFile();
};

void TestProperties::separators_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("equals") << u"a=b"_s << u"a"_s << u"b"_s;
    QTest::newRow("colon") << u"a:b"_s << u"a"_s << u"b"_s;
    QTest::newRow("space") << u"a b"_s << u"a"_s << u"b"_s;
    QTest::newRow("tab") << u"a\tb"_s << u"a"_s << u"b"_s;
    QTest::newRow("formfeed") << u"a\fb"_s << u"a"_s << u"b"_s;
    QTest::newRow("spaces around equals") << u"a  =   b"_s << u"a"_s << u"b"_s;
    QTest::newRow("spaces around colon") << u"a : b"_s << u"a"_s << u"b"_s;
    QTest::newRow("leading whitespace") << u" \t a=b"_s << u"a"_s << u"b"_s;
    QTest::newRow("trailing whitespace kept") << u"a=b  \t"_s << u"a"_s << u"b  \t"_s;
    QTest::newRow("second equals is value") << u"a==b"_s << u"a"_s << u"=b"_s;
    QTest::newRow("space then equals then colon") << u"a =:b"_s << u"a"_s << u":b"_s;
    QTest::newRow("colon then equals") << u"a:=b"_s << u"a"_s << u"=b"_s;
    QTest::newRow("key only") << u"key"_s << u"key"_s << u""_s;
    QTest::newRow("key and spaces") << u"key   "_s << u"key"_s << u""_s;
    QTest::newRow("key and equals") << u"key="_s << u"key"_s << u""_s;
    QTest::newRow("empty key") << u"=value"_s << u""_s << u"value"_s;
    QTest::newRow("hash inside value") << u"a=b # not a comment"_s << u"a"_s << u"b # not a comment"_s;
    QTest::newRow("listener") << u"listeners=HTTP://:8083"_s << u"listeners"_s << u"HTTP://:8083"_s;
    QTest::newRow("url in value") << u"x=jdbc:h2:tcp://localhost:9099/./test"_s << u"x"_s
                                  << u"jdbc:h2:tcp://localhost:9099/./test"_s;
    QTest::newRow("non-breaking space is data")
        << QStringLiteral("a\u00A0b=c") << QStringLiteral("a\u00A0b") << u"c"_s;
}

void TestProperties::separators()
{
    QFETCH(QString, line);
    QFETCH(QString, key);
    QFETCH(QString, value);
    const Properties p = parseOk(line + u'\n');
    QCOMPARE(p.size(), 1);
    QCOMPARE(p.entries().first().first, key);
    QCOMPARE(p.entries().first().second, value);
}

void TestProperties::commentsAndBlankLines()
{
    const Properties p = parseOk(QStringLiteral("# a comment\n"
                                                "! another comment\n"
                                                "   # indented comment\n"
                                                "\t! indented bang\n"
                                                "\n"
                                                "   \t \n"
                                                "# a comment ending with a backslash does not continue \\\n"
                                                "a=1\n"
                                                "#b=2\n"
                                                "c=3"));
    QCOMPARE(p.keys(), QStringList({ QStringLiteral("a"), QStringLiteral("c") }));
    QCOMPARE(p.value(QStringLiteral("a")), QStringLiteral("1"));
    QCOMPARE(p.value(QStringLiteral("c")), QStringLiteral("3"));
    QVERIFY(parseOk(QString()).isEmpty());
    QVERIFY(parseOk(QStringLiteral("# only\n\n")).isEmpty());
}

void TestProperties::continuations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // key, value, key, value, ...
    QTest::newRow("simple") << u"key=a\\\n    b\nnext=1"_s
                            << QStringList { u"key"_s, u"ab"_s, u"next"_s, u"1"_s };
    QTest::newRow("several") << u"k=one, \\\n  two, \\\n\tthree"_s
                             << QStringList { u"k"_s, u"one, two, three"_s };
    QTest::newRow("even backslashes do not continue")
        << u"k=a\\\\\nnext=1"_s << QStringList { u"k"_s, u"a\\"_s, u"next"_s, u"1"_s };
    QTest::newRow("three backslashes continue") << u"k=a\\\\\\\n b"_s << QStringList { u"k"_s, u"a\\b"_s };
    QTest::newRow("blank continued line ends the line")
        << u"k=a\\\n\nnext=1"_s << QStringList { u"k"_s, u"a"_s, u"next"_s, u"1"_s };
    QTest::newRow("whitespace-only continued line ends it")
        << u"k=a\\\n   \nnext=1"_s << QStringList { u"k"_s, u"a"_s, u"next"_s, u"1"_s };
    QTest::newRow("continued line starting with hash is data")
        << u"k=a\\\n  #b"_s << QStringList { u"k"_s, u"a#b"_s };
    QTest::newRow("backslash at end of file is dropped") << u"k=a\\"_s << QStringList { u"k"_s, u"a"_s };
    QTest::newRow("crlf") << u"k=a\\\r\n  b\r\nx=y\r\n"_s << QStringList { u"k"_s, u"ab"_s, u"x"_s, u"y"_s };
    QTest::newRow("cr only") << u"k=a\\\r  b\rx=y"_s << QStringList { u"k"_s, u"ab"_s, u"x"_s, u"y"_s };
    QTest::newRow("continuation inside the key") << u"ke\\\n  y=v"_s << QStringList { u"key"_s, u"v"_s };
    QTest::newRow("continuation before the separator")
        << u"key\\\n  =v"_s << QStringList { u"key"_s, u"v"_s };
    QTest::newRow("lone backslash line then key") << u"\\\nkey=v"_s << QStringList { u"key"_s, u"v"_s };
}

void TestProperties::continuations()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const Properties p = parseOk(text);
    QStringList flat;
    for (const auto &[k, v] : p.entries())
        flat << k << v;
    QCOMPARE(flat, expected);
}

void TestProperties::escapes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("control escapes") << u"k=\\t\\n\\r\\f"_s << u"k"_s << u"\t\n\r\f"_s;
    QTest::newRow("unicode lower") << u"k=caf\\u00e9"_s << u"k"_s << QStringLiteral("caf\u00e9");
    QTest::newRow("unicode upper") << u"k=caf\\u00E9"_s << u"k"_s << QStringLiteral("caf\u00e9");
    QTest::newRow("korean") << u"k=\\uD55C\\uAE00"_s << u"k"_s << QStringLiteral("\uD55C\uAE00");
    QTest::newRow("surrogate pair") << u"k=\\uD83D\\uDE00"_s << u"k"_s
                                    << QString::fromUtf8("\xF0\x9F\x98\x80");
    QTest::newRow("unicode in key") << u"\\u0041=1"_s << u"A"_s << u"1"_s;
    QTest::newRow("any char") << u"k=\\q\\z"_s << u"k"_s << u"qz"_s;
    QTest::newRow("backslash") << u"k=C:\\\\dir\\\\file"_s << u"k"_s << u"C:\\dir\\file"_s;
    QTest::newRow("escaped equals in key") << u"a\\=b=c"_s << u"a=b"_s << u"c"_s;
    QTest::newRow("escaped colon in key") << u"a\\:b:c"_s << u"a:b"_s << u"c"_s;
    QTest::newRow("escaped space in key") << u"a\\ b c"_s << u"a b"_s << u"c"_s;
    QTest::newRow("escaped leading space in value") << u"k=\\  v"_s << u"k"_s << u"  v"_s;
    QTest::newRow("escaped hash key") << u"\\#k=v"_s << u"#k"_s << u"v"_s;
    QTest::newRow("escaped bang key") << u"\\!k=v"_s << u"!k"_s << u"v"_s;
    QTest::newRow("escaped separator in value") << u"k=a\\=b"_s << u"k"_s << u"a=b"_s;
}

void TestProperties::escapes()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    QFETCH(QString, value);
    const Properties p = parseOk(text);
    QCOMPARE(p.size(), 1);
    QCOMPARE(p.entries().first().first, key);
    QCOMPARE(p.entries().first().second, value);
}

void TestProperties::malformedUnicodeEscapeNamesFileAndLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::newRow("bad hex digit") << u"a=1\n\n# c\nk=\\u12G4\n"_s << 4;
    QTest::newRow("too short at end") << u"k=\\u12"_s << 1;
    QTest::newRow("in key") << u"x=1\n\\uZZZZ=1"_s << 2;
    QTest::newRow("on a continued line") << u"a=1\nlong=abc\\\n   def\\\n  \\u00\nz=1"_s << 4;
    QTest::newRow("after crlf lines") << u"a=1\r\nb=2\r\nc=\\u\r\n"_s << 3;
}

void TestProperties::malformedUnicodeEscapeNamesFileAndLine()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    const auto r = Properties::parse(QStringView(text), QStringLiteral("connect-distributed.properties"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error->file, QStringLiteral("connect-distributed.properties"));
    QCOMPARE(r.error->line, line);
    QCOMPARE(r.error->toString(),
        QStringLiteral("connect-distributed.properties:%1: malformed \\uXXXX escape").arg(line));
}

void TestProperties::lastDuplicateWinsInFirstPosition()
{
    const Properties p = parseOk(QStringLiteral("a=1\nb=2\na=3\nc=4\nb=5"));
    QCOMPARE(p.keys(), QStringList({ QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") }));
    QCOMPARE(p.value(QStringLiteral("a")), QStringLiteral("3"));
    QCOMPARE(p.value(QStringLiteral("b")), QStringLiteral("5"));
}

void TestProperties::encodings()
{
    const QByteArray utf8("k=caf\xC3\xA9\n");
    QCOMPARE(
        Properties::parse(QByteArrayView(utf8), PropertiesEncoding::Utf8OrLatin1).properties.value(u"k"_s),
        QStringLiteral("caf\u00e9"));
    QCOMPARE(Properties::parse(QByteArrayView(utf8), PropertiesEncoding::Utf8).properties.value(u"k"_s),
        QStringLiteral("caf\u00e9"));
    // What Kafka's Utils.loadProps (Properties.load(InputStream)) makes of UTF-8 bytes.
    QCOMPARE(Properties::parse(QByteArrayView(utf8), PropertiesEncoding::Latin1).properties.value(u"k"_s),
        QStringLiteral("caf\u00c3\u00a9"));

    const QByteArray latin1("k=caf\xE9\n"); // not valid UTF-8
    QCOMPARE(
        Properties::parse(QByteArrayView(latin1), PropertiesEncoding::Utf8OrLatin1).properties.value(u"k"_s),
        QStringLiteral("caf\u00e9"));
    QCOMPARE(Properties::parse(QByteArrayView(latin1), PropertiesEncoding::Latin1).properties.value(u"k"_s),
        QStringLiteral("caf\u00e9"));
    QCOMPARE(Properties::parse(QByteArrayView(latin1), PropertiesEncoding::Utf8).properties.value(u"k"_s),
        QStringLiteral("caf\uFFFD"));

    const QByteArray bom("\xEF\xBB\xBFk=v\n");
    QCOMPARE(Properties::parse(QByteArrayView(bom)).properties.keys(), QStringList { u"k"_s });
    QCOMPARE(Properties::parse(QByteArrayView(bom), PropertiesEncoding::Latin1).properties.keys(),
        QStringList { QStringLiteral("\u00ef\u00bb\u00bfk") });

    // Escapes mean the same in every encoding.
    const QByteArray escaped("k=caf\\u00e9");
    for (auto e : { PropertiesEncoding::Latin1, PropertiesEncoding::Utf8, PropertiesEncoding::Utf8OrLatin1 })
        QCOMPARE(Properties::parse(QByteArrayView(escaped), e).properties.value(u"k"_s),
            QStringLiteral("caf\u00e9"));
}

void TestProperties::unreadableFileIsAnErrorValue()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString missing = dir.filePath(QStringLiteral("missing.properties"));
    const auto r = Properties::load(missing);
    QVERIFY(!r.ok());
    QCOMPARE(r.error->file, missing);
    QCOMPARE(r.error->line, 0);
    QVERIFY(r.error->toString().startsWith(missing + QStringLiteral(": ")));
    QVERIFY(r.error->message.size() > 0);

    // A folder is not readable as a file either.
    const auto folder = Properties::load(dir.path());
    QVERIFY(!folder.ok());
    QVERIFY(folder.error->toString().startsWith(dir.path()));
}

void TestProperties::loadsFileAndReportsItsName()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("worker.properties"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("bootstrap.servers=localhost:9092\n# note\nname=caf\xC3\xA9\nbad=\\u00\n");
    f.close();
    const auto r = Properties::load(path);
    QVERIFY(!r.ok());
    QCOMPARE(r.error->toString(), path + QStringLiteral(":4: malformed \\uXXXX escape"));
    // What was read before the error stays available.
    QCOMPARE(r.properties.value(u"name"_s), QStringLiteral("caf\u00e9"));
}

void TestProperties::writerEscapesLikeJavaStore()
{
    QCOMPARE(Properties::escapeKey(u"a b"), QStringLiteral("a\\ b"));
    QCOMPARE(Properties::escapeValue(u"a b"), QStringLiteral("a b"));
    QCOMPARE(Properties::escapeValue(u" lead"), QStringLiteral("\\ lead"));
    QCOMPARE(Properties::escapeKey(u"=:#!"), QStringLiteral("\\=\\:\\#\\!"));
    QCOMPARE(Properties::escapeValue(u"a=b:c#d!e"), QStringLiteral("a\\=b\\:c\\#d\\!e"));
    QCOMPARE(Properties::escapeValue(u"C:\\dir"), QStringLiteral("C\\:\\\\dir"));
    QCOMPARE(Properties::escapeValue(u"\t\n\r\f"), QStringLiteral("\\t\\n\\r\\f"));
    QCOMPARE(
        Properties::escapeValue(QStringLiteral("caf\u00e9 \uD55C")), QStringLiteral("caf\\u00E9 \\uD55C"));
    QCOMPARE(Properties::escapeValue(QStringLiteral("\u0001\u007f")), QStringLiteral("\\u0001\\u007F"));
    QCOMPARE(Properties::escapeValue(u"trailing  "), QStringLiteral("trailing  "));

    Properties p { { u"listeners"_s, u"HTTP://:8083"_s }, { u"empty"_s, QString() } };
    QCOMPARE(p.toBytes(), QByteArray("listeners=HTTP\\://\\:8083\nempty=\n"));
}

void TestProperties::writerCommentLines()
{
    Properties p { { u"a"_s, u"1"_s } };
    const QByteArray bytes = p.toBytes(QStringLiteral("Worker settings\nkey=not a key\n\uD55C"));
    QCOMPARE(bytes, QByteArray("# Worker settings\n# key=not a key\n# \\uD55C\na=1\n"));
    QCOMPARE(Properties::parse(QByteArrayView(bytes)).properties, p);
}

void TestProperties::roundTripFuzz()
{
    // Characters that stress every rule: separators, comment starters, escapes, whitespace of
    // all kinds, line terminators, non-ASCII, surrogates, control characters.
    const QString pool = QStringLiteral("ab =:#!\\\t\n\r\f u\u00e9\u00a0\uD55C\u0001\u007f\u2028xyz09.");
    QRandomGenerator rng(20261121);
    auto randomString = [&](int maxLen) {
        QString s;
        const int len = int(rng.bounded(maxLen + 1));
        for (int i = 0; i < len; ++i) {
            if (rng.bounded(20) == 0)
                s += QString::fromUtf8("\xF0\x9F\x98\x80"); // a surrogate pair
            else
                s += pool.at(rng.bounded(pool.size()));
        }
        return s;
    };
    for (int round = 0; round < 2000; ++round) {
        Properties p;
        const int n = int(rng.bounded(6));
        for (int i = 0; i < n; ++i)
            p.set(randomString(8), randomString(12));
        const QByteArray bytes = p.toBytes(round % 7 == 0 ? randomString(10) : QString());
        for (char c : bytes)
            QVERIFY2(uchar(c) < 0x80, "writer output must be ASCII");
        for (auto e :
            { PropertiesEncoding::Latin1, PropertiesEncoding::Utf8, PropertiesEncoding::Utf8OrLatin1 }) {
            const auto r = Properties::parse(QByteArrayView(bytes), e);
            QVERIFY(r.ok());
            if (r.properties != p) {
                qWarning() << u"round"_s << round << bytes;
                QCOMPARE(r.properties.entries(), p.entries());
            }
        }
    }
}

void TestProperties::saveIsAtomicAndReadable()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.properties"));
    Properties p { { u"group.id"_s, u"connect-cluster"_s },
        { u"path"_s, QStringLiteral("/tmp/\uD55C\uAE00 dir") } };
    QString error;
    QVERIFY2(p.save(path, &error, QStringLiteral("saved by a test")), qPrintable(error));
    const auto r = Properties::load(path, PropertiesEncoding::Latin1); // as Kafka would read it
    QVERIFY(r.ok());
    QCOMPARE(r.properties, p);
    QVERIFY(!p.save(dir.filePath(QStringLiteral("no/such/dir/x.properties")), &error));
    QVERIFY(error.contains(QStringLiteral("no/such/dir")));
}

void TestProperties::mapOperations()
{
    Properties p { { u"a"_s, u"1"_s }, { u"key.converter.schemas.enable"_s, u"false"_s },
        { u"b"_s, u"2"_s } };
    QVERIFY(p.contains(u"a"_s));
    QCOMPARE(p.find(u"missing"_s), std::nullopt);
    QCOMPARE(p.value(u"missing"_s, u"dflt"_s), u"dflt"_s);
    QCOMPARE(p.withPrefix(u"key.converter.").keys(), QStringList { u"schemas.enable"_s });
    QCOMPARE(
        p.withPrefix(u"key.converter.", false).keys(), QStringList { u"key.converter.schemas.enable"_s });
    QVERIFY(p.remove(u"a"_s));
    QVERIFY(!p.remove(u"a"_s));
    QCOMPARE(p.keys(), QStringList({ u"key.converter.schemas.enable"_s, u"b"_s }));
    QCOMPARE(p.value(u"b"_s), u"2"_s); // index rebuilt after removal
    p.set(u"b"_s, u"3"_s);
    QCOMPARE(p.size(), 2);
    QCOMPARE(p.toMap().value(u"b"_s), u"3"_s);
    QCOMPARE(Properties::fromMap(p.toMap()).size(), 2);
    p.clear();
    QVERIFY(p.isEmpty());
}

void TestProperties::shippedSampleFile()
{
    const QString path = QStringLiteral(CS_SOURCE_DIR "/resources/connect-distributed.properties");
    const auto r = Properties::load(path);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error->toString()));
    const Properties &p = r.properties;
    // The non-comment lines of upstream's config/connect-distributed.properties (spec §2.1).
    const QList<std::pair<QString, QString>> expected {
        { u"bootstrap.servers"_s, u"localhost:9092"_s },
        { u"group.id"_s, u"connect-cluster"_s },
        { u"key.converter"_s, u"org.apache.kafka.connect.json.JsonConverter"_s },
        { u"value.converter"_s, u"org.apache.kafka.connect.json.JsonConverter"_s },
        { u"key.converter.schemas.enable"_s, u"true"_s },
        { u"value.converter.schemas.enable"_s, u"true"_s },
        { u"offset.storage.topic"_s, u"connect-offsets"_s },
        { u"offset.storage.replication.factor"_s, u"1"_s },
        { u"config.storage.topic"_s, u"connect-configs"_s },
        { u"config.storage.replication.factor"_s, u"1"_s },
        { u"status.storage.topic"_s, u"connect-status"_s },
        { u"status.storage.replication.factor"_s, u"1"_s },
        { u"offset.flush.interval.ms"_s, u"10000"_s },
    };
    QCOMPARE(p.entries(), expected);
    QVERIFY(!p.contains(u"plugin.path"_s)); // commented out
    QVERIFY(!p.contains(u"listeners"_s)); // commented out: the safe default applies
}

QTEST_GUILESS_MAIN(TestProperties)
#include "tst_properties.moc"
