#include "page.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace cs::ui {

Page::Page(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_description(new QLabel(this))
    , m_content(new QVBoxLayout)
{
    m_heading->setObjectName(QStringLiteral("pageHeading"));
    m_description->setObjectName(QStringLiteral("pageDescription"));
    m_description->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 24);
    layout->setSpacing(4);
    layout->addWidget(m_heading);
    layout->addWidget(m_description);
    layout->addSpacing(20);
    m_content->setSpacing(16);
    layout->addLayout(m_content, 1);
}

void Page::retranslatePage()
{
    m_heading->setText(title());
    m_description->setText(description());
    retranslate();
    Q_EMIT titleChanged();
}

void Page::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslatePage();
    QWidget::changeEvent(event);
}

} // namespace cs::ui
