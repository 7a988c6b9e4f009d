import json
from lean_spec.forks.lstar.spec import LstarSpec
from lean_spec.forks.lstar.containers import (AggregatedAttestation, AttestationData, Block, BlockBody)
from lean_spec.forks.lstar.containers.block.types import AggregatedAttestations
from lean_spec.forks.lstar.containers.validator import Validator, Validators
from lean_spec.subspecs.ssz.hash import hash_tree_root
from lean_spec.types import Bytes32, Bytes52, Checkpoint, Slot, Uint64, ValidatorIndex, Boolean, AggregationBits

spec = LstarSpec()
N = 4
vals = Validators(data=[Validator(attestation_pubkey=Bytes52(bytes([0x10 + i]) * 52),
                                  proposal_pubkey=Bytes52(bytes([0x20 + i]) * 52),
                                  index=ValidatorIndex(i)) for i in range(N)])
genesis = spec.generate_genesis(Uint64(1000), vals)
gblock = Block(slot=Slot(0), proposer_index=ValidatorIndex(0), parent_root=Bytes32.zero(),
               state_root=hash_tree_root(genesis), body=BlockBody(attestations=AggregatedAttestations(data=[])))
roots = {0: hash_tree_root(gblock)}
states = {0: genesis}
out = {"genesis_state_root": "0x" + hash_tree_root(genesis).hex(), "genesis_block_root": "0x" + roots[0].hex(), "blocks": []}

def cp(s): return Checkpoint(root=roots[s], slot=Slot(s))

def att(dslot, head, target, source, voters):
    bits = AggregationBits(data=[Boolean(i in voters) for i in range(max(voters) + 1)])
    return AggregatedAttestation(aggregation_bits=bits, data=AttestationData(slot=Slot(dslot), head=cp(head), target=cp(target), source=cp(source)))

# (slot, parent slot, [(data.slot, head, target, source, voters)])
plan = [
  (1, 0, []),
  (2, 1, []),
  (4, 2, [(2, 2, 2, 0, [0, 1])]),
  (5, 4, [(4, 4, 1, 0, [0, 1, 2]), (4, 4, 2, 1, [1, 2, 3])]),
  (7, 5, [(5, 5, 4, 2, [0, 2, 3])]),
  (8, 7, [(7, 7, 5, 4, [0, 1]), (7, 7, 7, 4, [1, 2, 3])]),
  (9, 8, [(8, 8, 5, 4, [2])]),
]
for slot, parent, atts in plan:
    pre = states[parent]
    body = BlockBody(attestations=AggregatedAttestations(data=[att(*a) for a in atts]))
    blk = Block(slot=Slot(slot), proposer_index=ValidatorIndex(slot % N), parent_root=roots[parent], state_root=Bytes32.zero(), body=body)
    post = spec.process_block(spec.process_slots(pre, Slot(slot)), blk)
    blk = blk.model_copy(update={"state_root": hash_tree_root(post)})
    post2 = spec.state_transition(pre, blk)
    assert hash_tree_root(post2) == hash_tree_root(post)
    roots[slot] = hash_tree_root(blk)
    states[slot] = post
    out["blocks"].append({"slot": slot, "parent": parent, "block_root": "0x" + roots[slot].hex(),
        "state_root": "0x" + hash_tree_root(post).hex(),
        "justified": [int(post.latest_justified.slot), "0x" + post.latest_justified.root.hex()],
        "finalized": [int(post.latest_finalized.slot), "0x" + post.latest_finalized.root.hex()],
        "justified_slots": [bool(b) for b in post.justified_slots.data],
        "justifications_roots": ["0x" + r.hex() for r in post.justifications_roots.data],
        "justifications_validators": [bool(b) for b in post.justifications_validators.data]})
print(json.dumps(out, indent=1))
