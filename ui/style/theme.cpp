#include "theme.h"

#include <QApplication>
#include <QIcon>
#include <QPalette>
#include <QStyleFactory>

namespace cs::ui {

namespace {

QPalette lightPalette()
{
    QPalette p;
    const QColor window(0xf5, 0xf6, 0xf8);
    const QColor base(0xff, 0xff, 0xff);
    const QColor text(0x1f, 0x26, 0x33);
    const QColor accent(0x25, 0x63, 0xeb);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0xf0, 0xf2, 0xf5));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x94, 0xa3));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0xfb, 0xfb, 0xfc));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, accent);
    p.setColor(QPalette::Mid, QColor(0xd5, 0xd9, 0xe0));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x9a, 0xa3, 0xaf));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x9a, 0xa3, 0xaf));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x9a, 0xa3, 0xaf));
    return p;
}

// Object names and dynamic properties used here are set by the widgets in ui/ (see Page,
// BrokerPanel, MainWindow): one place for the look instead of style sheets scattered over widgets.
const char *const kStyleSheet = R"(
QWidget#sidebar { background: #eaedf1; }
QLabel#brandName { font-size: 12pt; font-weight: 600; color: #111827; }
QLabel#sidebarFooter { color: #8a94a3; }
QListWidget#navigation {
    background: transparent;
    border: none;
    padding: 4px 8px;
    outline: 0;
}
QListWidget#navigation::item {
    padding: 4px 10px;
    border-radius: 6px;
    color: #1f2633;
}
QListWidget#navigation::item:hover { background: #dde2e9; }
QListWidget#navigation::item:selected { background: #d3defa; color: #1a48b8; font-weight: 600; }
QSplitter#mainSplitter::handle { background: #d5d9e0; }
QLabel#pageHeading { font-size: 20pt; font-weight: 600; color: #111827; }
QLabel#pageDescription { color: #5b6472; }
QLabel#dialogHeading { font-size: 14pt; font-weight: 600; }
QFrame#card {
    background: #ffffff;
    border: 1px solid #dfe3e9;
    border-radius: 10px;
}
QFrame#card QLabel { background: transparent; }
QLabel#cardTitle { font-size: 13pt; font-weight: 600; }
QLabel#cardSummary { color: #5b6472; }
QLabel[caption="true"] { color: #5b6472; }
QLabel[warning="true"] { color: #8a5300; }
QLabel#errorText {
    color: #a4161a;
    background: #fdf0ef;
    border: 1px solid #f5c2c0;
    border-radius: 6px;
    padding: 8px 10px;
}
QLabel#notYet {
    color: #5b6472;
    border: 1px dashed #cdd3dc;
    border-radius: 8px;
    padding: 10px 14px;
}
QPushButton { padding: 5px 16px; min-width: 64px; }
QPushButton[compact="true"] { padding: 2px 10px; min-width: 0; }
QPushButton[primary="true"] {
    background: #2563eb;
    color: white;
    border: 1px solid #1d4ed8;
    border-radius: 5px;
    font-weight: 600;
}
QPushButton[primary="true"]:hover { background: #1d4ed8; }
QPushButton[primary="true"]:disabled { background: #a9bdf0; border-color: #a9bdf0; color: #eef2fc; }
QStatusBar { background: #eaedf1; border-top: 1px solid #d5d9e0; }
QStatusBar::item { border: none; }
)";

} // namespace

void applyTheme(QApplication &app)
{
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        QApplication::setStyle(fusion);
    QApplication::setPalette(lightPalette());
    app.setStyleSheet(QString::fromUtf8(kStyleSheet));

    QIcon icon;
    for (int size : { 16, 24, 32, 48, 64, 128, 256 })
        icon.addFile(QStringLiteral(":/icons/connect-studio-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);
}

} // namespace cs::ui
