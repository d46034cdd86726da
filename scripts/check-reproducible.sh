#!/usr/bin/env bash
# Builds the project twice from clean and compares every jar (classes, sources, javadoc) byte for
# byte. Exit 0 and "reproducible: N jars identical" when the builds match; otherwise lists the jars
# that differ. Extra arguments go to both Maven runs (e.g. -o, -Dsasekit.specs.mirror=DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

build() {
  mvn -B -q clean package -DskipTests "$@" >"$out/build.log" 2>&1 || { cat "$out/build.log"; exit 1; }
  find . -path ./.git -prune -o -path '*/target/*.jar' -print | sort | while read -r jar; do
    sha256sum "$jar"
  done
}

build "$@" >"$out/first.txt"
build "$@" >"$out/second.txt"
n=$(wc -l <"$out/first.txt")
if [ "$n" -eq 0 ]; then
  echo "no jars built" >&2
  exit 1
fi
if diff -u "$out/first.txt" "$out/second.txt"; then
  echo "reproducible: $n jars identical"
else
  echo "NOT reproducible: the jars above differ between two builds" >&2
  exit 1
fi
