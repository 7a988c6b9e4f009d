package io.leandevnet.devnet.cli;

import io.leandevnet.devnet.backend.docker.DockerEngine;
import io.leandevnet.devnet.backend.docker.NodeImage;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "image",
    mixinStandardHelpOptions = true,
    description = "Builds the images lean-devnet runs on Docker.",
    subcommands = {ImageCommand.Build.class})
final class ImageCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "build",
      mixinStandardHelpOptions = true,
      description = {
        "Builds the built-in node's image, lean-devnet/builtin:<version>, on the Docker engine.",
        "",
        "A Java runtime cut by jlink from the JDK that runs lean-devnet, lean-devnet's jar and",
        "the shared libraries they need, FROM scratch: no registry is needed. `up --backend",
        "docker` builds it by itself when it is missing.",
        "",
        "Example:  lean-devnet image build"
      })
  static final class Build implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(
        names = "--jar",
        paramLabel = "JAR",
        description = "The lean-devnet jar to put in the image (default: the one running).")
    Path jar;

    @Option(
        names = "--tag",
        paramLabel = "TAG",
        description = "Tag of the image (default: lean-devnet/builtin:<version>).")
    String tag;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      Path from =
          jar != null
              ? jar
              : NodeImage.runningJar()
                  .orElseThrow(
                      () ->
                          UserError.failed(
                              "lean-devnet runs from class directories, not from its jar: give"
                                  + " --jar devnet/target/lean-devnet.jar (./lean-devnet builds"
                                  + " it)"));
      String name = tag != null ? tag : NodeImage.tag();
      PrintStream progress = WriterStream.of(out);
      try (DockerEngine engine = DockerEngine.connect()) {
        String id = NodeImage.build(engine.api(), from, name, progress);
        out.println("built " + name + " (" + id + ") from " + from);
      } catch (IOException e) {
        throw UserError.failed(e.getMessage());
      }
      out.flush();
      return 0;
    }
  }
}
