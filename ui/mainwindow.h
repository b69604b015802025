#pragma once

#include <QMainWindow>

namespace cs::ui {

// The studio's main window. Lives on the GUI thread; owns the feature views.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace cs::ui
