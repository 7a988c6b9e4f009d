package io.leandevnet.devnet.backend.docker;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The labels lean-devnet puts on every container, network and volume it creates, so that {@code
 * down} and {@code gc} find all of a devnet's objects (and only those) from any process.
 */
final class DevnetLabels {

  /** Value: the devnet's name. Every object lean-devnet creates has it. */
  static final String DEVNET = "io.leandevnet.devnet";

  /** Value: the service name ({@code lean-builtin-0}, {@code lean-prometheus}). */
  static final String SERVICE = "io.leandevnet.service";

  /** Value: {@code lean}, {@code execution}, {@code metrics}, {@code network}. */
  static final String ROLE = "io.leandevnet.role";

  /**
   * Value: the pid of the {@code up} that created the object, so that {@code gc} leaves alone a
   * devnet whose {@code up} is still starting it (it has no record yet).
   */
  static final String OWNER_PID = "io.leandevnet.owner-pid";

  private DevnetLabels() {}

  /** The labels of one object of devnet {@code devnet}. */
  static Map<String, String> of(String devnet, String service, String role) {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put(DEVNET, devnet);
    labels.put(SERVICE, service);
    labels.put(ROLE, role);
    labels.put(OWNER_PID, Long.toString(ProcessHandle.current().pid()));
    return labels;
  }
}
