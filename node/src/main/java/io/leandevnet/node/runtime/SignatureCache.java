package io.leandevnet.node.runtime;

import io.leandevnet.ssz.Bytes32;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The digests of signatures found valid, least recently used forgotten beyond a capacity.
 * Thread-safe. One per node by default; the nodes of one JVM (the embedded backend) may share one,
 * so that a signature every node receives is checked once per process instead of once per node.
 */
public final class SignatureCache {

  /** Per node: a few slots' worth of the votes of a devnet of a thousand validators. */
  public static final int NODE_CAPACITY = 8192;

  private final Map<Bytes32, Boolean> valid;

  public SignatureCache(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be >= 1, got " + capacity);
    }
    this.valid =
        new LinkedHashMap<>(Math.min(capacity, 1 << 16), 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<Bytes32, Boolean> eldest) {
            return size() > capacity;
          }
        };
  }

  /** A cache of {@link #NODE_CAPACITY} entries for one node. */
  public static SignatureCache forOneNode() {
    return new SignatureCache(NODE_CAPACITY);
  }

  /**
   * A cache shared by all the nodes of one process (the embedded backend): the same signatures as
   * one node sees, with room for nodes that are a few slots apart ({@code 4 *} {@link
   * #NODE_CAPACITY}). Sound to share: the digest covers scheme, public key, slot, message and
   * signature, and only valid signatures are added.
   */
  public static SignatureCache forOneProcess() {
    return new SignatureCache(4 * NODE_CAPACITY);
  }

  synchronized boolean contains(Bytes32 digest) {
    return valid.containsKey(digest);
  }

  synchronized void add(Bytes32 digest) {
    valid.put(digest, Boolean.TRUE);
  }
}
