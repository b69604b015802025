#include "mainwindow.h"

#include <QAction>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

#include "util/version.h"
#include "widgets/page.h"

namespace cs::ui {

namespace {

// Settings of the window, declared once with their keys.
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kSplitterKey = QStringLiteral("mainWindow/splitter");
const QString kPageKey = QStringLiteral("mainWindow/page");

} // namespace

MainWindow::MainWindow(QSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_splitter(new QSplitter(this))
    , m_navigation(new QListWidget)
    , m_pages(new QStackedWidget)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setMinimumWidth(170);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_pages->setObjectName(QStringLiteral("pages"));

    // The sidebar: the product's mark on top, the views below, the version at the bottom.
    auto *sidebar = new QWidget(m_splitter);
    sidebar->setObjectName(QStringLiteral("sidebar"));
    auto *brandIcon = new QLabel(sidebar);
    brandIcon->setPixmap(QIcon(QStringLiteral(":/icons/connect-studio-64.png")).pixmap(QSize(28, 28)));
    auto *brandName = new QLabel(productName(), sidebar);
    brandName->setObjectName(QStringLiteral("brandName"));
    brandName->setProperty("dataText", true); // the product's name is not translated
    auto *version = new QLabel(QStringLiteral("v") + productVersion(), sidebar);
    version->setObjectName(QStringLiteral("sidebarFooter"));
    version->setProperty("dataText", true);
    auto *brand = new QHBoxLayout;
    brand->setContentsMargins(14, 16, 14, 12);
    brand->setSpacing(10);
    brand->addWidget(brandIcon);
    brand->addWidget(brandName, 1);
    auto *sidebarLayout = new QVBoxLayout(sidebar);
    sidebarLayout->setContentsMargins(0, 0, 0, 10);
    sidebarLayout->setSpacing(0);
    sidebarLayout->addLayout(brand);
    sidebarLayout->addWidget(m_navigation, 1);
    sidebarLayout->addWidget(version, 0, Qt::AlignLeft);
    version->setContentsMargins(18, 0, 0, 0);
    m_splitter->addWidget(m_pages);

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(1);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({ 190, 900 });
    setCentralWidget(m_splitter);

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    m_settingsAction = new QAction(this);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::settingsRequested);
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_settingsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);

    statusBar()->setSizeGripEnabled(true);
    retranslate();
}

void MainWindow::addPage(Page *page)
{
    // Each page scrolls inside the window rather than forcing its minimum size on it: a wide view
    // must not make the window too large for a small screen.
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("pageScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    m_pages->addWidget(scroll);
    m_pageList.append(page);
    auto *item = new QListWidgetItem(page->icon(), page->title(), m_navigation);
    item->setData(Qt::UserRole, page->id());
    item->setSizeHint(QSize(0, 40));
    connect(page, &Page::titleChanged, this, [item, page] { item->setText(page->title()); });
    if (m_navigation->currentRow() < 0)
        m_navigation->setCurrentRow(0);
}

void MainWindow::addStatusWidget(QWidget *widget)
{
    statusBar()->addPermanentWidget(widget);
}

Page *MainWindow::page(const QString &id) const
{
    for (Page *candidate : m_pageList)
        if (candidate->id() == id)
            return candidate;
    return nullptr;
}

Page *MainWindow::currentPage() const
{
    return m_pageList.value(m_pages->currentIndex());
}

void MainWindow::showPage(const QString &id)
{
    if (Page *target = page(id))
        m_navigation->setCurrentRow(int(m_pageList.indexOf(target)));
}

void MainWindow::restoreWindowState()
{
    if (!restoreGeometry(m_settings->value(kGeometryKey).toByteArray())) {
        // First run: a comfortable size, centred on the primary screen.
        const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
        const QSize size = QSize(1280, 820).boundedTo(screen.size() * 0.9);
        setGeometry(QRect(screen.center() - QPoint(size.width() / 2, size.height() / 2), size));
    }
    restoreState(m_settings->value(kStateKey).toByteArray());
    m_splitter->restoreState(m_settings->value(kSplitterKey).toByteArray());
    showPage(m_settings->value(kPageKey).toString());
}

void MainWindow::saveWindowState() const
{
    m_settings->setValue(kGeometryKey, saveGeometry());
    m_settings->setValue(kStateKey, saveState());
    m_settings->setValue(kSplitterKey, m_splitter->saveState());
    if (const Page *current = currentPage())
        m_settings->setValue(kPageKey, current->id());
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(productName());
    m_fileMenu->setTitle(tr("&File"));
    m_helpMenu->setTitle(tr("&Help"));
    m_settingsAction->setText(tr("&Settings…"));
    m_quitAction->setText(tr("&Quit"));
    m_aboutAction->setText(tr("&About %1").arg(productName()));
    m_navigation->setAccessibleName(tr("Views"));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About %1").arg(productName()),
        tr("<h3>%1 %2</h3><p>A Kafka Connect CDC studio with an embedded, "
           "Connect-compatible worker.</p><p>Licensed under the GNU GPL, version 3 or "
           "later.</p>")
            .arg(productName(), productVersion()));
}

} // namespace cs::ui
