package io.leandevnet.devnet.config;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The log levels {@code cl_log_level} and {@code el_log_level} accept (ethereum-package's set). */
public enum LogLevel implements Keyed {
  ERROR,
  WARN,
  INFO,
  DEBUG,
  TRACE;

  /** The lower-case name used in args files. */
  @Override
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<LogLevel> byKey(String key) {
    return Keyed.byKey(values(), key);
  }

  public static List<String> keys() {
    return Keyed.keys(values());
  }
}
