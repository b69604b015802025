#include <csignal>
#include <unistd.h>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "worker/statejournal.h"

using cs::worker::StateJournal;

namespace {

const QString kConfigs = QStringLiteral("connect-configs");
const QString kOffsets = QStringLiteral("connect-offsets");

// Writer mode for the crash test: appends records forever and prints each key once append()
// has returned, so the parent knows exactly which writes were acknowledged before kill -9.
int runWriter(const QString &path)
{
    StateJournal journal;
    if (!journal.open(path))
        return 3;
    QFile out;
    // The descriptor, not stdout's FILE: stdio would buffer 4 KiB of lines in a pipe, and the parent
    // must see each acknowledgement as it happens.
    if (!out.open(STDOUT_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered))
        return 4;
    for (int i = 0;; ++i) {
        const QByteArray key = "[\"src\",{\"row\":" + QByteArray::number(i) + "}]";
        if (!journal.append(kOffsets, key, QByteArray("{\"incrementing\":") + QByteArray::number(i) + '}'))
            return 5;
        out.write(QByteArray::number(i) + '\n');
    }
}

} // namespace

class TestStateJournal final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripAcrossReopen();
    void tornTailIsDropped();
    void foreignFileIsRefused();
    void compactsRepeatedWrites();
    void acknowledgedWritesSurviveKill9();
};

void TestStateJournal::roundTripAcrossReopen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("state/worker.journal"));
    {
        StateJournal j;
        QVERIFY2(j.open(path), qPrintable(j.errorString()));
        QVERIFY(j.append(kConfigs, "connector-a", QByteArray(R"({"properties":{"name":"a"}})")));
        QVERIFY(j.append(kConfigs, "target-state-a", QByteArray(R"({"state":"PAUSED"})")));
        QVERIFY(j.append(kConfigs, "connector-b", QByteArray(""))); // empty is not null
        QVERIFY(j.append(kConfigs, "target-state-a", std::nullopt));
        QVERIFY(j.append(kConfigs, "connector-a", QByteArray(R"({"properties":{"name":"a2"}})")));
        QVERIFY(j.append(kOffsets, R"(["a",{"protocol":"1"}])", QByteArray(R"({"incrementing":7})")));
    }
    StateJournal j;
    QVERIFY(j.open(path));
    QCOMPARE(j.discardedAtOpen(), 0);
    const QList<StateJournal::Record> configs = j.records(kConfigs);
    QCOMPARE(configs.size(), 2);
    QCOMPARE(configs[0].key, QByteArray("connector-a"));
    QCOMPARE(*configs[0].value, QByteArray(R"({"properties":{"name":"a2"}})"));
    QCOMPARE(configs[1].key, QByteArray("connector-b"));
    QVERIFY(configs[1].value.has_value());
    QVERIFY(configs[1].value->isEmpty());
    QVERIFY(!j.value(kConfigs, "target-state-a").has_value());
    QCOMPARE(*j.value(kOffsets, R"(["a",{"protocol":"1"}])"), QByteArray(R"({"incrementing":7})"));
    QVERIFY(j.records(QStringLiteral("connect-status")).isEmpty());
}

void TestStateJournal::tornTailIsDropped()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("worker.journal"));
    {
        StateJournal j;
        QVERIFY(j.open(path));
        QVERIFY(j.append(kConfigs, "connector-a", QByteArray("1")));
        QVERIFY(j.append(kConfigs, "connector-b", QByteArray("2")));
    }
    // Simulate a crash in the middle of the next record: a length prefix and half a body.
    QFile f(path);
    QVERIFY(f.open(QIODevice::Append));
    f.write(QByteArray::fromHex("000000400000000b636f6e6e6563"));
    f.close();

    StateJournal j;
    QVERIFY(j.open(path));
    QCOMPARE(j.discardedAtOpen(), 1);
    QCOMPARE(j.records(kConfigs).size(), 2);
    QVERIFY(j.append(kConfigs, "connector-c", QByteArray("3")));
    j.close();
    QVERIFY(j.open(path));
    QCOMPARE(j.discardedAtOpen(), 0);
    QCOMPARE(j.records(kConfigs).size(), 3);
}

void TestStateJournal::foreignFileIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("hello\n");
    f.close();
    StateJournal j;
    QVERIFY(!j.open(path));
    QVERIFY(j.errorString().contains(path));
    QFile check(path);
    QVERIFY(check.open(QIODevice::ReadOnly));
    QCOMPARE(check.readAll(), QByteArray("hello\n")); // left untouched
}

void TestStateJournal::compactsRepeatedWrites()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("worker.journal"));
    StateJournal j;
    QVERIFY(j.open(path));
    for (int i = 0; i < 5000; ++i)
        QVERIFY(j.append(kOffsets, "one-partition", QByteArray::number(i)));
    QVERIFY2(QFileInfo(path).size() < 64 * 1024, QByteArray::number(QFileInfo(path).size()).constData());
    QCOMPARE(*j.value(kOffsets, "one-partition"), QByteArray("4999"));
    j.close();
    QVERIFY(j.open(path));
    QCOMPARE(*j.value(kOffsets, "one-partition"), QByteArray("4999"));
}

void TestStateJournal::acknowledgedWritesSurviveKill9()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("worker.journal"));
    for (int round = 0; round < 3; ++round) {
        QProcess writer;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CS_JOURNAL_WRITER"), path);
        writer.setProcessEnvironment(env);
        writer.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(writer.waitForStarted());
        // Let it acknowledge a number of writes that differs per round (whatever the machine's
        // load), then kill it in the middle of its stream.
        QByteArray acknowledged;
        const int wanted = 20 + round * 37;
        QDeadlineTimer deadline(60000);
        while (acknowledged.count('\n') < wanted && !deadline.hasExpired()
            && writer.state() == QProcess::Running) {
            writer.waitForReadyRead(1000);
            acknowledged += writer.readAllStandardOutput();
        }
        ::kill(static_cast<pid_t>(writer.processId()), SIGKILL);
        QVERIFY(writer.waitForFinished());
        acknowledged += writer.readAllStandardOutput();
        const QList<QByteArray> lines = acknowledged.trimmed().split('\n');
        QVERIFY2(lines.size() > 10, "the writer did not get going");
        const int last = lines.last().toInt();

        StateJournal j;
        QVERIFY2(j.open(path), qPrintable(j.errorString()));
        for (int i = 0; i <= last; ++i) {
            const QByteArray key = "[\"src\",{\"row\":" + QByteArray::number(i) + "}]";
            QVERIFY2(j.value(kOffsets, key).has_value(), key.constData());
        }
    }
}

int main(int argc, char *argv[])
{
    const QString writerPath = qEnvironmentVariable("CS_JOURNAL_WRITER");
    if (!writerPath.isEmpty())
        return runWriter(writerPath);
    QCoreApplication app(argc, argv);
    TestStateJournal test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_statejournal.moc"
