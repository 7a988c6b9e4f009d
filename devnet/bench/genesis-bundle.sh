#!/usr/bin/env bash
# Times writing an N-node genesis bundle (default 64) without XMSS key generation.
# Usage: devnet/bench/genesis-bundle.sh [nodes] [runs]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
cp_file="$root/devnet/target/bench.classpath"
# One reactor run: compiles the modules and resolves devnet's classpath (siblings as target/classes).
./mvnw -q -B -pl devnet -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >/dev/null
exec java -cp "devnet/target/test-classes:devnet/target/classes:$(cat "$cp_file")" \
  io.leandevnet.devnet.genesis.GenesisBundleBenchmark "$@"
