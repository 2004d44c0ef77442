// SPDX-License-Identifier: GPL-3.0-or-later
#include "filefield.h"

#include "xml/fragment.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace Inspector {

namespace {
const QLatin1Char Separator(';');
} // namespace

FileField::FileField(const QString &name, Mode mode, QWidget *parent)
    : QWidget(parent)
    , m_mode(mode)
    , m_edit(new QLineEdit(this))
    , m_button(new QPushButton(this))
{
    m_edit->setObjectName(name);
    QString buttonName = name;
    if (buttonName.endsWith(QLatin1String("Edit")))
        buttonName.chop(4);
    m_button->setObjectName(buttonName + QStringLiteral("Browse"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    row->addWidget(m_button);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, &FileField::changed);
    connect(m_button, &QPushButton::clicked, this, &FileField::browse);
}

QString FileField::path() const
{
    return m_edit->text().trimmed();
}

QStringList FileField::paths() const
{
    QStringList out;
    for (const QString &p : m_edit->text().split(Separator, Qt::SkipEmptyParts)) {
        if (!p.trimmed().isEmpty())
            out << p.trimmed();
    }
    return out;
}

void FileField::setPaths(const QStringList &paths)
{
    m_edit->setText(paths.join(QStringLiteral("; ")));
}

void FileField::setDialogTexts(const QString &title, const QString &filter)
{
    m_title = title;
    m_filter = filter;
}

void FileField::retranslate(const QString &fieldName)
{
    // No mnemonic: a form has several of these; the field's label leads to the line edit and
    // Tab from there to its button.
    m_button->setText(tr("Browse…"));
    m_button->setAccessibleName(tr("Browse for %1").arg(fieldName));
    m_button->setToolTip(m_mode == Mode::SeveralFiles
                             ? tr("Choose files; they are added to those already given")
                             : tr("Choose a file"));
}

void FileField::browse()
{
    const QStringList current = paths();
    const QString start = current.isEmpty() ? QString() : QFileInfo(current.last()).path();
    if (m_mode == Mode::OneFile) {
        const QString file = QFileDialog::getOpenFileName(
            this, m_title, current.isEmpty() ? QString() : current.last(), m_filter);
        if (!file.isEmpty())
            m_edit->setText(file);
        return;
    }
    QStringList files = current;
    for (const QString &f : QFileDialog::getOpenFileNames(this, m_title, start, m_filter)) {
        if (!files.contains(f))
            files << f;
    }
    if (files != current)
        setPaths(files);
}

QString FileField::readCertificates(const QString &file, const QString &fieldName,
                                    QList<QSslCertificate> *out)
{
    if (!QFileInfo::exists(file))
        return tr("%1: '%2' does not exist.").arg(fieldName, file);
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return tr("%1: '%2' cannot be read: %3").arg(fieldName, file, f.errorString());
    *out = QSslCertificate::fromData(f.read(16 * 1024 * 1024), QSsl::Pem);
    if (out->isEmpty())
        return tr("%1: '%2' contains no PEM certificate.").arg(fieldName, file);
    return {};
}

QString FileField::readStanzas(const QString &file, const QString &contentNamespace,
                               const QString &fieldName, QVector<ElementPtr> *out)
{
    if (!QFileInfo::exists(file))
        return tr("%1: '%2' does not exist.").arg(fieldName, file);
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return tr("%1: '%2' cannot be read: %3").arg(fieldName, file, f.errorString());
    QString why;
    if (!Fragment::parse(f.read(Fragment::MaxBytes + 1), contentNamespace, out, &why))
        return tr("%1: '%2': %3").arg(fieldName, file, why);
    return {};
}

} // namespace Inspector
