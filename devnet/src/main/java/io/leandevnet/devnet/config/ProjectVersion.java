package io.leandevnet.devnet.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of lean-devnet, as Maven wrote it into {@code version.properties} at build time. */
public final class ProjectVersion {

  private static final String VERSION = load();

  private ProjectVersion() {}

  /** The project version, for example {@code 0.1.0-SNAPSHOT}; {@code unknown} outside a build. */
  public static String current() {
    return VERSION;
  }

  private static String load() {
    Properties p = new Properties();
    try (InputStream in =
        ProjectVersion.class.getResourceAsStream("/io/leandevnet/devnet/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p.getProperty("version", "unknown");
  }
}
