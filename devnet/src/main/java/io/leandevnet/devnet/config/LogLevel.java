package io.leandevnet.devnet.config;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The log levels {@code cl_log_level} and {@code el_log_level} accept (ethereum-package's set). */
public enum LogLevel {
  ERROR,
  WARN,
  INFO,
  DEBUG,
  TRACE;

  /** The lower-case name used in args files. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<LogLevel> byKey(String key) {
    return Arrays.stream(values()).filter(l -> l.key().equals(key)).findFirst();
  }

  public static List<String> keys() {
    return Arrays.stream(values()).map(LogLevel::key).toList();
  }
}
