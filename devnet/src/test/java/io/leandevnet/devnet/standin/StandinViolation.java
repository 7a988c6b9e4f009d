package io.leandevnet.devnet.standin;

/**
 * A launcher gave a client something its real binary would refuse or could not use. The message is
 * the one line the stand-in prints before it exits 2: {@code standin <node> (<client>): <flag or
 * path>: <rule>}.
 */
final class StandinViolation extends Exception {

  StandinViolation(String who, String what, String rule) {
    super("standin " + who + ": " + what + ": " + rule);
  }
}
