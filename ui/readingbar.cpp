// SPDX-License-Identifier: GPL-3.0-or-later
#include "readingbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

namespace Inspector {

ReadingBar::ReadingBar(const QString &fileName, QWidget *parent)
    : QWidget(parent)
    , m_fileName(fileName)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("readingBar"));
    setAccessibleName(tr("Reading progress"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_bar->setRange(0, 1000);
    m_bar->setAccessibleName(tr("Part of the file read"));
    m_cancel->setToolTip(tr("Stop reading; the events read so far stay open"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(4, 2, 4, 2);
    row->addWidget(m_label);
    row->addWidget(m_bar, 1);
    row->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        Q_EMIT cancelRequested();
    });
    setProgress(0, 0, 0);
}

void ReadingBar::setProgress(qint64 done, qint64 total, int events)
{
    const QLocale locale;
    m_label->setText(tr("Reading %1: %2 of %3, %Ln events so far…", nullptr, events)
                         .arg(m_fileName, locale.formattedDataSize(done),
                              locale.formattedDataSize(qMax(done, total))));
    m_bar->setValue(total > 0 ? int(qMin<qint64>(1000, done * 1000 / total)) : 0);
}

} // namespace Inspector
