#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# One-time set-up for a fresh Debian/Ubuntu machine: the apt packages listed
# in tools/apt-packages.txt and a virtualenv (.venv) with the freeze package
# installed with its test extras.  Safe to run again: it only does what is
# missing.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
while read -r pkg _; do
    [[ -z "$pkg" || "$pkg" == \#* ]] && continue
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || need+=("$pkg")
done < tools/apt-packages.txt
if ((${#need[@]})); then
    sudo=""; [[ $(id -u) -ne 0 ]] && sudo="sudo"
    echo "setup: installing ${need[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

stamp=.venv/.installed
if [[ ! -f $stamp || pyproject.toml -nt $stamp ]]; then
    python3 -m venv .venv
    .venv/bin/pip install -q --upgrade pip
    .venv/bin/pip install -q -e '.[test]'
    touch "$stamp"
fi
