// SPDX-License-Identifier: GPL-3.0-or-later
#include "formoptions.h"

#include "clioptions.h"
#include "net/certfactory.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMap>
#include <QRegularExpression>
#include <QSpinBox>

using namespace Inspector;

namespace FormOptions {

namespace {
bool write(const QString &path, const QByteArray &data, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size()) {
        *error = path + QStringLiteral(": ") + f.errorString();
        return false;
    }
    return true;
}

using How = Field::How;
} // namespace

bool makeFiles(const QString &dir, Files *out, QString *error)
{
    QSslCertificate ca, cert;
    QSslKey caKey, key;
    if (!CertFactory::selfSigned(QStringLiteral("ca.example"), 30, &ca, &caKey, error) ||
        !CertFactory::selfSigned(QStringLiteral("inspector.test"), 30, &cert, &key, error))
        return false;
    const QDir d(dir);
    out->ca = d.filePath(QStringLiteral("ca.pem"));
    out->cert = d.filePath(QStringLiteral("cert.pem"));
    out->key = d.filePath(QStringLiteral("key.pem"));
    out->s2sStanzas = d.filePath(QStringLiteral("s2s.xml"));
    out->c2sStanzas = d.filePath(QStringLiteral("c2s.xml"));
    out->anchor1 = d.filePath(QStringLiteral("one.ds"));
    out->anchor2 = d.filePath(QStringLiteral("two.ds"));
    const QByteArray ds = "example.test. IN DS 12345 13 2 "
                          "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n";
    return write(out->ca, ca.toPem(), error) && write(out->cert, cert.toPem(), error) &&
           write(out->key, key.toPem(), error) &&
           write(out->s2sStanzas,
                 "<message from='inspector.test' to='peer.localhost'><body>hi</body></message>"
                 "<iq type='get' id='v1' to='peer.localhost'>"
                 "<query xmlns='jabber:iq:version'/></iq>",
                 error) &&
           write(out->c2sStanzas, "<presence/><message to='bob@b.test'><body>hi</body></message>",
                 error) &&
           write(out->anchor1, ds, error) && write(out->anchor2, ds, error);
}

QList<Field> s2sFields()
{
    return {
        {QStringLiteral("from"), QStringLiteral("fromEdit")},
        {QStringLiteral("to"), QStringLiteral("toEdit")},
        {QStringLiteral("host"), QStringLiteral("hostEdit")},
        {QStringLiteral("port"), QStringLiteral("portSpin"), How::Number},
        {QStringLiteral("resolve"),
         QStringLiteral("resolveEdit"),
         How::Text,
         {},
         QStringLiteral(", ")},
        {QStringLiteral("dns-server"), QStringLiteral("dnsServerEdit")},
        {QStringLiteral("trust-anchor"),
         QStringLiteral("trustAnchorEdit"),
         How::Text,
         {},
         QStringLiteral("; ")},
        {QStringLiteral("srv-seed"), QStringLiteral("srvSeedEdit")},
        {QStringLiteral("tls"),
         QStringLiteral("tlsCombo"),
         How::Index,
         {QStringLiteral("auto"), QStringLiteral("starttls"), QStringLiteral("direct"),
          QStringLiteral("none")}},
        {QStringLiteral("strict-tls"), QStringLiteral("strictCheck"), How::Flag},
        {QStringLiteral("ca"), QStringLiteral("caEdit")},
        {QStringLiteral("timeout"), QStringLiteral("timeoutSpin"), How::Number},
        {QStringLiteral("stop-after"), QStringLiteral("stopAfterCombo"), How::Data},
        {QStringLiteral("auth"),
         QStringLiteral("authCombo"),
         How::Index,
         {QStringLiteral("none"), QStringLiteral("auto"), QStringLiteral("dialback"),
          QStringLiteral("external")}},
        {QStringLiteral("authoritative"), QStringLiteral("authoritativeEdit")},
        {QStringLiteral("dialback-secret"), QStringLiteral("secretEdit")},
        {QStringLiteral("cert"), QStringLiteral("certEdit")},
        {QStringLiteral("key"), QStringLiteral("keyEdit")},
        {QStringLiteral("bidi"), QStringLiteral("bidiCheck"), How::Flag},
        {QStringLiteral("no-sm"), QStringLiteral("s2sStreamManagementCheck"), How::NoFlag},
        {QStringLiteral("ping"), QStringLiteral("pingCheck"), How::Flag},
        {QStringLiteral("disco"), QStringLiteral("discoCheck"), How::Flag},
        {QStringLiteral("software-version"), QStringLiteral("versionCheck"), How::Flag},
        {QStringLiteral("send"), QStringLiteral("sendEdit")},
    };
}

QList<Field> c2sFields()
{
    return {
        {QStringLiteral("jid"), QStringLiteral("jidEdit")},
        {QStringLiteral("password"), QStringLiteral("passwordEdit")},
        {QStringLiteral("host"), QStringLiteral("c2sHostEdit")},
        {QStringLiteral("port"), QStringLiteral("c2sPortSpin"), How::Number},
        {QStringLiteral("websocket"), QStringLiteral("c2sWebSocketEdit")},
        {QStringLiteral("bosh"), QStringLiteral("c2sBoshEdit")},
        {QStringLiteral("origin"), QStringLiteral("c2sOriginEdit")},
        {QStringLiteral("probe-all"), QStringLiteral("c2sProbeAllCheck"), How::Flag},
        {QStringLiteral("resolve"),
         QStringLiteral("c2sResolveEdit"),
         How::Text,
         {},
         QStringLiteral(", ")},
        {QStringLiteral("dns-server"), QStringLiteral("c2sDnsServerEdit")},
        {QStringLiteral("trust-anchor"),
         QStringLiteral("c2sTrustAnchorEdit"),
         How::Text,
         {},
         QStringLiteral("; ")},
        {QStringLiteral("srv-seed"), QStringLiteral("c2sSrvSeedEdit")},
        {QStringLiteral("tls"),
         QStringLiteral("c2sTlsCombo"),
         How::Index,
         {QStringLiteral("auto"), QStringLiteral("starttls"), QStringLiteral("direct"),
          QStringLiteral("none")}},
        {QStringLiteral("strict-tls"), QStringLiteral("c2sStrictCheck"), How::Flag},
        {QStringLiteral("ca"), QStringLiteral("c2sCaEdit")},
        {QStringLiteral("mechanism"), QStringLiteral("mechanismCombo"), How::Data},
        {QStringLiteral("allow-plaintext"), QStringLiteral("allowPlaintextCheck"), How::Flag},
        {QStringLiteral("insecure-credentials"), QStringLiteral("insecureCredentialsCheck"),
         How::Flag},
        {QStringLiteral("min-scram-iterations"), QStringLiteral("minScramIterationsSpin"),
         How::Number},
        {QStringLiteral("resource"), QStringLiteral("resourceEdit")},
        {QStringLiteral("probe"), QStringLiteral("probeCheck"), How::Flag},
        {QStringLiteral("roster"), QStringLiteral("rosterCheck"), How::Flag},
        {QStringLiteral("disco"), QStringLiteral("c2sDiscoCheck"), How::Flag},
        {QStringLiteral("send-to"), QStringLiteral("sendToEdit")},
        {QStringLiteral("body"), QStringLiteral("bodyEdit")},
        {QStringLiteral("ping"), QStringLiteral("pingJidEdit")},
        {QStringLiteral("send"), QStringLiteral("c2sSendEdit")},
        {QStringLiteral("stay"), QStringLiteral("stayOnlineSpin"), How::Number},
        {QStringLiteral("no-sm"), QStringLiteral("streamManagementCheck"), How::NoFlag},
        {QStringLiteral("sm-resume-test"), QStringLiteral("smResumeTestCheck"), How::Flag},
        {QStringLiteral("timeout"), QStringLiteral("c2sTimeoutSpin"), How::Number},
    };
}

QStringList s2sWithoutField()
{
    return {QStringLiteral("help"),
            QStringLiteral("json"),
            QStringLiteral("verbose"),
            QStringLiteral("transcript"),
            QStringLiteral("keep-secrets"),
            QStringLiteral("dialback-secret-file"),
            QStringLiteral("dialback-secret-env")};
}

QStringList c2sWithoutField()
{
    return {QStringLiteral("help"),         QStringLiteral("json"),
            QStringLiteral("verbose"),      QStringLiteral("transcript"),
            QStringLiteral("keep-secrets"), QStringLiteral("password-env"),
            QStringLiteral("password-file")};
}

QStringList helpOptions(const QString &help)
{
    static const QRegularExpression option(QStringLiteral("--([a-z][a-z-]*[a-z])"));
    QStringList out;
    for (auto it = option.globalMatch(help); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!out.contains(name))
            out << name;
    }
    return out;
}

QString fill(QWidget *form, const QList<Field> &fields, const QStringList &args)
{
    QMap<QString, QStringList> values; // option -> its values, in order
    QStringList order;
    for (int i = 0; i < args.size(); ++i) {
        const QString name = args.at(i).mid(2);
        const auto field = std::find_if(fields.cbegin(), fields.cend(),
                                        [&](const Field &f) { return f.option == name; });
        if (!args.at(i).startsWith(QLatin1String("--")) || field == fields.cend())
            return QStringLiteral("no form field for '%1'").arg(args.at(i));
        if (!order.contains(name))
            order << name;
        values[name] << (field->how == How::Flag || field->how == How::NoFlag ? QString()
                                                                              : args.value(++i));
    }
    for (const QString &name : order) {
        const Field &f = *std::find_if(fields.cbegin(), fields.cend(),
                                       [&](const Field &f) { return f.option == name; });
        QWidget *w = form->findChild<QWidget *>(f.objectName);
        const QString value = values[name].join(f.separator);
        auto *combo = qobject_cast<QComboBox *>(w);
        if (auto *e = qobject_cast<QLineEdit *>(w); e && f.how == How::Text)
            e->setText(value);
        else if (auto *s = qobject_cast<QSpinBox *>(w); s && f.how == How::Number)
            s->setValue(value.toInt());
        else if (auto *c = qobject_cast<QCheckBox *>(w);
                 c && (f.how == How::Flag || f.how == How::NoFlag))
            c->setChecked(f.how == How::Flag);
        else if (combo && f.how == How::Index && f.items.contains(value))
            combo->setCurrentIndex(int(f.items.indexOf(value)));
        else if (combo && f.how == How::Data &&
                 combo->findData(value, Qt::UserRole, Qt::MatchFixedString) >= 0)
            combo->setCurrentIndex(combo->findData(value, Qt::UserRole, Qt::MatchFixedString));
        else
            return QStringLiteral("'%1' cannot take --%2 %3").arg(f.objectName, name, value);
    }
    return {};
}

Specification parse(const QStringList &args, QString *error)
{
    const Cli::Parsed parsed = Cli::parse(QStringList{QStringLiteral("xmpp-inspector-cli")} + args);
    *error = parsed.error;
    return parsed.spec;
}

namespace {
QStringList stanzaTexts(const QVector<ElementPtr> &stanzas)
{
    QStringList out;
    for (const ElementPtr &e : stanzas)
        out << QString::fromUtf8(e->toXml());
    return out;
}

QStringList resolveTexts(const QHash<QString, HostPort> &resolve)
{
    QStringList out;
    for (auto it = resolve.cbegin(); it != resolve.cend(); ++it)
        out << it.key() + QLatin1Char('=') + it.value().toString();
    out.sort();
    return out;
}

void compareDns(const DnsSettings &a, const DnsSettings &b, QStringList *out)
{
    if (a.server != b.server)
        *out << QStringLiteral("dns.server");
    if (a.trustAnchors != b.trustAnchors)
        *out << QStringLiteral("dns.trustAnchors");
    if (a.srvSeed != b.srvSeed)
        *out << QStringLiteral("dns.srvSeed");
    if (a.timeoutMs != b.timeoutMs)
        *out << QStringLiteral("dns.timeoutMs");
}
} // namespace

#define DIFFER(field)                                                                              \
    if (!(a.field == b.field))                                                                     \
    out << QStringLiteral(#field)

QStringList differences(const S2sOptions &a, const S2sOptions &b, bool secrets)
{
    QStringList out;
    DIFFER(from);
    DIFFER(to);
    DIFFER(host);
    DIFFER(port);
    DIFFER(tls);
    DIFFER(strictTls);
    DIFFER(extraCa);
    DIFFER(caFile);
    DIFFER(timeoutMs);
    DIFFER(stopAfter);
    DIFFER(auth);
    if (secrets)
        DIFFER(dialbackSecret);
    if (a.authoritative.toString() != b.authoritative.toString())
        out << QStringLiteral("authoritative");
    DIFFER(certificate);
    DIFFER(privateKey);
    DIFFER(certificateFile);
    DIFFER(keyFile);
    DIFFER(bidi);
    DIFFER(streamManagement);
    DIFFER(ping);
    DIFFER(disco);
    DIFFER(softwareVersion);
    if (stanzaTexts(a.stanzas) != stanzaTexts(b.stanzas))
        out << QStringLiteral("stanzas");
    DIFFER(stanzasFile);
    DIFFER(stayMs);
    if (resolveTexts(a.resolve) != resolveTexts(b.resolve))
        out << QStringLiteral("resolve");
    compareDns(a.dns, b.dns, &out);
    DIFFER(wrongDialbackKey);
    return out;
}

QStringList routeTexts(const QVector<PortRoute> &routes)
{
    QStringList out;
    for (const PortRoute &r : routes)
        out << r.toString();
    return out;
}

QStringList differences(const C2sOptions &a, const C2sOptions &b, bool secrets)
{
    QStringList out;
    DIFFER(jid);
    if (secrets) {
        DIFFER(password);
        DIFFER(insecureCredentials);
        DIFFER(allowPlaintext); // an opt-in that sends the password in the clear
    }
    DIFFER(host);
    DIFFER(webSocket);
    DIFFER(bosh);
    DIFFER(probeAll);
    if (routeTexts(a.routes) != routeTexts(b.routes))
        out << QStringLiteral("routes");
    DIFFER(port);
    DIFFER(tls);
    DIFFER(strictTls);
    DIFFER(extraCa);
    DIFFER(caFile);
    DIFFER(timeoutMs);
    DIFFER(mechanism);
    DIFFER(minScramIterations);
    DIFFER(resource);
    DIFFER(probe);
    DIFFER(roster);
    DIFFER(disco);
    DIFFER(sendTo);
    DIFFER(body);
    DIFFER(pingJid);
    if (stanzaTexts(a.stanzas) != stanzaTexts(b.stanzas))
        out << QStringLiteral("stanzas");
    DIFFER(stanzasFile);
    DIFFER(stayMs);
    DIFFER(streamManagement);
    DIFFER(origin);
    DIFFER(smResumeTest);
    DIFFER(keepSecrets);
    compareDns(a.dns, b.dns, &out);
    return out;
}

#undef DIFFER

} // namespace FormOptions
