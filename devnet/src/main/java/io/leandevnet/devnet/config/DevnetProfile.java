package io.leandevnet.devnet.config;

import java.util.List;
import java.util.Optional;

/**
 * Which Lean devnet the clients are taken from ({@code lean_network_params.devnet}): it chooses
 * each client's default image and the flags that changed between devnets. The genesis files are the
 * same for both (research/devnet5.md §1.3).
 */
public enum DevnetProfile implements Keyed {
  /** pq-devnet-4: lean-quickstart {@code main}'s images. The default. */
  DEVNET4("devnet4"),
  /** pq-devnet-5: lean-quickstart's {@code devnet5}/{@code zig} branches' images. */
  DEVNET5("devnet5");

  private final String key;

  DevnetProfile(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }

  /** The devnet number, 4 or 5. */
  public int number() {
    return Integer.parseInt(key.substring("devnet".length()));
  }

  public static Optional<DevnetProfile> byKey(String key) {
    return Keyed.byKey(values(), key);
  }

  public static List<String> keys() {
    return Keyed.keys(values());
  }
}
