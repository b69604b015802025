#include "mainwindow.h"

#include "util/version.h"

namespace cs::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(productName());
}

} // namespace cs::ui
