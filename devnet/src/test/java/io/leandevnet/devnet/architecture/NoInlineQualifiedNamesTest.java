package io.leandevnet.devnet.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Code names the types it uses through imports, not through inline fully qualified names: a reader
 * sees a file's dependencies in its import list, and the formatter keeps that list in order.
 * Checked on the sources (main and test) of every module, read from the project tree; comments,
 * string literals and the package and import lines themselves are not code here.
 */
class NoInlineQualifiedNamesTest {

  private static final List<String> MODULES =
      List.of("leanspec-fixtures", "ssz", "crypto", "consensus", "node", "devnet");

  /** A package path of lower-case segments followed by a type name: {@code java.util.Arrays}. */
  private static final Pattern QUALIFIED =
      Pattern.compile(
          "(?<![\\w.@])(?:java|javax|jdk|com|org|io\\.leandevnet)\\.(?:[a-z_]\\w*\\.)+[A-Z]\\w*");

  private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");

  @Test
  void everySourceFileImportsTheTypesItNames() throws IOException {
    Path root = Path.of("").toAbsolutePath().getParent();
    List<String> found = new ArrayList<>();
    int read = 0;
    for (String module : MODULES) {
      Path src = root.resolve(module).resolve("src");
      assertThat(src).as("module sources").isDirectory();
      List<Path> files;
      try (Stream<Path> walk = Files.walk(src)) {
        files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
      }
      for (Path file : files) {
        read++;
        List<String> lines = Files.readAllLines(file);
        boolean textBlock = false;
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i);
          boolean inBlock = textBlock;
          if (countTextBlockQuotes(line) % 2 == 1) {
            textBlock = !textBlock;
          }
          if (inBlock || textBlock) {
            continue;
          }
          if (QUALIFIED.matcher(codeOf(line)).find()) {
            found.add(root.relativize(file) + ":" + (i + 1) + ": " + line.strip());
          }
        }
      }
    }
    assertThat(read).as("source files read below " + root).isGreaterThan(100);
    assertThat(found).as("inline fully qualified names (import the type instead)").isEmpty();
  }

  @Test
  void codeOfDropsCommentsStringsAndImports() {
    assertThat(QUALIFIED.matcher(codeOf("    java.util.Arrays.fill(a, 0);")).find()).isTrue();
    assertThat(QUALIFIED.matcher(codeOf("import java.util.Arrays;")).find()).isFalse();
    assertThat(QUALIFIED.matcher(codeOf("   * {@link java.util.Arrays}")).find()).isFalse();
    assertThat(QUALIFIED.matcher(codeOf("x(); // java.util.Arrays")).find()).isFalse();
    assertThat(QUALIFIED.matcher(codeOf("s = \"java.util.Arrays\";")).find()).isFalse();
    assertThat(QUALIFIED.matcher(codeOf("Arrays.fill(a, 0);")).find()).isFalse();
  }

  /** The code of one line: nothing for package, import and comment lines; no strings or tail. */
  private static String codeOf(String line) {
    String s = line.strip();
    if (s.startsWith("package ")
        || s.startsWith("import ")
        || s.startsWith("//")
        || s.startsWith("*")
        || s.startsWith("/*")) {
      return "";
    }
    String code = STRING.matcher(line).replaceAll("\"\"");
    int comment = code.indexOf("//");
    return comment < 0 ? code : code.substring(0, comment);
  }

  private static int countTextBlockQuotes(String line) {
    int n = 0;
    for (int at = line.indexOf("\"\"\""); at >= 0; at = line.indexOf("\"\"\"", at + 3)) {
      n++;
    }
    return n;
  }
}
