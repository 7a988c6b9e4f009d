package io.leandevnet.node.view;

import io.leandevnet.consensus.containers.Block;
import io.leandevnet.consensus.containers.Checkpoint;
import io.leandevnet.consensus.containers.SignedBlock;
import io.leandevnet.consensus.containers.State;
import io.leandevnet.consensus.containers.Status;
import io.leandevnet.consensus.forkchoice.ForkChoiceSnapshot;
import io.leandevnet.consensus.forkchoice.Store;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The {@link NodeView} of a {@link Store}. The Store is not thread-safe, so the node's own thread
 * calls {@link #publish(Store)} after every change it makes (each tick, block, attestation) and the
 * API and metrics threads read the last published, immutable snapshot. The finalized state and
 * block are kept as (immutable) objects and encoded to SSZ only when asked for.
 *
 * <pre>{@code
 * PublishedNodeView view = new PublishedNodeView(store);
 * Transport transport = new Transport(config, metrics, view::statusSsz);
 * // on the store's thread, after store.onTick(...) / store.onBlock(...):
 * view.publish(store);
 * }</pre>
 */
public final class PublishedNodeView implements NodeView {

  /** Everything a reader needs, taken from the Store in one go on the Store's thread. */
  private record Published(
      ForkChoiceSnapshot forkChoice,
      Checkpoint safeTarget,
      OptionalInt validatorCount,
      State finalizedState,
      SignedBlock finalizedBlock) {}

  private final AtomicReference<Published> current = new AtomicReference<>();

  /** A view showing the store as it is now; call on the store's thread. */
  public PublishedNodeView(Store store) {
    publish(store);
  }

  /** Takes a new snapshot of the store; call on the store's thread after each change. */
  public void publish(Store store) {
    ForkChoiceSnapshot fc = store.snapshot();
    Block safe = store.block(fc.safeTarget());
    State headState = store.headState();
    Checkpoint finalized = fc.latestFinalized();
    current.set(
        new Published(
            fc,
            new Checkpoint(fc.safeTarget(), safe == null ? 0 : safe.slot()),
            headState == null ? OptionalInt.empty() : OptionalInt.of(headState.validators().size()),
            store.state(finalized.root()),
            store.signedBlock(finalized.root())));
  }

  /**
   * The SSZ {@code Status} (finalized checkpoint and head) of the last snapshot: what the transport
   * sends in its handshake and answers to status requests, from any thread.
   */
  public byte[] statusSsz() {
    ForkChoiceSnapshot fc = current.get().forkChoice();
    return Status.SSZ.serialize(new Status(fc.latestFinalized(), fc.head()));
  }

  @Override
  public Checkpoint head() {
    return current.get().forkChoice().head();
  }

  @Override
  public Checkpoint latestJustified() {
    return current.get().forkChoice().latestJustified();
  }

  @Override
  public Checkpoint latestFinalized() {
    return current.get().forkChoice().latestFinalized();
  }

  @Override
  public Checkpoint safeTarget() {
    return current.get().safeTarget();
  }

  @Override
  public ForkChoiceSnapshot forkChoice() {
    return current.get().forkChoice();
  }

  @Override
  public OptionalInt validatorCount() {
    return current.get().validatorCount();
  }

  @Override
  public Optional<byte[]> finalizedState() {
    return Optional.ofNullable(current.get().finalizedState()).map(State.SSZ::serialize);
  }

  @Override
  public Optional<byte[]> finalizedBlock() {
    return Optional.ofNullable(current.get().finalizedBlock()).map(SignedBlock.SSZ::serialize);
  }
}
