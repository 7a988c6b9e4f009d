package io.leandevnet.devnet.config;

import java.util.Objects;

/**
 * One thing wrong with an args file.
 *
 * @param severity errors stop the launch; warnings are printed and the launch goes on
 * @param path where in the file, e.g. {@code participants[3].cl_type}; empty for the file itself
 * @param line 1-based line in the file, or 0 when unknown
 * @param message what is wrong and how to fix it
 */
public record Problem(Severity severity, String path, int line, String message) {

  /** Whether a problem stops the launch. */
  public enum Severity {
    ERROR,
    WARNING
  }

  public Problem {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code path: message}, the form tests and users read. */
  @Override
  public String toString() {
    return path.isEmpty() ? message : path + ": " + message;
  }
}
