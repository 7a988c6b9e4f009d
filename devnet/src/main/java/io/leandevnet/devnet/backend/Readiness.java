package io.leandevnet.devnet.backend;

import io.leandevnet.devnet.plan.Endpoint;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * When a started service counts as ready: small strategies a backend polls until one holds or the
 * service's deadline passes, composable with {@link AllOf}. Each check is one quick attempt; the
 * backend decides how often and how long to try.
 */
public sealed interface Readiness {

  /** One attempt: whether the service is ready now. */
  boolean check(Target target) throws InterruptedException;

  /** What it waits for, for messages: {@code HTTP 200 on api /lean/v0/health}. */
  String describe();

  /** What a check looks at: where the service is reached and what it has logged so far. */
  interface Target {

    /** Where lean-devnet reaches the service's published ports (the host view). */
    Endpoint published();

    /**
     * Where lean-devnet reaches the service's own sockets, not a proxy in front of them (on Docker
     * for Linux the container's IP; a published port accepts connections even when nothing listens
     * behind it).
     */
    Endpoint direct();

    /** What the service has logged so far (or its last lines). */
    String log();
  }

  /** HTTP 200 on {@code path} of the port named {@code port}. */
  static Readiness http(String port, String path) {
    return new HttpOk(port, path);
  }

  /** A TCP connection to the port named {@code port} is accepted. */
  static Readiness portOpen(String port) {
    return new PortOpen(port);
  }

  /** The service has logged a line matching {@code regex}. */
  static Readiness logLine(String regex) {
    return new LogLine(Pattern.compile(regex, Pattern.MULTILINE));
  }

  /** Every one of {@code parts} holds. */
  static Readiness allOf(Readiness... parts) {
    return new AllOf(List.of(parts));
  }

  /** A TCP port accepts connections, checked at the service's own address. */
  record PortOpen(String port) implements Readiness {
    @Override
    public boolean check(Target target) {
      Endpoint e = target.direct();
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress(e.ip(), e.port(port)), 1000);
        return true;
      } catch (IOException ex) {
        return false;
      }
    }

    @Override
    public String describe() {
      return "port " + port + " open";
    }
  }

  /**
   * An HTTP GET answers 200, through the published port (as the user and the observer reach it).
   */
  record HttpOk(String port, String path) implements Readiness {
    @Override
    public boolean check(Target target) throws InterruptedException {
      URI uri = URI.create(target.published().httpUrl(port) + path);
      try (HttpClient client =
          HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build()) {
        HttpResponse<Void> r =
            client.send(
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        return r.statusCode() == 200;
      } catch (IOException e) {
        return false;
      }
    }

    @Override
    public String describe() {
      return "HTTP 200 on " + port + " " + path;
    }
  }

  /** A line of the service's log matches. */
  record LogLine(Pattern pattern) implements Readiness {
    @Override
    public boolean check(Target target) {
      return pattern.matcher(target.log()).find();
    }

    @Override
    public String describe() {
      return "a log line matching /" + pattern.pattern() + "/";
    }
  }

  /** All of the parts hold. */
  record AllOf(List<Readiness> parts) implements Readiness {
    public AllOf {
      parts = List.copyOf(parts);
    }

    @Override
    public boolean check(Target target) throws InterruptedException {
      for (Readiness r : parts) {
        if (!r.check(target)) {
          return false;
        }
      }
      return true;
    }

    @Override
    public String describe() {
      return String.join(" and ", parts.stream().map(Readiness::describe).toList());
    }
  }
}
