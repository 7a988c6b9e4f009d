package io.leandevnet.devnet.elstandin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Stands in for ethlambda's Engine API build (lambdaclass/ethlambda#367) in a container: reads its
 * {@code node} command line as ethlambda's parser would (the flags of research/devnet5.md §4.1 and
 * §4.3), checks that the bundle files it names are there and readable, then does what the real node
 * does first with its execution client: an {@code engine_exchangeCapabilities} call to {@code
 * --execution-endpoint}, signed with the secret in {@code --execution-jwt-secret}. Once the client
 * answers with the Prague methods it reports itself healthy on {@code /lean/v0/health}; a command
 * line the real node would refuse, an unreadable file, or a client that does not answer within
 * {@value #ENGINE_WAIT_SECONDS} s make it exit 2 with one line saying why.
 */
final class EthlambdaEngineStandin {

  static final int ENGINE_WAIT_SECONDS = 120;

  static final Set<String> VALUED =
      Set.of(
          "genesis",
          "validators",
          "bootnodes",
          "validator-config",
          "hash-sig-keys-dir",
          "data-dir",
          "gossipsub-port",
          "discovery.port",
          "discovery.advertise-ip",
          "discovery.target-peers",
          "node-id",
          "node-key",
          "http-address",
          "api-port",
          "metrics-port",
          "checkpoint-sync-url",
          "attestation-committee-count",
          "aggregate-subnet-ids",
          "max-attestations-per-block",
          "execution-endpoint",
          "execution-jwt-secret",
          "execution-genesis-block-hash");

  static final Set<String> SWITCHES =
      Set.of("is-aggregator", "enable-proposer-aggregation", "disable-duty-sync-gate");

  private static final ObjectMapper JSON = new ObjectMapper();

  private EthlambdaEngineStandin() {}

  /** Checks {@code args}, reaches the execution client, then serves until stopped. */
  static void run(List<String> args) throws Argv.Violation, IOException, InterruptedException {
    Argv argv = Argv.parse("ethlambda", args, VALUED, SWITCHES);
    // clap: the endpoint requires the secret, the hash requires the endpoint
    if (argv.has("execution-endpoint") != argv.has("execution-jwt-secret")
        || (argv.has("execution-genesis-block-hash") && !argv.has("execution-endpoint"))) {
      throw new Argv.Violation(
          "ethlambda: --execution-endpoint and --execution-jwt-secret go together, and"
              + " --execution-genesis-block-hash needs them");
    }
    for (String file : List.of("genesis", "validators", "validator-config", "node-key")) {
      Path p = Path.of(argv.required(file));
      if (!Files.isReadable(p)) {
        throw new Argv.Violation("ethlambda: --" + file + " " + p + " cannot be read");
      }
      Files.readAllBytes(p); // readable for this user, not just present
    }
    URI endpoint = URI.create(argv.required("execution-endpoint"));
    if (!"http".equals(endpoint.getScheme()) || endpoint.getPort() < 0) {
      throw new Argv.Violation("ethlambda: --execution-endpoint " + endpoint + " is no http URL");
    }
    String hash = argv.required("execution-genesis-block-hash");
    if (!hash.matches("0x[0-9a-f]{64}")) {
      throw new Argv.Violation("ethlambda: --execution-genesis-block-hash " + hash);
    }
    EngineJwt jwt = EngineJwt.read(Path.of(argv.required("execution-jwt-secret")));
    List<String> capabilities = exchangeCapabilities(endpoint, jwt);
    if (!capabilities.contains("engine_newPayloadV4")) {
      throw new Argv.Violation(
          "ethlambda: " + endpoint + " does not offer engine_newPayloadV4: " + capabilities);
    }
    HttpServer api =
        HttpServer.create(
            new InetSocketAddress(
                argv.value("http-address").orElse("127.0.0.1"),
                Integer.parseInt(argv.required("api-port"))),
            16);
    api.createContext(
        "/lean/v0/health",
        exchange -> {
          try (exchange) {
            byte[] body = "{\"status\":\"healthy\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
          }
        });
    api.start();
    System.out.printf(
        "ethlambda stand-in: %s answered engine_exchangeCapabilities %s (JWT %s); genesis block"
            + " hash %s; healthy on %s%n",
        endpoint, capabilities, argv.required("execution-jwt-secret"), hash, api.getAddress());
  }

  /** Calls the endpoint until it answers (it may still be starting), at most 120 s. */
  private static List<String> exchangeCapabilities(URI endpoint, EngineJwt jwt)
      throws Argv.Violation, InterruptedException {
    Instant deadline = Instant.now().plusSeconds(ENGINE_WAIT_SECONDS);
    String last = "no answer";
    try (HttpClient client =
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
      while (Instant.now().isBefore(deadline)) {
        String body =
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"engine_exchangeCapabilities\","
                + "\"params\":[[\"engine_forkchoiceUpdatedV3\",\"engine_newPayloadV4\","
                + "\"engine_getPayloadV4\"]]}";
        try {
          HttpResponse<String> r =
              client.send(
                  HttpRequest.newBuilder(endpoint)
                      .timeout(Duration.ofSeconds(3))
                      .header("Content-Type", "application/json")
                      .header(
                          "Authorization", "Bearer " + jwt.token(Instant.now().getEpochSecond()))
                      .POST(HttpRequest.BodyPublishers.ofString(body))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
          if (r.statusCode() == 401) {
            throw new Argv.Violation(
                "ethlambda: " + endpoint + " refused our JWT (HTTP 401): not the same secret");
          }
          JsonNode result = JSON.readTree(r.body()).path("result");
          if (result.isArray()) {
            return JSON.convertValue(
                result, JSON.getTypeFactory().constructCollectionType(List.class, String.class));
          }
          last = "HTTP " + r.statusCode() + " " + r.body();
        } catch (IOException e) {
          last = e.toString();
        }
        Thread.sleep(1000); // a stand-in polling a client that is still starting
      }
    }
    throw new Argv.Violation(
        "ethlambda: "
            + endpoint
            + " did not answer engine_exchangeCapabilities in "
            + ENGINE_WAIT_SECONDS
            + " s: "
            + last);
  }
}
