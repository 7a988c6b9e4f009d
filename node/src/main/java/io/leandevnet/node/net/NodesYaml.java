package io.leandevnet.node.net;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.leandevnet.crypto.enr.Enr;
import io.leandevnet.crypto.enr.EnrException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The bootnodes of a devnet: nodes.yaml, a YAML list of ENRs, read as the TCP addresses of the
 * built-in transport: each record's {@code ip} and its {@code quic} port, which the built-in node
 * reuses as its TCP port.
 */
public final class NodesYaml {

  private NodesYaml() {}

  /**
   * Reads every ENR of nodes.yaml (signatures checked) as {@code ip:quic}.
   *
   * @throws IllegalArgumentException naming the file and the entry that is wrong
   * @throws UncheckedIOException when the file cannot be read
   */
  public static List<InetSocketAddress> read(Path file) {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(file + ": not valid YAML: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
    }
    if (root == null || !root.isArray()) {
      throw new IllegalArgumentException(file + ": expected a YAML list of ENRs ('- enr:...')");
    }
    List<InetSocketAddress> addresses = new ArrayList<>();
    for (int i = 0; i < root.size(); i++) {
      JsonNode entry = root.get(i);
      if (!entry.isTextual()) {
        throw new IllegalArgumentException(
            file + "[" + i + "]: expected an ENR string, got " + entry);
      }
      try {
        addresses.add(addressOf(Enr.fromText(entry.asText())));
      } catch (EnrException e) {
        throw new IllegalArgumentException(file + "[" + i + "]: " + e.getMessage(), e);
      }
    }
    return List.copyOf(addresses);
  }

  /** The built-in transport's address of a node record: its {@code ip} and {@code quic} port. */
  public static InetSocketAddress addressOf(Enr enr) {
    String ip = enr.ip().orElseThrow(() -> new EnrException("ENR has no 'ip' key"));
    int port = enr.quic().orElseThrow(() -> new EnrException("ENR has no 'quic' port"));
    return new InetSocketAddress(ip, port);
  }
}
