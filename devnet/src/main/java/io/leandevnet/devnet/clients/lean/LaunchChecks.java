package io.leandevnet.devnet.clients.lean;

import io.leandevnet.devnet.clients.HostArch;
import io.leandevnet.devnet.config.DevnetProfile;
import io.leandevnet.devnet.config.Problem;
import io.leandevnet.devnet.plan.DevnetPlan;
import io.leandevnet.devnet.plan.LeanNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the launchers have to say about a plan before anything starts: each launcher's own {@link
 * LeanLauncher#check} (built-in nodes mixed with other clients is an error; nlean and
 * lean_lighthouse draw warnings) and a warning for every {@code cl_image} whose tag names another
 * devnet than {@code lean_network_params.devnet}. A problem of a participant with {@code count: 3}
 * is reported once.
 */
public final class LaunchChecks {

  /** {@code devnet4}, {@code devnet-5}, {@code latest-devnet4}, {@code devnet5-leanvm-main}. */
  private static final Pattern DEVNET_TAG = Pattern.compile("devnet-?(\\d+)");

  private LaunchChecks() {}

  /** Every problem, errors and warnings, in node order. */
  public static List<Problem> of(DevnetPlan plan) {
    Set<Problem> problems = new LinkedHashSet<>();
    for (LeanNode node : plan.leanNodes()) {
      problems.addAll(LeanLaunchers.of(node.client()).check(node, plan));
      imageTagProblem(node, plan.network().devnet()).ifPresent(problems::add);
    }
    return new ArrayList<>(problems);
  }

  /** The devnet number an image's tag names ({@code devnet-4} gives 4), if it names one. */
  static Optional<Integer> devnetOfTag(String image) {
    int slash = image.lastIndexOf('/');
    int colon = image.indexOf(':', slash + 1);
    if (colon < 0) {
      return Optional.empty();
    }
    Matcher m = DEVNET_TAG.matcher(image.substring(colon + 1));
    return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
  }

  private static Optional<Problem> imageTagProblem(LeanNode node, DevnetProfile profile) {
    Optional<String> image = node.settings().image();
    if (image.isEmpty()) {
      return Optional.empty();
    }
    return devnetOfTag(image.get())
        .filter(n -> n != profile.number())
        .map(
            n ->
                LeanNodeSpec.warning(
                    node,
                    "cl_image",
                    image.get()
                        + " is tagged for devnet"
                        + n
                        + " but lean_network_params.devnet is "
                        + profile.key()
                        + "; remove cl_image to run the "
                        + profile.key()
                        + " default ("
                        + LeanLaunchers.of(node.client()).defaultImage(profile, HostArch.current())
                        + ")"));
  }
}
