// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "xml/element.h"

#include <QList>
#include <QSslCertificate>
#include <QWidget>

class QLineEdit;
class QPushButton;

namespace Inspector {

/**
 * A file name typed or chosen with "Browse…" (QFileDialog), for the session forms: one file,
 * or several separated by ';' (chosen files are added to those already there). The line edit
 * carries the object name given (a saved profile keeps its text); the button is named the same
 * with "Browse" in place of a trailing "Edit" ("caEdit" → "caBrowse").
 */
class FileField : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { OneFile, SeveralFiles };
    FileField(const QString &name, Mode mode, QWidget *parent);

    QLineEdit *edit() const { return m_edit; }
    QPushButton *button() const { return m_button; }
    /// The file (trimmed), or the files in order, empty entries left out.
    QString path() const;
    QStringList paths() const;
    void setPaths(const QStringList &paths);
    /// The file dialog's title and filter (e.g. "PEM files (*.pem);;All files (*)").
    void setDialogTexts(const QString &title, const QString &filter);
    /// The button's text, and its accessible name from the field's (`fieldName`).
    void retranslate(const QString &fieldName);

    /// Whether `file` can be read by a form: it exists, is a regular file (not a FIFO or a
    /// device, which would block) and holds at most `maxBytes`.
    static QString checkFile(const QString &file, const QString &fieldName, qint64 maxBytes);
    // What a form reads from a file (again only when its size or time changed), each with the
    // problem in one sentence that starts with `fieldName` (empty: all is well).
    /// PEM certificates (--ca).
    static QString readCertificates(const QString &file, const QString &fieldName,
                                    QList<QSslCertificate> *out);
    /// Stanzas to send after authentication (--send), in the stream's content namespace.
    static QString readStanzas(const QString &file, const QString &contentNamespace,
                               const QString &fieldName, QVector<ElementPtr> *out);

Q_SIGNALS:
    void changed();

private:
    void browse();

    Mode m_mode;
    QLineEdit *m_edit;
    QPushButton *m_button;
    QString m_title;
    QString m_filter;
};

} // namespace Inspector
