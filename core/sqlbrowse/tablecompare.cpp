#include "sqlbrowse/tablecompare.h"

#include <atomic>
#include <thread>

#include <QElapsedTimer>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include "jdbc/databasedialect.h"
#include "jdbc/dialects.h"

namespace cs::sqlbrowse {

namespace {

QString keyText(const QVariantList &values)
{
    QString key;
    for (const QVariant &v : values) {
        key += v.isNull() ? QStringLiteral("\x1e") : canonicalText(v);
        key += QChar(0x1f);
    }
    return key;
}

quint64 rowHash(const QVariantList &values)
{
    QString all;
    for (const QVariant &v : values) {
        all += v.isNull() ? QStringLiteral("\x1e") : canonicalText(v);
        all += QChar(0x1f);
    }
    return qHash(all);
}

QString selectSql(
    const jdbc::DatabaseDialect &dialect, const jdbc::TableId &table, const QStringList &columns)
{
    QStringList quoted;
    for (const QString &c : columns)
        quoted << dialect.quoteIdentifier(c);
    return QStringLiteral("SELECT ") + quoted.join(QStringLiteral(", ")) + QStringLiteral(" FROM ")
        + dialect.tableName(table);
}

QString whereKey(const jdbc::DatabaseDialect &dialect, const QStringList &keyColumns)
{
    QStringList terms;
    for (const QString &k : keyColumns)
        terms << dialect.quoteIdentifier(k) + QStringLiteral(" = ?");
    return QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}

// Keys sort numerically when they are numbers, so listed rows read in a natural order.
bool keyLess(const QVariantList &a, const QVariantList &b)
{
    for (int i = 0; i < std::min(a.size(), b.size()); ++i) {
        bool okA = false;
        bool okB = false;
        const double x = a.at(i).toDouble(&okA);
        const double y = b.at(i).toDouble(&okB);
        if (okA && okB && x != y)
            return x < y;
        const int c = QString::compare(a.at(i).toString(), b.at(i).toString());
        if (c != 0)
            return c < 0;
    }
    return a.size() < b.size();
}

} // namespace

CompareResult TableCompare::run(const CompareSpec &spec)
{
    QElapsedTimer timer;
    timer.start();
    CompareResult result;
    auto failWith = [&](const QString &message) {
        result.ok = false;
        result.error = message;
        result.elapsedMs = timer.elapsed();
        return result;
    };

    ScopedConnection source(spec.source.url, spec.source.props);
    if (!source.error.isEmpty())
        return failWith(tr("Source: %1").arg(source.error));
    ScopedConnection target(spec.target.url, spec.target.props);
    if (!target.error.isEmpty())
        return failWith(tr("Target: %1").arg(target.error));

    auto sourceDef = source.dialect->describeTable(source.db, spec.source.table);
    if (!sourceDef)
        return failWith(tr("Source: %1").arg(sourceDef.error().toString()));
    if (!sourceDef->exists)
        return failWith(tr("The source table %1 does not exist.").arg(spec.source.table.toString()));
    auto targetDef = target.dialect->describeTable(target.db, spec.target.table);
    if (!targetDef)
        return failWith(tr("Target: %1").arg(targetDef.error().toString()));
    if (!targetDef->exists)
        return failWith(tr("The target table %1 does not exist.").arg(spec.target.table.toString()));

    // Keys and the columns both tables have, each spelled as its own table spells it.
    QStringList sourceKeys = spec.keyColumns.isEmpty() ? sourceDef->primaryKeyColumns() : spec.keyColumns;
    if (sourceKeys.isEmpty())
        return failWith(tr("The source table %1 has no primary key: name the key columns to compare by.")
                            .arg(spec.source.table.toString()));
    QStringList targetKeys;
    for (QString &k : sourceKeys) {
        const jdbc::ColumnDefinition *s = sourceDef->column(k);
        const jdbc::ColumnDefinition *t = targetDef->column(k);
        if (!s)
            return failWith(tr("The source table %1 has no column %2.").arg(spec.source.table.toString(), k));
        if (!t)
            return failWith(tr("The target table %1 has no column %2.").arg(spec.target.table.toString(), k));
        k = s->name;
        targetKeys << t->name;
    }
    QStringList sourceColumns;
    QStringList targetColumns;
    for (const auto &c : sourceDef->columns) {
        if (const jdbc::ColumnDefinition *t = targetDef->column(c.name)) {
            sourceColumns << c.name;
            targetColumns << t->name;
        } else {
            result.sourceOnlyColumns << c.name;
        }
    }
    for (const auto &c : targetDef->columns)
        if (!sourceDef->column(c.name))
            result.targetOnlyColumns << c.name;
    result.keyColumns = sourceKeys;
    result.comparedColumns = sourceColumns;
    const int keyCount = static_cast<int>(sourceKeys.size());

    // The target, as key → (row hash, seen).
    struct TargetRow
    {
        quint64 hash = 0;
        bool seen = false;
        QVariantList key;
    };
    QHash<QString, TargetRow> targetRows;
    {
        QSqlQuery q(target.db);
        q.setForwardOnly(true);
        if (!q.exec(selectSql(*target.dialect, spec.target.table, targetKeys + targetColumns)))
            return failWith(tr("Could not read the target table %1: %2")
                                .arg(spec.target.table.toString(), q.lastError().text()));
        while (q.next()) {
            QVariantList key;
            QVariantList values;
            for (int i = 0; i < keyCount; ++i)
                key << q.value(i);
            for (int i = 0; i < targetColumns.size(); ++i)
                values << q.value(keyCount + i);
            ++result.targetRows;
            targetRows.insert(keyText(key), TargetRow { rowHash(values), false, key });
        }
    }

    // The source, streamed.
    QList<RowDifference> differentRows;
    {
        QSqlQuery q(source.db);
        q.setForwardOnly(true);
        if (!q.exec(selectSql(*source.dialect, spec.source.table, sourceKeys + sourceColumns)))
            return failWith(tr("Could not read the source table %1: %2")
                                .arg(spec.source.table.toString(), q.lastError().text()));
        while (q.next()) {
            QVariantList key;
            QVariantList values;
            for (int i = 0; i < keyCount; ++i)
                key << q.value(i);
            for (int i = 0; i < sourceColumns.size(); ++i)
                values << q.value(keyCount + i);
            ++result.sourceRows;
            auto it = targetRows.find(keyText(key));
            if (it == targetRows.end()) {
                if (++result.missing <= spec.maxListed)
                    result.rows << RowDifference { RowDifference::Missing, key, values, {}, {} };
                continue;
            }
            it->seen = true;
            if (it->hash == rowHash(values)) {
                ++result.matching;
                continue;
            }
            if (++result.different <= spec.maxListed)
                differentRows << RowDifference { RowDifference::Different, key, values, {}, {} };
        }
    }

    QList<RowDifference> extraRows;
    for (auto it = targetRows.cbegin(); it != targetRows.cend(); ++it) {
        if (it->seen)
            continue;
        ++result.extra;
        extraRows << RowDifference { RowDifference::Extra, it->key, {}, {}, {} };
    }
    std::sort(extraRows.begin(), extraRows.end(),
        [](const RowDifference &a, const RowDifference &b) { return keyLess(a.key, b.key); });
    if (extraRows.size() > spec.maxListed)
        extraRows.resize(spec.maxListed);

    // The target's values of the rows listed as different or extra, read by key.
    QSqlQuery byKey(target.db);
    const bool prepared = byKey.prepare(
        selectSql(*target.dialect, spec.target.table, targetColumns) + whereKey(*target.dialect, targetKeys));
    auto targetValues = [&](const QVariantList &key) {
        QVariantList values;
        if (!prepared)
            return values;
        for (const QVariant &k : key)
            byKey.addBindValue(k);
        if (byKey.exec() && byKey.next())
            for (int i = 0; i < targetColumns.size(); ++i)
                values << byKey.value(i);
        byKey.finish();
        return values;
    };
    for (RowDifference &d : differentRows) {
        d.targetValues = targetValues(d.key);
        for (int i = 0; i < sourceColumns.size(); ++i)
            if (canonicalText(d.sourceValues.value(i)) != canonicalText(d.targetValues.value(i))
                || d.sourceValues.value(i).isNull() != d.targetValues.value(i).isNull())
                d.differingColumns << sourceColumns.at(i);
    }
    for (RowDifference &d : extraRows)
        d.targetValues = targetValues(d.key);
    result.rows += differentRows;
    result.rows += extraRows;
    result.ok = true;
    result.elapsedMs = timer.elapsed();
    return result;
}

void TableCompare::start(
    const CompareSpec &spec, const Mailbox &mailbox, std::function<void(const CompareResult &)> done)
{
    std::thread([spec, mailbox, done = std::move(done)] {
        CompareResult result = run(spec);
        mailbox.post([result, done] { done(result); });
    }).detach();
}

} // namespace cs::sqlbrowse
