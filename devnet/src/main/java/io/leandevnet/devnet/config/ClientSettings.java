package io.leandevnet.devnet.config;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How one client container of a participant runs: its image (the args file's or the client's
 * default), extra command-line parameters appended to the launcher's own, extra environment
 * variables, log level and resources. The same shape serves the {@code cl_*} and {@code el_*} keys.
 */
public record ClientSettings(
    String image,
    List<String> extraParams,
    Map<String, String> extraEnv,
    LogLevel logLevel,
    Resources resources) {

  public ClientSettings {
    Objects.requireNonNull(image, "image");
    extraParams = List.copyOf(extraParams);
    extraEnv = Map.copyOf(extraEnv);
    Objects.requireNonNull(logLevel, "logLevel");
    Objects.requireNonNull(resources, "resources");
  }

  /** Settings with the given image and everything else at its default. */
  public static ClientSettings ofImage(String image) {
    return new ClientSettings(image, List.of(), Map.of(), LogLevel.INFO, Resources.NONE);
  }
}
