// SPDX-License-Identifier: GPL-3.0-or-later
#include "filefield.h"

#include "xml/fragment.h"

#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHash>
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
    const QString p = m_edit->text().trimmed();
    return p.isEmpty() ? p : QFileInfo(p).absoluteFilePath();
}

QStringList FileField::paths() const
{
    QStringList out;
    for (const QString &p : m_edit->text().split(Separator, Qt::SkipEmptyParts)) {
        if (!p.trimmed().isEmpty())
            out << QFileInfo(p.trimmed()).absoluteFilePath();
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

QString FileField::checkFile(const QString &file, const QString &fieldName, qint64 maxBytes)
{
    // Checked before opening: a FIFO or a device would block or never end, on the GUI thread.
    const QFileInfo info(file);
    if (!info.exists())
        return tr("%1: '%2' does not exist.").arg(fieldName, file);
    if (!info.isFile())
        return tr("%1: '%2' is not a regular file.").arg(fieldName, file);
    if (info.size() > maxBytes)
        return tr("%1: '%2' is larger than %n MiB.", nullptr, int(maxBytes >> 20))
            .arg(fieldName, file);
    return {};
}

namespace {
/// What a file held when it was last read, so that typing in another field does not read it
/// again: valid while its size and modification time stay.
template<typename Content> struct Cached
{
    qint64 size = -1;
    QDateTime modified;
    QString problem;
    Content content;
};

template<typename Content, typename Read>
QString readCached(QHash<QString, Cached<Content>> *cache, const QString &file,
                   const QString &variant, Content *out, Read read)
{
    const QFileInfo info(file);
    const QString key = info.absoluteFilePath() + QLatin1Char('\n') + variant;
    auto it = cache->find(key);
    if (it == cache->end() || it->size != info.size() || it->modified != info.lastModified()) {
        if (cache->size() > 32)
            cache->clear();
        Cached<Content> c;
        c.size = info.size();
        c.modified = info.lastModified();
        c.problem = read(&c.content);
        it = cache->insert(key, c);
    }
    *out = it->content;
    return it->problem;
}
} // namespace

QString FileField::readCertificates(const QString &file, const QString &fieldName,
                                    QList<QSslCertificate> *out)
{
    constexpr qint64 MaxBytes = 16 * 1024 * 1024;
    if (QString p = checkFile(file, fieldName, MaxBytes); !p.isEmpty())
        return p;
    static QHash<QString, Cached<QList<QSslCertificate>>> cache;
    return readCached(&cache, file, fieldName, out, [&](QList<QSslCertificate> *certs) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return tr("%1: '%2' cannot be read: %3").arg(fieldName, file, f.errorString());
        *certs = QSslCertificate::fromData(f.read(MaxBytes), QSsl::Pem);
        if (certs->isEmpty())
            return tr("%1: '%2' contains no PEM certificate.").arg(fieldName, file);
        return QString();
    });
}

QString FileField::readStanzas(const QString &file, const QString &contentNamespace,
                               const QString &fieldName, QVector<ElementPtr> *out)
{
    if (QString p = checkFile(file, fieldName, Fragment::MaxBytes); !p.isEmpty())
        return p;
    static QHash<QString, Cached<QVector<ElementPtr>>> cache;
    return readCached(
        &cache, file, contentNamespace + fieldName, out, [&](QVector<ElementPtr> *stanzas) {
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly))
                return tr("%1: '%2' cannot be read: %3").arg(fieldName, file, f.errorString());
            QString why;
            if (!Fragment::parse(f.read(Fragment::MaxBytes + 1), contentNamespace, stanzas, &why))
                return tr("%1: '%2': %3").arg(fieldName, file, why);
            return QString();
        });
}

} // namespace Inspector
