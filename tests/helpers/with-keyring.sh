#!/bin/sh
# Runs a command (a test) with a desktop keyring of its own: a D-Bus session bus, and on it
# GNOME Keyring's Secret Service with a fresh, unlocked "login" keyring in a temporary home,
# all gone when the command ends. The command is told by BANATLAS_TEST_KEYRING=1, and the
# user's own keyring is never touched. Fails when the keyring cannot be started.
set -eu
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mkdir -m 700 "$home/run"
status=0
HOME="$home" XDG_RUNTIME_DIR="$home/run" XDG_DATA_HOME="$home/.local/share" \
    BANATLAS_TEST_KEYRING=1 dbus-run-session -- sh -c '
    # A password on standard input creates the login keyring, unlocked, with no prompt.
    printf %s throwaway | gnome-keyring-daemon --unlock --components=secrets >/dev/null ||
        { echo "with-keyring: gnome-keyring-daemon did not start" >&2; exit 1; }
    exec "$@"' with-keyring "$@" || status=$?
exit "$status"
