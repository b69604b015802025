#pragma once

#include <QIcon>
#include <QString>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace cs::ui {

// One view of the main window (Lab, and later Connectors, Topics, Tables, Ports & Status, Logs):
// a heading, a one-line description and the view's own content below them. A page owns its
// widgets, talks to its own controller, and retranslates itself when the language changes; the
// main window only lists pages in its navigation. GUI thread only.
class Page : public QWidget
{
    Q_OBJECT

public:
    explicit Page(QWidget *parent = nullptr);

    virtual QString id() const = 0; // stable key for settings, e.g. "lab"; never translated
    virtual QString title() const = 0; // translated; the navigation entry and the heading
    virtual QString description() const = 0; // translated; one sentence under the heading
    virtual QIcon icon() const { return {}; }

Q_SIGNALS:
    void titleChanged(); // after a language change

protected:
    // The layout below the heading: pages add their content here.
    QVBoxLayout *contentLayout() const { return m_content; }
    // Retranslates the heading and calls retranslate(). Subclasses call it once at the end of
    // their constructor; it runs again on every QEvent::LanguageChange.
    void retranslatePage();
    virtual void retranslate() { }
    void changeEvent(QEvent *event) override;

private:
    QLabel *m_heading;
    QLabel *m_description;
    QVBoxLayout *m_content;
};

} // namespace cs::ui
