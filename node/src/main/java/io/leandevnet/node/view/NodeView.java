package io.leandevnet.node.view;

import java.util.Optional;

/**
 * What the HTTP API and the metrics read from a node's fork-choice Store: a read-only view,
 * implemented over the Store by the node runtime. Every method may be called from any thread
 * at any time (each scrape or API request calls it) and must not block for long.
 */
public interface NodeView {

    /** The head block. */
    Checkpoint head();

    /** The store's latest justified checkpoint. */
    Checkpoint latestJustified();

    /** The store's latest finalized checkpoint. */
    Checkpoint latestFinalized();

    /** The safe target block. */
    Checkpoint safeTarget();

    /** A consistent snapshot of the fork-choice tree. */
    ForkChoice forkChoice();

    /** The SSZ of the state at the finalized checkpoint, if the store still has it. */
    Optional<byte[]> finalizedState();

    /** The SSZ of the signed block at the finalized checkpoint, if the node keeps it. */
    Optional<byte[]> finalizedBlock();
}
