#pragma once

class QApplication;

namespace cs::ui {

// The studio's look: Fusion with a light palette, one style sheet for the shared object names and
// properties (page headings, cards, captions, primary buttons), and the application icon. Call once
// on the GUI thread after the QApplication exists and before windows are created.
void applyTheme(QApplication &app);

} // namespace cs::ui
