package io.leandevnet.node.leanspec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.leandevnet.consensus.containers.State;
import io.leandevnet.consensus.containers.Validator;
import io.leandevnet.fixtures.Fixture;
import io.leandevnet.fixtures.FixtureSets;
import io.leandevnet.node.BuiltinNode;
import io.leandevnet.node.TestBundle;
import io.leandevnet.ssz.Bytes;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code api_endpoint}: starts a real built-in node (its bundle written for the fixture's genesis:
 * {@code genesisParams.numValidators} validators at {@code genesisTime}, the node owning none, its
 * clock held at genesis), sets its aggregator role to {@code initialIsAggregator}, sends {@code
 * method endpoint} with {@code requestBody}, and compares the status code, the content type and the
 * body (JSON equal; SSZ bytes equal; for {@code /metrics} every {@code required_metric_names}
 * present).
 *
 * <p>The genesis validators are leanSpec's test-scheme key manager's first public keys. The
 * fixtures do not list them, but the set's {@code /lean/v0/states/finalized} fixture at genesis
 * carries the whole genesis state, so the runner takes them from there: as many as that state has.
 */
final class ApiEndpointFixture {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The genesis validators found in each set, by set directory. */
  private final Map<Path, List<Validator>> validatorsBySet = new HashMap<>();

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  void check(Fixture fixture) throws Exception {
    JsonNode params = fixture.field("genesisParams");
    int count = params.path("numValidators").asInt(4);
    long genesisTime = params.path("genesisTime").asLong(0);
    if (params.path("anchorSlot").asLong(0) != 0) {
      throw new AssertionError(
          "anchorSlot " + params.get("anchorSlot") + ": the built-in node starts from genesis");
    }
    List<Validator> known = validators(fixture);
    if (known.size() < count) {
      throw new AssertionError(
          "the genesis needs "
              + count
              + " validators; the set's finalized-state fixture has the public keys of "
              + known.size());
    }
    Path dir = Files.createTempDirectory("leanspec-api-");
    try {
      TestBundle bundle =
          TestBundle.observer(dir.resolve("bundle"), genesisTime, known.subList(0, count));
      InstantSource atGenesis = InstantSource.fixed(Instant.ofEpochSecond(genesisTime));
      try (PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
          BuiltinNode node =
              BuiltinNode.start(
                  bundle
                      .nodeConfig(0, dir.resolve("data"))
                      .withAggregator(fixture.field("initialIsAggregator").asBoolean()),
                  atGenesis,
                  quiet)) {
        HttpResponse<byte[]> response = send(node, fixture);
        assertThat(response.statusCode())
            .as("status")
            .isEqualTo(fixture.field("expectedStatusCode").asInt());
        String contentType = fixture.field("expectedContentType").asText();
        assertThat(response.headers().firstValue("Content-Type"))
            .as("Content-Type")
            .hasValue(contentType);
        checkBody(contentType, response.body(), fixture.field("expectedBody"));
      }
    } finally {
      deleteTree(dir);
    }
  }

  private HttpResponse<byte[]> send(BuiltinNode node, Fixture fixture)
      throws IOException, InterruptedException {
    URI uri =
        URI.create(
            "http://127.0.0.1:" + node.apiAddress().getPort() + fixture.field("endpoint").asText());
    String method = fixture.field("method").asText();
    HttpRequest.BodyPublisher body =
        fixture.body().hasNonNull("requestBody")
            ? HttpRequest.BodyPublishers.ofString(fixture.body().get("requestBody").toString())
            : HttpRequest.BodyPublishers.noBody();
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .method(method, body)
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  private static void checkBody(String contentType, byte[] body, JsonNode expected)
      throws IOException {
    if (contentType.startsWith("application/json")) {
      assertThat(JSON.readTree(body)).as("JSON body").isEqualTo(expected);
    } else if (contentType.startsWith("application/octet-stream")) {
      assertThat(Bytes.wrap(body)).as("SSZ body").isEqualTo(Bytes.fromHex(expected.asText()));
    } else if (expected.has("required_metric_names")) {
      String text = new String(body, StandardCharsets.UTF_8);
      for (JsonNode name : expected.get("required_metric_names")) {
        // A family is present when one of its samples is: a histogram's are name_bucket, _count
        // and _sum.
        assertThat(text)
            .as("metric " + name.asText())
            .containsPattern("(?m)^" + name.asText() + "(_bucket|_count|_sum)?[{ ]");
      }
    } else {
      throw new AssertionError("the runner cannot compare a " + contentType + " body");
    }
  }

  /** The genesis validators the fixture's set carries (see the class comment). */
  private List<Validator> validators(Fixture fixture) {
    Path set = setOf(fixture.file());
    return validatorsBySet.computeIfAbsent(
        set,
        s ->
            FixtureSets.load(List.of(s)).stream()
                .filter(f -> f.format().equals("api_endpoint"))
                .filter(f -> f.body().path("endpoint").asText().equals("/lean/v0/states/finalized"))
                .filter(f -> f.body().path("genesisParams").path("anchorSlot").asLong(0) == 0)
                .filter(f -> f.body().path("expectedStatusCode").asInt() == 200)
                .map(
                    f ->
                        State.SSZ.deserialize(
                            Bytes.fromHex(f.body().get("expectedBody").asText()).toArray()))
                .filter(state -> state.slot() == 0)
                .map(State::validators)
                .max(Comparator.comparingInt(List::size))
                .orElse(List.of()));
  }

  /** The set directory: the parent of the {@code consensus} directory above the file. */
  private static Path setOf(Path file) {
    for (Path p = file.getParent(); p != null; p = p.getParent()) {
      if (p.getFileName() != null && p.getFileName().toString().equals("consensus")) {
        return p.getParent();
      }
    }
    throw new IllegalArgumentException(file + " is not under a consensus/ directory");
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
