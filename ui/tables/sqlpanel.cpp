#include "tables/sqlpanel.h"

#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "sqlbrowse/sqlrunner.h"
#include "tables/databaseconnections.h"

namespace cs::ui {

using cs::sqlbrowse::QueryResult;

SqlPanel::SqlPanel(DatabaseConnections *connections, QWidget *parent)
    : QWidget(parent)
    , m_connections(connections)
    , m_connection(new QComboBox(this))
    , m_editor(new QPlainTextEdit(this))
    , m_run(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_error(new QLabel(this))
    , m_view(new QTableView(this))
    , m_results(new cs::sqlbrowse::QueryResultModel(this))
{
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setTabChangesFocus(false);
    m_run->setProperty("primary", true);
    m_cancel->setEnabled(false);
    m_status->setProperty("caption", true);
    m_error->setObjectName(QStringLiteral("errorText"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_view->setModel(m_results);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_connection, 1);
    top->addWidget(m_run);
    top->addWidget(m_cancel);

    auto *resultBox = new QWidget(this);
    auto *resultLayout = new QVBoxLayout(resultBox);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    resultLayout->addWidget(m_status);
    resultLayout->addWidget(m_error);
    resultLayout->addWidget(m_view, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_editor);
    split->addWidget(resultBox);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(m_run, &QPushButton::clicked, this, &SqlPanel::run);
    connect(m_cancel, &QPushButton::clicked, this, &SqlPanel::cancel);
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_editor);
    connect(shortcut, &QShortcut::activated, this, &SqlPanel::run);
    connect(m_connections, &DatabaseConnections::changed, this, &SqlPanel::syncConnections);
    syncConnections();
    retranslate();
}

SqlPanel::~SqlPanel() = default;

bool SqlPanel::isRunning() const
{
    return m_runner && m_runner->isRunning();
}

void SqlPanel::syncConnections()
{
    const QString current = m_connection->currentData().toString();
    m_connection->clear();
    for (int i = 0; i < m_connections->count(); ++i)
        m_connection->addItem(m_connections->at(i).name, m_connections->at(i).url);
    const int i = m_connection->findData(current);
    if (i >= 0)
        m_connection->setCurrentIndex(i);
    m_run->setEnabled(m_connections->count() > 0 && !isRunning());
}

void SqlPanel::setConnection(int index)
{
    if (index >= 0 && index < m_connection->count())
        m_connection->setCurrentIndex(index);
}

void SqlPanel::setText(const QString &sql)
{
    m_editor->setPlainText(sql);
}

void SqlPanel::run()
{
    if (isRunning())
        return;
    const int index = m_connections->indexOfUrl(m_connection->currentData().toString());
    if (index < 0)
        return;
    const DatabaseConnection &c = m_connections->at(index);
    if (!m_runner || m_runnerUrl != c.url) {
        m_runner = std::make_unique<cs::sqlbrowse::SqlRunner>(c.url, c.props);
        m_runnerUrl = c.url;
        connect(m_runner.get(), &cs::sqlbrowse::SqlRunner::finished, this, &SqlPanel::showResult);
    }
    QString sql = m_editor->textCursor().selectedText();
    if (sql.isEmpty())
        sql = m_editor->toPlainText();
    sql.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    if (sql.trimmed().isEmpty())
        return;
    m_error->hide();
    if (m_runner->run(sql)) {
        m_run->setEnabled(false);
        m_cancel->setEnabled(true);
        m_idle = false;
        m_status->setText(tr("Running on %1…").arg(c.name));
    }
}

void SqlPanel::cancel()
{
    if (!isRunning())
        return;
    m_status->setText(tr("Cancelling…"));
    m_cancel->setEnabled(false);
    m_runner->cancel();
}

void SqlPanel::showResult(const QueryResult &result)
{
    m_run->setEnabled(true);
    m_cancel->setEnabled(false);
    const QLocale locale;
    if (!result.ok) {
        m_error->setText(result.error);
        m_error->show();
        m_status->setText(result.cancelled ? tr("Cancelled after %1 ms.").arg(result.elapsedMs)
                                           : tr("Failed after %1 ms.").arg(result.elapsedMs));
        Q_EMIT finished();
        return;
    }
    m_results->setResult(result);
    QStringList parts;
    if (result.hasRows) {
        parts << (result.truncated ? tr("first %1 rows shown").arg(locale.toString(result.rows.size()))
                                   : tr("%n row(s)", nullptr, int(result.rows.size())));
    }
    if (result.rowsAffected >= 0)
        parts << tr("%n row(s) changed", nullptr, int(result.rowsAffected));
    if (result.statements > 1)
        parts << tr("%n statement(s)", nullptr, result.statements);
    parts << tr("%1 ms").arg(result.elapsedMs);
    m_status->setText(parts.join(QStringLiteral(" · ")));
    Q_EMIT finished();
}

void SqlPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SqlPanel::retranslate()
{
    m_run->setText(tr("Run"));
    m_run->setToolTip(tr("Run the selected text, or the whole editor (Ctrl+Enter)"));
    m_cancel->setText(tr("Cancel"));
    m_editor->setPlaceholderText(tr("SQL statements, separated by semicolons"));
    if (m_idle)
        m_status->setText(tr("Results appear here."));
}

} // namespace cs::ui
