package io.leandevnet.devnet.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** A PrintStream that writes through picocli's PrintWriter, for backends that report progress. */
final class WriterStream extends OutputStream {
  private final PrintWriter out;

  private WriterStream(PrintWriter out) {
    this.out = out;
  }

  /** A UTF-8 PrintStream onto {@code out}, flushed at every line. */
  static PrintStream of(PrintWriter out) {
    return new PrintStream(new WriterStream(out), true, StandardCharsets.UTF_8);
  }

  @Override
  public void write(int b) {
    out.write(b);
  }

  @Override
  public void write(byte[] b, int off, int len) {
    out.write(new String(b, off, len, StandardCharsets.UTF_8));
  }

  @Override
  public void flush() {
    out.flush();
  }
}
