// Built only by the core_rejects_widgets test, which expects this to fail to compile.
#include <QtWidgets/QWidget>

int probe()
{
    return 0;
}
