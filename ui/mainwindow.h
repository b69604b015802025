#pragma once

#include <QList>
#include <QMainWindow>

class QAction;
class QListWidget;
class QMenu;
class QSettings;
class QSplitter;
class QStackedWidget;

namespace cs::ui {

class Page;

// The studio's main window: a navigation list on the left, the current Page on the right, menus and
// a status bar. It knows pages only through the Page interface and never talks to services: each
// page (Lab, and later Connectors, Topics, Tables, Ports & Status, Logs) brings its own controller,
// and whoever builds the window (ui/studio) adds the pages and status widgets. Remembers its
// geometry, dock/toolbar state, splitter and current page in the injected settings store.
// GUI thread only.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QSettings *settings, QWidget *parent = nullptr);

    void addPage(Page *page); // takes ownership; appears in the navigation in call order
    void addStatusWidget(QWidget *widget); // a permanent widget on the right of the status bar
    Page *page(const QString &id) const;
    Page *currentPage() const;
    void showPage(const QString &id);

    // Restores geometry, state and the last page; call after the pages are added.
    void restoreWindowState();
    void saveWindowState() const;

Q_SIGNALS:
    void settingsRequested();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void retranslate();
    void showAbout();

    QSettings *m_settings;
    QSplitter *m_splitter;
    QListWidget *m_navigation;
    QStackedWidget *m_pages; // each page inside a QScrollArea
    QList<Page *> m_pageList; // in navigation order
    QMenu *m_fileMenu;
    QMenu *m_helpMenu;
    QAction *m_settingsAction;
    QAction *m_quitAction;
    QAction *m_aboutAction;
};

} // namespace cs::ui
