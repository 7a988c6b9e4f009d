package io.leandevnet.node.net;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/** The ids of recently seen gossip messages; the oldest are forgotten beyond the capacity. */
final class SeenCache {

  private final ReentrantLock lock = new ReentrantLock();
  private final LinkedHashMap<MessageId, Boolean> seen;

  SeenCache(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("seen-cache capacity must be >= 1, got " + capacity);
    }
    this.seen =
        new LinkedHashMap<>(Math.min(capacity, 1 << 16), 0.75f, false) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<MessageId, Boolean> eldest) {
            return size() > capacity;
          }
        };
  }

  /** Records the id; true when it was not seen before. */
  boolean add(MessageId id) {
    lock.lock();
    try {
      return seen.putIfAbsent(id, Boolean.TRUE) == null;
    } finally {
      lock.unlock();
    }
  }

  int size() {
    lock.lock();
    try {
      return seen.size();
    } finally {
      lock.unlock();
    }
  }
}
