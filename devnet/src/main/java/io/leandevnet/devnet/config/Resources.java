package io.leandevnet.devnet.config;

/**
 * CPU and memory requests and limits of one container, as ethereum-package spells them: CPU in
 * millicores ({@code 1000} = one core), memory in MB, and {@code 0} meaning "no limit / not set".
 */
public record Resources(int minCpu, int maxCpu, int minMem, int maxMem) {

  /** No requests and no limits. */
  public static final Resources NONE = new Resources(0, 0, 0, 0);

  public Resources {
    if (minCpu < 0 || maxCpu < 0 || minMem < 0 || maxMem < 0) {
      throw new IllegalArgumentException("resources must not be negative: " + this);
    }
  }

  public boolean isUnlimited() {
    return equals(NONE);
  }
}
