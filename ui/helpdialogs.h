// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QTextBrowser;

namespace Inspector {

/// Help → About: the version, the Qt and OpenSSL versions in use, and the licences.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
    static QString text();

private:
    QLabel *m_text;
};

/// Help → Guide: a short built-in guide to the window, sessions, findings and transcripts.
class GuideDialog : public QDialog
{
    Q_OBJECT
public:
    explicit GuideDialog(QWidget *parent = nullptr);
    static QString html();

private:
    QTextBrowser *m_browser;
};

} // namespace Inspector
