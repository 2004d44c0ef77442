#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Private Prosody and ejabberd instances for the test suite, on 127.0.0.1 only, with ports
# chosen at runtime, test certificates, and no DNS traffic leaving the machine.
#   peers.sh start RUNDIR FREEPORTS_BINARY [SLOWPEER_BINARY]
#                                            writes RUNDIR/peers.env (KEY=VALUE lines)
#   peers.sh stop RUNDIR                     stops every server by PID
# Besides Prosody and ejabberd: dnsmasq (the plain test zone) and nsd, an authoritative server
# for four small zones, three of them DNSSEC-signed here with a fresh key each run.
set -Eeuo pipefail # -E: the ERR trap below also runs for failures inside functions

cmd=${1:?usage: peers.sh start|stop RUNDIR [FREEPORTS]}
run=${2:?usage: peers.sh start|stop RUNDIR [FREEPORTS]}
here=$(cd "$(dirname "$0")" && pwd)

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

wait_port() { # PORT SECONDS
    local deadline=$(( $(now_ms) + $2 * 1000 ))
    while [ "$(now_ms)" -lt "$deadline" ]; do
        if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then return 0; fi
        sleep 0.02
    done
    return 1
}

stop_pidfile() { # PIDFILE NAME
    local pidfile=$1 name=$2 pid
    [ -s "$pidfile" ] || return 0
    pid=$(cat "$pidfile")
    if kill -0 "$pid" 2>/dev/null; then
        kill -TERM "$pid" 2>/dev/null || true
        local deadline=$(( $(now_ms) + 15000 ))
        while kill -0 "$pid" 2>/dev/null && [ "$(now_ms)" -lt "$deadline" ]; do sleep 0.05; done
        if kill -0 "$pid" 2>/dev/null; then
            echo "peers: $name (pid $pid) ignored SIGTERM; killing it" >&2
            kill -KILL "$pid" 2>/dev/null || true
        fi
    fi
    rm -f "$pidfile"
}

stop_all() {
    stop_pidfile "$run/prosody/prosody.pid" prosody
    stop_pidfile "$run/ejabberd/ejabberd.pid" ejabberd
    stop_pidfile "$run/dns/dnsmasq.pid" dnsmasq
    stop_pidfile "$run/nsd/nsd.pid" nsd
    stop_pidfile "$run/slowpeer.pid" slowpeer
}

# The test federation for scans: a few hundred domains of the test zone, each a kind of server
# an admin meets (tests/support/federation.h knows them by their names; RUNDIR/federation.txt
# lists them all):
#   fed-p0..9.test      hosted by Prosody, fed-e0..9.test by ejabberd (certificates naming them)
#   fed-un000..099.test SRV to Prosody or ejabberd, which do not host them
# FED_HOSTED (10: per server) and FED_UNHOSTED (100) set how many of these two kinds there are
# (the scan benchmark's federation is larger than the tests').
#   fed-dead00..49.test SRV to a port where nothing listens
#   fed-none00..49.test SRV target "." (no service)
#   fed-miss00..49.test no record at all
#   fed-wrong.test      hosted by Prosody with a certificate for a.test
#   fed-slow.test       a server that sends a byte every 300 ms and never a whole header
FED_HOSTED=${FED_HOSTED:-10}
FED_UNHOSTED=${FED_UNHOSTED:-100}
FED_PROSODY=$(for ((i = 0; i < FED_HOSTED; ++i)); do printf 'fed-p%d.test ' $i; done)
FED_EJABBERD=$(for ((i = 0; i < FED_HOSTED; ++i)); do printf 'fed-e%d.test ' $i; done)
FED_PROSODY=${FED_PROSODY% } FED_EJABBERD=${FED_EJABBERD% }

federation_domains() { # the domains, one per line
    local n
    for ((n = 0; n < FED_HOSTED; ++n)); do echo "fed-p$n.test"; echo "fed-e$n.test"; done
    for ((n = 0; n < FED_UNHOSTED; ++n)); do printf 'fed-un%03d.test\n' $n; done
    for n in $(seq -w 0 49); do echo "fed-dead$n.test"; echo "fed-none$n.test"; echo "fed-miss$n.test"; done
    echo fed-wrong.test
    echo fed-slow.test
}

federation_records() { # the dnsmasq configuration lines
    local n
    for z in $FED_PROSODY fed-wrong.test; do echo "srv-host=_xmpp-server._tcp.$z,localhost,$P_S2S,0,0"; done
    for z in $FED_EJABBERD; do echo "srv-host=_xmpp-server._tcp.$z,localhost,$E_S2S,0,0"; done
    for ((n = 0; n < FED_UNHOSTED; ++n)); do
        if [ $((n % 2)) -eq 0 ]; then port=$P_S2S; else port=$E_S2S; fi
        printf 'srv-host=_xmpp-server._tcp.fed-un%03d.test,localhost,%s,0,0\n' $n $port
    done
    for n in $(seq -w 0 49); do
        echo "srv-host=_xmpp-server._tcp.fed-dead$n.test,localhost,$DEAD_PORT,0,0"
        echo "srv-host=_xmpp-server._tcp.fed-none$n.test"
    done
    echo "srv-host=_xmpp-server._tcp.fed-slow.test,localhost,$SLOW_PORT,0,0"
}

# The zones named after Prosody's virtual hosts signed.test, stale.test, broken.test, plain.test:
#   signed.test  signed; _xmpps-server SRV and a TLSA record matching Prosody's signed.test key
#   stale.test   signed; a TLSA record that matches no key
#   broken.test  signed, then its SRV record changed: its signature no longer verifies (bogus)
#   plain.test   not signed (insecure), with a TLSA record that matches its key: what anyone
#                could publish, so it must never stand in for PKIX
# each with server and client SRV records (direct TLS) and a TLSA record for both ports, and
#   alias.test   signed, TLSA matching Prosody's signed.test key, but its SRV target is a CNAME
#                into plain.test: secure TLSA, insecure addresses (DANE does not apply)
#   badaddr.test signed, then its target's A record changed (bogus); its AAAA record is secure
# and three signed zones for the DANE usages, each a virtual host of Prosody:
#   pinned.test  DANE-EE (3 1 1) of the key Prosody serves for it: a.test's certificate (its
#                default: no certificate names pinned.test), which does not name pinned.test
#   tanamed.test DANE-TA (2 1 0, the CA's full key: it is not sent), its own certificate
#   tawrong.test DANE-TA of the CA, but a.test's certificate: the name does not match
# Their trust anchors (DS records) go to nsd/anchors.ds.
dnssec_zone() { # NAME SIGN(yes|no|break|break-a) "USAGE SELECTOR TYPE DATA" [ADDRESS_RECORD]
    local name=$1 sign=$2 tlsa=$3 address=${4:-"A 127.0.0.1"} d=$run/nsd
    local srv=_xmpps-server port=$P_S2S_TLS csrv=_xmpps-client cport=$P_C2S_TLS
    [ "$sign" = break ] && srv=_xmpp-server port=$P_S2S csrv=_xmpp-client cport=$P_C2S
    cat > "$d/$name.zone" <<ZONE
\$ORIGIN $name.
\$TTL 300
@ IN SOA ns.$name. hostmaster.$name. 1 3600 600 86400 300
@ IN NS ns.$name.
ns IN A 127.0.0.1
xmpp IN $address
$([ "$sign" = break-a ] && echo "xmpp IN AAAA ::1")
$srv._tcp IN SRV 0 0 $port xmpp.$name.
$csrv._tcp IN SRV 0 0 $cport xmpp.$name.
_$P_S2S_TLS._tcp.xmpp IN TLSA $tlsa
_$P_C2S_TLS._tcp.xmpp IN TLSA $tlsa
ZONE
    if [ "$sign" = no ]; then
        cp "$d/$name.zone" "$d/$name.served"
        return
    fi
    local ksk zsk
    ksk=$(cd "$d" && ldns-keygen -a ECDSAP256SHA256 -k "$name")
    zsk=$(cd "$d" && ldns-keygen -a ECDSAP256SHA256 "$name")
    (cd "$d" && ldns-signzone -n -e "$(date -u -d '+30 days' +%Y%m%d%H%M%S)" -f "$name.served" \
        "$name.zone" "$ksk" "$zsk")
    cat "$d/$ksk.ds" >> "$d/anchors.ds"
    if [ "$sign" = break ]; then
        # The signed SRV records now point elsewhere than their signatures say (never reached).
        sed -i -E "s/(IN[[:space:]]+SRV[[:space:]]+0[[:space:]]+0[[:space:]]+)[0-9]+ /\\1$DEAD_PORT /" "$d/$name.served"
        [ "$(grep -c "SRV.*0 0 $DEAD_PORT " "$d/$name.served")" = 2 ] || { echo "peers: could not break $name" >&2; return 1; }
    elif [ "$sign" = break-a ]; then
        sed -i -E "s/^(xmpp\.$name\.[[:space:]].*IN[[:space:]]+A[[:space:]]+)127\.0\.0\.1/\1127.0.0.2/" "$d/$name.served"
        grep -q "IN[[:space:]]A[[:space:]]127.0.0.2" "$d/$name.served" || { echo "peers: could not break $name" >&2; return 1; }
    fi
}

spki_sha256() { # CERT_NAME: the SHA-256 of its public key (TLSA 3 1 1 data)
    openssl x509 -in "$run/certs/$1.crt" -pubkey -noout | openssl pkey -pubin -outform DER \
        | openssl dgst -sha256 -hex | sed 's/.*= //'
}

start_nsd() {
    local d=$run/nsd
    mkdir -p "$d"
    : > "$d/anchors.ds"
    local spki plainspki
    spki=$(spki_sha256 signed.test)
    plainspki=$(spki_sha256 plain.test)
    local none=0000000000000000000000000000000000000000000000000000000000000000
    dnssec_zone signed.test yes "3 1 1 $spki"
    dnssec_zone stale.test yes "3 1 1 $none"
    dnssec_zone broken.test break "3 1 1 $spki"
    dnssec_zone plain.test no "3 1 1 $plainspki"
    dnssec_zone alias.test yes "3 1 1 $spki" "CNAME xmpp.plain.test."
    dnssec_zone badaddr.test break-a "3 1 1 $spki"
    local cakey
    cakey=$(openssl x509 -in "$run/certs/ca.crt" -pubkey -noout | openssl pkey -pubin -outform DER \
            | od -An -tx1 | tr -d ' \n')
    dnssec_zone pinned.test yes "3 1 1 $(spki_sha256 a.test)"
    dnssec_zone tanamed.test yes "2 1 0 $cakey"
    dnssec_zone tawrong.test yes "2 1 0 $cakey"
    {
        cat <<CONF
server:
    ip-address: 127.0.0.1
    port: $NSD_PORT
    username: ""
    chroot: ""
    database: ""
    zonesdir: "$d"
    pidfile: "$d/nsd.own.pid"
    logfile: "$d/nsd.log"
    zonelistfile: "$d/zone.list"
    xfrdfile: "$d/xfrd.state"
    xfrdir: "$d"
    server-count: 1
    verbosity: 1
remote-control:
    control-enable: no
CONF
        for z in $DNSSEC_ZONES $DANE_ZONES alias.test badaddr.test; do
            printf 'zone:\n    name: "%s"\n    zonefile: "%s.served"\n' "$z" "$z"
        done
    } > "$d/nsd.conf"
    # -d: stays in the foreground, so that its PID is the one recorded here.
    nsd -d -c "$d/nsd.conf" > "$d/stdout.log" 2>&1 < /dev/null &
    echo $! > "$d/nsd.pid"
    if ! wait_port "$NSD_PORT" 10; then
        echo "peers: nsd did not start:" >&2
        cat "$d/stdout.log" "$d/nsd.log" >&2 || true
        return 1
    fi
}

# A DNS server for the test zone only, on a loopback port: SRV records send each test domain
# to its server's runtime port, and inspector.test to the port the tests' own listener uses.
start_dns() {
    local d=$run/dns
    mkdir -p "$d"
    local records=(
        --srv-host="_xmpp-server._tcp.inspector.test,localhost,$AS_PORT,0,0"
        --srv-host="_xmpp-server._tcp.a.test,localhost,$P_S2S,0,0"
        --srv-host="_xmpp-server._tcp.b.test,localhost,$P_S2S,0,0"
        --srv-host="_xmpp-server._tcp.bidi.test,localhost,$P_S2S,0,0"
        --srv-host="_xmpp-server._tcp.c.test,localhost,$E_S2S,0,0"
        --srv-host="_xmpp-server._tcp.d.test,localhost,$E_S2S,0,0"
        --srv-host="_xmpp-client._tcp.a.test,localhost,$P_C2S,0,0"
        --srv-host="_xmpp-client._tcp.c.test,localhost,$E_C2S,0,0"
        --srv-host="_xmpps-client._tcp.c.test,localhost,$E_C2S_TLS,0,0"
        --srv-host="_xmpp-client._tcp.web.test,localhost,$P_C2S,0,0"
        --srv-host="_xmpp-client._tcp.e.test,localhost,$E_C2S,0,0"
    )
    for name in inspector.test a.test b.test bidi.test c.test d.test e.test web.test alpha.test beta.test fallback.test; do
        records+=(--host-record="$name,127.0.0.1")
    done
    records+=(--host-record="localhost,127.0.0.1")
    # A zone for the DNS tests: priorities, both SRV kinds, "no service", a dead first target,
    # and TLSA records (one matching Prosody's b.test key, one not matching ejabberd's d.test).
    local spki
    spki=$(openssl x509 -in "$run/certs/b.test.crt" -pubkey -noout | openssl pkey -pubin -outform DER \
           | openssl dgst -sha256 -hex | sed 's/.*= //')
    records+=(
        --srv-host="_xmpp-server._tcp.srv.test,alpha.test,$P_S2S,10,5"
        --srv-host="_xmpp-server._tcp.srv.test,beta.test,$E_S2S,0,10"
        --srv-host="_xmpps-server._tcp.mixed.test,alpha.test,$P_S2S_TLS,5,0"
        --srv-host="_xmpp-server._tcp.mixed.test,alpha.test,$P_S2S,5,0"
        --srv-host="_xmpp-server._tcp.nosrv.test"
        --srv-host="_xmpps-server._tcp.nodirect.test"
        --srv-host="_xmpps-server._tcp.direct-only-dot.test"
        --srv-host="_xmpp-server._tcp.direct-only-dot.test,alpha.test,$P_S2S,0,0"
        --srv-host="_xmpp-server._tcp.dead.test,alpha.test,$DEAD_PORT,0,0"
        --srv-host="_xmpp-server._tcp.dead.test,alpha.test,$P_S2S,10,0"
        --srv-host="_xmpp-client._tcp.deadc.test,alpha.test,$DEAD_PORT,0,0"
        --srv-host="_xmpp-client._tcp.deadc.test,alpha.test,$P_C2S,10,0"
        --srv-host="_xmpps-server._tcp.b.test,alpha.test,$P_S2S_TLS,0,0"
        --srv-host="_xmpps-server._tcp.wrongport.test,alpha.test,$P_S2S,0,0"
        --srv-host="_xmpps-server._tcp.d.test,beta.test,$E_S2S_TLS,0,0"
        --dns-rr="_$P_S2S_TLS._tcp.alpha.test,52,030101$spki"
        --dns-rr="_$E_S2S_TLS._tcp.beta.test,52,0301010000000000000000000000000000000000000000000000000000000000ffff"
    )
    federation_records > "$d/federation.conf"
    federation_domains > "$run/federation.txt"
    dnsmasq -k --conf-file="$d/federation.conf" --port="$DNS_PORT" --listen-address=127.0.0.1 \
        --bind-interfaces --no-resolv --no-hosts --no-poll --user=root --group=root \
        --local=/test/ --local=/localhost/ --log-queries --log-facility="$d/queries.log" \
        "${records[@]}" > "$d/stdout.log" 2>&1 < /dev/null &
    echo $! > "$d/dnsmasq.pid"
    if ! wait_port "$DNS_PORT" 10; then
        echo "peers: dnsmasq did not start:" >&2
        cat "$d/stdout.log" >&2 || true
        return 1
    fi
}

start_prosody() {
    local d=$run/prosody
    mkdir -p "$d/data" "$d/hostcerts"
    # Only the virtual hosts' certificates: Prosody indexes every certificate in this folder.
    cp "$run/certs/a.test.crt" "$run/certs/a.test.key" "$d/hostcerts/"
    cp "$run/certs/b.test.crt" "$run/certs/b.test.key" "$d/hostcerts/"
    cp "$run/certs/bidi.test.crt" "$run/certs/bidi.test.key" "$d/hostcerts/"
    for z in $DNSSEC_ZONES tanamed.test; do cp "$run/certs/$z.crt" "$run/certs/$z.key" "$d/hostcerts/"; done
    cp "$run/certs/fedp.test.crt" "$run/certs/fedp.test.key" "$d/hostcerts/"
    cp "$run/certs/web.test.crt" "$run/certs/web.test.key" "$d/hostcerts/"
    cp "$run/certs/localhost.crt" "$run/certs/localhost.key" "$d/hostcerts/"
    cat > "$d/prosody.cfg.lua" <<CFG
-- private test instance, loopback only
run_as_root = true -- prosody -F as root refuses to start without it
pidfile = "$d/prosody.lua.pid"
data_path = "$d/data"
log = { { levels = { min = "debug" }, to = "file", filename = "$d/prosody.log" } }
interfaces = { "127.0.0.1" }
c2s_ports = { $P_C2S }
c2s_direct_tls_ports = { $P_C2S_TLS }
s2s_ports = { $P_S2S }
s2s_direct_tls_ports = { $P_S2S_TLS }
use_ipv6 = false
http_ports = { $P_HTTP }
http_interfaces = { "127.0.0.1" }
https_ports = { $P_HTTPS }
https_interfaces = { "127.0.0.1" }
modules_enabled = { "dialback"; "tls"; "saslauth"; "ping"; "disco"; "version"; "roster"; "admin_shell"; }
modules_disabled = { "offline"; }
authentication = "internal_hashed"
allow_registration = false
s2s_secure_auth = false
s2s_require_encryption = false
c2s_require_encryption = true
s2s_timeout = 10
dialback_secret = "inspector-test-secret"
certificates = "$d/hostcerts"
ssl = { certificate = "$run/certs/a.test.crt"; key = "$run/certs/a.test.key"; cafile = "$run/certs/ca.crt"; }
-- Resolve through the suite's DNS server only: no lookup ever leaves the machine. libunbound
-- answers the special-use test. zone itself unless it is made transparent.
unbound = { resolvconf = false; hoststxt = false; forward = "127.0.0.1@$DNS_PORT";
  options = { ["local-zone:"] = "test. transparent" } }

VirtualHost "a.test"
  ssl = { certificate = "$run/certs/a.test.crt"; key = "$run/certs/a.test.key"; cafile = "$run/certs/ca.crt"; }

VirtualHost "b.test"
  ssl = { certificate = "$run/certs/b.test.crt"; key = "$run/certs/b.test.key"; cafile = "$run/certs/ca.crt"; }

-- XEP-0288 for this host only (a host's modules_enabled adds to the global list), so the
-- features of the other hosts stay as they are. Offered before TLS too, as
-- s2s_require_encryption is false.
VirtualHost "bidi.test"
  ssl = { certificate = "$run/certs/bidi.test.crt"; key = "$run/certs/bidi.test.key"; cafile = "$run/certs/ca.crt"; }
  modules_enabled = { "s2s_bidi" }

-- What mobile and web clients use (XEP-0198, XEP-0077, XEP-0280, XEP-0313, XEP-0352), for this
-- host only, so that the other hosts keep offering what their tests expect. Registration is
-- open: the tests read its form and never submit it.
VirtualHost "web.test"
  ssl = { certificate = "$run/certs/web.test.crt"; key = "$run/certs/web.test.key"; cafile = "$run/certs/ca.crt"; }
  modules_enabled = { "smacks"; "register"; "carbons"; "mam"; "csi_simple" }
  allow_registration = true
  smacks_hibernation_time = 60

-- The web endpoints (RFC 7395 /xmpp-websocket, XEP-0206 /http-bind) on a host of their own:
-- HTTPS chooses its certificate by SNI among the virtual hosts only, and Qt dials a URL's own
-- host name. A stream opened there may be addressed to web.test.
VirtualHost "localhost"
  ssl = { certificate = "$run/certs/localhost.crt"; key = "$run/certs/localhost.key"; cafile = "$run/certs/ca.crt"; }
  modules_enabled = { "websocket"; "bosh" }
CFG
    for z in $DNSSEC_ZONES $DANE_ZONES $FED_PROSODY fed-wrong.test; do
        local cert=$z
        case $z in pinned.test | tawrong.test | fed-wrong.test) cert=a.test ;; fed-p*) cert=fedp.test ;; esac
        printf '\nVirtualHost "%s"\n  ssl = { certificate = "%s"; key = "%s"; cafile = "%s"; }\n' \
            "$z" "$run/certs/$cert.crt" "$run/certs/$cert.key" "$run/certs/ca.crt" >> "$d/prosody.cfg.lua"
    done
    printf '#!/bin/sh\nexec prosodyctl --config "%s" "$@"\n' "$d/prosody.cfg.lua" > "$d/ctl.sh"
    chmod 755 "$d/ctl.sh"
    setsid prosody --config "$d/prosody.cfg.lua" -F > "$d/stdout.log" 2>&1 < /dev/null &
    echo $! > "$d/prosody.pid"
    if ! wait_port "$P_S2S" 20 || ! wait_port "$P_C2S" 5; then
        echo "peers: prosody did not start; its log:" >&2
        tail -n 30 "$d/stdout.log" "$d/prosody.log" >&2 || true
        return 1
    fi
}

start_ejabberd() {
    local d=$run/ejabberd
    mkdir -p "$d/logs" "$d/spool"
    cp "$run/certs/c.test.pem" "$run/certs/d.test.pem" "$run/certs/e.test.pem" "$run/certs/fede.test.pem" "$run/certs/localhost.pem" "$run/certs/ca.crt" "$d/"
    local node="inspector$$@localhost"
    cat > "$d/ejabberd.yml" <<CFG
# private test instance, loopback only
loglevel: info
log_rotate_count: 0
hosts:
  - c.test
  - d.test
  - e.test
$(for z in $FED_EJABBERD; do echo "  - $z"; done)
host_config:
  d.test:
    auth_scram_hash: sha256
  # What mobile and web clients use, for this host only (the other hosts' tests expect their
  # features as they are). Registration is open; the tests read its form and never submit it.
  # A host's modules replace the global ones: the usual ones are listed again.
  e.test:
    modules:
      mod_disco: {}
      mod_ping: {}
      mod_version: {}
      mod_roster: {}
      mod_caps: {}
      mod_stream_mgmt: {resume_timeout: 60}
      mod_register: {ip_access: all, access: register}
      mod_carboncopy: {}
      mod_mam: {}
      mod_client_state: {}
      mod_bosh: {}
      # Announced at localhost: a web client's connection manager on another host than the
      # XMPP domain, as many deployments have it (and Qt dials a URL's own host name).
      mod_host_meta:
        websocket_url: "wss://localhost:$E_HTTPS/ws"
        bosh_service_url: "https://localhost:$E_HTTPS/bosh"
certfiles:
  - $d/c.test.pem
  - $d/d.test.pem
  - $d/fede.test.pem
  - $d/e.test.pem
  - $d/localhost.pem
ca_file: $d/ca.crt
listen:
  - {port: $E_C2S, ip: "127.0.0.1", module: ejabberd_c2s, starttls_required: true}
  - {port: $E_C2S_TLS, ip: "127.0.0.1", module: ejabberd_c2s, tls: true}
  - {port: $E_S2S, ip: "127.0.0.1", module: ejabberd_s2s_in}
  - {port: $E_S2S_TLS, ip: "127.0.0.1", module: ejabberd_s2s_in, tls: true}
  # What web clients reach: host-meta (XEP-0156), WebSocket (RFC 7395) and BOSH (XEP-0206),
  # over HTTPS (the certificate chosen by SNI among certfiles) and over plain HTTP.
  - port: $E_HTTPS
    ip: "127.0.0.1"
    module: ejabberd_http
    tls: true
    request_handlers:
      /ws: ejabberd_http_ws
      /bosh: mod_bosh
      /.well-known/host-meta: mod_host_meta
      /.well-known/host-meta.json: mod_host_meta
  - port: $E_HTTP
    ip: "127.0.0.1"
    module: ejabberd_http
    request_handlers:
      /ws: ejabberd_http_ws
      /bosh: mod_bosh
s2s_use_starttls: optional
s2s_access: all
s2s_dns_timeout: 2
s2s_dns_retries: 1
s2s_timeout: 10
outgoing_s2s_families: [ipv4]
auth_method: internal
auth_password_format: scram
acl:
  loopback:
    ip: [127.0.0.0/8]
access_rules:
  c2s:
    allow: all
  local:
    allow: all
  register:
    allow: all
api_permissions:
  "console commands":
    from: [ejabberd_ctl]
    who: all
    what: "*"
modules:
  mod_disco: {}
  mod_ping: {}
  mod_version: {}
  mod_roster: {}
  mod_s2s_dialback: {}
  mod_caps: {}
  mod_admin_extra: {}
  # ejabberd 23.01 opens every BOSH session with the options of the first host's mod_bosh
  # (module_not_loaded otherwise); it adds no stream feature.
  mod_bosh: {}
CFG
    # --ctl-config is essential: without it Debian's /etc/default/ejabberd overrides --config.
    cat > "$d/ejabberdctl.cfg" <<CFG
ERL_OPTIONS="-env ERL_CRASH_DUMP_BYTES 0 -setcookie inspector-test-cookie"
ERL_DIST_PORT=$E_DIST
INET_DIST_INTERFACE=127.0.0.1
EJABBERD_CONFIG_PATH=$d/ejabberd.yml
EJABBERD_PID_PATH=$d/ejabberd.pid
EJABBERD_BYPASS_WARNINGS=true
CFG
    # SRV lookups go to the suite's DNS server; A lookups use the private hosts file below.
    cat > "$d/inetrc" <<CFG
{resolv_conf, ""}.
{hosts_file, ""}.
{host, {127,0,0,1}, ["localhost","inspector.test","a.test","b.test","c.test","d.test"]}.
{nameserver, {127,0,0,1}, $DNS_PORT}.
{lookup, [file, dns]}.
CFG
    printf '127.0.0.1 localhost inspector.test a.test b.test c.test d.test\n' > "$d/hosts"
    printf 'nameserver 127.0.0.1\noptions timeout:1 attempts:1\n' > "$d/resolv.conf"
    chown -R ejabberd:ejabberd "$d"
    echo "$node" > "$d/node"
    local ctl=(ejabberdctl --config-dir "$d" --config "$d/ejabberd.yml" --ctl-config
               "$d/ejabberdctl.cfg" --logs "$d/logs" --spool "$d/spool" --node "$node")
    {
        printf '#!/bin/sh\nexec'
        printf ' %q' "${ctl[@]}"
        printf ' "$@"\n'
    } > "$d/ctl.sh"
    chmod 755 "$d/ctl.sh"
    # ejabberd resolves A records with glibc: a private mount namespace gives it its own
    # /etc/hosts and /etc/resolv.conf without touching the machine's.
    if ! unshare --mount --propagation private -- sh -c \
        'mount --bind "$0/hosts" /etc/hosts && mount --bind "$0/resolv.conf" /etc/resolv.conf && shift && exec "$@"' \
        "$d" _ "${ctl[@]}" start > "$d/start.log" 2>&1; then
        echo "peers: private namespace unavailable; starting ejabberd without it" >&2
        "${ctl[@]}" start >> "$d/start.log" 2>&1
    fi
    local deadline=$(( $(now_ms) + 30000 ))
    while [ ! -s "$d/ejabberd.pid" ] && [ "$(now_ms)" -lt "$deadline" ]; do sleep 0.05; done
    if ! wait_port "$E_S2S" 30 || ! wait_port "$E_C2S" 5; then
        echo "peers: ejabberd did not start; its logs:" >&2
        tail -n 40 "$d/start.log" "$d/logs/ejabberd.log" "$d/logs/error.log" >&2 || true
        return 1
    fi
}

case $cmd in
start)
    freeports=${3:?peers.sh start needs the freeports helper}
    [ -d "$run" ] && stop_all
    rm -rf "$run"
    mkdir -p "$run"
    DNSSEC_ZONES="signed.test stale.test broken.test plain.test"
    DANE_ZONES="pinned.test tanamed.test tawrong.test"
    "$here/certs.sh" "$run/certs" a.test b.test bidi.test c.test d.test e.test web.test localhost inspector.test $DNSSEC_ZONES tanamed.test \
        "fedp.test=${FED_PROSODY// /,}" "fede.test=${FED_EJABBERD// /,}"
    chmod 755 "$run" "$run/certs"
    slowpeer=${4:-}
    mapfile -t ports < <("$freeports" 19)
    P_C2S=${ports[0]} P_C2S_TLS=${ports[1]} P_S2S=${ports[2]} P_S2S_TLS=${ports[3]}
    E_C2S=${ports[4]} E_C2S_TLS=${ports[5]} E_S2S=${ports[6]} E_S2S_TLS=${ports[7]}
    E_DIST=${ports[8]} DNS_PORT=${ports[9]} AS_PORT=${ports[10]} AS_TLS_PORT=${ports[11]}
    DEAD_PORT=${ports[12]} # chosen free, and nothing ever listens there
    NSD_PORT=${ports[13]}
    SLOW_PORT=${ports[14]}
    P_HTTP=${ports[15]} P_HTTPS=${ports[16]} E_HTTP=${ports[17]} E_HTTPS=${ports[18]}
    t0=$(now_ms)
    trap 'stop_all' ERR
    start_dns
    start_nsd
    if [ -n "$slowpeer" ]; then
        setsid "$slowpeer" "$SLOW_PORT" > "$run/slowpeer.log" 2>&1 < /dev/null &
        echo $! > "$run/slowpeer.pid"
        wait_port "$SLOW_PORT" 10 || { echo "peers: the slow peer did not start" >&2; false; }
    fi
    start_prosody
    t1=$(now_ms)
    start_ejabberd
    t2=$(now_ms)
    # Test accounts (the passwords are test data, written to peers.env for the tests).
    prosodyctl --config "$run/prosody/prosody.cfg.lua" register alice a.test alice-pass >/dev/null
    prosodyctl --config "$run/prosody/prosody.cfg.lua" register bob a.test bob-pass >/dev/null
    prosodyctl --config "$run/prosody/prosody.cfg.lua" register alice bidi.test alice-pass >/dev/null
    for z in $DNSSEC_ZONES $DANE_ZONES; do
        prosodyctl --config "$run/prosody/prosody.cfg.lua" register alice "$z" alice-pass >/dev/null
    done
    "$run/ejabberd/ctl.sh" register carol c.test carol-pass >/dev/null
    "$run/ejabberd/ctl.sh" register dave c.test dave-pass >/dev/null
    "$run/ejabberd/ctl.sh" register erin d.test erin-pass >/dev/null
    prosodyctl --config "$run/prosody/prosody.cfg.lua" register frank web.test frank-pass >/dev/null
    "$run/ejabberd/ctl.sh" register grace e.test grace-pass >/dev/null
    t3=$(now_ms)
    trap - ERR
    cat > "$run/peers.env" <<ENV
CERTS=$run/certs
DNS_PORT=$DNS_PORT
DEAD_PORT=$DEAD_PORT
SLOW_PORT=$SLOW_PORT
NSD_PORT=$NSD_PORT
TRUST_ANCHORS=$run/nsd/anchors.ds
INSPECTOR_DOMAIN=inspector.test
INSPECTOR_AS_PORT=$AS_PORT
INSPECTOR_AS_TLS_PORT=$AS_TLS_PORT
PROSODY_DOMAIN=a.test
PROSODY_DOMAIN2=b.test
PROSODY_BIDI_DOMAIN=bidi.test
PROSODY_BIDI_S2S=$P_S2S
PROSODY_C2S=$P_C2S
PROSODY_C2S_TLS=$P_C2S_TLS
PROSODY_S2S=$P_S2S
PROSODY_S2S_TLS=$P_S2S_TLS
PROSODY_PID=$(cat "$run/prosody/prosody.pid")
PROSODY_CTL=$run/prosody/ctl.sh
PROSODY_SECRET=inspector-test-secret
EJABBERD_DOMAIN=c.test
EJABBERD_C2S=$E_C2S
EJABBERD_C2S_TLS=$E_C2S_TLS
EJABBERD_S2S=$E_S2S
EJABBERD_S2S_TLS=$E_S2S_TLS
EJABBERD_PID=$(cat "$run/ejabberd/ejabberd.pid")
EJABBERD_CTL=$run/ejabberd/ctl.sh
EJABBERD_DOMAIN_SHA256=d.test
PROSODY_WEB_DOMAIN=web.test
PROSODY_WEB_S2S=$P_S2S
EJABBERD_WEB_DOMAIN=e.test
PROSODY_HTTP=$P_HTTP
PROSODY_HTTPS=$P_HTTPS
EJABBERD_HTTP=$E_HTTP
EJABBERD_HTTPS=$E_HTTPS
ENV
    echo "peers: prosody ready in $((t1 - t0)) ms, ejabberd in $((t2 - t1)) ms, accounts in $((t3 - t2)) ms"
    ;;
stop)
    stop_all
    echo "peers: stopped"
    ;;
*)
    echo "usage: peers.sh start|stop RUNDIR [FREEPORTS]" >&2
    exit 2
    ;;
esac
