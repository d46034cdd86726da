#!/usr/bin/env bash
# Runs one of the examples (examples/): ./run-example.sh <example> [args]; without arguments it lists them.
#
# Offline by default: the examples start the embedded Prisma Access + AIRS simulator. Set
# PANW_CLIENT_ID, PANW_CLIENT_SECRET and PANW_TSG_ID to run against a real tenant instead.
#
# The first run builds and installs the project (mvn -B -q install -DskipTests, Java 17 + Maven 3.8.7,
# ../shared beside the clone); later runs rebuild only when a source or pom changed since.
# SASEKIT_REBUILD=1 forces a rebuild. Files the examples write land in the current directory.
# Exit codes: 0 done, 1 an API call or the push failed, 2 bad arguments.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
STAMP="$ROOT/examples/target/.run-example.built"

needs_build() {
  [[ "${SASEKIT_REBUILD:-}" == "1" ]] && return 0
  [[ -f "$STAMP" && -f "$ROOT/examples/target/classes/io/sasekit/examples/Main.class" ]] || return 0
  [[ -n "$(cd "$ROOT" && find . -path '*/target' -prune -o -path './.git' -prune -o -type f -newer "$STAMP" \
        \( -path '*/src/*' -o -name pom.xml -o -path './specs/*' \) -print -quit)" ]]
}

if needs_build; then
  echo "Building sasekit (mvn -B -q install -DskipTests; the first build takes a minute or two) ..." >&2
  (cd "$ROOT" && mvn -B -q install -DskipTests) >&2
  touch "$STAMP"
fi

# exec.args is split on spaces, honouring "..." and '...': quote every argument.
quoted=""
for arg in "$@"; do
  if [[ "$arg" == *\"* ]]; then
    quoted+=" '$arg'"
  else
    quoted+=" \"$arg\""
  fi
done

# -f instead of cd: the example runs in the caller's directory (relative paths, written reports).
exec mvn -B -q -f "$ROOT/pom.xml" -pl examples exec:java -Dexec.args="${quoted# }"
