#include "connectors/configfield.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QStyle>
#include <QVBoxLayout>
#include <QWheelEvent>

namespace cs::ui {

namespace {

// A choice in the long, scrolling form: the mouse wheel scrolls the form unless the user clicked into
// the choice first, so scrolling past a field never changes its value.
class FormComboBox final : public QComboBox
{
public:
    explicit FormComboBox(QWidget *parent)
        : QComboBox(parent)
    {
        setFocusPolicy(Qt::StrongFocus);
    }

protected:
    void wheelEvent(QWheelEvent *event) override
    {
        if (hasFocus())
            QComboBox::wheelEvent(event);
        else
            event->ignore(); // goes on to the scroll area
    }
};

} // namespace

ConfigField::ConfigField(
    const connectclient::ConfigKeyInfo &definition, const QStringList &recommended, QWidget *parent)
    : QWidget(parent)
    , m_definition(definition)
    , m_label(new QLabel)
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("field:") + definition.name);
    m_error->setObjectName(QStringLiteral("fieldError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setProperty("dataText", true); // the worker's own texts
    m_error->hide();
    m_label->setProperty("dataText", true); // the plugin's display names, not ours
    m_label->setWordWrap(true);

    const bool boolean = definition.type == u"BOOLEAN";
    if (boolean || !recommended.isEmpty()) {
        m_combo = new FormComboBox(this);
        m_combo->setEditable(!boolean);
        m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_combo->setMinimumContentsLength(24);
        m_editor = m_combo;
        m_recommended
            = boolean ? QStringList { QStringLiteral("true"), QStringLiteral("false") } : recommended;
        setRecommended(m_recommended);
        if (boolean)
            connect(m_combo, &QComboBox::currentIndexChanged, this, &ConfigField::emitEdited);
        else
            connect(m_combo, &QComboBox::currentTextChanged, this, &ConfigField::emitEdited);
    } else {
        m_line = new QLineEdit(this);
        m_editor = m_line;
        if (isPassword()) {
            m_line->setEchoMode(QLineEdit::Password);
            auto *reveal = m_line->addAction(
                style()->standardIcon(QStyle::SP_FileDialogContentsView), QLineEdit::TrailingPosition);
            reveal->setObjectName(QStringLiteral("revealPassword"));
            reveal->setCheckable(true);
            connect(reveal, &QAction::toggled, m_line,
                [this](bool on) { m_line->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
        }
        connect(m_line, &QLineEdit::textEdited, this, &ConfigField::emitEdited);
    }
    m_editor->setObjectName(QStringLiteral("editor:") + definition.name);
    m_label->setBuddy(m_editor);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_editor);
    layout->addWidget(m_error);
    retranslate();
}

void ConfigField::retranslate()
{
    const QString shown = m_definition.displayName.isEmpty() ? m_definition.name : m_definition.displayName;
    m_label->setText(m_definition.required ? shown + QStringLiteral(" *") : shown);

    QString tip = QStringLiteral("<b>%1</b>").arg(m_definition.name.toHtmlEscaped());
    if (!m_definition.documentation.isEmpty())
        tip += QStringLiteral("<p>%1</p>").arg(m_definition.documentation.toHtmlEscaped());
    tip += QStringLiteral("<p>") + tr("Type: %1").arg(m_definition.type);
    if (m_definition.required)
        tip += QStringLiteral("<br>") + tr("Required");
    else if (m_definition.defaultValue)
        tip += QStringLiteral("<br>")
            + tr("Default: %1")
                  .arg(m_definition.defaultValue->isEmpty() ? tr("(empty)")
                                                            : m_definition.defaultValue->toHtmlEscaped());
    if (!m_definition.importance.isEmpty())
        tip += QStringLiteral("<br>") + tr("Importance: %1").arg(m_definition.importance);
    tip += QStringLiteral("</p>");
    m_label->setToolTip(tip);
    m_editor->setToolTip(tip);

    const QString placeholder = m_definition.required ? tr("required")
        : m_definition.defaultValue && !m_definition.defaultValue->isEmpty() && !isPassword()
        ? tr("default: %1").arg(*m_definition.defaultValue)
        : QString();
    if (m_line)
        m_line->setPlaceholderText(placeholder);
    else if (m_combo && m_combo->isEditable() && m_combo->lineEdit())
        m_combo->lineEdit()->setPlaceholderText(placeholder);
    if (m_combo && !m_combo->isEditable()) {
        // Item 0 of a BOOLEAN choice is "not set".
        m_combo->setItemText(0,
            m_definition.defaultValue ? tr("default (%1)").arg(*m_definition.defaultValue) : tr("not set"));
    }
}

void ConfigField::setRecommended(const QStringList &values)
{
    if (!m_combo)
        return;
    const std::optional<QString> current = value();
    const QSignalBlocker block(m_combo);
    m_updating = true;
    m_combo->clear();
    m_combo->addItem(QString()); // "not set"
    m_recommended = m_combo->isEditable() ? values : m_recommended;
    for (const QString &v : m_recommended)
        m_combo->addItem(v, v);
    m_updating = false;
    setValue(current);
    retranslate();
}

void ConfigField::setValue(const std::optional<QString> &value)
{
    m_updating = true;
    if (m_line) {
        if (m_line->text() != value.value_or(QString()))
            m_line->setText(value.value_or(QString()));
    } else if (m_combo) {
        const QSignalBlocker block(m_combo);
        if (m_combo->isEditable()) {
            if (m_combo->currentText() != value.value_or(QString()))
                m_combo->setEditText(value.value_or(QString()));
        } else {
            int index = value ? m_combo->findData(*value) : 0;
            if (index < 0) { // a value outside the choices (e.g. "TRUE"): offer it as it is
                m_combo->addItem(*value, *value);
                index = m_combo->count() - 1;
            }
            m_combo->setCurrentIndex(index);
        }
    }
    m_updating = false;
}

std::optional<QString> ConfigField::value() const
{
    QString text;
    if (m_line)
        text = m_line->text();
    else if (m_combo && m_combo->isEditable())
        text = m_combo->currentText();
    else if (m_combo)
        text = m_combo->currentIndex() <= 0 ? QString() : m_combo->currentData().toString();
    if (text.isEmpty())
        return std::nullopt;
    return text;
}

void ConfigField::setErrors(const QStringList &errors)
{
    if (errors == m_errors)
        return;
    m_errors = errors;
    m_error->setText(errors.join(QLatin1Char('\n')));
    m_error->setVisible(!errors.isEmpty());
    m_editor->setProperty("invalid", !errors.isEmpty());
    m_editor->style()->unpolish(m_editor);
    m_editor->style()->polish(m_editor);
}

void ConfigField::setFieldVisible(bool visible)
{
    setVisible(visible);
    m_label->setVisible(visible);
    m_error->setVisible(visible && !m_errors.isEmpty());
}

void ConfigField::emitEdited()
{
    if (!m_updating)
        Q_EMIT edited(m_definition.name, value());
}

} // namespace cs::ui
