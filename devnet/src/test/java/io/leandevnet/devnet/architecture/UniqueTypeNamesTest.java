package io.leandevnet.devnet.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No two top-level types of the main code share a simple name, whatever their packages: a reader
 * (and a stack trace, and a search) can tell them apart by name alone. Read from the project tree,
 * one type per file; {@code package-info.java} is not a type.
 */
class UniqueTypeNamesTest {

  private static final List<String> MODULES =
      List.of("leanspec-fixtures", "ssz", "crypto", "consensus", "node", "devnet");

  @Test
  void everyMainTypeHasItsOwnSimpleName() throws IOException {
    Path root = Path.of("").toAbsolutePath().getParent();
    Map<String, List<String>> byName = new TreeMap<>();
    for (String module : MODULES) {
      Path src = root.resolve(module).resolve("src/main/java");
      if (!Files.isDirectory(src)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(src)) {
        walk.map(Path::toString)
            .filter(p -> p.endsWith(".java") && !p.endsWith("package-info.java"))
            .forEach(
                p -> {
                  String name = Path.of(p).getFileName().toString();
                  byName
                      .computeIfAbsent(name.substring(0, name.length() - 5), k -> new ArrayList<>())
                      .add(root.relativize(Path.of(p)).toString());
                });
      }
    }
    assertThat(byName).as("main types read below " + root).hasSizeGreaterThan(100);
    Map<String, List<String>> shared = new TreeMap<>(byName);
    shared.values().removeIf(files -> files.size() < 2);
    assertThat(shared).as("simple names used by more than one main type").isEmpty();
  }
}
