package io.leandevnet.devnet.genesis;

import io.leandevnet.crypto.enr.EnrException;
import io.leandevnet.crypto.secp256k1.Secp256k1PrivateKey;
import io.leandevnet.crypto.yaml.LocatedYaml;
import io.leandevnet.crypto.yaml.LocatedYaml.Mapping;
import io.leandevnet.crypto.yaml.LocatedYaml.Node;
import io.leandevnet.crypto.yaml.LocatedYaml.Scalar;
import io.leandevnet.crypto.yaml.LocatedYaml.Where;
import io.leandevnet.crypto.yaml.YamlException;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Reads and writes lean-quickstart's validator-config.yaml (schema: lean-quickstart README
 * "Configuration", parse-vc.sh, eth-beacon-genesis leanvalidators/yaml.go). Keys the tools do not
 * know are ignored, as yq and Go's yaml.Unmarshal ignore them; every error names file, line and
 * field.
 */
public final class ValidatorConfigYaml {

  private static final Set<String> KNOWN_ENR_KEYS =
      Set.of("ip", "ip6", "tcp", "udp", "quic", "seq");

  private ValidatorConfigYaml() {}

  /** Reads a validator-config.yaml file. */
  public static ValidatorConfig read(Path file) {
    return parse(readText(file), file.toString());
  }

  /** Reads a text file as UTF-8, with errors a user can act on. */
  static String readText(Path file) {
    try {
      return Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new GenesisException(file + ": no such file");
    } catch (MalformedInputException e) {
      throw new GenesisException(file + ": not a UTF-8 text file");
    } catch (IOException e) {
      throw new GenesisException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** Parses validator-config.yaml text; {@code file} is the name used in messages. */
  public static ValidatorConfig parse(String text, String file) {
    try {
      return parseYaml(text, file);
    } catch (YamlException e) {
      throw new GenesisException(e.getMessage(), e);
    }
  }

  private static ValidatorConfig parseYaml(String text, String file) {
    Mapping root = LocatedYaml.asMapping(LocatedYaml.parse(text, file));
    ValidatorConfig.Shuffle shuffle =
        root.optionalScalar("shuffle")
            .map(ValidatorConfigYaml::shuffle)
            .orElse(ValidatorConfig.Shuffle.NONE);
    String mode = root.optionalScalar("deployment_mode").map(Scalar::string).orElse(null);
    Mapping config = root.mapping("config");
    Scalar logNumActiveEpochs = config.scalar("activeEpoch");
    int epochs = (int) logNumActiveEpochs.integer(1, 32);
    String keyType = config.optionalScalar("keyType").map(Scalar::string).orElse(null);
    Integer committees =
        config
            .optionalScalar("attestation_committee_count")
            .map(s -> (int) s.integer(1, Integer.MAX_VALUE))
            .orElse(null);
    ValidatorConfig.ChainSettings settings =
        new ValidatorConfig.ChainSettings(epochs, keyType, committees);

    LocatedYaml.Sequence rows = root.sequence("validators");
    if (rows.items().isEmpty()) {
      throw rows.at().error("at least one node is needed");
    }
    List<ValidatorEntry> entries = new ArrayList<>();
    Map<String, Where> seen = new HashMap<>();
    for (Node n : rows.items()) {
      ValidatorEntry e = entry(LocatedYaml.asMapping(n));
      Where previous = seen.putIfAbsent(e.name(), n.at());
      if (previous != null) {
        throw n.at()
            .child("name", n.at().line())
            .error("node name '" + e.name() + "' is already used at line " + previous.line());
      }
      entries.add(e);
    }
    if (entries.stream().mapToLong(ValidatorEntry::count).sum() == 0) {
      throw rows.at().error("every count is 0; a devnet needs at least one validator");
    }
    if (entries.stream().mapToLong(ValidatorEntry::count).sum() > 4096) {
      throw rows.at()
          .error("the counts add up to more than 4096 validators (VALIDATOR_REGISTRY_LIMIT)");
    }
    return new ValidatorConfig(shuffle, mode, settings, entries);
  }

  private static ValidatorConfig.Shuffle shuffle(Scalar s) {
    return switch (s.string()) {
      case "none", "" -> ValidatorConfig.Shuffle.NONE;
      case "roundrobin" -> ValidatorConfig.Shuffle.ROUNDROBIN;
      default -> throw s.at().error("expected 'roundrobin' or 'none', got '" + s.text() + "'");
    };
  }

  private static ValidatorEntry entry(Mapping row) {
    Scalar name = row.scalar("name");
    Scalar privkey = row.scalar("privkey");
    Mapping enr = row.mapping("enrFields");
    EnrFields fields = enrFields(enr);
    if (fields.quic() == null) {
      throw enr.at().child("quic", enr.at().line()).error("is required (the node's QUIC port)");
    }
    int metrics = port(row.scalar("metricsPort"));
    Integer api = row.optionalScalar("apiPort").map(ValidatorConfigYaml::port).orElse(null);
    Integer http = row.optionalScalar("httpPort").map(ValidatorConfigYaml::port).orElse(null);
    boolean aggregator = row.optionalScalar("isAggregator").map(Scalar::bool).orElse(false);
    Scalar countNode = row.scalar("count");
    int count = (int) countNode.integer(0, 4096);
    Integer subnet =
        row.optionalScalar("subnet").map(s -> (int) s.integer(0, 1 << 20)).orElse(null);
    String devnet = row.optionalScalar("devnet").map(Scalar::string).orElse(null);
    checked(
        name.at(),
        () -> {
          ValidatorEntry.requireValidName(name.string());
          return name;
        });
    checked(privkey.at(), () -> Secp256k1PrivateKey.fromHex(privkey.string()));
    return new ValidatorEntry(
        name.string(),
        privkey.string(),
        fields,
        metrics,
        api,
        http,
        aggregator,
        count,
        subnet,
        devnet);
  }

  private static EnrFields enrFields(Mapping m) {
    String ip = m.optionalScalar("ip").map(Scalar::string).orElse(null);
    String ip6 = m.optionalScalar("ip6").map(Scalar::string).orElse(null);
    Integer tcp = m.optionalScalar("tcp").map(ValidatorConfigYaml::port).orElse(null);
    Integer udp = m.optionalScalar("udp").map(ValidatorConfigYaml::port).orElse(null);
    Integer quic = m.optionalScalar("quic").map(ValidatorConfigYaml::port).orElse(null);
    Long seq = m.optionalScalar("seq").map(s -> s.integer(0, Long.MAX_VALUE)).orElse(null);
    TreeMap<String, String> custom = new TreeMap<>();
    for (Map.Entry<String, Node> e : m.entries().entrySet()) {
      if (!KNOWN_ENR_KEYS.contains(e.getKey())) {
        Scalar v = LocatedYaml.asScalar(e.getValue());
        String text = v.string();
        if (text.startsWith("0x") && !text.substring(2).matches("([0-9a-fA-F]{2})*")) {
          throw v.at().error("a 0x value must be an even number of hex digits");
        }
        custom.put(e.getKey(), text);
      }
    }
    EnrFields fields = new EnrFields(ip, ip6, tcp, udp, quic, seq, custom);
    checked(m.at(), fields::builder); // reports a bad ip, ip6 or custom key here, located
    return fields;
  }

  private static int port(Scalar s) {
    return (int) s.integer(1, 65535);
  }

  private static <T> T checked(Where at, Supplier<T> step) {
    try {
      return step.get();
    } catch (IllegalArgumentException | EnrException e) {
      throw at.error(e.getMessage());
    }
  }

  /**
   * Writes the file in lean-quickstart's layout: the top-level keys, the {@code config:} block,
   * then one block per node with quoted name, privkey and ip.
   */
  public static String write(ValidatorConfig c) {
    StringBuilder out = new StringBuilder();
    out.append("shuffle: ").append(c.shuffle().yaml()).append('\n');
    if (c.deploymentMode() != null) {
      out.append("deployment_mode: ").append(c.deploymentMode()).append('\n');
    }
    out.append("config:\n");
    out.append("  activeEpoch: ").append(c.config().logNumActiveEpochs()).append('\n');
    if (c.config().keyType() != null) {
      out.append("  keyType: ").append(quoted(c.config().keyType())).append('\n');
    }
    if (c.config().attestationCommitteeCount() != null) {
      out.append("  attestation_committee_count: ")
          .append(c.config().attestationCommitteeCount())
          .append('\n');
    }
    out.append("validators:\n");
    for (ValidatorEntry v : c.validators()) {
      out.append("  - name: ").append(quoted(v.name())).append('\n');
      out.append("    privkey: ").append(quoted(v.privkey())).append('\n');
      out.append("    enrFields:\n");
      EnrFields f = v.enrFields();
      optional(out, "      ip", Optional.ofNullable(f.ip()).map(ValidatorConfigYaml::quoted));
      optional(out, "      ip6", Optional.ofNullable(f.ip6()).map(ValidatorConfigYaml::quoted));
      optional(out, "      tcp", Optional.ofNullable(f.tcp()));
      optional(out, "      udp", Optional.ofNullable(f.udp()));
      optional(out, "      quic", Optional.ofNullable(f.quic()));
      optional(out, "      seq", Optional.ofNullable(f.seq()));
      f.custom()
          .forEach(
              (k, val) ->
                  out.append("      ").append(k).append(": ").append(quoted(val)).append('\n'));
      out.append("    metricsPort: ").append(v.metricsPort()).append('\n');
      optional(out, "    httpPort", Optional.ofNullable(v.httpPort()));
      optional(out, "    apiPort", Optional.ofNullable(v.apiPort()));
      out.append("    isAggregator: ").append(v.isAggregator()).append('\n');
      out.append("    count: ").append(v.count()).append('\n');
      optional(out, "    subnet", Optional.ofNullable(v.subnet()));
      optional(out, "    devnet", Optional.ofNullable(v.devnet()).map(ValidatorConfigYaml::quoted));
    }
    return out.toString();
  }

  private static void optional(StringBuilder out, String key, Optional<?> value) {
    value.ifPresent(v -> out.append(key).append(": ").append(v).append('\n'));
  }

  private static String quoted(String s) {
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
