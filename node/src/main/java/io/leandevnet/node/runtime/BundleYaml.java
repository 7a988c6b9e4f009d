package io.leandevnet.node.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.leandevnet.node.config.NodeConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.TreeSet;

/**
 * The two genesis-bundle files a node reads about itself besides config.yaml and nodes.yaml:
 * annotated_validators.yaml (which validator indices a node runs) and validator-config.yaml (its
 * port and the committee count).
 */
public final class BundleYaml {

  private BundleYaml() {}

  /**
   * The validator indices of {@code nodeId} in annotated_validators.yaml: a mapping from node name
   * to rows {@code {index, pubkey_hex, privkey_file}} (an attester and a proposer row per index),
   * or {@code []}. Ascending, without repeats.
   */
  public static List<Integer> validatorIndices(Path file, String nodeId) {
    JsonNode root = read(file);
    if (!root.isObject()) {
      throw new NodeConfigException(file + ": expected a mapping from node name to validator rows");
    }
    JsonNode rows = root.get(nodeId);
    if (rows == null) {
      List<String> names = new ArrayList<>();
      root.fieldNames().forEachRemaining(names::add);
      throw new NodeConfigException(
          file
              + ": no entry for node '"
              + nodeId
              + "' (the file lists "
              + names
              + "); check --node-id");
    }
    if (rows.isNull()) {
      return List.of();
    }
    if (!rows.isArray()) {
      throw new NodeConfigException(
          file + ": " + nodeId + ": expected a list of {index, pubkey_hex, privkey_file}");
    }
    TreeSet<Integer> indices = new TreeSet<>();
    for (int i = 0; i < rows.size(); i++) {
      JsonNode index = rows.get(i).get("index");
      if (index == null || !index.canConvertToInt() || index.asInt() < 0) {
        throw new NodeConfigException(
            file
                + ": "
                + nodeId
                + "["
                + i
                + "].index: expected a validator index >= 0, got "
                + index);
      }
      indices.add(index.asInt());
    }
    return List.copyOf(indices);
  }

  /** What validator-config.yaml says about one node and the chain. */
  public record ValidatorConfigEntry(OptionalInt quicPort, OptionalInt attestationCommitteeCount) {}

  /**
   * Reads {@code enrFields.quic} of the validator named {@code nodeId} (empty when the node is not
   * listed or has no quic port) and {@code config.attestation_committee_count}.
   */
  public static ValidatorConfigEntry validatorConfig(Path file, String nodeId) {
    JsonNode root = read(file);
    if (!root.isObject()) {
      throw new NodeConfigException(file + ": expected a mapping with 'config' and 'validators'");
    }
    OptionalInt committees = OptionalInt.empty();
    JsonNode count = root.path("config").get("attestation_committee_count");
    if (count != null && !count.isNull()) {
      if (!count.canConvertToInt() || count.asInt() < 1) {
        throw new NodeConfigException(
            file + ": config.attestation_committee_count: expected an integer >= 1, got " + count);
      }
      committees = OptionalInt.of(count.asInt());
    }
    OptionalInt quic = OptionalInt.empty();
    JsonNode validators = root.get("validators");
    if (validators != null && validators.isArray()) {
      for (int i = 0; i < validators.size(); i++) {
        JsonNode v = validators.get(i);
        if (nodeId.equals(v.path("name").asText(null))) {
          JsonNode port = v.path("enrFields").get("quic");
          if (port != null && !port.isNull()) {
            if (!port.canConvertToInt() || port.asInt() < 1 || port.asInt() > 65535) {
              throw new NodeConfigException(
                  file + ": validators[" + i + "].enrFields.quic: expected a port, got " + port);
            }
            quic = OptionalInt.of(port.asInt());
          }
        }
      }
    }
    return new ValidatorConfigEntry(quic, committees);
  }

  private static JsonNode read(Path file) {
    try {
      JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file));
      if (root == null || root.isMissingNode()) {
        throw new NodeConfigException(file + ": empty file");
      }
      return root;
    } catch (NoSuchFileException e) {
      throw new NodeConfigException(file + ": file not found");
    } catch (JsonProcessingException e) {
      throw new NodeConfigException(file + ": not valid YAML: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new NodeConfigException(file + ": cannot read: " + e.getMessage());
    }
  }
}
