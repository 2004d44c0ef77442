// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferences.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QLocale>
#include <QPalette>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTranslator>

namespace Inspector {

namespace {

const QString ThemeKey = QStringLiteral("preferences/theme");
const QString TimeoutKey = QStringLiteral("preferences/timeoutSeconds");
const QString FolderKey = QStringLiteral("preferences/transcriptFolder");
const QString AutosaveKey = QStringLiteral("preferences/autosave");
const QString LanguageKey = QStringLiteral("preferences/language");

const char *const ThemeNames[] = {"system", "light", "dark"};

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x7f, 0xd1));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8a, 0x8a));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return p;
}

} // namespace

Preferences Preferences::load()
{
    QSettings s;
    Preferences p;
    const QString theme = s.value(ThemeKey).toString();
    for (int i = 0; i < 3; ++i) {
        if (theme == QLatin1String(ThemeNames[i]))
            p.theme = Theme(i);
    }
    p.timeoutSeconds = qBound(1, s.value(TimeoutKey, p.timeoutSeconds).toInt(), 3600);
    p.transcriptFolder = s.value(FolderKey).toString();
    p.autosave = s.value(AutosaveKey, true).toBool();
    const QString language = s.value(LanguageKey).toString();
    if (languages().contains(language))
        p.language = language;
    return p;
}

void Preferences::save() const
{
    QSettings s;
    s.setValue(ThemeKey, QString::fromLatin1(ThemeNames[int(theme)]));
    s.setValue(TimeoutKey, timeoutSeconds);
    s.setValue(FolderKey, transcriptFolder);
    s.setValue(AutosaveKey, autosave);
    s.setValue(LanguageKey, language);
}

QString Preferences::startFolder() const
{
    if (!transcriptFolder.isEmpty())
        return transcriptFolder;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void Preferences::applyTheme() const
{
    // The platform's style and palette, captured the first time: "system" restores them.
    static const QString platformStyle = QApplication::style()->name();
    static const QPalette platformPalette = QApplication::palette();
    switch (theme) {
    case Theme::System:
        QApplication::setStyle(QStyleFactory::create(platformStyle));
        QApplication::setPalette(platformPalette);
        break;
    case Theme::Light:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case Theme::Dark:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        break;
    }
}

namespace {
/// Recolours its label whenever the application's palette changes (a theme applied).
class WarningColour : public QObject
{
public:
    explicit WarningColour(QLabel *label)
        : QObject(label)
        , m_label(label)
    {
        label->installEventFilter(this);
        apply();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_label && event->type() == QEvent::ApplicationPaletteChange)
            apply();
        return false;
    }

private:
    void apply()
    {
        // A dark red on light windows, a light one on dark windows: either way about 130
        // steps of lightness from the background.
        const bool dark = QApplication::palette().color(QPalette::Window).lightness() < 128;
        QPalette p = QApplication::palette();
        p.setColor(QPalette::WindowText, dark ? QColor(255, 140, 130) : QColor(170, 30, 30));
        m_label->setPalette(p);
    }
    QLabel *m_label;
};
} // namespace

void showAsWarning(QLabel *label)
{
    new WarningColour(label);
}

namespace {
/**
 * Qt's own strings in the interface's language, except the messages the engine records:
 * the XML parser's and the sockets' (a parse error, "address in use"), and the WebSocket's
 * (whose handshake errors are read for their HTTP status). Transcripts keep those in English
 * whatever the window's language, as they keep the peer's own texts.
 */
class QtStringsTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        static const char *const recorded[] = {
            "QXmlStream", "QAbstractSocket", "QSslSocket",          "QNativeSocketEngine",
            "QTcpServer", "QWebSocket",      "QWebSocketHandshake", "QWebSocketDataProcessor"};
        for (const char *c : recorded) {
            if (qstrcmp(context, c) == 0)
                return {};
        }
        return QTranslator::translate(context, sourceText, disambiguation, n);
    }
};
} // namespace

QString Preferences::installTranslations() const
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // Translators live as long as the application.
    auto *app = new QTranslator(QCoreApplication::instance());
    if (!app->load(locale, QStringLiteral("xmpp-inspector"), QStringLiteral("_"),
                   QStringLiteral(":/i18n"))) {
        // A language without a translation gets English, with its plural forms.
        if (app->load(QStringLiteral(":/i18n/xmpp-inspector_en.qm")))
            QCoreApplication::installTranslator(app);
        else
            delete app;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(app);
    // Qt's own strings (standard buttons, file dialogs), when qt6-translations-l10n is installed.
    auto *qt = new QtStringsTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    QLocale::setDefault(locale);
    return app->language().section(QLatin1Char('_'), 0, 0);
}

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_theme(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_timeout(new QSpinBox(this))
    , m_folder(new QLineEdit(this))
    , m_autosave(new QCheckBox(this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    const Preferences p = Preferences::load();
    m_theme->setObjectName(QStringLiteral("themeCombo"));
    m_theme->addItems({tr("Follow the system"), tr("Light"), tr("Dark")});
    m_theme->setCurrentIndex(int(p.theme));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    // Each language in its own name, so that it can be found whatever the current one.
    m_language->addItem(tr("Follow the system"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(p.language)));
    m_timeout->setObjectName(QStringLiteral("timeoutSpin"));
    m_timeout->setRange(1, 3600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(p.timeoutSeconds);
    m_timeout->setToolTip(tr("The longest wait for any one step of the peer, for new sessions"));
    m_folder->setObjectName(QStringLiteral("folderEdit"));
    m_folder->setText(p.transcriptFolder);
    m_folder->setPlaceholderText(p.startFolder());
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Transcript folder"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder);
    folderRow->addWidget(browse);
    m_autosave->setObjectName(QStringLiteral("autosaveCheck"));
    m_autosave->setText(tr("Write every session to disk as it runs, for recovery after a crash"));
    m_autosave->setChecked(p.autosave);

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    auto *restart =
        new QLabel(tr("A new language applies when XMPP Inspector starts again."), this);
    restart->setWordWrap(true);
    form->addRow(QString(), restart);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("Default step &timeout:"), m_timeout);
    // A label given with a layout gets no buddy: without one, its mnemonic shows as "&".
    auto *folderLabel = new QLabel(tr("Transcript &folder:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    form->addRow(tr("Autosave:"), m_autosave);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        const Preferences chosen = preferences();
        chosen.save();
        chosen.applyTheme();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.theme = Preferences::Theme(m_theme->currentIndex());
    p.timeoutSeconds = m_timeout->value();
    p.transcriptFolder = m_folder->text().trimmed();
    p.autosave = m_autosave->isChecked();
    p.language = m_language->currentData().toString();
    return p;
}

} // namespace Inspector
