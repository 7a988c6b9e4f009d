package io.leandevnet.devnet.elstandin;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * The main of the execution-pairing stand-in images: {@code ElStandin CLIENT ARGS…}, where CLIENT
 * ({@code ethrex} or {@code ethlambda}) is fixed by the image's entrypoint and ARGS are what the
 * launcher gave the container. A command line the real client would refuse prints one line and
 * exits 2, so that {@code up} fails naming the container and showing the line.
 */
public final class ElStandin {

  private ElStandin() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.out.println("el stand-in: usage: ElStandin ethrex|ethlambda ARGS…");
      System.exit(2);
    }
    List<String> rest = Arrays.asList(args).subList(1, args.length);
    try {
      switch (args[0]) {
        case "ethrex" -> EthrexStandin.run(rest);
        case "ethlambda" -> EthlambdaEngineStandin.run(rest);
        default -> throw new Argv.Violation("el stand-in: no stand-in for " + args[0]);
      }
    } catch (Argv.Violation | IOException e) {
      System.out.println(e.getMessage());
      System.out.flush();
      System.exit(2);
    }
  }
}
