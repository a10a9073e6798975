#!/usr/bin/env bash
# Run every check CI runs: setup (with the loopback daemons), ruff, mypy --strict, import contracts, pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
MAILWARDEN_SETUP_SERVICES=1 scripts/setup.sh
if [ -x scripts/start_services.sh ]; then scripts/start_services.sh; fi
export PATH="$PWD/.venv/bin:$PATH"
echo "== ruff"; ruff check src tests bench; ruff format --check src tests bench
echo "== mypy --strict"; mypy src
echo "== import contracts"; lint-imports
echo "== pytest"
pytest -q -p no:cacheprovider "$@"
