package io.leandevnet.devnet.clients;

import java.util.Locale;

/**
 * The CPU architecture images are chosen for (qlean publishes one tag per architecture). It is the
 * architecture of the machine lean-devnet runs on, which on the Docker backend is the engine's.
 */
public enum HostArch {
  AMD64,
  ARM64;

  /** The architecture of this JVM's machine ({@code os.arch}): aarch64/arm64, else amd64. */
  public static HostArch current() {
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    return arch.equals("aarch64") || arch.equals("arm64") ? ARM64 : AMD64;
  }

  /** {@code amd64} or {@code arm64}, as image tags spell it. */
  public String tag() {
    return name().toLowerCase(Locale.ROOT);
  }
}
