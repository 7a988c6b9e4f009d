package io.leandevnet.devnet.config;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How one client container of a participant runs: the image the args file asks for, extra
 * command-line parameters appended to the launcher's own, extra environment variables, log level
 * resources and, on Kubernetes, where its pod may run. The same shape serves the {@code cl_*} and
 * {@code el_*} keys.
 *
 * @param image {@code cl_image} / {@code el_image}; empty for the client's default image, which its
 *     launcher chooses by devnet profile (and, for qlean, by host architecture)
 */
public record ClientSettings(
    Optional<String> image,
    List<String> extraParams,
    Map<String, String> extraEnv,
    LogLevel logLevel,
    Resources resources,
    Scheduling scheduling) {

  public ClientSettings {
    Objects.requireNonNull(image, "image");
    extraParams = List.copyOf(extraParams);
    extraEnv = Map.copyOf(extraEnv);
    Objects.requireNonNull(logLevel, "logLevel");
    Objects.requireNonNull(resources, "resources");
    Objects.requireNonNull(scheduling, "scheduling");
  }

  /** Every setting at its default: the client's default image, no extras, INFO, no limits. */
  public static final ClientSettings DEFAULTS =
      new ClientSettings(
          Optional.empty(),
          List.of(),
          Map.of(),
          LogLevel.INFO,
          Resources.NONE,
          Scheduling.ANYWHERE);

  /** Settings with the given image and everything else at its default. */
  public static ClientSettings ofImage(String image) {
    return new ClientSettings(
        Optional.of(image),
        List.of(),
        Map.of(),
        LogLevel.INFO,
        Resources.NONE,
        Scheduling.ANYWHERE);
  }
}
