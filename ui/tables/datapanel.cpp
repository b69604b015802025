#include "tables/datapanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTime>
#include <QVBoxLayout>

#include "sqlbrowse/tablemodel.h"
#include "tables/rowhighlightmodel.h"

namespace cs::ui {

using cs::sqlbrowse::RowFilter;
using cs::sqlbrowse::TableModel;

DataPanel::DataPanel(QWidget *parent)
    : QWidget(parent)
    , m_proxy(new RowHighlightModel(this))
    , m_heading(new QLabel(this))
    , m_filterColumn(new QComboBox(this))
    , m_filterOp(new QComboBox(this))
    , m_filterText(new QLineEdit(this))
    , m_applyFilter(new QPushButton(this))
    , m_clearFilter(new QPushButton(this))
    , m_autoRefresh(new QCheckBox(this))
    , m_interval(new QSpinBox(this))
    , m_refresh(new QPushButton(this))
    , m_toEnd(new QPushButton(this))
    , m_trace(new QPushButton(this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
    , m_error(new QLabel(this))
{
    m_heading->setObjectName(QStringLiteral("cardTitle"));
    m_heading->setProperty("dataText", true);
    m_error->setObjectName(QStringLiteral("errorText"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_status->setProperty("caption", true);
    m_filterText->setClearButtonEnabled(true);
    m_filterText->setToolTip(
        tr("The database evaluates the filter; values are bound, never pasted into SQL."));
    m_interval->setRange(1, 3600);
    m_interval->setValue(2);
    for (QPushButton *b : { m_applyFilter, m_clearFilter, m_refresh, m_toEnd, m_trace })
        b->setProperty("compact", true);

    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultSectionSize(160);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterColumn);
    filterRow->addWidget(m_filterOp);
    filterRow->addWidget(m_filterText, 1);
    filterRow->addWidget(m_applyFilter);
    filterRow->addWidget(m_clearFilter);
    filterRow->addSpacing(12);
    filterRow->addWidget(m_autoRefresh);
    filterRow->addWidget(m_interval);
    filterRow->addWidget(m_refresh);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_toEnd);
    bottom->addWidget(m_trace);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_heading);
    layout->addLayout(filterRow);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    connect(m_applyFilter, &QPushButton::clicked, this, &DataPanel::applyFilter);
    connect(m_filterText, &QLineEdit::returnPressed, this, &DataPanel::applyFilter);
    connect(m_clearFilter, &QPushButton::clicked, this, [this] {
        m_filterText->clear();
        m_filterOp->setCurrentIndex(0);
        m_filterColumn->setCurrentIndex(0);
        applyFilter();
    });
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        if (m_model)
            m_model->refresh();
    });
    connect(m_autoRefresh, &QCheckBox::toggled, this, &DataPanel::setAutoRefresh);
    connect(m_interval, &QSpinBox::valueChanged, this, [this] {
        if (m_autoRefresh->isChecked())
            setAutoRefresh(true);
    });
    connect(m_toEnd, &QPushButton::clicked, this, [this] {
        if (m_proxy->rowCount() > 0) {
            m_view->scrollToBottom();
            m_view->selectRow(m_proxy->rowCount() - 1);
        }
    });
    connect(m_trace, &QPushButton::clicked, this, &DataPanel::traceSelected);
    retranslate();
    clear();
}

DataPanel::~DataPanel()
{
    m_proxy->setSourceModel(nullptr);
}

void DataPanel::showTable(const QString &connectionName, std::shared_ptr<cs::sqlbrowse::SqlWorker> worker,
    const cs::jdbc::TableId &table)
{
    m_proxy->setSourceModel(nullptr);
    m_model = std::make_unique<TableModel>(std::move(worker));
    m_connectionName = connectionName;
    m_table = table;
    m_loadMs = -1;
    m_lastNew = m_lastChanged = 0;
    m_lastChange = QTime();
    m_error->hide();
    connect(m_model.get(), &TableModel::loaded, this, [this](qint64 total, qint64 ms) {
        if (m_model->filter().isEmpty())
            Q_EMIT rowCountRead(m_connectionName, m_table, total);
        m_loadMs = ms;
        m_error->hide();
        updateColumns();
        updateStatus();
    });
    connect(m_model.get(), &TableModel::refreshed, this, [this](int added, int changed, qint64 total) {
        if (m_model->filter().isEmpty())
            Q_EMIT rowCountRead(m_connectionName, m_table, total);
        // Keep the last refresh that found something: the highlight says which rows.
        if (added || changed) {
            m_lastNew = added;
            m_lastChanged = changed;
            m_lastChange = QTime::currentTime();
        }
        updateStatus();
    });
    connect(m_model.get(), &TableModel::errorOccurred, this, [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
        updateStatus();
    });
    m_proxy->setSourceModel(m_model.get());
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_heading->setText(connectionName + QStringLiteral(" · ") + table.unquotedFqn());
    for (QWidget *w : std::initializer_list<QWidget *> { m_filterColumn, m_filterOp, m_filterText,
             m_applyFilter, m_clearFilter, m_autoRefresh, m_interval, m_refresh, m_toEnd, m_trace })
        w->setEnabled(true);
    m_model->setTable(table);
    if (m_autoRefresh->isChecked())
        setAutoRefresh(true);
    updateStatus();
}

void DataPanel::clear()
{
    m_proxy->setSourceModel(nullptr);
    m_model.reset();
    m_heading->setText(tr("No table selected"));
    for (QWidget *w : std::initializer_list<QWidget *> { m_filterColumn, m_filterOp, m_filterText,
             m_applyFilter, m_clearFilter, m_autoRefresh, m_interval, m_refresh, m_toEnd, m_trace })
        w->setEnabled(false);
    updateStatus();
}

void DataPanel::setAutoRefresh(bool on)
{
    if (m_autoRefresh->isChecked() != on)
        m_autoRefresh->setChecked(on);
    if (m_model)
        m_model->setAutoRefreshInterval(on ? m_interval->value() * 1000 : 0);
}

void DataPanel::updateColumns()
{
    const QString current = m_filterColumn->currentData().toString();
    m_filterColumn->clear();
    m_filterColumn->addItem(tr("Any column"), QString());
    if (m_model)
        for (const QString &c : m_model->columnNames())
            m_filterColumn->addItem(c, c);
    const int i = m_filterColumn->findData(current);
    m_filterColumn->setCurrentIndex(i < 0 ? 0 : i);
}

void DataPanel::applyFilter()
{
    if (!m_model)
        return;
    RowFilter filter;
    const QString column = m_filterColumn->currentData().toString();
    filter.column = column.isEmpty() ? -1 : static_cast<int>(m_model->columnNames().indexOf(column));
    filter.op = static_cast<RowFilter::Op>(m_filterOp->currentData().toInt());
    if (filter.column < 0)
        filter.op = RowFilter::Op::Contains; // across columns only a substring makes sense
    filter.text = m_filterText->text();
    m_model->setFilter(filter);
}

void DataPanel::updateStatus()
{
    if (!m_model) {
        m_status->setText(tr("Pick a table in the tree on the left."));
        return;
    }
    if (m_model->isLoading()) {
        m_status->setText(tr("Loading…"));
        return;
    }
    const QLocale locale;
    QString text = tr("%1 rows").arg(locale.toString(m_model->totalRows()));
    if (m_loadMs >= 0)
        text += QStringLiteral(" · ") + tr("first rows in %1 ms").arg(m_loadMs);
    if (!m_model->keyColumns().isEmpty() && !m_model->definition().primaryKeyColumns().isEmpty())
        text += QStringLiteral(" · ") + tr("key: %1").arg(m_model->keyColumns().join(QStringLiteral(", ")));
    if (m_lastChange.isValid())
        text += QStringLiteral(" · ")
            + tr("at %1: %2 new, %3 changed")
                  .arg(locale.toString(m_lastChange, QLocale::ShortFormat))
                  .arg(m_lastNew)
                  .arg(m_lastChanged);
    else if (m_autoRefresh->isChecked())
        text += QStringLiteral(" · ") + tr("no changes seen yet");
    m_status->setText(text);
}

void DataPanel::traceSelected()
{
    if (!m_model)
        return;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QVariantList values = m_model->rowValues(rows.first().row());
    if (values.isEmpty())
        return;
    QStringList keys = m_model->definition().primaryKeyColumns();
    QVariantList keyValues;
    for (const QString &k : std::as_const(keys))
        keyValues << values.value(m_model->columnNames().indexOf(k));
    Q_EMIT traceRequested(m_connectionName, m_table, keys, keyValues);
}

void DataPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DataPanel::retranslate()
{
    const int op = m_filterOp->currentIndex();
    m_filterOp->clear();
    m_filterOp->addItem(tr("contains"), int(RowFilter::Op::Contains));
    m_filterOp->addItem(QStringLiteral("="), int(RowFilter::Op::Equals));
    m_filterOp->addItem(QStringLiteral("≠"), int(RowFilter::Op::NotEquals));
    m_filterOp->addItem(QStringLiteral("<"), int(RowFilter::Op::Less));
    m_filterOp->addItem(QStringLiteral(">"), int(RowFilter::Op::Greater));
    m_filterOp->addItem(tr("is NULL"), int(RowFilter::Op::IsNull));
    m_filterOp->addItem(tr("is not NULL"), int(RowFilter::Op::IsNotNull));
    m_filterOp->setCurrentIndex(op < 0 ? 0 : op);
    m_filterText->setPlaceholderText(tr("Filter value"));
    m_applyFilter->setText(tr("Filter"));
    m_clearFilter->setText(tr("Clear"));
    m_autoRefresh->setText(tr("Auto-refresh every"));
    m_interval->setSuffix(tr(" s"));
    m_refresh->setText(tr("Refresh"));
    m_toEnd->setText(tr("Last row"));
    m_trace->setText(tr("Trace row"));
    m_trace->setToolTip(
        tr("Follow the selected row to its record on the topic and its row in the target table."));
    updateColumns();
    if (!m_model)
        m_heading->setText(tr("No table selected"));
    updateStatus();
}

} // namespace cs::ui
