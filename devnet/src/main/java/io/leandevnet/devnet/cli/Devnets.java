package io.leandevnet.devnet.cli;

import io.leandevnet.devnet.backend.Backend;
import io.leandevnet.devnet.backend.Reach;
import io.leandevnet.devnet.launch.Backends;
import io.leandevnet.devnet.registry.DevnetRecord;
import io.leandevnet.devnet.registry.DevnetRegistry;
import java.io.IOException;
import java.util.List;

/** Looks up recorded devnets for the commands that take a devnet NAME. */
final class Devnets {
  private Devnets() {}

  /** The record of {@code name}, or a {@link UserError} that lists the devnets there are. */
  static DevnetRecord load(DevnetRegistry registry, String name) {
    try {
      DevnetRegistry.checkName(name);
      return registry
          .find(name)
          .orElseThrow(
              () -> {
                List<String> known;
                try {
                  known = registry.names();
                } catch (IOException e) {
                  known = List.of();
                }
                return UserError.failed(
                    "no devnet named '"
                        + name
                        + "' in "
                        + registry.home()
                        + (known.isEmpty()
                            ? " (there are none; start one with `lean-devnet up -f ARGS`)"
                            : " (known: " + String.join(", ", known) + ")"));
              });
    } catch (IllegalArgumentException e) {
      throw UserError.invalidInput(e.getMessage());
    } catch (IOException e) {
      throw new UserError(e.getMessage(), UserError.FAILED, e);
    }
  }

  /**
   * The way from here to {@code record}'s services (see {@link Backend#reach}); the record as it is
   * when this version has no such backend.
   */
  static Reach reach(DevnetRecord record) {
    Backend backend;
    try {
      backend = Backends.named(record.backend());
    } catch (IllegalArgumentException e) {
      return Reach.direct(record);
    }
    try {
      return backend.reach(record);
    } catch (IOException e) {
      throw new UserError(
          "cannot reach devnet " + record.name() + ": " + e.getMessage(), UserError.FAILED, e);
    }
  }
}
