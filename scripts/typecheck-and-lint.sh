#!/usr/bin/env bash
# `npm test`'s first step: the type check and the lint side by side. Each keeps one core busy for ~30 s, and
# CI has two; both always run to the end, and either failing fails the step.
set -uo pipefail
cd "$(dirname "$0")/.."
npm run --silent typecheck &
typecheck=$!
npm run --silent lint
lint=$?
wait "$typecheck"
typecheck=$?
if [ "$typecheck" -ne 0 ]; then echo "typecheck failed (exit $typecheck)" >&2; fi
if [ "$lint" -ne 0 ]; then echo "lint failed (exit $lint)" >&2; fi
[ "$typecheck" -eq 0 ] && [ "$lint" -eq 0 ]
