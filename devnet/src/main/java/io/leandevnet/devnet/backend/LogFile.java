package io.leandevnet.devnet.backend;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A service's log kept as a file on the host (the embedded backend's nodes write one each). */
record LogFile(Path path) {

  /**
   * Prints the last {@code tail} lines ({@code tail < 0}: all), then with {@code follow} what is
   * appended, until interrupted.
   */
  void print(boolean follow, int tail, PrintStream out) throws IOException, InterruptedException {
    if (!Files.isRegularFile(path)) {
      throw new IllegalArgumentException("no log file at " + path);
    }
    long offset;
    if (tail >= 0) {
      List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
      lines.subList(Math.max(0, lines.size() - tail), lines.size()).forEach(out::println);
      offset = Files.size(path);
    } else {
      try (InputStream in = Files.newInputStream(path)) {
        byte[] all = in.readAllBytes();
        out.print(new String(all, StandardCharsets.UTF_8));
        offset = all.length;
      }
    }
    out.flush();
    while (follow) {
      Thread.sleep(250);
      offset = printFrom(offset, out);
    }
  }

  private long printFrom(long offset, PrintStream out) throws IOException {
    if (!Files.exists(path)) {
      return offset;
    }
    long size = Files.size(path);
    if (size < offset) {
      offset = 0; // truncated or replaced: start again
    }
    if (size == offset) {
      return offset;
    }
    try (RandomAccessFile f = new RandomAccessFile(path.toFile(), "r")) {
      f.seek(offset);
      byte[] b = new byte[(int) Math.min(size - offset, 1 << 20)];
      f.readFully(b);
      out.print(new String(b, StandardCharsets.UTF_8));
      out.flush();
      return offset + b.length;
    }
  }
}
