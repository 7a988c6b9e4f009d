package io.leandevnet.node.view;

import io.leandevnet.consensus.containers.Checkpoint;
import io.leandevnet.consensus.forkchoice.ForkChoiceSnapshot;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the HTTP API and the metrics read from a node's fork-choice Store: a read-only view,
 * implemented over the Store by the node runtime. Every method may be called from any thread at any
 * time (each scrape or API request calls it) and must not block for long; a method that cannot
 * answer yet (store not initialised) may throw, which the API turns into a 503 and the metrics into
 * a missing sample.
 */
public interface NodeView {

  /** The head block's root and slot ({@code lean_head_slot}). */
  Checkpoint head();

  /** The store's latest justified checkpoint ({@code lean_latest_justified_slot}). */
  Checkpoint latestJustified();

  /** The store's latest finalized checkpoint ({@code lean_latest_finalized_slot}). */
  Checkpoint latestFinalized();

  /** The safe target block's root and slot ({@code lean_safe_target_slot}). */
  Checkpoint safeTarget();

  /** A consistent snapshot of the fork-choice tree ({@code Store.snapshot()}). */
  ForkChoiceSnapshot forkChoice();

  /** The number of validators in the head state; empty when the head state is unavailable. */
  OptionalInt validatorCount();

  /** The SSZ of the state at the finalized checkpoint, if the store still has it. */
  Optional<byte[]> finalizedState();

  /** The SSZ of the signed block at the finalized checkpoint, if the node keeps it. */
  Optional<byte[]> finalizedBlock();
}
