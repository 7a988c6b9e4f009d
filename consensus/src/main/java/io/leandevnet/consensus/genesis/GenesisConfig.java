package io.leandevnet.consensus.genesis;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.leandevnet.consensus.chain.ChainConfig;
import io.leandevnet.consensus.containers.State;
import io.leandevnet.consensus.containers.Validator;
import io.leandevnet.ssz.Bytes;
import io.leandevnet.ssz.SszException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The genesis inputs of the cross-client {@code config.yaml} ({@code subspecs/genesis/config.py}):
 * {@code GENESIS_TIME} and {@code GENESIS_VALIDATORS}, each validator with an attestation and a
 * proposal key. Other keys (ACTIVE_EPOCH, VALIDATOR_COUNT, …) are ignored, except that an optional
 * {@code NUM_VALIDATORS} must match the list.
 *
 * <p>Accepted: {@code attestation_pubkey}/{@code proposal_pubkey} (devnet4, lean-quickstart) and
 * {@code attestation_public_key}/{@code proposal_public_key} (later leanSpec); hex with or without
 * {@code 0x}; quoted or unquoted (YAML may read unquoted hex as a number, the original text is
 * used). At most 4096 validators; a validator's index is its position.
 */
public record GenesisConfig(long genesisTime, List<Validator> validators) {
  public GenesisConfig {
    validators = List.copyOf(validators);
  }

  /** {@code generate_genesis(GENESIS_TIME, validators)}. */
  public State genesisState() {
    return Genesis.generateGenesis(genesisTime, validators);
  }

  /**
   * Reads a config.yaml.
   *
   * @throws GenesisConfigException naming the file, line and field of the first problem
   */
  public static GenesisConfig load(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new GenesisConfigException(file + ": file not found");
    } catch (IOException e) {
      throw new GenesisConfigException(file + ": cannot read: " + e.getMessage());
    }
    return parse(text, file.toString());
  }

  /**
   * Parses config.yaml text; {@code source} names it in errors.
   *
   * @throws GenesisConfigException naming the source, line and field of the first problem
   */
  public static GenesisConfig parse(String yaml, String source) {
    try (JsonParser p = new YAMLFactory().createParser(yaml)) {
      return new Reader(p, source).read();
    } catch (IOException e) {
      throw new GenesisConfigException(source + ": not valid YAML: " + firstLine(e.getMessage()));
    }
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("");
  }

  /** A streaming walk over the document that knows the line of every value. */
  private static final class Reader {
    private final JsonParser p;
    private final String source;

    Reader(JsonParser p, String source) {
      this.p = p;
      this.source = source;
    }

    private GenesisConfigException error(String field, String problem) {
      int line = p.currentTokenLocation().getLineNr();
      return new GenesisConfigException(source + ":" + line + ": " + field + ": " + problem);
    }

    GenesisConfig read() throws IOException {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new GenesisConfigException(
            source + ": expected a YAML mapping with GENESIS_TIME and " + "GENESIS_VALIDATORS");
      }
      Long genesisTime = null;
      List<Validator> validators = null;
      Long numValidators = null;
      int numValidatorsLine = 0;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        p.nextToken();
        switch (key) {
          case "GENESIS_TIME" -> genesisTime = readUint64(key);
          case "GENESIS_VALIDATORS" -> validators = readValidators();
          case "NUM_VALIDATORS" -> {
            numValidatorsLine = p.currentTokenLocation().getLineNr();
            numValidators = readUint64(key);
          }
          default -> p.skipChildren();
        }
      }
      if (genesisTime == null) {
        throw new GenesisConfigException(
            source + ": GENESIS_TIME: missing (expected a unix time " + "in seconds)");
      }
      if (validators == null) {
        throw new GenesisConfigException(
            source
                + ": GENESIS_VALIDATORS: missing (expected a list "
                + "of {attestation_pubkey, proposal_pubkey})");
      }
      if (numValidators != null && numValidators != validators.size()) {
        throw new GenesisConfigException(
            source
                + ":"
                + numValidatorsLine
                + ": NUM_VALIDATORS: "
                + numValidators
                + " does not match the "
                + validators.size()
                + " entries of GENESIS_VALIDATORS");
      }
      return new GenesisConfig(genesisTime, validators);
    }

    private long readUint64(String field) throws IOException {
      String text = p.currentToken().isScalarValue() ? p.getText().trim() : null;
      if (text == null || !text.matches("[0-9]{1,20}")) {
        throw error(
            field,
            "expected a non-negative integer, got "
                + (text == null ? p.currentToken() : "'" + text + "'"));
      }
      try {
        return Long.parseUnsignedLong(text);
      } catch (NumberFormatException e) {
        throw error(field, "'" + text + "' does not fit uint64");
      }
    }

    private List<Validator> readValidators() throws IOException {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        throw error(
            "GENESIS_VALIDATORS", "expected a list of {attestation_pubkey, " + "proposal_pubkey}");
      }
      List<Validator> out = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        String field = "GENESIS_VALIDATORS[" + out.size() + "]";
        if (out.size() >= ChainConfig.VALIDATOR_REGISTRY_LIMIT) {
          throw error(
              field,
              "more than "
                  + ChainConfig.VALIDATOR_REGISTRY_LIMIT
                  + " validators (VALIDATOR_REGISTRY_LIMIT)");
        }
        if (p.currentToken() != JsonToken.START_OBJECT) {
          throw error(
              field,
              "expected {attestation_pubkey, proposal_pubkey}; a single-key entry "
                  + "is the pre-devnet4 format");
        }
        out.add(readValidator(field, out.size()));
      }
      return out;
    }

    private Validator readValidator(String field, int index) throws IOException {
      Bytes attestation = null;
      Bytes proposal = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        p.nextToken();
        switch (key) {
          case "attestation_pubkey", "attestation_public_key" -> {
            if (attestation != null) {
              throw error(field + "." + key, "the attestation key is given twice");
            }
            attestation = readKey(field + "." + key);
          }
          case "proposal_pubkey", "proposal_public_key" -> {
            if (proposal != null) {
              throw error(field + "." + key, "the proposal key is given twice");
            }
            proposal = readKey(field + "." + key);
          }
          default ->
              throw error(
                  field + "." + key,
                  "unknown key (expected attestation_pubkey " + "and proposal_pubkey)");
        }
      }
      if (attestation == null || proposal == null) {
        throw error(
            field,
            "missing "
                + (attestation == null ? "attestation_pubkey" : "")
                + (attestation == null && proposal == null ? " and " : "")
                + (proposal == null ? "proposal_pubkey" : ""));
      }
      return new Validator(attestation, proposal, index);
    }

    private Bytes readKey(String field) throws IOException {
      if (!p.currentToken().isScalarValue()) {
        throw error(field, "expected 104 hex digits (52 bytes)");
      }
      String text = p.getText().trim();
      try {
        return Bytes.fromHex(text, Validator.PUBKEY_LENGTH);
      } catch (SszException e) {
        throw error(field, e.getMessage());
      }
    }
  }
}
