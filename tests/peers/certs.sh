#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# certs.sh DIR NAME[=ALT,ALT...]...: a throw-away test CA (ca.crt/ca.key), and for each NAME a
# leaf signed by it (NAME.crt/NAME.key, subjectAltName DNS:NAME and DNS:ALT for each ALT,
# serverAuth+clientAuth), NAME.pem (cert, key and CA, the form ejabberd wants), and an untrusted
# self-signed NAME-selfsigned.crt/.key.
set -euo pipefail
dir=$1; shift
mkdir -p "$dir"
cd "$dir"
if [ ! -s ca.crt ]; then
    openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=XMPP Inspector Test CA" \
        -keyout ca.key -out ca.crt -addext "basicConstraints=critical,CA:TRUE" \
        -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
fi
for spec in "$@"; do
    name=${spec%%=*}
    san="DNS:$name"
    if [ "$spec" != "$name" ]; then
        IFS=, read -r -a alts <<< "${spec#*=}"
        for alt in "${alts[@]}"; do san="$san,DNS:$alt"; done
    fi
    [ -s "$name.pem" ] && continue
    openssl req -newkey rsa:2048 -nodes -subj "/CN=$name" -keyout "$name.key" \
        -out "$name.csr" 2>/dev/null
    cat > "$name.ext" <<EXT
basicConstraints=CA:FALSE
keyUsage=digitalSignature,keyEncipherment
extendedKeyUsage=serverAuth,clientAuth
subjectAltName=$san
EXT
    openssl x509 -req -in "$name.csr" -CA ca.crt -CAkey ca.key -CAcreateserial -days 825 \
        -extfile "$name.ext" -out "$name.crt" 2>/dev/null
    cat "$name.crt" "$name.key" ca.crt > "$name.pem"
    openssl req -x509 -newkey rsa:2048 -nodes -days 825 -subj "/CN=$name" \
        -addext "subjectAltName=DNS:$name" -keyout "$name-selfsigned.key" \
        -out "$name-selfsigned.crt" 2>/dev/null
    rm -f "$name.csr" "$name.ext"
done
chmod 644 ./*.crt ./*.pem ./*.key
