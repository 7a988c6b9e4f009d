package io.leandevnet.node.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class FrameCodecTest {

  private final FrameCodec codec = new FrameCodec(64 * 1024);

  private Frame roundTrip(Frame frame) throws IOException {
    return codec.read(new DataInputStream(new ByteArrayInputStream(codec.encode(frame))));
  }

  @Provide
  Arbitrary<Topic> topics() {
    return Arbitraries.oneOf(
        Arbitraries.just(Topic.BLOCK),
        Arbitraries.just(Topic.AGGREGATION),
        Arbitraries.integers().between(0, 63).map(Topic::attestation));
  }

  @Property(tries = 200)
  void gossipRoundTrips(@ForAll("topics") Topic topic, @ForAll @Size(max = 5000) byte[] payload)
      throws IOException {
    Frame.Gossip decoded = (Frame.Gossip) roundTrip(new Frame.Gossip(topic, payload));
    assertThat(decoded.topic()).isEqualTo(topic);
    assertThat(decoded.payload()).isEqualTo(payload);
  }

  @Property(tries = 100)
  void requestsAndResponsesRoundTrip(
      @ForAll long id,
      @ForAll @Size(max = 2000) byte[] payload,
      @ForAll @IntRange(min = 0, max = 3) int code)
      throws IOException {
    Frame.Request request =
        (Frame.Request) roundTrip(new Frame.Request(id, "blocks_by_root", payload));
    assertThat(request.id()).isEqualTo(id);
    assertThat(request.protocol()).isEqualTo("blocks_by_root");
    assertThat(request.payload()).isEqualTo(payload);
    Frame.ResponseChunk chunk =
        (Frame.ResponseChunk) roundTrip(new Frame.ResponseChunk(id, payload));
    assertThat(chunk.payload()).isEqualTo(payload);
    ResponseCode responseCode = ResponseCode.ofWire(code).orElseThrow();
    assertThat(roundTrip(new Frame.ResponseEnd(id, responseCode, "why")))
        .isEqualTo(new Frame.ResponseEnd(id, responseCode, "why"));
  }

  @Test
  void handshakePeersAndPingRoundTrip() throws IOException {
    Frame.Hello hello =
        (Frame.Hello) roundTrip(new Frame.Hello(1, "devnet-42", "builtin_0", new byte[] {1, 2, 3}));
    assertThat(hello.version()).isEqualTo(1);
    assertThat(hello.networkId()).isEqualTo("devnet-42");
    assertThat(hello.nodeName()).isEqualTo("builtin_0");
    assertThat(hello.status()).containsExactly(1, 2, 3);
    assertThat(roundTrip(new Frame.Peers(List.of("a_0", "b_1"))))
        .isEqualTo(new Frame.Peers(List.of("a_0", "b_1")));
    assertThat(roundTrip(new Frame.Peers(List.of()))).isEqualTo(new Frame.Peers(List.of()));
    assertThat(roundTrip(new Frame.Ping())).isEqualTo(new Frame.Ping());
  }

  @Test
  void longErrorMessagesAreCutAt256Bytes() throws IOException {
    Frame.ResponseEnd end =
        (Frame.ResponseEnd)
            roundTrip(new Frame.ResponseEnd(1, ResponseCode.SERVER_ERROR, "é".repeat(200)));
    assertThat(end.message()).isEqualTo("é".repeat(128));
  }

  @Test
  void payloadsOverTheLimitAreRefusedOnBothSides() {
    assertThatThrownBy(() -> codec.encode(new Frame.Gossip(Topic.BLOCK, new byte[64 * 1024 + 1])))
        .hasMessageContaining("exceeds the limit of 65536 bytes");
    assertThat(codec.maxFrameLength()).isBetween(64 * 1024, 64 * 1024 + 80 * 1024);
  }

  @Test
  void aTruncatedFrameIsAnEndOfStream() throws IOException {
    byte[] frame = codec.encode(new Frame.Gossip(Topic.BLOCK, new byte[100]));
    byte[] cut = Arrays.copyOf(frame, frame.length - 1);
    assertThatThrownBy(() -> codec.read(new DataInputStream(new ByteArrayInputStream(cut))))
        .isInstanceOf(EOFException.class);
  }

  @Test
  void badTopicsAndTrailingBytesAreMalformed() {
    byte[] topic = "blocks".getBytes();
    byte[] frame =
        ByteBuffer.allocate(5 + 1 + topic.length + 1)
            .putInt(1 + 1 + topic.length + 1)
            .put((byte) FrameCodec.GOSSIP)
            .put((byte) topic.length)
            .put(topic)
            .put((byte) 0)
            .array();
    assertThatThrownBy(() -> codec.read(new DataInputStream(new ByteArrayInputStream(frame))))
        .isInstanceOf(InvalidFrameException.class)
        .hasMessageContaining("gossip topic must be");
    byte[] ping =
        ByteBuffer.allocate(6).putInt(2).put((byte) FrameCodec.PING).put((byte) 9).array();
    assertThatThrownBy(() -> codec.read(new DataInputStream(new ByteArrayInputStream(ping))))
        .isInstanceOf(InvalidFrameException.class)
        .hasMessageContaining("unexpected bytes");
  }

  @Test
  void messageIdsDependOnTopicAndPayload() {
    byte[] payload = {1, 2, 3};
    assertThat(MessageId.of(Topic.BLOCK, payload))
        .isEqualTo(MessageId.of(Topic.BLOCK, payload.clone()));
    assertThat(MessageId.of(Topic.BLOCK, payload))
        .isNotEqualTo(MessageId.of(Topic.AGGREGATION, payload));
    assertThat(MessageId.of(Topic.BLOCK, payload))
        .isNotEqualTo(MessageId.of(Topic.BLOCK, new byte[] {1, 2, 4}));
    assertThat(MessageId.of(Topic.BLOCK, payload).bytes()).hasSize(20);
  }

  @Test
  void theSeenCacheForgetsTheOldestBeyondItsCapacity() {
    SeenCache seen = new SeenCache(2);
    MessageId a = MessageId.of(Topic.BLOCK, new byte[] {1});
    MessageId b = MessageId.of(Topic.BLOCK, new byte[] {2});
    MessageId c = MessageId.of(Topic.BLOCK, new byte[] {3});
    assertThat(seen.add(a)).isTrue();
    assertThat(seen.add(a)).isFalse();
    assertThat(seen.add(b)).isTrue();
    assertThat(seen.add(c)).isTrue();
    assertThat(seen.size()).isEqualTo(2);
    assertThat(seen.add(a)).isTrue(); // forgotten
    assertThat(seen.add(c)).isFalse();
  }

  @Test
  void topicNamesAreChecked() {
    assertThat(Topic.attestation(3).name()).isEqualTo("attestation_3");
    assertThat(Topic.attestation(3).isAttestation()).isTrue();
    assertThatThrownBy(() -> new Topic("attestation_x"))
        .hasMessageContaining("attestation_<subnet>");
    assertThatThrownBy(() -> Topic.attestation(-1)).hasMessageContaining(">= 0");
  }
}
