#!/usr/bin/env bash
# Sets up everything the course needs: the project-local .venv with the pinned Python packages, the helper
# jar built with ./mvnw, and the `java-course` Jupyter kernel pinned to a JDK 21+. Safe to run again: it
# only redoes what changed. The work is done by install.py; this wrapper only makes sure Python is there.
set -euo pipefail
here="$(cd "${BASH_SOURCE[0]%/*}" && pwd)"

python=""
for candidate in "${COURSE_PYTHON:-}" python3 python; do
    if [ -n "$candidate" ] && command -v "$candidate" >/dev/null 2>&1 \
        && "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 10))' 2>/dev/null; then
        python="$candidate"
        break
    fi
done
if [ -z "$python" ]; then
    echo "error: Python 3.10 or newer is needed and was not found; install it (e.g. 'sudo apt install python3 python3-venv') and run this again." >&2
    exit 2
fi
exec "$python" "$here/install.py" "$@"
