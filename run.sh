#!/usr/bin/env bash
# The two Quick start commands of the README:
#   ./run.sh app     set up .venv, load the bundled summit with demo people on first run, open the window
#   ./run.sh tests   set up (or reuse) .venv and run the whole test suite, as CI does
# and one for whoever makes the desk installer (README, "Building the desk installer"):
#   ./run.sh bundle  build the one-folder program with PyInstaller into dist/accreditation/
# Each sets itself up: Debian packages (installed when run as root or with sudo), the virtual
# environment at .venv/, the Python dependencies and the compiled translations.
set -euo pipefail
cd "$(dirname "$0")"

# Fonts the badges and cards print with; the libraries Qt needs; the tools the tests read PDFs with.
RUNTIME_PACKAGES=(python3-venv fonts-noto-core fonts-dejavu-core fontconfig libegl1 libgl1 libxkbcommon0
  libfontconfig1 libdbus-1-3 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
  libxcb-shape0 libxcb-render-util0 libxcb-image0)
# postgresql: every database test also runs against a real server (several desks share one).
TEST_PACKAGES=(poppler-utils tesseract-ocr tesseract-ocr-fas tesseract-ocr-rus postgresql)
# PyInstaller on Linux reads and writes executables with objdump/objcopy.
BUILD_PACKAGES=(binutils)

install_system_packages() {
  command -v dpkg-query >/dev/null 2>&1 || return 0   # not Debian/Ubuntu: nothing to do here
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "Please install: apt-get install ${missing[*]}" >&2; return 0; fi
  fi
  echo "Installing system packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# A PostgreSQL server on loopback for the tests: the Debian cluster started if it is down, a role that may
# create databases (each test makes its own from a template) and ACCREDITATION_TEST_PG pointing at it.
# Only 127.0.0.1 with a password; no other address and no other setting of the server is touched.
# Without a server the PostgreSQL variants are skipped, except under CI=true, where that is an error.
start_test_postgres() {
  [ -n "${ACCREDITATION_TEST_PG:-}" ] && return 0
  local user=accreditation_test password=accreditation_test port="" as_pg=""
  if command -v pg_lsclusters >/dev/null 2>&1; then
    if [ "$(id -u)" -eq 0 ]; then as_pg="su postgres -c"; elif command -v sudo >/dev/null 2>&1; then
      as_pg="sudo -n -u postgres sh -c"; fi
    local cluster
    cluster=$(pg_lsclusters -h 2>/dev/null | sort -k1,1nr | head -1)
    if [ -n "$cluster" ] && [ -n "$as_pg" ]; then
      set -- $cluster
      port=$3
      if [ "$4" != "online" ]; then
        if [ "$(id -u)" -eq 0 ]; then pg_ctlcluster "$1" "$2" start || port=""; else
          sudo -n pg_ctlcluster "$1" "$2" start || port=""; fi
      fi
    fi
  fi
  if [ -n "$port" ] && $as_pg "psql -p $port -qAt -v ON_ERROR_STOP=1" >/dev/null <<SQL
SELECT 'CREATE ROLE $user LOGIN CREATEDB' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$user')\gexec
ALTER ROLE $user LOGIN CREATEDB PASSWORD '$password';
SELECT 'CREATE DATABASE $user OWNER $user' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$user')\gexec
SQL
  then
    export ACCREDITATION_TEST_PG="postgresql+psycopg://$user:$password@127.0.0.1:$port/$user"
    echo "PostgreSQL tests run against 127.0.0.1:$port"
  elif [ "${CI:-}" = "true" ]; then
    echo "CI=true but no PostgreSQL server could be started for the tests" >&2
    exit 1
  else
    echo "No PostgreSQL server: the PostgreSQL variants of the tests will be skipped" >&2
  fi
}

setup_python() {
  local python=${PYTHON:-python3}
  if [ ! -x .venv/bin/python ]; then
    "$python" -m venv .venv
  fi
  local stamp=.venv/.installed-$(sha1sum pyproject.toml | cut -c1-12)
  if [ ! -f "$stamp" ]; then
    .venv/bin/python -m pip install -q --upgrade pip
    .venv/bin/python -m pip install -q -e ".[test]"
    rm -f .venv/.installed-*
    touch "$stamp"
  fi
  .venv/bin/pyside6-lrelease -silent ui/translations/*.ts
}

case "${1:-}" in
  app)
    install_system_packages "${RUNTIME_PACKAGES[@]}"
    setup_python
    shift
    if [ ! -f "$(.venv/bin/python -c 'from accreditation.paths import default_database_path as p; print(p())')" ]; then
      .venv/bin/python main.py demo
    fi
    exec .venv/bin/python main.py "$@"
    ;;
  tests)
    install_system_packages "${RUNTIME_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
    setup_python
    shift
    start_test_postgres
    .venv/bin/lint-imports
    QT_QPA_PLATFORM=offscreen exec .venv/bin/python -m pytest "$@"
    ;;
  bundle)
    install_system_packages "${RUNTIME_PACKAGES[@]}" "${BUILD_PACKAGES[@]}"
    setup_python
    shift
    exec .venv/bin/python packaging/build.py "$@"
    ;;
  *)
    echo "usage: ./run.sh app [--lang fa|en|ru] | ./run.sh tests [pytest options] | ./run.sh bundle" >&2
    exit 2
    ;;
esac
