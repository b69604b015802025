#include "tables/comparepanel.h"

#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "tables/databaseconnections.h"
#include "tables/tablepicker.h"

namespace cs::ui {

using cs::sqlbrowse::CompareResult;
using cs::sqlbrowse::RowDifference;

namespace {

QString joined(const QVariantList &values)
{
    QStringList parts;
    for (const QVariant &v : values)
        parts << (v.isNull() ? QStringLiteral("NULL") : cs::sqlbrowse::displayText(v, 80));
    return parts.join(QStringLiteral(", "));
}

} // namespace

ComparePanel::ComparePanel(DatabaseConnections *connections, QWidget *parent)
    : QWidget(parent)
    , m_connections(connections)
    , m_source(new TablePicker(connections, this))
    , m_target(new TablePicker(connections, this))
    , m_keys(new QLineEdit(this))
    , m_run(new QPushButton(this))
    , m_sourceLabel(new QLabel(this))
    , m_targetLabel(new QLabel(this))
    , m_keysLabel(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_rows(new QTableWidget(this))
{
    m_run->setProperty("primary", true);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rows->setColumnCount(5);
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rows->horizontalHeader()->setStretchLastSection(true);
    m_rows->verticalHeader()->hide();
    m_rows->setAlternatingRowColors(true);

    auto *form = new QGridLayout;
    form->addWidget(m_sourceLabel, 0, 0);
    form->addWidget(m_source, 0, 1);
    form->addWidget(m_targetLabel, 1, 0);
    form->addWidget(m_target, 1, 1);
    form->addWidget(m_keysLabel, 2, 0);
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keys, 1);
    keyRow->addWidget(m_run);
    form->addLayout(keyRow, 2, 1);
    form->setColumnStretch(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_rows, 1);

    connect(m_run, &QPushButton::clicked, this, &ComparePanel::compare);
    retranslate();
}

ComparePanel::~ComparePanel()
{
    m_mailbox.close();
}

void ComparePanel::compare()
{
    const int s = m_source->connection();
    const int t = m_target->connection();
    if (m_running || s < 0 || t < 0 || m_source->table().isEmpty() || m_target->table().isEmpty())
        return;
    cs::sqlbrowse::CompareSpec spec;
    spec.source = { m_connections->at(s).url, m_connections->at(s).props, m_source->table() };
    spec.target = { m_connections->at(t).url, m_connections->at(t).props, m_target->table() };
    for (const QString &k : m_keys->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        spec.keyColumns << k.trimmed();
    m_running = true;
    m_run->setEnabled(false);
    m_summary->setText(
        tr("Comparing %1 with %2…").arg(spec.source.table.unquotedFqn(), spec.target.table.unquotedFqn()));
    cs::sqlbrowse::TableCompare::start(spec, m_mailbox, [this](const CompareResult &result) {
        m_running = false;
        m_run->setEnabled(true);
        show(result);
        Q_EMIT finished();
    });
}

void ComparePanel::show(const CompareResult &result)
{
    m_result = result;
    m_rows->setRowCount(0);
    if (!result.ok) {
        m_summary->setText(result.error);
        return;
    }
    const QLocale l;
    QString text = tr("Source %1 rows, target %2 rows. Same: %3 · missing from the target: %4 · extra in the "
                      "target: %5 · different: %6 (by %7, %8 ms).")
                       .arg(l.toString(result.sourceRows), l.toString(result.targetRows),
                           l.toString(result.matching), l.toString(result.missing), l.toString(result.extra),
                           l.toString(result.different), result.keyColumns.join(QStringLiteral(", ")))
                       .arg(result.elapsedMs);
    if (!result.sourceOnlyColumns.isEmpty())
        text += QLatin1Char(' ')
            + tr("Only in the source: %1.").arg(result.sourceOnlyColumns.join(QStringLiteral(", ")));
    if (!result.targetOnlyColumns.isEmpty())
        text += QLatin1Char(' ')
            + tr("Only in the target: %1.").arg(result.targetOnlyColumns.join(QStringLiteral(", ")));
    m_summary->setText(text);

    m_rows->setRowCount(static_cast<int>(result.rows.size()));
    for (int i = 0; i < result.rows.size(); ++i) {
        const RowDifference &d = result.rows.at(i);
        QString kind;
        QColor colour;
        switch (d.kind) {
        case RowDifference::Missing:
            kind = tr("missing in target");
            colour = QColor(0xfd, 0xe2, 0xe1);
            break;
        case RowDifference::Extra:
            kind = tr("extra in target");
            colour = QColor(0xe1, 0xea, 0xfd);
            break;
        case RowDifference::Different:
            kind = tr("different");
            colour = QColor(0xfd, 0xf0, 0xc8);
            break;
        }
        const QStringList cells { kind, joined(d.key), d.differingColumns.join(QStringLiteral(", ")),
            joined(d.sourceValues), joined(d.targetValues) };
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c == 0)
                item->setBackground(colour);
            m_rows->setItem(i, c, item);
        }
    }
    m_rows->resizeColumnsToContents();
}

void ComparePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ComparePanel::retranslate()
{
    m_sourceLabel->setText(tr("Source table"));
    m_targetLabel->setText(tr("Target table"));
    m_keysLabel->setText(tr("Key columns"));
    m_keys->setPlaceholderText(tr("the source's primary key (or e.g. ID, REGION)"));
    m_run->setText(tr("Compare"));
    m_rows->setHorizontalHeaderLabels(
        { tr("Difference"), tr("Key"), tr("Differing columns"), tr("Source values"), tr("Target values") });
    if (!m_result.ok && m_result.error.isEmpty() && !m_running)
        m_summary->setText(
            tr("Pick the table a source connector reads and the table its sink writes, then Compare."));
}

} // namespace cs::ui
