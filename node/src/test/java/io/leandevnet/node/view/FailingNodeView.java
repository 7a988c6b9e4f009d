package io.leandevnet.node.view;

import io.leandevnet.consensus.containers.Checkpoint;
import io.leandevnet.consensus.forkchoice.ForkChoiceSnapshot;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A node view whose named methods throw (a store not ready yet), the rest answered by {@code base}.
 */
public record FailingNodeView(NodeView base, Set<String> failing, String message)
    implements NodeView {

  private <T> T check(String method, T value) {
    if (failing.contains(method)) {
      throw new IllegalStateException(message);
    }
    return value;
  }

  @Override
  public Checkpoint head() {
    return check("head", base.head());
  }

  @Override
  public Checkpoint latestJustified() {
    return check("latestJustified", base.latestJustified());
  }

  @Override
  public Checkpoint latestFinalized() {
    return check("latestFinalized", base.latestFinalized());
  }

  @Override
  public Checkpoint safeTarget() {
    return check("safeTarget", base.safeTarget());
  }

  @Override
  public ForkChoiceSnapshot forkChoice() {
    return check("forkChoice", base.forkChoice());
  }

  @Override
  public OptionalInt validatorCount() {
    return check("validatorCount", base.validatorCount());
  }

  @Override
  public Optional<byte[]> finalizedState() {
    return check("finalizedState", base.finalizedState());
  }

  @Override
  public Optional<byte[]> finalizedBlock() {
    return check("finalizedBlock", base.finalizedBlock());
  }
}
