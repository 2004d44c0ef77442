// SPDX-License-Identifier: GPL-3.0-or-later
#include "scandialog.h"

#include "preferences.h"
#include "sessionform.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Inspector {

namespace {
/// A list is read up to this size, as the command line reads it.
constexpr qint64 MaxListBytes = 64 * 1024 * 1024;
} // namespace

ScanDialog::ScanDialog(QWidget *parent)
    : QDialog(parent)
    , m_edit(new QPlainTextEdit(this))
    , m_load(new QPushButton(this))
    , m_count(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_concurrency(new QSpinBox(this))
    , m_perAddress(new QSpinBox(this))
    , m_rate(new QSpinBox(this))
    , m_labels{new QLabel(this), new QLabel(this), new QLabel(this)}
    , m_form(new SessionForm(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("scanDialog"));
    m_edit->setObjectName(QStringLiteral("scanListEdit"));
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_count->setObjectName(QStringLiteral("scanListCount"));
    m_count->setWordWrap(true);
    m_count->setTextFormat(Qt::PlainText); // it quotes the list's lines
    m_problem->setObjectName(QStringLiteral("scanProblem"));
    m_problem->setWordWrap(true);
    showAsWarning(m_problem);
    m_concurrency->setObjectName(QStringLiteral("scanConcurrency"));
    m_concurrency->setRange(1, ScanOptions::MaxConcurrency);
    m_concurrency->setValue(ScanOptions().concurrency);
    m_perAddress->setObjectName(QStringLiteral("scanPerAddress"));
    m_perAddress->setRange(1, ScanOptions::MaxConcurrency);
    m_perAddress->setValue(ScanOptions().perAddress);
    m_rate->setObjectName(QStringLiteral("scanRate"));
    m_rate->setRange(1, ScanOptions::MaxRate);
    m_rate->setValue(ScanOptions().rate);
    const QWidget *buddies[] = {m_concurrency, m_perAddress, m_rate};
    for (int i = 0; i < 3; ++i)
        m_labels[i]->setBuddy(const_cast<QWidget *>(buddies[i]));
    m_form->setForScan();

    auto *domains = new QWidget(this);
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_count, 1);
    listRow->addWidget(m_load);
    auto *polite = new QFormLayout;
    polite->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    polite->addRow(m_labels[0], m_concurrency);
    polite->addRow(m_labels[1], m_perAddress);
    polite->addRow(m_labels[2], m_rate);
    auto *domainsLayout = new QVBoxLayout(domains);
    domainsLayout->addWidget(m_edit, 1);
    domainsLayout->addLayout(listRow);
    domainsLayout->addWidget(m_problem);
    domainsLayout->addLayout(polite);
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("scanTabs"));
    tabs->addTab(domains, QString());
    tabs->addTab(m_form, QString());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(m_buttons);

    m_reread.setSingleShot(true);
    m_reread.setInterval(250);
    connect(&m_reread, &QTimer::timeout, this, &ScanDialog::readList);
    connect(m_edit, &QPlainTextEdit::textChanged, &m_reread, qOverload<>(&QTimer::start));
    connect(m_form, &SessionForm::validityChanged, this, &ScanDialog::updateStart);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        readList();
        m_form->validate();
        if (canStart())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_load, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Load a list of domains"), Preferences::load().startFolder(),
            tr("Lists of domains (*.txt *.list);;All files (*)"));
        QString error;
        if (!file.isEmpty() && !loadList(file, &error))
            QMessageBox::warning(this, tr("Cannot load the list"), error);
    });
    retranslate();
    readList();
    // Room for a long list, within the screen (at 2× scale it is small).
    const QSize room = screen()->availableGeometry().size() * 0.9;
    resize(sizeHint().expandedTo(QSize(900, 640)).boundedTo(room));
}

void ScanDialog::setListText(const QString &text)
{
    m_edit->setPlainText(text);
    readList();
}

bool ScanDialog::loadList(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1 cannot be read: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray bytes = file.read(MaxListBytes + 1);
    if (bytes.size() > MaxListBytes) {
        *error = tr("%1 is larger than 64 MiB.").arg(path);
        return false;
    }
    setListText(QString::fromUtf8(bytes));
    return true;
}

void ScanDialog::readList()
{
    m_reread.stop();
    m_list = ScanList::parse(m_edit->toPlainText().toUtf8());
    QString text = tr("%n domain(s) to scan.", nullptr, int(m_list.domains.size()));
    if (!m_list.skipped.isEmpty()) {
        const ScanList::Skipped &first = m_list.skipped.first();
        text += QLatin1Char(' ') +
                tr("%n line(s) skipped; line %1 '%2': %3", nullptr, int(m_list.skipped.size()))
                    .arg(first.line)
                    .arg(first.text.left(60), first.reason);
    }
    m_count->setText(text);
    updateStart();
}

bool ScanDialog::canStart() const
{
    return !m_list.domains.isEmpty() && m_form->isValid() && !m_reread.isActive();
}

void ScanDialog::updateStart()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_list.domains.isEmpty() && m_form->isValid());
    m_problem->setText(m_form->isValid() ? QString()
                                         : tr("Session options: %1").arg(m_form->problem()));
    m_problem->setVisible(!m_form->isValid());
}

ScanOptions ScanDialog::options() const
{
    ScanOptions o;
    o.s2s = m_form->options();
    o.concurrency = m_concurrency->value();
    o.perAddress = m_perAddress->value();
    o.rate = m_rate->value();
    // Each session runs the authoritative server on that one address.
    if (o.s2s.authoritative.isValid())
        o.concurrency = 1;
    return o;
}

void ScanDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ScanDialog::retranslate()
{
    setWindowTitle(tr("Scan domains"));
    auto *tabs = findChild<QTabWidget *>(QStringLiteral("scanTabs"));
    tabs->setTabText(0, tr("Domains"));
    tabs->setTabText(1, tr("Session options"));
    m_edit->setPlaceholderText(tr("One domain per line; # starts a comment.\n\nexample.org\n"
                                  "jabber.example.net   # our partners"));
    m_edit->setAccessibleName(tr("Domains to scan"));
    m_load->setText(tr("Load list…"));
    m_labels[0]->setText(tr("Domains at once:"));
    m_labels[1]->setText(tr("Sessions at once per address:"));
    m_labels[2]->setText(tr("New sessions per second:"));
    m_concurrency->setToolTip(tr("Domains looked up or checked at the same time. With an "
                                 "authoritative listener, one at a time."));
    m_perAddress->setToolTip(
        tr("Sessions at once to the address a domain resolves to first: a host serving many "
           "domains is not flooded."));
    m_rate->setToolTip(tr("New connections per second in all. Toward servers of the public "
                          "network, stay at a few per second."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Start scan"));
    readList();
}

} // namespace Inspector
