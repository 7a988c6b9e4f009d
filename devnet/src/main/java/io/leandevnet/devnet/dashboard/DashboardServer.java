package io.leandevnet.devnet.dashboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.leandevnet.devnet.observe.Assessment;
import io.leandevnet.devnet.observe.DevnetStatus;
import io.leandevnet.devnet.observe.ElTarget;
import io.leandevnet.devnet.observe.LeanTarget;
import io.leandevnet.devnet.observe.Observer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The live dashboard page: a small HTTP server on loopback that polls the devnet with an {@link
 * Observer} every {@code interval} and serves the page (bundled in the jar, no CDN) plus {@code
 * /api/status}, the latest poll with a bounded history for the charts.
 */
public final class DashboardServer implements AutoCloseable {

  /** How many polls the charts keep (at one poll every 2 s, ten minutes). */
  static final int HISTORY = 300;

  private static final Map<String, String> ASSETS =
      Map.of(
          "/",
          "index.html",
          "/index.html",
          "index.html",
          "/app.js",
          "app.js",
          "/app.css",
          "app.css");

  private final String devnet;
  private final List<LeanTarget> lean;
  private final List<ElTarget> el;
  private final Observer observer;
  private final ObjectMapper json;
  private final HttpServer server;
  private final ScheduledExecutorService poller;
  private final Deque<DevnetStatus> history = new ArrayDeque<>();

  private DashboardServer(
      String devnet,
      List<LeanTarget> lean,
      List<ElTarget> el,
      String host,
      int port,
      Duration interval)
      throws IOException {
    this.devnet = devnet;
    this.lean = List.copyOf(lean);
    this.el = List.copyOf(el);
    this.observer = new Observer(Duration.ofMillis(Math.min(1500, interval.toMillis())));
    this.json =
        new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    this.server = HttpServer.create(new InetSocketAddress(host, port), 0);
    this.server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    this.server.createContext("/", this::handle);
    this.poller =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofVirtual().name("dashboard-poll").factory());
    this.server.start();
    this.poller.scheduleWithFixedDelay(
        this::pollOnce, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Starts the server on {@code host:port} (port 0 picks a free one) and begins polling. */
  public static DashboardServer start(
      String devnet,
      List<LeanTarget> lean,
      List<ElTarget> el,
      String host,
      int port,
      Duration interval)
      throws IOException {
    return new DashboardServer(devnet, lean, el, host, port, interval);
  }

  public URI url() {
    return URI.create(
        "http://"
            + server.getAddress().getHostString()
            + ":"
            + server.getAddress().getPort()
            + "/");
  }

  private void pollOnce() {
    DevnetStatus status = observer.poll(lean, el);
    synchronized (history) {
      history.addLast(status);
      while (history.size() > HISTORY) {
        history.removeFirst();
      }
    }
  }

  /** What {@code /api/status} returns. */
  record Payload(String devnet, DevnetStatus latest, Assessment assessment, List<Point> history) {}

  /** One poll reduced to the figures the charts draw. */
  record Point(long at, Map<String, long[]> nodes) {}

  Payload payload() {
    List<DevnetStatus> polls;
    synchronized (history) {
      polls = new ArrayList<>(history);
    }
    DevnetStatus latest = polls.isEmpty() ? null : polls.get(polls.size() - 1);
    List<Point> points = new ArrayList<>();
    for (DevnetStatus s : polls) {
      Map<String, long[]> nodes = new LinkedHashMap<>();
      s.lean()
          .forEach(
              n ->
                  nodes.put(
                      n.node(),
                      new long[] {
                        orMinus(n.headSlot()),
                        orMinus(n.justifiedSlot()),
                        orMinus(n.finalizedSlot())
                      }));
      points.add(new Point(s.at().toEpochMilli(), nodes));
    }
    return new Payload(devnet, latest, Assessment.of(polls, 8), points);
  }

  private static long orMinus(Long v) {
    return v == null ? -1 : v;
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String path = ex.getRequestURI().getPath();
      if (!"GET".equals(ex.getRequestMethod())) {
        ex.sendResponseHeaders(405, -1);
        return;
      }
      if (path.equals("/api/status")) {
        send(ex, 200, "application/json", json.writeValueAsBytes(payload()));
        return;
      }
      String asset = ASSETS.get(path);
      if (asset == null) {
        send(ex, 404, "text/plain; charset=utf-8", "not found\n".getBytes());
        return;
      }
      try (InputStream in = DashboardServer.class.getResourceAsStream(asset)) {
        if (in == null) {
          throw new UncheckedIOException(new IOException("asset missing from the jar: " + asset));
        }
        String type =
            asset.endsWith(".js")
                ? "text/javascript"
                : asset.endsWith(".css") ? "text/css" : "text/html";
        send(ex, 200, type + "; charset=utf-8", in.readAllBytes());
      }
    }
  }

  private static void send(HttpExchange ex, int code, String type, byte[] body) throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    ex.getResponseHeaders().set("Cache-Control", "no-store");
    ex.sendResponseHeaders(code, body.length);
    ex.getResponseBody().write(body);
  }

  @Override
  public void close() {
    poller.shutdownNow();
    server.stop(0);
    observer.close();
  }
}
