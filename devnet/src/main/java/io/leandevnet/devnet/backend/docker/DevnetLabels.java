package io.leandevnet.devnet.backend.docker;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The labels lean-devnet puts on every container, network and volume it creates, so that {@code
 * down} and {@code gc} find all of a devnet's objects (and only those) from any process. The keys
 * are those of the launchers' {@code ServiceSpec} labels.
 */
final class DevnetLabels {

  /** Value: the devnet's name. Every object lean-devnet creates has it. */
  static final String DEVNET = "io.lean-devnet.devnet";

  /** Value: the service name ({@code lean-builtin-0}, {@code lean-prometheus}). */
  static final String SERVICE = "io.lean-devnet.service";

  /** Value: {@code consensus}, {@code execution}, {@code observability}, {@code network}. */
  static final String ROLE = "io.lean-devnet.role";

  /**
   * Value: the pid of the {@code up} that created the object, so that {@code gc} leaves alone a
   * devnet whose {@code up} is still starting it (it has no record yet).
   */
  static final String OWNER_PID = "io.lean-devnet.owner-pid";

  /**
   * Value: the lean-devnet home directory whose registry records the devnet, so that {@code gc}
   * over one home never touches the devnets of another (another user, a test).
   */
  static final String HOME = "io.lean-devnet.home";

  private DevnetLabels() {}

  /** The labels of one object of devnet {@code devnet}. */
  static Map<String, String> of(String devnet, String service, String role, Path home) {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put(DEVNET, devnet);
    labels.put(HOME, home.toAbsolutePath().normalize().toString());
    labels.put(SERVICE, service);
    labels.put(ROLE, role);
    labels.put(OWNER_PID, Long.toString(ProcessHandle.current().pid()));
    return labels;
  }
}
