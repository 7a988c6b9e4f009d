package io.leandevnet.devnet.clients;

/** A container security setting a client needs, spelled once for every backend. */
public enum SecurityOption {
  /**
   * No seccomp filter (zeam's image needs it, lean-quickstart passes it). Docker: {@code
   * --security-opt seccomp=unconfined}; Kubernetes: {@code securityContext.seccompProfile.type:
   * Unconfined}.
   */
  SECCOMP_UNCONFINED("seccomp=unconfined");

  private final String dockerValue;

  SecurityOption(String dockerValue) {
    this.dockerValue = dockerValue;
  }

  /** The value of Docker's {@code --security-opt}, e.g. {@code seccomp=unconfined}. */
  public String dockerValue() {
    return dockerValue;
  }
}
