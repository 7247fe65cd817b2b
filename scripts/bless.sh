#!/usr/bin/env bash
# Regenerates the expected output of every fixture under tests/scripts from python3 (except
# tests/scripts/gilpy/, whose expectations are written by hand: python3 has no gil module):
#   FILE.out (stdout), FILE.err (last non-blank stderr line, if any), FILE.code (exit code, if not 0).
# With arguments (paths of fixtures, relative to tests/scripts or absolute), only those are blessed
# and the tracebacks are left alone:  scripts/bless.sh stdlib/re_module.py
set -u
cd "$(dirname "$0")/../tests/scripts" || exit 1
if [ $# -gt 0 ]; then
  list=$(for f in "$@"; do realpath --relative-to=. "$f" 2>/dev/null || echo "$f"; done | sed 's#^#./#')
else
  list=$(find . -name '*.py' ! -name 'helper_*' ! -path '*/helper_*/*' ! -path './gilpy/*' | sort)
fi
echo "$list" | while read -r f; do
  base=${f%.py}
  (cd "$(dirname "$f")" && python3 "$(basename "$f")" </dev/null >"$(basename "$base").out" 2>/tmp/bless.err; echo $? >/tmp/bless.code)
  code=$(cat /tmp/bless.code)
  if [ -s /tmp/bless.err ]; then grep -v '^[[:space:]]*$' /tmp/bless.err | tail -n 1 | sed -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//' >"$base.err"; else rm -f "$base.err"; fi
  if [ "$code" != 0 ]; then echo "$code" >"$base.code"; else rm -f "$base.code"; fi
done
echo "blessed $(echo "$list" | wc -l) fixtures"
[ $# -gt 0 ] && exit 0

# Whole tracebacks (with 3.11's ^^^ position lines) for tests/tracebacks: FILE.stderr.
cd ../tracebacks || exit 1
for f in *.py; do
  # CPython names the script by its absolute path; the expectation keeps it relative to this
  # folder (tests/tracebacks.rs strips the folder from gilpy's output the same way).
  python3 "$f" </dev/null 2>&1 >/dev/null | sed "s#$(pwd)/##g" >"${f%.py}.stderr"
done
echo "blessed $(ls *.py | wc -l) tracebacks"
