package io.leandevnet.node.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrEndpointTest {

    /** The EIP-778 example record: ip 127.0.0.1, udp 30303, no quic key. */
    private static final String EIP778 = "enr:-IS4QHCYrYZbAKWCBRlAy5zzaDZXJBGkcnh4MHcBFZntXNFrdvJjX04jRzjzCBOonrkTfj499S"
            + "ZuOh8R33Ls8RRcy5wBgmlkgnY0gmlwhH8AAAGJc2VjcDI1NmsxoQPKY0yuDUmstAHYpMa2_oxVtw0RW_QAdpzBQA8yWM0xOIN1ZHCCdl8";

    private static byte[] rlpString(byte[] value) {
        if (value.length == 1 && (value[0] & 0xFF) < 0x80) {
            return value;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (value.length < 56) {
            out.write(0x80 + value.length);
        } else {
            out.write(0xB8); // long string, one length byte (test values are < 256 bytes)
            out.write(value.length);
        }
        out.writeBytes(value);
        return out.toByteArray();
    }

    /** An (unsigned) ENR with the keys quickstart writes: id, ip, quic, secp256k1. */
    static String enr(int a, int b, int c, int d, int quic) {
        ByteArrayOutputStream items = new ByteArrayOutputStream();
        items.writeBytes(rlpString(new byte[64])); // signature (not checked)
        items.writeBytes(rlpString(new byte[] {1})); // seq
        items.writeBytes(rlpString("id".getBytes(StandardCharsets.UTF_8)));
        items.writeBytes(rlpString("v4".getBytes(StandardCharsets.UTF_8)));
        items.writeBytes(rlpString("ip".getBytes(StandardCharsets.UTF_8)));
        items.writeBytes(rlpString(new byte[] {(byte) a, (byte) b, (byte) c, (byte) d}));
        items.writeBytes(rlpString("quic".getBytes(StandardCharsets.UTF_8)));
        items.writeBytes(rlpString(quic < 256 ? new byte[] {(byte) quic} : new byte[] {(byte) (quic >> 8), (byte) quic}));
        items.writeBytes(rlpString("secp256k1".getBytes(StandardCharsets.UTF_8)));
        items.writeBytes(rlpString(new byte[33]));
        byte[] payload = items.toByteArray();
        ByteArrayOutputStream list = new ByteArrayOutputStream();
        list.write(0xF8); // long list, one length byte
        list.write(payload.length);
        list.writeBytes(payload);
        return "enr:" + Base64.getUrlEncoder().withoutPadding().encodeToString(list.toByteArray());
    }

    @Test
    void readsIpAndQuicPort() {
        EnrEndpoint endpoint = EnrEndpoint.parse(enr(127, 0, 0, 1, 9001));
        assertThat(endpoint.socketAddress()).isEqualTo(new InetSocketAddress("127.0.0.1", 9001));
        assertThat(EnrEndpoint.parse(enr(172, 28, 0, 12, 9000)).socketAddress())
                .isEqualTo(new InetSocketAddress("172.28.0.12", 9000));
        assertThat(EnrEndpoint.parse(enr(10, 0, 0, 1, 80)).quicPort()).isEqualTo(80);
    }

    @Test
    void theEip778ExampleHasAnIpButNoQuicPort() {
        assertThatThrownBy(() -> EnrEndpoint.parse(EIP778)).hasMessage("ENR has no 'quic' port");
    }

    @Test
    void badRecordsAreExplained() {
        assertThatThrownBy(() -> EnrEndpoint.parse("enode://abc")).hasMessageContaining("starts with 'enr:'");
        assertThatThrownBy(() -> EnrEndpoint.parse("enr:***")).hasMessageContaining("not base64url");
        assertThatThrownBy(() -> EnrEndpoint.parse(EIP778.substring(0, 60))).hasMessageContaining("ENR");
    }

    @Test
    void nodesYamlIsReadInOrderAndErrorsNameTheEntry(@TempDir Path dir) throws IOException {
        Path nodes = dir.resolve("nodes.yaml");
        Files.writeString(nodes, "- " + enr(127, 0, 0, 1, 9001) + "\n- " + enr(127, 0, 0, 1, 9002) + "\n");
        assertThat(NodesYaml.read(nodes)).containsExactly(new InetSocketAddress("127.0.0.1", 9001),
                new InetSocketAddress("127.0.0.1", 9002));

        Files.writeString(nodes, "- " + enr(127, 0, 0, 1, 9001) + "\n- " + EIP778 + "\n");
        assertThatThrownBy(() -> NodesYaml.read(nodes)).hasMessage(nodes + "[1]: ENR has no 'quic' port");

        Files.writeString(nodes, "bootnodes: []\n");
        assertThatThrownBy(() -> NodesYaml.read(nodes)).hasMessageContaining("expected a YAML list of ENRs");
    }
}
