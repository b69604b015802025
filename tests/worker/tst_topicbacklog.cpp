// The pacing rule of embedded mode: a source waits while a live sink is more than half the embedded
// broker's retention behind on one of its topics, by bytes or by records; sinks that stopped reporting
// (paused, stopped, failed) or are gone no longer hold it back.
#include <QTest>

#include "worker/topicbacklog.h"

using cs::worker::TopicBacklog;

class TestTopicBacklog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bytesBehindHoldSources();
    void recordsBehindHoldSources();
    void inFlightCountsAsBehind();
    void inFlightCountsBeforeTheFirstAcknowledgement();
    void silentOrGoneSinksDoNotHold();
};

void TestTopicBacklog::bytesBehindHoldSources()
{
    TopicBacklog backlog;
    const QSet<QString> topics { QStringLiteral("t") };
    // 40 records of 100 KiB: 4 MiB in partition 0.
    for (int i = 0; i < 40; ++i)
        backlog.produced(QStringLiteral("t"), 0, i, 100 * 1024);
    QVERIFY(!backlog.overLimit(topics)); // no sink reads t
    // A sink still joining its group (no position yet) counts as reading from the first record.
    backlog.sinkPositions(QStringLiteral("connect-new"), { QStringLiteral("t") }, {});
    QVERIFY(backlog.overLimit(topics));
    backlog.sinkGone(QStringLiteral("connect-new"));
    QVERIFY(!backlog.overLimit(topics));
    backlog.sinkPositions(
        QStringLiteral("connect-snk"), { QStringLiteral("t") }, { { { QStringLiteral("t"), 0 }, 30 } });
    QVERIFY(!backlog.overLimit(topics)); // 1 MiB behind
    backlog.sinkPositions(
        QStringLiteral("connect-snk"), { QStringLiteral("t") }, { { { QStringLiteral("t"), 0 }, 10 } });
    QString why;
    QVERIFY(backlog.overLimit(topics, &why)); // 30 x 100 KiB behind > 2.5 MiB
    QVERIFY2(why.contains(QStringLiteral("connect-snk is 30 record(s), 3072000 byte(s) behind on t-0")),
        qPrintable(why));
    QVERIFY(!backlog.overLimit({ QStringLiteral("other") })); // a source of another topic goes on
    backlog.sinkPositions(
        QStringLiteral("connect-snk"), { QStringLiteral("t") }, { { { QStringLiteral("t"), 0 }, 40 } });
    QVERIFY(!backlog.overLimit(topics)); // caught up
}

void TestTopicBacklog::recordsBehindHoldSources()
{
    TopicBacklog backlog;
    for (qint64 i = 0; i < TopicBacklog::maxRecordsBehind + 10; ++i)
        backlog.produced(QStringLiteral("t"), 2, i, 10);
    backlog.sinkPositions(
        QStringLiteral("connect-snk"), { QStringLiteral("t") }, { { { QStringLiteral("t"), 2 }, 5 } });
    QVERIFY(backlog.overLimit({ QStringLiteral("t") }));
    backlog.sinkPositions(
        QStringLiteral("connect-snk"), { QStringLiteral("t") }, { { { QStringLiteral("t"), 2 }, 20 } });
    QVERIFY(!backlog.overLimit({ QStringLiteral("t") }));
}

// A source passes what its producer still holds (not yet acknowledged): it counts as behind on every
// partition of its topics, so the source waits instead of flushing.
void TestTopicBacklog::inFlightCountsAsBehind()
{
    TopicBacklog backlog;
    const QSet<QString> topics { QStringLiteral("t") };
    for (int i = 0; i < 20; ++i)
        backlog.produced(QStringLiteral("t"), 0, i, 100 * 1024); // 2 MiB
    backlog.sinkPositions(
        QStringLiteral("connect-snk"), { QStringLiteral("t") }, { { { QStringLiteral("t"), 0 }, 0 } });
    QVERIFY(!backlog.overLimit(topics));
    QVERIFY(!backlog.overLimit(topics, nullptr, 1.0, 400 * 1024, 4)); // 2.39 MiB < 2.5 MiB
    QString why;
    QVERIFY(backlog.overLimit(topics, &why, 1.0, 600 * 1024, 6));
    QVERIFY2(why.contains(QStringLiteral("26 record(s), 2662400 byte(s)")), qPrintable(why));
    QVERIFY(backlog.overLimit(topics, nullptr, 1.0, 0, TopicBacklog::maxRecordsBehind)); // by records
    // The sink caught up: what is in flight alone stays under the limit.
    backlog.sinkPositions(
        QStringLiteral("connect-snk"), { QStringLiteral("t") }, { { { QStringLiteral("t"), 0 }, 20 } });
    QVERIFY(!backlog.overLimit(topics, nullptr, 1.0, 600 * 1024, 6));
    QVERIFY(!backlog.overLimit({ QStringLiteral("other") }, nullptr, 1.0, 100 * 1024 * 1024, 6));
}

// Nothing of the topic acknowledged yet (the broker is slow to answer the first records): what the
// source's producer holds is all the sink is behind, and it holds the source back just the same.
void TestTopicBacklog::inFlightCountsBeforeTheFirstAcknowledgement()
{
    TopicBacklog backlog;
    const QSet<QString> topics { QStringLiteral("t") };
    backlog.sinkPositions(QStringLiteral("connect-snk"), { QStringLiteral("t") }, {});
    QVERIFY(!backlog.overLimit(topics, nullptr, 1.0, 1024 * 1024, 1000));
    QString why;
    QVERIFY(backlog.overLimit(topics, &why, 1.0, 3 * 1024 * 1024, 3000));
    QVERIFY2(why.contains(QStringLiteral("connect-snk is 3000 record(s), 3145728 byte(s) behind on t")),
        qPrintable(why));
    QVERIFY(backlog.overLimit(topics, nullptr, 1.0, 0, TopicBacklog::maxRecordsBehind + 1));
    QVERIFY(!backlog.overLimit({ QStringLiteral("other") }, nullptr, 1.0, 3 * 1024 * 1024, 3000));
}

void TestTopicBacklog::silentOrGoneSinksDoNotHold()
{
    TopicBacklog backlog;
    for (int i = 0; i < 40; ++i)
        backlog.produced(QStringLiteral("t"), 0, i, 100 * 1024);
    backlog.sinkPositions(
        QStringLiteral("connect-a"), { QStringLiteral("t") }, { { { QStringLiteral("t"), 0 }, 0 } });
    backlog.sinkPositions(
        QStringLiteral("connect-b"), { QStringLiteral("t") }, { { { QStringLiteral("t"), 0 }, 0 } });
    QVERIFY(backlog.overLimit({ QStringLiteral("t") }));
    backlog.sinkGone(QStringLiteral("connect-a"));
    QVERIFY(backlog.overLimit({ QStringLiteral("t") })); // b still lags
    QTest::qWait(int(TopicBacklog::liveMs) + 200); // b stops reporting (paused)
    QVERIFY(!backlog.overLimit({ QStringLiteral("t") }));
}

QTEST_GUILESS_MAIN(TestTopicBacklog)
#include "tst_topicbacklog.moc"
