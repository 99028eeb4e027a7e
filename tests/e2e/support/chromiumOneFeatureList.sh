#!/bin/sh
# Starts Chromium with every --disable-features list it was given joined into one. Playwright passes
# its own (features that reach the network or change paint timing) and the tests add theirs, and
# Chromium keeps only the last of several: the others would be back on.
disabled=""
for arg; do
  shift
  case "$arg" in
    --disable-features=*) disabled="${disabled:+$disabled,}${arg#--disable-features=}" ;;
    *) set -- "$@" "$arg" ;;
  esac
done
exec "${QARIN_CHROMIUM_BINARY:-/usr/bin/chromium}" ${disabled:+"--disable-features=$disabled"} "$@"
