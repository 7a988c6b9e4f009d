package io.leandevnet.devnet.genesis;

import io.leandevnet.consensus.genesis.BundleFiles;
import io.leandevnet.consensus.genesis.BundleLayout;
import io.leandevnet.consensus.genesis.ValidatorPubkeys;
import io.leandevnet.crypto.enr.Enr;
import io.leandevnet.crypto.enr.EnrException;
import io.leandevnet.crypto.hashsig.HashSigKeyDir;
import io.leandevnet.crypto.hashsig.HashSigKeysException;
import io.leandevnet.crypto.hashsig.SecretFile;
import io.leandevnet.crypto.libp2p.PeerId;
import io.leandevnet.crypto.sha256.Sha256;
import io.leandevnet.devnet.files.DirectoryTree;
import io.leandevnet.devnet.genesis.execution.DevnetExecutionGenesis;
import io.leandevnet.devnet.genesis.execution.ExecutionGenesis;
import io.leandevnet.devnet.genesis.execution.ExecutionGenesisBlock;
import io.leandevnet.devnet.genesis.execution.ExecutionGenesisJson;
import io.leandevnet.ssz.Bytes32;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Writes the genesis bundle every Lean client reads (lean-quickstart's genesis directory) from a
 * {@link ValidatorConfig}: {@code <node>.key}, validator-config.yaml, nodes.yaml, validators.yaml,
 * config.yaml, annotated_validators.yaml, hash-sig-keys/, genesis.ssz/json (when a {@link
 * GenesisStateBuilder} is given), and for a devnet with execution clients jwtsecret and
 * execution/genesis.json with its block hash in execution/genesis-hash.txt ({@link
 * DevnetExecutionGenesis}, block 0 at the genesis time).
 *
 * <p>Writing is atomic: the bundle is built in a hidden directory next to the target and renamed
 * into place, with a marker file ({@value #MARKER}) written last, so an interrupted run leaves
 * nothing a later run takes for a bundle. A target that holds another devnet's bundle (or other
 * files) is refused unless {@code force}, and then moved aside to {@code DIR.replaced-<time>},
 * never deleted. On a re-run for the same devnet the existing hash-sig-keys/ and jwtsecret are
 * reused when they still fit, and the previous bundle is deleted only when every key file in it was
 * carried over unchanged (otherwise it too is moved aside): key files are never overwritten or
 * lost.
 */
public final class GenesisBundleWriter {

  /** Marker file identifying a complete bundle and the devnet it belongs to. */
  public static final String MARKER = ".lean-devnet-bundle";

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  private final XmssKeySource keySource;
  private final Optional<GenesisStateBuilder> stateBuilder;
  private final SecureRandom random;
  private final Clock clock;

  /**
   * @param keySource where hash-sig-keys/ come from when the target has none to reuse
   * @param stateBuilder builds genesis.ssz/json; empty leaves them out
   * @param random CSPRNG for jwtsecret
   * @param clock names the directory a replaced bundle is moved to
   */
  public GenesisBundleWriter(
      XmssKeySource keySource,
      Optional<GenesisStateBuilder> stateBuilder,
      SecureRandom random,
      Clock clock) {
    this.keySource = keySource;
    this.stateBuilder = stateBuilder;
    this.random = random;
    this.clock = clock;
  }

  /**
   * What to write.
   *
   * @param config the validator config
   * @param validatorConfigText the validator-config.yaml text to place in the bundle (the user's
   *     file as is on the lean-quickstart path, {@link ValidatorConfigYaml#write} otherwise)
   * @param genesisTime {@code GENESIS_TIME} (Unix seconds)
   * @param execution whether execution clients are paired: write jwtsecret (32 random bytes as
   *     0x-hex, 0600, kept on a re-run of the same devnet) and execution/
   * @param force replace a directory that holds another devnet's bundle or other files
   * @param forceKeygen take fresh keys from the key source even when the previous bundle of the
   *     same devnet has keys that fit (the old ones are moved aside with it, not deleted)
   */
  public record Request(
      ValidatorConfig config,
      String validatorConfigText,
      long genesisTime,
      boolean execution,
      boolean force,
      boolean forceKeygen) {

    /** A request that reuses the previous bundle's keys when they fit. */
    public Request(
        ValidatorConfig config,
        String validatorConfigText,
        long genesisTime,
        boolean execution,
        boolean force) {
      this(config, validatorConfigText, genesisTime, execution, force, false);
    }
  }

  /** Writes the bundle into {@code dir}. */
  public GenesisBundle write(Request request, Path dir) {
    Path target = dir.toAbsolutePath().normalize();
    ValidatorConfig config = request.config();
    ValidatorAssignment assignment = ValidatorAssignment.of(config);
    Map<String, Enr> enrs = signEnrs(config);
    String identity = identity(config);
    Existing existing = inspect(target, identity);
    if (existing == Existing.OTHER && !request.force()) {
      throw new GenesisException(
          target
              + ": already holds "
              + (Files.exists(target.resolve(MARKER))
                  ? "another devnet's genesis bundle"
                  : "other files")
              + "; pass --force to replace it (its content is moved to "
              + target.getFileName()
              + ".replaced-<time>)");
    }
    Path tmp;
    try {
      Files.createDirectories(target.getParent());
      tmp = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".partial-");
      SecretFile.openDirectory(tmp);
    } catch (IOException e) {
      throw new GenesisException(
          target.getParent() + ": cannot create a directory: " + e.getMessage(), e);
    }
    boolean placed = false;
    try {
      boolean keysReused = writeContent(request, assignment, enrs, identity, existing, target, tmp);
      Optional<Bytes32> executionHash =
          request.execution() ? Optional.of(writeExecution(request, tmp)) : Optional.empty();
      Optional<Path> aside = place(tmp, target, existing);
      placed = true;
      return new GenesisBundle(
          target,
          request.genesisTime(),
          assignment.validatorCount(),
          nodes(config, assignment, enrs),
          stateBuilder.isPresent(),
          keysReused,
          executionHash,
          aside);
    } catch (IOException e) {
      throw new GenesisException(target + ": cannot write the bundle: " + e.getMessage(), e);
    } finally {
      if (!placed) {
        deleteQuietly(tmp);
      }
    }
  }

  private enum Existing {
    NONE,
    EMPTY,
    SAME_DEVNET,
    OTHER
  }

  private static Existing inspect(Path target, String identity) {
    if (!Files.exists(target)) {
      return Existing.NONE;
    }
    if (!Files.isDirectory(target)) {
      throw new GenesisException(target + ": exists and is not a directory");
    }
    try (Stream<Path> entries = Files.list(target)) {
      if (entries.findAny().isEmpty()) {
        return Existing.EMPTY;
      }
    } catch (IOException e) {
      throw new GenesisException(target + ": cannot list: " + e.getMessage(), e);
    }
    Path marker = target.resolve(MARKER);
    if (Files.isRegularFile(marker)
        && ValidatorConfigYaml.readText(marker).contains("devnet-identity: " + identity + "\n")) {
      return Existing.SAME_DEVNET;
    }
    return Existing.OTHER;
  }

  private static Map<String, Enr> signEnrs(ValidatorConfig config) {
    Map<String, Enr> out = new LinkedHashMap<>();
    for (ValidatorEntry v : config.validators()) {
      try {
        out.put(v.name(), v.enrFields().sign(v.nodeKey()));
      } catch (IllegalArgumentException | EnrException e) {
        throw new GenesisException("validators." + v.name() + ".enrFields: " + e.getMessage(), e);
      }
    }
    return out;
  }

  /** The devnet a bundle belongs to: its node names and node keys (not ports or counts). */
  static String identity(ValidatorConfig config) {
    StringBuilder lines = new StringBuilder();
    for (ValidatorEntry v : config.validators()) {
      lines.append(v.name()).append(' ').append(v.nodeKey().publicKey().toHex()).append('\n');
    }
    return Sha256.hex(lines.toString().getBytes(StandardCharsets.UTF_8));
  }

  private boolean writeContent(
      Request request,
      ValidatorAssignment assignment,
      Map<String, Enr> enrs,
      String identity,
      Existing existing,
      Path target,
      Path tmp)
      throws IOException {
    ValidatorConfig config = request.config();
    BundleLayout out = BundleLayout.at(tmp);
    BundleLayout previous = BundleLayout.at(target);
    for (ValidatorEntry v : config.validators()) {
      SecretFile.write(
          out.nodeKey(v.name()), BundleFiles.nodeKey(v.privkey()).getBytes(StandardCharsets.UTF_8));
    }
    Files.writeString(out.validatorConfigYaml(), request.validatorConfigText());
    List<String> nodeEnrs =
        assignment.nodesInFirstAppearanceOrder().stream()
            .map(v -> enrs.get(v.name()).toText())
            .toList();
    Files.writeString(out.nodesYaml(), BundleFiles.nodes(nodeEnrs));
    Map<String, List<Integer>> indices = assignment.indicesByNode();
    Files.writeString(out.validatorsYaml(), BundleFiles.validators(indices));

    int count = assignment.validatorCount();
    int epochs = config.config().logNumActiveEpochs();
    Path keys = out.hashSigKeys();
    boolean reused =
        existing == Existing.SAME_DEVNET
            && !request.forceKeygen()
            && reuseKeys(previous.hashSigKeys(), keys, count, epochs, keySource.schemeName());
    if (!reused) {
      Files.createDirectory(keys);
      keySource.writeKeys(count, epochs, keys);
    }
    List<ValidatorPubkeys> pubkeys;
    try {
      HashSigKeyDir keyDir = HashSigKeyDir.open(keys);
      keyDir.checkServes(count, epochs);
      pubkeys =
          keyDir.manifest().validators().subList(0, count).stream()
              .map(e -> new ValidatorPubkeys(e.attesterPubkeyHex(), e.proposerPubkeyHex()))
              .toList();
    } catch (HashSigKeysException e) {
      throw new GenesisException(e.getMessage(), e);
    }

    Files.writeString(
        out.configYaml(),
        BundleFiles.config(
            request.genesisTime(), config.config().committeeCount(), epochs, pubkeys));
    Files.writeString(
        out.annotatedValidatorsYaml(), BundleFiles.annotatedValidators(indices, pubkeys));
    if (stateBuilder.isPresent()) {
      GenesisStateBuilder.GenesisState state =
          stateBuilder.get().build(request.genesisTime(), pubkeys);
      Files.write(out.genesisSsz(), state.ssz());
      Files.writeString(out.genesisJson(), state.json());
    }
    Path oldJwt = previous.jwtSecret();
    if (existing == Existing.SAME_DEVNET && Files.isRegularFile(oldJwt)) {
      SecretFile.write(out.jwtSecret(), Files.readAllBytes(oldJwt));
    } else if (request.execution()) {
      byte[] secret = new byte[32];
      random.nextBytes(secret);
      SecretFile.write(
          out.jwtSecret(),
          ("0x" + HexFormat.of().formatHex(secret)).getBytes(StandardCharsets.US_ASCII));
    }
    Files.writeString(
        tmp.resolve(MARKER),
        "# Written by lean-devnet genesis. It marks a complete bundle and names its devnet.\n"
            + "devnet-identity: "
            + identity
            + "\n"
            + "genesis-time: "
            + request.genesisTime()
            + "\n");
    return reused;
  }

  /** Writes execution/genesis.json and genesis-hash.txt; returns the genesis block hash. */
  private static Bytes32 writeExecution(Request request, Path tmp) throws IOException {
    BundleLayout layout = BundleLayout.at(tmp);
    Files.createDirectory(layout.executionDir());
    ExecutionGenesis genesis = DevnetExecutionGenesis.of(request.genesisTime());
    Bytes32 hash = ExecutionGenesisBlock.of(genesis).hash();
    Files.writeString(layout.executionGenesisJson(), ExecutionGenesisJson.write(genesis));
    Files.writeString(layout.executionGenesisHash(), hash.toHex() + "\n");
    return hash;
  }

  /** Carries the previous bundle's keys over when they serve this devnet; false otherwise. */
  private static boolean reuseKeys(
      Path old, Path keys, int count, int epochs, Optional<String> scheme) throws IOException {
    if (!Files.isDirectory(old)) {
      return false;
    }
    if (scheme.isPresent()) {
      try {
        if (!scheme.get().equals(HashSigKeyDir.open(old).manifest().keyScheme())) {
          return false; // keys of another scheme (xmss_scheme changed): take fresh ones
        }
      } catch (HashSigKeysException e) {
        return false;
      }
    }
    Files.createDirectory(keys);
    try {
      new PregeneratedKeys(old, true).writeKeys(count, epochs, keys);
      return true;
    } catch (GenesisException | IOException e) {
      deleteTree(keys);
      return false;
    }
  }

  /** Renames the finished bundle into place; returns where the previous content went, if kept. */
  private Optional<Path> place(Path tmp, Path target, Existing existing) throws IOException {
    if (existing == Existing.NONE) {
      move(tmp, target);
      return Optional.empty();
    }
    if (existing == Existing.EMPTY) {
      Files.delete(target);
      move(tmp, target);
      return Optional.empty();
    }
    Path old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
    Files.delete(old);
    move(target, old);
    try {
      move(tmp, target);
    } catch (IOException e) {
      move(old, target);
      throw e;
    }
    if (existing == Existing.SAME_DEVNET && keysCarriedOver(old, target)) {
      deleteTree(old);
      return Optional.empty();
    }
    Path aside =
        target.resolveSibling(target.getFileName() + ".replaced-" + STAMP.format(clock.instant()));
    for (int n = 2; Files.exists(aside); n++) {
      aside =
          target.resolveSibling(
              target.getFileName() + ".replaced-" + STAMP.format(clock.instant()) + "-" + n);
    }
    move(old, aside);
    return Optional.of(aside);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    } catch (FileAlreadyExistsException e) {
      throw new GenesisException(
          to + ": appeared while the bundle was being written; run again", e);
    }
  }

  /**
   * True when every key file under {@code old} exists unchanged at the same place under {@code
   * now}.
   */
  private static boolean keysCarriedOver(Path old, Path now) throws IOException {
    try (Stream<Path> files = Files.walk(old)) {
      for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        String name = f.getFileName().toString();
        boolean key =
            name.endsWith(".key") || name.endsWith(".ssz") || name.equals(BundleLayout.JWT_SECRET);
        if (!key || name.startsWith("genesis")) {
          continue;
        }
        Path counterpart = now.resolve(old.relativize(f).toString());
        if (!Files.isRegularFile(counterpart)
            || (!Files.isSameFile(f, counterpart) && Files.mismatch(f, counterpart) != -1)) {
          return false;
        }
      }
    }
    return true;
  }

  private static List<GenesisBundle.Node> nodes(
      ValidatorConfig config, ValidatorAssignment assignment, Map<String, Enr> enrs) {
    Map<String, List<Integer>> indices = assignment.indicesByNode();
    List<GenesisBundle.Node> out = new ArrayList<>();
    for (ValidatorEntry v : config.validators()) {
      Enr enr = enrs.get(v.name());
      String address =
          enr.ip().orElse("-") + ":" + (enr.quic().isPresent() ? enr.quic().getAsInt() : "-");
      out.add(
          new GenesisBundle.Node(
              v.name(),
              indices.getOrDefault(v.name(), List.of()),
              enr.toText(),
              PeerId.of(enr.publicKey()).toString(),
              address));
    }
    return out;
  }

  private static void deleteTree(Path root) {
    try {
      DirectoryTree.delete(root);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + root, e);
    }
  }

  /** Best effort, for clean-up after a failure: a leftover is a hidden .partial directory. */
  private static void deleteQuietly(Path root) {
    try {
      deleteTree(root);
    } catch (UncheckedIOException e) {
      // keep the original failure; the hidden .partial-… directory is never read as a bundle
    }
  }
}
