package io.leandevnet.consensus;

/**
 * A consensus rule refused its input. {@link #reason()} is the spec's reason name; the message adds
 * the concrete values.
 */
public final class RejectedException extends RuntimeException {
  private final RejectionReason reason;

  public RejectedException(RejectionReason reason, String detail) {
    super(reason + ": " + detail);
    this.reason = reason;
  }

  public RejectionReason reason() {
    return reason;
  }

  /** Throws {@code RejectedException(reason, detail)} unless {@code condition} holds. */
  public static void require(boolean condition, RejectionReason reason, String detail) {
    if (!condition) {
      throw new RejectedException(reason, detail);
    }
  }
}
