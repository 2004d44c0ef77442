// SPDX-License-Identifier: GPL-3.0-or-later
#include "labsession.h"

#include "facts/eventfacts.h"

#include "net/certfactory.h"
#include "session/listensession.h"
#include "session/s2ssession.h"
#include "trace/eventlog.h"

namespace Inspector {

namespace {
const QString DomainA = QStringLiteral("lab-a.localhost");
const QString DomainB = QStringLiteral("lab-b.localhost");
constexpr int LabTimeoutMs = 5000;
} // namespace

QStringList LabSession::variantNames()
{
    return {QStringLiteral("standard"), QStringLiteral("wrong-key"),
            QStringLiteral("sasl-external"), QStringLiteral("tls-required-not-offered"),
            QStringLiteral("wrong-certificate-name")};
}

QString LabSession::variantName(Variant variant)
{
    return variantNames().value(int(variant));
}

QString LabSession::variantTitle(Variant variant)
{
    switch (variant) {
    case Variant::Standard:
        return tr("Standard: STARTTLS and dialback");
    case Variant::WrongKey:
        return tr("Wrong dialback key");
    case Variant::SaslExternal:
        return tr("SASL EXTERNAL with certificates");
    case Variant::TlsRequiredNotOffered:
        return tr("TLS required, not offered");
    case Variant::WrongCertificateName:
        return tr("Certificate for the wrong name");
    }
    return variantName(variant);
}

bool LabSession::parseVariant(const QString &name, Variant *variant)
{
    const int i = variantNames().indexOf(name);
    if (i < 0)
        return false;
    *variant = Variant(i);
    return true;
}

Phrase LabSession::description(Variant variant)
{
    switch (variant) {
    case Variant::Standard:
        return Phrase::of(
            staticMetaObject,
            QT_TR_NOOP("STARTTLS, then dialback verified over the back-connection, then a ping."));
    case Variant::WrongKey:
        return Phrase::of(
            staticMetaObject,
            QT_TR_NOOP("The dialback key is made with the wrong secret: the authoritative "
                       "server says invalid."));
    case Variant::SaslExternal:
        return Phrase::of(
            staticMetaObject,
            QT_TR_NOOP("STARTTLS with a client certificate, then SASL EXTERNAL instead of "
                       "dialback."));
    case Variant::TlsRequiredNotOffered:
        return Phrase::of(staticMetaObject,
                          QT_TR_NOOP("The originating side requires TLS; the receiving side has no "
                                     "certificate and offers none."));
    case Variant::WrongCertificateName:
        return Phrase::of(
            staticMetaObject,
            QT_TR_NOOP("The receiving side presents a certificate for another name."));
    }
    return Phrase();
}

QString LabSession::describe(Variant variant)
{
    return description(variant).display();
}

LabSession::LabSession(EventLog *log, Variant variant, QObject *parent)
    : Session(parent)
    , m_log(log)
    , m_variant(variant)
    , m_phases(new PhaseMachine<Phase>(log, QStringLiteral("lab"), phaseTable(), this))
{}

LabSession::~LabSession() = default;

void LabSession::fail(const Phrase &message)
{
    m_outcome = Outcome::ProtocolFailure;
    Event e;
    e.kind = EventKind::SessionFinished;
    e.payload = SessionFinishedFact(false, int(m_outcome), QStringLiteral("lab-setup"), message);
    m_log->append(std::move(e));
    m_phases->transition(Phase::Finished);
    Q_EMIT finished();
}

void LabSession::start()
{
    Event intro;
    intro.kind = EventKind::Note;
    intro.payload = NoteEventFact(Phrase::of(
        staticMetaObject, QT_TR_NOOP("Built-in lab (%1): %2 federates with %3 on loopback. %4"),
        {variantName(m_variant), DomainA, DomainB, description(m_variant)}));
    m_log->append(std::move(intro));
    // Certificates for both domains and the receiving side's listener.
    m_phases->transition(Phase::Preparing);
    QSslCertificate certA, certB;
    QSslKey keyA, keyB;
    QString error;
    const QString nameB = m_variant == Variant::WrongCertificateName
                              ? QStringLiteral("wrong-name.localhost")
                              : DomainB;
    if (!CertFactory::selfSigned(DomainA, 90, &certA, &keyA, &error) ||
        !CertFactory::selfSigned(nameB, 90, &certB, &keyB, &error)) {
        fail(error);
        return;
    }

    ListenOptions b;
    b.domain = DomainB;
    b.bind = HostPort{QStringLiteral("127.0.0.1"), 0};
    if (m_variant != Variant::TlsRequiredNotOffered) {
        b.certificate = certB;
        b.privateKey = keyB;
    }
    b.extraCa = {certA}; // lab-b trusts lab-a's certificate, so EXTERNAL can be offered
    b.durationMs = 4 * LabTimeoutMs;
    b.timeoutMs = LabTimeoutMs;
    b.recordSession = false;
    m_receiving = new ListenSession(m_log, b, this);
    m_receiving->start();
    if (!m_receiving->isListening()) {
        fail(Phrase::of(staticMetaObject, QT_TR_NOOP("The lab could not listen on 127.0.0.1.")));
        return;
    }
    // Only now: a listener that could not start finishes inside start(), and the lab says
    // finished() once, from fail().
    connect(m_receiving, &ListenSession::finished, this, &LabSession::checkDone);

    S2sOptions a;
    a.from = DomainA;
    a.to = DomainB;
    a.host = QStringLiteral("127.0.0.1");
    a.port = m_receiving->address().port;
    a.extraCa = {certB};
    a.timeoutMs = LabTimeoutMs;
    a.tls = m_variant == Variant::TlsRequiredNotOffered ? S2sOptions::Tls::StartTls
                                                        : S2sOptions::Tls::Auto;
    a.auth = m_variant == Variant::SaslExternal ? S2sOptions::Auth::External
                                                : S2sOptions::Auth::Dialback;
    a.authoritative = HostPort{QStringLiteral("127.0.0.1"), 0};
    a.certificate = certA;
    a.privateKey = keyA;
    a.ping = true;
    a.wrongDialbackKey = m_variant == Variant::WrongKey;
    m_originating = new S2sSession(m_log, a, this);
    // lab-b reaches lab-a's authoritative server wherever it listens: the lab's own resolution.
    m_receiving->setLocator([this](const QString &domain) {
        if (domain == DomainA)
            return m_originating->authoritativeAddress();
        return HostPort{};
    });
    connect(m_originating, &S2sSession::finished, this, [this] {
        m_outcome = m_originating->outcome();
        m_phases->transition(Phase::Stopping);
        m_receiving->stop();
        checkDone();
    });
    m_phases->transition(Phase::Running);
    m_originating->start();
}

void LabSession::stop()
{
    if (m_originating)
        m_originating->stop();
    else if (m_receiving)
        m_receiving->stop();
}

void LabSession::checkDone()
{
    if (m_phases->current() != Phase::Stopping)
        return;
    if (!m_originating->isFinished() || !m_receiving->isFinished())
        return;
    m_phases->transition(Phase::Finished);
    Q_EMIT finished();
}

} // namespace Inspector
