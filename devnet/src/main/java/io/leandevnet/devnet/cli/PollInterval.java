package io.leandevnet.devnet.cli;

import java.time.Duration;
import picocli.CommandLine.Option;

/** {@code --interval}: the time between polls of the commands that poll a devnet. */
final class PollInterval {

  @Option(
      names = "--interval",
      paramLabel = "DURATION",
      defaultValue = "2s",
      converter = DurationConverter.class,
      description = "Time between polls (default: ${DEFAULT-VALUE}).")
  Duration interval;
}
