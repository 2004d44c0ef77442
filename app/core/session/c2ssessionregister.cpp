// SPDX-License-Identifier: GPL-3.0-or-later
// The client session's question whether registration is open (XEP-0077 §3.1): the form is
// asked for and recorded, never filled in or submitted.
#include "c2ssession.h"

#include "xml/namespaces.h"

namespace Inspector {

using P = C2sSession::Phase;

namespace {
const QString Register = QStringLiteral("jabber:iq:register");
const QString DataForms = QStringLiteral("jabber:x:data");
const QString Oob = QStringLiteral("jabber:x:oob");
const QString Captcha = QStringLiteral("urn:xmpp:captcha");
// XEP-0158: the fields of a CAPTCHA challenge, whatever the form's type (ejabberd puts them
// in its jabber:iq:register form).
const QStringList CaptchaFields{
    QStringLiteral("audio_recog"),   QStringLiteral("ocr"),     QStringLiteral("picture_q"),
    QStringLiteral("picture_recog"), QStringLiteral("qa"),      QStringLiteral("speech_q"),
    QStringLiteral("speech_recog"),  QStringLiteral("video_q"), QStringLiteral("video_recog")};
// Elements of the query that are not fields to fill in (XEP-0077 §3.1, §3.2, §7).
const QStringList NotFields{QStringLiteral("instructions"), QStringLiteral("registered"),
                            QStringLiteral("remove"), QStringLiteral("key")};

/// The fields a registration form asks for: the query's own (XEP-0077 §3.1) and a data
/// form's (§4), without FORM_TYPE; whether it carries a CAPTCHA (XEP-0158); the web page it
/// points to instead (jabber:x:oob, §5).
struct Form
{
    QStringList fields;
    bool captcha = false;
    QString url;
    QString instructions;
};

void readDataForm(const Element &x, Form *form)
{
    for (const ElementPtr &field : x.children()) {
        if (field->namespaceUri() != DataForms || field->name() != QLatin1String("field"))
            continue;
        const QString var = field->attribute(u"var");
        if (var == QLatin1String("FORM_TYPE")) {
            const ElementPtr value = field->firstChild(DataForms, u"value");
            form->captcha |= value && value->text().trimmed() == Captcha;
        } else if (!var.isEmpty() && !form->fields.contains(var)) {
            form->fields << var;
            form->captcha |= CaptchaFields.contains(var);
        }
    }
}

Form readForm(const Element &query)
{
    Form form;
    for (const ElementPtr &c : query.children()) {
        const QString ns = c->namespaceUri(), name = c->name();
        if (ns == Register && name == QLatin1String("instructions"))
            form.instructions = c->text().simplified();
        else if (ns == Register && !NotFields.contains(name) && !form.fields.contains(name))
            form.fields << name;
        else if (ns == DataForms && name == QLatin1String("x"))
            readDataForm(*c, &form);
        else if (ns == Oob && name == QLatin1String("x"))
            form.url = c->firstChild(Oob, u"url") ? c->firstChild(Oob, u"url")->text().trimmed()
                                                  : QString();
        else if (ns == Captcha)
            form.captcha = true;
    }
    return form;
}
} // namespace

void C2sSession::askRegistration(const StreamFeatures &features)
{
    m_registrationAsked = true;
    m_registrationFeatures = features;
    Element iq(Ns::Client, QStringLiteral("iq"));
    iq.setAttribute(QStringLiteral("type"), QStringLiteral("get"));
    m_pendingId = QStringLiteral("register-1");
    iq.setAttribute(QStringLiteral("id"), m_pendingId);
    iq.appendChild(Element(Register, QStringLiteral("query")));
    m_conn->send(iq);
    go(P::RegisterQuerySent, m_options.timeoutMs);
}

void C2sSession::registrationTimedOut()
{
    // Whether registration is open is a fact to record, not a reason to fail the login.
    m_pendingId.clear();
    m_conn->verdict(VerdictFact(QStringLiteral("registration"), QStringLiteral("no-answer")));
    onFeatures(m_registrationFeatures);
}

void C2sSession::onRegistration(const Element &iq, const QString &type,
                                const std::optional<StanzaError> &error)
{
    m_pendingId.clear();
    const ElementPtr query = iq.firstChild(Register, u"query");
    VerdictFact v(QStringLiteral("registration"), QStringLiteral("closed"));
    if (type == QLatin1String("result") && query) {
        const Form form = readForm(*query);
        // A form with fields lets anyone create an account; a web page only, elsewhere.
        v.result = form.fields.isEmpty() ? TextFact(form.url.isEmpty() ? QStringLiteral("no-fields")
                                                                       : QStringLiteral("web"))
                                         : TextFact(QStringLiteral("open"));
        v.fields = form.fields;
        v.captcha = form.captcha;
        if (!form.url.isEmpty())
            v.location = form.url;
        if (!form.instructions.isEmpty())
            v.text = form.instructions;
    } else if (error) { // §3.1: <service-unavailable/> where registration is not offered
        v.condition = error->condition;
        v.stanzaError = error;
    }
    m_conn->verdict(v);
    onFeatures(m_registrationFeatures);
}

} // namespace Inspector
