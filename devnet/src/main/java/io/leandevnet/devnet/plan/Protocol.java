package io.leandevnet.devnet.plan;

/** Transport protocol of a port. */
public enum Protocol {
  TCP,
  UDP
}
