// SPDX-License-Identifier: GPL-3.0-or-later
#include "clioptions.h"

#include "commandoptions.h"
#include "net/dnslookup.h"
#include "protocol/jid.h"
#include "xml/namespaces.h"

namespace Inspector::Cli {

namespace {
void parseDns(const QStringList &args, Parsed &out)
{
    Options o;
    const auto help = o.add(QStringLiteral("help"));
    const auto client = o.add(QStringLiteral("client"));
    const Options::Dns dns = o.addDns();
    const auto noHostMeta = o.add(QStringLiteral("no-host-meta"));
    const auto resolve = o.add(QStringLiteral("resolve"), QStringLiteral("NAME:PORT:HOST:PORT"));
    const auto ca = o.add(QStringLiteral("ca"), QStringLiteral("FILE"));
    const auto timeout = o.add(QStringLiteral("timeout"), QStringLiteral("SECONDS"));
    const Options::Output output = o.addOutput();
    if (!begin(o, args, help, dnsHelp(), out))
        return;
    DnsOptions &d = out.spec.emplace<DnsOptions>();
    const auto ok = [&] {
        if (o.p.positionalArguments().size() != 1) {
            o.error = QStringLiteral("dns takes one domain.\n\n") + dnsHelp();
            return false;
        }
        d.domain = o.p.positionalArguments().first();
        d.client = o.p.isSet(client);
        d.hostMeta = !o.p.isSet(noHostMeta);
        if (o.p.isSet(output.keepSecrets)) {
            o.error = QStringLiteral("--keep-secrets does not apply to dns: a lookup holds no "
                                     "secrets.");
            return false;
        }
        // The web endpoints (XEP-0156) are a client's: without --client they are not fetched.
        for (const QCommandLineOption *web : {&noHostMeta, &resolve, &ca, &timeout}) {
            if (o.p.isSet(*web) && !d.client) {
                o.error = QStringLiteral("--%1 applies to dns --client (host-meta) only.")
                              .arg(web->names().first());
                return false;
            }
        }
        for (const QString &r : o.p.values(resolve)) {
            PortRoute route;
            if (!PortRoute::parse(r, &route, &o.error))
                return false;
            d.routes.append(route);
        }
        return o.single({ca, timeout}) && o.dns(dns, &d.dns) && o.ca(ca, &d.extraCa, &d.caFile) &&
               o.seconds(timeout, &d.timeoutMs);
    };
    end(o, ok(), &output, Parsed::Command::Dns, out);
}

/// --resolve NAME:PORT:HOST:PORT (repeatable): where HTTPS connections go (host-meta).
bool readRoutes(Options &o, const QCommandLineOption &resolve, bool used, QVector<PortRoute> *out)
{
    if (o.p.isSet(resolve) && !used) {
        o.error = QStringLiteral("--resolve applies to --probe-all (the host-meta documents).");
        return false;
    }
    for (const QString &r : o.p.values(resolve)) {
        PortRoute route;
        if (!PortRoute::parse(r, &route, &o.error))
            return false;
        out->append(route);
    }
    return true;
}

/// --websocket URL or --bosh URL: the session goes over the web, so nothing says where else
/// to connect.
bool readWebUrl(Options &o, const QCommandLineOption &web,
                const QList<const QCommandLineOption *> &elsewhere, QUrl *url)
{
    if (!o.p.isSet(web))
        return true;
    for (const QCommandLineOption *option : elsewhere) {
        if (o.p.isSet(*option)) {
            o.error = QStringLiteral("--%1 does not apply with --%2: the URL says where to "
                                     "connect, and its host is dialled as it is.")
                          .arg(option->names().first(), web.names().first());
            return false;
        }
    }
    *url = QUrl(o.p.value(web).trimmed(), QUrl::StrictMode);
    return true;
}

void parseC2s(const QStringList &args, Parsed &out)
{
    Options o;
    const auto help = o.add(QStringLiteral("help"));
    const auto jid = o.add(QStringLiteral("jid"), QStringLiteral("JID"));
    const auto passwordEnv = o.add(QStringLiteral("password-env"), QStringLiteral("VAR"));
    const auto passwordFile = o.add(QStringLiteral("password-file"), QStringLiteral("FILE"));
    const auto password = o.add(QStringLiteral("password"), QStringLiteral("PASSWORD"));
    const auto host = o.add(QStringLiteral("host"), QStringLiteral("HOST"));
    const auto port = o.add(QStringLiteral("port"), QStringLiteral("N"));
    const Options::Dns dns = o.addDns();
    const auto tls = o.add(QStringLiteral("tls"), QStringLiteral("MODE"));
    const auto strict = o.add(QStringLiteral("strict-tls"));
    const auto ca = o.add(QStringLiteral("ca"), QStringLiteral("FILE"));
    const auto mechanism = o.add(QStringLiteral("mechanism"), QStringLiteral("NAME"));
    const auto plaintext = o.add(QStringLiteral("allow-plaintext"));
    const auto insecure = o.add(QStringLiteral("insecure-credentials"));
    const auto minIterations = o.add(QStringLiteral("min-scram-iterations"), QStringLiteral("N"));
    const auto resource = o.add(QStringLiteral("resource"), QStringLiteral("NAME"));
    const auto probe = o.add(QStringLiteral("probe"));
    const auto roster = o.add(QStringLiteral("roster"));
    const auto disco = o.add(QStringLiteral("disco"));
    const auto sendTo = o.add(QStringLiteral("send-to"), QStringLiteral("JID"));
    const auto body = o.add(QStringLiteral("body"), QStringLiteral("TEXT"));
    const auto ping = o.add(QStringLiteral("ping"), QStringLiteral("JID"));
    const auto send = o.add(QStringLiteral("send"), QStringLiteral("FILE"));
    const auto stay = o.add(QStringLiteral("stay"), QStringLiteral("SECONDS"));
    const auto noSm = o.add(QStringLiteral("no-sm"));
    const auto resumeTest = o.add(QStringLiteral("sm-resume-test"));
    const auto timeout = o.add(QStringLiteral("timeout"), QStringLiteral("SECONDS"));
    const auto webSocket = o.add(QStringLiteral("websocket"), QStringLiteral("URL"));
    const auto bosh = o.add(QStringLiteral("bosh"), QStringLiteral("URL"));
    const auto probeAll = o.add(QStringLiteral("probe-all"));
    const auto origin = o.add(QStringLiteral("origin"), QStringLiteral("ORIGIN"));
    const auto resolve = o.add(QStringLiteral("resolve"), QStringLiteral("NAME:PORT:HOST:PORT"));
    const Options::Output output = o.addOutput();
    if (!begin(o, args, help, c2sHelp(), out))
        return;
    C2sOptions &c = out.spec.emplace<C2sOptions>();
    const auto ok = [&] {
        if (!o.noArguments())
            return false;
        if (!o.single({jid,  passwordEnv, passwordFile,  password,  host,   port,  tls,
                       ca,   mechanism,   minIterations, resource,  sendTo, body,  ping,
                       send, stay,        timeout,       webSocket, bosh,   origin}) ||
            !readWebUrl(o, webSocket,
                        {&host, &port, &tls, &dns.server, &dns.trustAnchor, &dns.srvSeed, &bosh},
                        &c.webSocket) ||
            !readWebUrl(o, bosh, {&host, &port, &tls, &dns.server, &dns.trustAnchor, &dns.srvSeed},
                        &c.bosh))
            return false;
        c.jid = o.p.value(jid);
        c.probe = o.p.isSet(probe);
        if (!o.password(passwordEnv, passwordFile, password, &c, &out.warning))
            return false;
        c.host = o.p.value(host).trimmed();
        if (!o.port(port, &c.port))
            return false;
        if (!o.tlsMode(tls, &c.tls))
            return false;
        c.strictTls = o.p.isSet(strict);
        if (!o.dns(dns, &c.dns) || !o.ca(ca, &c.extraCa, &c.caFile) ||
            !o.seconds(timeout, &c.timeoutMs))
            return false;
        c.mechanism = o.p.value(mechanism).toUpper();
        c.allowPlaintext = o.p.isSet(plaintext);
        c.insecureCredentials = o.p.isSet(insecure);
        if (o.p.isSet(minIterations)) {
            bool number = false;
            c.minScramIterations = o.p.value(minIterations).toInt(&number);
            if (!number) {
                o.error = QStringLiteral("--min-scram-iterations '%1' is not a number.")
                              .arg(o.p.value(minIterations));
                return false;
            }
        }
        if (!c.host.isEmpty() && (o.p.isSet(dns.server) || o.p.isSet(dns.trustAnchor))) {
            o.error = QStringLiteral("--dns-server and --trust-anchor apply without --host (DNS is "
                                     "not asked when --host says where to connect).");
            return false;
        }
        if (o.p.isSet(resource))
            c.resource = o.p.value(resource);
        c.roster = o.p.isSet(roster);
        c.disco = o.p.isSet(disco);
        for (const QCommandLineOption *option : {&sendTo, &body, &ping}) {
            if (o.p.isSet(*option) && o.p.value(*option).trimmed().isEmpty()) {
                o.error = QStringLiteral("--%1 is empty.").arg(option->names().first());
                return false;
            }
        }
        c.sendTo = o.p.value(sendTo);
        c.pingJid = o.p.value(ping);
        c.body = o.p.value(body);
        if (o.p.isSet(send)) {
            c.stanzasFile = o.p.value(send);
            if (!readStanzas(c.stanzasFile, Ns::Client, &c.stanzas, &o.error))
                return false;
        }
        int stayMs = 0;
        if (!o.seconds(stay, &stayMs))
            return false;
        c.stayMs = stayMs;
        c.streamManagement = !o.p.isSet(noSm);
        c.smResumeTest = o.p.isSet(resumeTest);
        c.probeAll = o.p.isSet(probeAll);
        c.origin = o.p.value(origin).trimmed();
        return readRoutes(o, resolve, c.probeAll, &c.routes);
    };
    end(o, ok(), &output, Parsed::Command::C2s, out);
    c.keepSecrets = out.keepSecrets;
}

void parseFiles(const QString &command, const QStringList &args, Parsed &out)
{
    Options o;
    const auto help = o.add(QStringLiteral("help"));
    const auto format = o.add(QStringLiteral("format"), QStringLiteral("FORMAT"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    QString(), QStringLiteral("OUT"));
    o.p.addOption(output);
    const auto json = o.add(QStringLiteral("json"));
    const auto keepSecrets = o.add(QStringLiteral("keep-secrets"));
    if (!begin(o, args, help, fileCommandsHelp(), out))
        return;
    out.files = o.p.positionalArguments();
    out.keepSecrets = o.p.isSet(keepSecrets);
    const int want = command == QLatin1String("diff") ? 2 : 1;
    if (out.files.size() != want) {
        out.error = QStringLiteral("%1 takes %2 transcript file%3.\n\n")
                        .arg(command)
                        .arg(want)
                        .arg(want == 1 ? QString() : QStringLiteral("s")) +
                    fileCommandsHelp();
        return;
    }
    out.json = o.p.isSet(json);
    if (command == QLatin1String("export")) {
        if (!o.p.isSet(format) || !o.p.isSet(output)) {
            out.error = QStringLiteral("export needs --format html|md|txt|json and -o OUT.");
            return;
        }
        out.exportFormat = o.p.value(format);
        out.exportTo = o.p.value(output);
        const QStringList known{QStringLiteral("html"),     QStringLiteral("md"),
                                QStringLiteral("markdown"), QStringLiteral("txt"),
                                QStringLiteral("text"),     QStringLiteral("json")};
        if (!known.contains(out.exportFormat.toLower())) {
            out.error = QStringLiteral("--format '%1' is not one of html, md, txt, json.")
                            .arg(out.exportFormat);
            return;
        }
        out.command = Parsed::Command::Export;
    } else {
        out.command =
            command == QLatin1String("show") ? Parsed::Command::Show : Parsed::Command::Diff;
    }
}

void parseLab(const QStringList &args, Parsed &out)
{
    Options o;
    const auto help = o.add(QStringLiteral("help"));
    const auto variant = o.add(QStringLiteral("variant"), QStringLiteral("NAME"));
    const Options::Output output = o.addOutput();
    if (!begin(o, args, help, labHelp(), out))
        return;
    if (!o.noArguments() || !o.single({variant})) {
        out.error = o.error;
        return;
    }
    LabOptions &lab = out.spec.emplace<LabOptions>();
    if (o.p.isSet(variant) && !LabSession::parseVariant(o.p.value(variant), &lab.variant)) {
        out.error =
            QStringLiteral("--variant '%1' is not one of %2.")
                .arg(o.p.value(variant), LabSession::variantNames().join(QStringLiteral(", ")));
        return;
    }
    end(o, true, &output, Parsed::Command::Lab, out);
}

void parseS2s(const QStringList &args, Parsed &out)
{
    Options o;
    const auto help = o.add(QStringLiteral("help"));
    const S2sFlags flags(o, true);
    const Options::Output output = o.addOutput();
    if (!begin(o, args, help, s2sHelp(), out))
        return;
    S2sOptions &s = out.spec.emplace<S2sOptions>();
    const bool ok = o.noArguments() && readS2sFlags(o, flags, &s, &out.warning);
    end(o, ok, &output, Parsed::Command::S2s, out);
}

void parseListen(const QStringList &args, Parsed &out)
{
    Options o;
    const auto help = o.add(QStringLiteral("help"));
    const auto domain = o.add(QStringLiteral("domain"), QStringLiteral("DOMAIN"));
    const auto bind = o.add(QStringLiteral("bind"), QStringLiteral("HOST:PORT"));
    const auto cert = o.add(QStringLiteral("cert"), QStringLiteral("FILE"));
    const auto key = o.add(QStringLiteral("key"), QStringLiteral("FILE"));
    const auto ca = o.add(QStringLiteral("ca"), QStringLiteral("FILE"));
    const DialbackSecretOptions secret = addDialbackSecret(o);
    const auto resolve = o.add(QStringLiteral("resolve"), QStringLiteral("D:HOST:PORT"));
    const Options::Dns dns = o.addDns();
    const auto duration = o.add(QStringLiteral("duration"), QStringLiteral("SECONDS"));
    const auto timeout = o.add(QStringLiteral("timeout"), QStringLiteral("SECONDS"));
    const auto bidi = o.add(QStringLiteral("bidi"));
    const Options::Output output = o.addOutput();
    if (!begin(o, args, help, listenHelp(), out))
        return;
    ListenOptions &l = out.spec.emplace<ListenOptions>();
    QString caFile;
    const auto ok = [&] {
        if (!o.noArguments())
            return false;
        if (!o.single({domain, bind, cert, key, ca, duration, timeout}))
            return false;
        if (o.p.isSet(domain) && !o.domain(domain, &l.domain))
            return false;
        if (!o.p.isSet(bind)) {
            o.error = QStringLiteral("listen needs --bind HOST:PORT.");
            return false;
        }
        l.bidi = o.p.isSet(bidi);
        return o.hostPort(bind, &l.bind) &&
               o.identity(cert, key, &l.certificate, &l.privateKey, &l.certificateFile) &&
               o.ca(ca, &l.extraCa, &caFile) && o.resolve(resolve, &l.resolve) &&
               o.dns(dns, &l.dns) &&
               readDialbackSecret(o, secret, &l.dialbackSecret, &out.warning) &&
               o.seconds(duration, &l.durationMs) && o.seconds(timeout, &l.timeoutMs);
    };
    end(o, ok(), &output, Parsed::Command::Listen, out);
}
} // namespace

QString flagName(Specifications::Field field)
{
    using F = Specifications::Field;
    switch (field) {
    case F::From:
        return QStringLiteral("--from");
    case F::To:
        return QStringLiteral("--to");
    case F::Host:
        return QStringLiteral("--host");
    case F::Timeout:
        return QStringLiteral("--timeout");
    case F::StopAfter:
        return QStringLiteral("--stop-after");
    case F::Auth:
        return QStringLiteral("--auth");
    case F::Authoritative:
        return QStringLiteral("--authoritative HOST:PORT");
    case F::DialbackSecret:
        return QStringLiteral("the dialback secret of your server (--dialback-secret-file, "
                              "--dialback-secret-env)");
    case F::Certificate:
        return QStringLiteral("a certificate (--cert, --key)");
    case F::Jid:
        return QStringLiteral("--jid");
    case F::Password:
        return QStringLiteral("--password-env VAR or --password-file FILE (or --probe to look "
                              "at the features only)");
    case F::SendTo:
        return QStringLiteral("--send-to");
    case F::Body:
        return QStringLiteral("--body");
    case F::Ping:
        return QStringLiteral("--ping");
    case F::MinScramIterations:
        return QStringLiteral("--min-scram-iterations");
    case F::Stay:
        return QStringLiteral("--stay");
    case F::SmResumeTest:
        return QStringLiteral("--sm-resume-test");
    case F::WebSocket:
        return QStringLiteral("--websocket");
    case F::Bosh:
        return QStringLiteral("--bosh");
    case F::ProbeAll:
        return QStringLiteral("--probe-all");
    case F::Origin:
        return QStringLiteral("--origin");
    case F::Domain:
        return QStringLiteral("--domain");
    case F::DnsDomain:
        return QStringLiteral("dns DOMAIN");
    case F::Bind:
        return QStringLiteral("--bind");
    case F::Duration:
        return QStringLiteral("--duration");
    }
    return {};
}

Parsed parse(const QStringList &arguments)
{
    Parsed out;
    const QStringList args = arguments.mid(1);
    if (args.isEmpty()) {
        out.error = QStringLiteral("No command given.\n\n") + usage();
        return out;
    }
    const QString command = args.first();
    if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        out.command = Parsed::Command::Help;
        out.output = usage();
        return out;
    }
    if (command == QLatin1String("--version")) {
        out.command = Parsed::Command::Version;
        out.output = QStringLiteral("xmpp-inspector-cli " INSPECTOR_VERSION "\n");
        return out;
    }
    const QStringList rest = QStringList{arguments.first()} + args.mid(1);
    if (command == QLatin1String("s2s"))
        parseS2s(rest, out);
    else if (command == QLatin1String("scan"))
        parseScan(rest, out);
    else if (command == QLatin1String("listen"))
        parseListen(rest, out);
    else if (command == QLatin1String("c2s"))
        parseC2s(rest, out);
    else if (command == QLatin1String("dns"))
        parseDns(rest, out);
    else if (command == QLatin1String("lab"))
        parseLab(rest, out);
    else if (command == QLatin1String("show") || command == QLatin1String("export") ||
             command == QLatin1String("diff"))
        parseFiles(command, rest, out);
    else
        out.error = QStringLiteral("Unknown command '%1'.\n\n").arg(command) + usage();
    return out;
}

} // namespace Inspector::Cli
