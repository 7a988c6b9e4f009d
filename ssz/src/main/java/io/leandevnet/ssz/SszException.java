package io.leandevnet.ssz;

/**
 * Raised when bytes are not a valid SSZ encoding of the expected type, or a value does not fit its
 * type (a list longer than its limit, a vector of the wrong length). The message names the field
 * path and what was expected, e.g. {@code State.validators[2]: expected 112 bytes, got 111}.
 */
public final class SszException extends RuntimeException {
  private final String path;
  private final String problem;

  public SszException(String problem) {
    this("", problem);
  }

  private SszException(String path, String problem) {
    super(path.isEmpty() ? problem : path + ": " + problem);
    this.path = path;
    this.problem = problem;
  }

  /** Where in the value the problem lies ({@code validators[2].index}), empty at the top. */
  public String path() {
    return path;
  }

  /** What is wrong, without the path. */
  public String problem() {
    return problem;
  }

  /** The same error one level further out: {@code segment} is a field name or {@code [i]}. */
  public SszException within(String segment) {
    String joined = path.isEmpty() ? segment : segment + (path.startsWith("[") ? "" : ".") + path;
    return new SszException(joined, problem);
  }
}
