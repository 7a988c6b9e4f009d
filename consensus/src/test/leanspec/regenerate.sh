#!/usr/bin/env bash
# Regenerates the leanSpec devnet4 traces used by LeanSpecSimulationTest and the roots pinned in
# LeanSpecVectorsTest, by running leanSpec's own Python spec at db21cc24.
#
#   consensus/src/test/leanspec/regenerate.sh /path/to/leanSpec-git-checkout
#
# Needs python3 with pydantic 2, numpy, pyyaml and typing_extensions. leanSpec wants Python 3.12;
# py311_compat.py rewrites its few 3.12-only lines in a scratch copy. The stubs replace the Rust
# leanVM bindings and numba: signature checks are stubbed (the traces are about consensus rules,
# not cryptography).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
spec_repo="$1"
work="$(mktemp -d)"
git -C "$spec_repo" archive db21cc24 src | tar -x -C "$work"
(cd "$work" && python3 "$here/py311_compat.py")
export LEAN_ENV=test PYTHONPATH="$work/src:$here/stubs"
out="$here/../resources/leanspec-db21cc24"
trace() {
  local file="$1"; shift
  {
    echo "# leanSpec db21cc24 (devnet4) LstarSpec driven as InProcessDevnet: validators slots offline partitionFrom partitionTo = $*"
    echo "# slot block_root head justified finalized safe_target attestations (node 0) [| head justified finalized (node N-1)]"
    python3 "$here/sim.py" "$@"
  } > "$out/$file"
}
trace sim-4v-30slots.txt 4 30
trace sim-5v-16slots-offline-4.txt 5 16 4
trace sim-7v-40slots-offline-2-5.txt 7 40 2,5
trace sim-4v-20slots-offline-1-2.txt 4 20 1,2
trace sim-6v-24slots-partition-5-10.txt 6 24 '' 5 10
trace sim-7v-30slots-partition-4-12.txt 7 30 '' 4 12
trace sim-8v-30slots-offline-7-partition-6-11.txt 8 30 7 6 11
python3 "$here/state_transition_vectors.py"
rm -rf "$work"
