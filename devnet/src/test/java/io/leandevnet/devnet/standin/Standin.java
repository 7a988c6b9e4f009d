package io.leandevnet.devnet.standin;

import io.leandevnet.devnet.cli.LeanDevnet;
import io.leandevnet.devnet.config.DevnetProfile;
import io.leandevnet.devnet.config.LeanClient;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The stand-in's main, run by the stand-in image's Java runtime in place of a real client's binary.
 * Its first argument is the path the container ran (the image's entrypoint, at the real binary's
 * path), which names the client; the devnet profile comes from {@code STANDIN_PROFILE}. It checks
 * the rest of the arguments ({@link StandinCheck}); a violation prints one line and exits 2, a pass
 * prints the check line and runs the built-in node ({@code lean-devnet node …}) with the same node,
 * key, validators and ports.
 */
public final class Standin {

  /** The environment variable naming the devnet profile the image stands in for. */
  public static final String PROFILE_ENV = "STANDIN_PROFILE";

  /**
   * When this environment variable is {@code true} the stand-in exits 0 after its check line
   * instead of running the built-in node: a container test of the command line alone.
   */
  public static final String CHECK_ONLY_ENV = "STANDIN_CHECK_ONLY";

  private Standin() {}

  public static void main(String[] args) {
    if (args.length == 0) {
      System.err.println("standin: usage: Standin BINARY-PATH ARGS…");
      System.exit(2);
    }
    String binary = args[0];
    String profileKey = System.getenv(PROFILE_ENV);
    Optional<DevnetProfile> profile =
        profileKey == null ? Optional.empty() : DevnetProfile.byKey(profileKey);
    if (profile.isEmpty()) {
      System.out.println(
          "standin: "
              + PROFILE_ENV
              + " must be one of "
              + DevnetProfile.keys()
              + ": "
              + profileKey);
      System.exit(2);
    }
    Optional<ClientFlags> table = byBinary(binary, profile.get());
    if (table.isEmpty()) {
      System.out.println("standin: " + binary + ": no Lean client's binary lives at this path");
      System.exit(2);
    }
    CheckedNode node;
    try {
      node =
          new StandinCheck(table.get(), ContainerPaths.inContainer())
              .check(Arrays.asList(args).subList(1, args.length));
    } catch (StandinViolation v) {
      System.out.println(v.getMessage());
      System.out.flush();
      System.exit(2);
      return;
    }
    System.out.println(node.line());
    System.out.flush();
    if ("true".equals(System.getenv(CHECK_ONLY_ENV))) {
      System.exit(0);
    }
    LeanDevnet.main(node.builtinCommand().toArray(String[]::new));
  }

  /** Where {@code client}'s binary lives in its real image, for {@code profile}. */
  public static String binary(LeanClient client, DevnetProfile profile) {
    return ClientFlags.of(client, profile).binary();
  }

  /** The table of the client whose binary lives at {@code binary}. */
  static Optional<ClientFlags> byBinary(String binary, DevnetProfile profile) {
    return clients().stream()
        .map(c -> ClientFlags.of(c, profile))
        .filter(t -> t.binary().equals(binary))
        .findFirst();
  }

  /** Every client a stand-in stands in for: all but the built-in node. */
  public static List<LeanClient> clients() {
    return Arrays.stream(LeanClient.values()).filter(c -> c != LeanClient.BUILTIN).toList();
  }
}
