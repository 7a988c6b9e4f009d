package io.leandevnet.crypto.xmss;

import io.leandevnet.crypto.koalabear.KoalaBear;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.function.LongConsumer;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

/**
 * leanSig's generalized XMSS ({@code GeneralizedXMSSSignatureScheme}) for one {@link XmssConfig}:
 * key generation with the top/bottom tree split, deterministic signing and verification.
 *
 * <p>The Merkle tree of height {@code logLifetime} is cut in the middle: bottom trees of
 * 2^(logLifetime/2) leaves, one top tree over their roots. Key generation rounds the requested
 * active range out to whole bottom trees (at least two), builds every bottom tree from the PRF key
 * (in parallel, in chunks of leaves), keeps the first two and the roots of the rest, and pads the
 * top tree with random digests. The secret key holds only two bottom trees, so its memory stays
 * around 8 MiB for devnet4 whatever the active range.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class XmssScheme {

  /** Leaves per parallel task when computing leaves. */
  private static final int LEAF_CHUNK = 64;

  private final XmssConfig config;
  private final TweakHash hash;
  private final Prf prf;
  private final MessageEncoding encoding;
  private final int h;

  /** A scheme from its parts (for other hash instantiations). */
  public XmssScheme(XmssConfig config, TweakHash hash, Prf prf, MessageEncoding encoding) {
    this.config = config;
    this.hash = hash;
    this.prf = prf;
    this.encoding = encoding;
    this.h = config.hashLen();
  }

  /**
   * The leanSig instantiation of {@code config}: Poseidon1 tweak hash, SHAKE128 PRF, target sum.
   */
  public static XmssScheme of(XmssConfig config) {
    return new XmssScheme(
        config,
        new PoseidonTweakHash(config),
        new ShakePrf(config.hashLen(), config.randLen()),
        new TargetSumEncoding(config));
  }

  /** The devnet4 scheme {@code SIGAbortingTargetSumLifetime32Dim46Base8}. */
  public static XmssScheme devnet4() {
    return of(XmssConfig.DEVNET4);
  }

  public XmssConfig config() {
    return config;
  }

  /**
   * The active range leanSig actually generates for a request: start rounded down and end rounded
   * up to whole bottom trees, at least two bottom trees, clamped into the lifetime.
   *
   * @return {first bottom tree index, end bottom tree index (exclusive)}
   */
  public long[] expandActivation(long activationEpoch, long numActiveEpochs) {
    long lifetime = config.lifetime();
    long c = config.leavesPerBottomTree();
    long mask = ~(c - 1);
    long start = activationEpoch & mask;
    long end = (activationEpoch + numActiveEpochs + c - 1) & mask;
    if (end - start < 2 * c) {
      end = start + 2 * c;
    }
    if (end > lifetime) {
      long duration = end - start;
      if (duration > lifetime) {
        start = 0;
        end = lifetime;
      } else {
        end = lifetime;
        start = (lifetime - duration) & mask;
      }
    }
    return new long[] {start / c, end / c};
  }

  /** Generates a key pair with the common fork-join pool and no progress reporting. */
  public XmssKeyPair keyGen(long activationEpoch, long numActiveEpochs, RandomGenerator rng) {
    return keyGen(activationEpoch, numActiveEpochs, rng, ForkJoinPool.commonPool(), n -> {});
  }

  /**
   * Generates a key pair for the epochs {@code [activationEpoch, activationEpoch +
   * numActiveEpochs)}, expanded as {@link #expandActivation} says. The parameter, the PRF key and
   * the top-tree padding come from {@code rng} (use a {@link java.security.SecureRandom} for real
   * keys).
   *
   * @param pool where the leaves are computed
   * @param progress called with the number of leaves just finished (from pool threads)
   */
  public XmssKeyPair keyGen(
      long activationEpoch,
      long numActiveEpochs,
      RandomGenerator rng,
      ForkJoinPool pool,
      LongConsumer progress) {
    if (activationEpoch < 0
        || numActiveEpochs < 0
        || activationEpoch + numActiveEpochs > config.lifetime()) {
      throw new IllegalArgumentException(
          "activation range ["
              + activationEpoch
              + ", "
              + (activationEpoch + numActiveEpochs)
              + ") does not fit the lifetime 2^"
              + config.logLifetime()
              + " of scheme "
              + config.name());
    }
    int[] parameter = new int[config.parameterLen()];
    for (int i = 0; i < parameter.length; i++) {
      parameter[i] = randomElement(rng);
    }
    byte[] prfKey = new byte[prf.keyLength()];
    rng.nextBytes(prfKey);
    PadSource pads =
        (level, position) -> {
          int[] d = new int[h];
          for (int i = 0; i < h; i++) {
            d[i] = randomElement(rng);
          }
          return d;
        };
    return keyGen(prfKey, parameter, activationEpoch, numActiveEpochs, pads, pool, progress);
  }

  /**
   * Builds the key pair determined by a PRF key, a parameter, an active range and the top-tree
   * pads. With the pads of a stored key this rebuilds that key byte for byte.
   */
  public XmssKeyPair keyGen(
      byte[] prfKey,
      int[] parameter,
      long activationEpoch,
      long numActiveEpochs,
      PadSource pads,
      ForkJoinPool pool,
      LongConsumer progress) {
    long[] range = expandActivation(activationEpoch, numActiveEpochs);
    long first = range[0];
    int count = (int) (range[1] - range[0]);
    int leaves = config.leavesPerBottomTree();
    int[] roots = new int[count * h];
    HashSubTree left = null;
    HashSubTree right = null;
    for (int i = 0; i < count; i++) {
      HashSubTree tree = bottomTree(prfKey, parameter, first + i, pool, progress);
      System.arraycopy(tree.root(h), 0, roots, i * h, h);
      if (i == 0) {
        left = tree;
      } else if (i == 1) {
        right = tree;
      }
    }
    HashSubTree top = topTree(parameter, first, roots, pads);
    XmssPublicKey pk = new XmssPublicKey(top.root(h), parameter);
    XmssSecretKey sk =
        new XmssSecretKey(
            prfKey, parameter, first * leaves, (long) count * leaves, top, first, left, right);
    return new XmssKeyPair(pk, sk);
  }

  /** Bottom tree {@code index}: full layers 0 .. half-1 and a one-node root layer. */
  HashSubTree bottomTree(
      byte[] prfKey, int[] parameter, long index, ForkJoinPool pool, LongConsumer progress) {
    int half = config.logLifetime() / 2;
    int leaves = config.leavesPerBottomTree();
    long firstEpoch = index * leaves;
    int[] layer0 = new int[leaves * h];
    inChunks(
        pool,
        leaves,
        (from, n) -> {
          hash.leaves(prf, prfKey, parameter, firstEpoch + from, n, layer0, from * h);
          progress.accept(n);
        });
    List<HashTreeLayer> layers = new ArrayList<>(half + 1);
    layers.add(new HashTreeLayer(firstEpoch, layer0));
    int[] children = layer0;
    long start = firstEpoch;
    for (int level = 1; level < half; level++) {
      long parentStart = start >> 1;
      int[] parents = parents(parameter, level, parentStart, children, pool);
      layers.add(new HashTreeLayer(parentStart, parents));
      children = parents;
      start = parentStart;
    }
    int[] root = new int[h];
    hash.node(parameter, half, index, children, 0, children, h, root, 0);
    layers.add(new HashTreeLayer(index, root));
    return new HashSubTree(config.logLifetime(), 0, layers);
  }

  private int[] parents(
      int[] parameter, int level, long parentStart, int[] children, ForkJoinPool pool) {
    int n = children.length / h / 2;
    int[] parents = new int[n * h];
    if (n >= 4 * LEAF_CHUNK) {
      inChunks(
          pool,
          n,
          (from, count) ->
              hash.nodes(
                  parameter,
                  level,
                  parentStart + from,
                  count,
                  children,
                  2 * from * h,
                  parents,
                  from * h));
    } else {
      hash.nodes(parameter, level, parentStart, n, children, 0, parents, 0);
    }
    return parents;
  }

  /** Work on the items [from, from + count) of a layer. */
  private interface Slice {
    void run(int from, int count);
  }

  /** Runs {@code work} over items [0, n) in slices of {@link #LEAF_CHUNK}, in parallel on pool. */
  private static void inChunks(ForkJoinPool pool, int n, Slice work) {
    int chunks = (n + LEAF_CHUNK - 1) / LEAF_CHUNK;
    pool.submit(
            () ->
                IntStream.range(0, chunks)
                    .parallel()
                    .forEach(
                        c -> {
                          int from = c * LEAF_CHUNK;
                          work.run(from, Math.min(LEAF_CHUNK, n - from));
                        }))
        .join();
  }

  /** The top tree over the bottom-tree roots, every layer padded to start even and end odd. */
  HashSubTree topTree(int[] parameter, long firstBottomTree, int[] roots, PadSource pads) {
    int half = config.logLifetime() / 2;
    int depth = config.logLifetime();
    List<HashTreeLayer> layers = new ArrayList<>(half + 1);
    HashTreeLayer current = padded(half, firstBottomTree, roots, pads);
    layers.add(current);
    for (int level = half; level < depth; level++) {
      long parentStart = current.startIndex() >> 1;
      int n = current.nodeCount(h) / 2;
      int[] parents = new int[n * h];
      hash.nodes(parameter, level + 1, parentStart, n, current.nodes(), 0, parents, 0);
      current = padded(level + 1, parentStart, parents, pads);
      layers.add(current);
    }
    return new HashSubTree(depth, half, layers);
  }

  private HashTreeLayer padded(int level, long start, int[] nodes, PadSource pads) {
    int count = nodes.length / h;
    long end = start + count - 1;
    boolean front = (start & 1) == 1;
    boolean back = (end & 1) == 0;
    if (!front && !back) {
      return new HashTreeLayer(start, nodes);
    }
    int[] out = new int[(count + (front ? 1 : 0) + (back ? 1 : 0)) * h];
    int o = 0;
    if (front) {
      System.arraycopy(checkedPad(pads.pad(level, start - 1)), 0, out, 0, h);
      o = h;
    }
    System.arraycopy(nodes, 0, out, o, nodes.length);
    if (back) {
      System.arraycopy(checkedPad(pads.pad(level, end + 1)), 0, out, o + nodes.length, h);
    }
    return new HashTreeLayer(front ? start - 1 : start, out);
  }

  private int[] checkedPad(int[] pad) {
    if (pad.length != h) {
      throw new IllegalArgumentException(
          "pad: expected " + h + " field elements, got " + pad.length);
    }
    return pad;
  }

  /** The epochs the key's two resident bottom trees cover: {start, end (exclusive)}. */
  public long[] preparedRange(XmssSecretKey sk) {
    long leaves = config.leavesPerBottomTree();
    long start = sk.leftBottomTreeIndex() * leaves;
    return new long[] {start, start + 2 * leaves};
  }

  /**
   * Slides the prepared window one bottom tree forward (rebuilding the next bottom tree from the
   * PRF key), or returns {@code sk} unchanged when the window already reaches the end of the active
   * range.
   */
  public XmssSecretKey advancePreparation(XmssSecretKey sk) {
    long leaves = config.leavesPerBottomTree();
    long nextEnd = sk.leftBottomTreeIndex() * leaves + 3 * leaves;
    if (nextEnd > sk.activeEnd()) {
      return sk;
    }
    HashSubTree next =
        bottomTree(
            sk.prfKeyUnsafe(),
            sk.parameterUnsafe(),
            sk.leftBottomTreeIndex() + 2,
            ForkJoinPool.commonPool(),
            n -> {});
    return new XmssSecretKey(
        sk.prfKeyUnsafe(),
        sk.parameterUnsafe(),
        sk.activationEpoch(),
        sk.numActiveEpochs(),
        sk.topTree(),
        sk.leftBottomTreeIndex() + 1,
        sk.rightBottomTree(),
        next);
  }

  /**
   * The key with its prepared window moved forward until it covers {@code epoch} (each step
   * rebuilds one bottom tree, about 7 core-seconds for devnet4); {@code sk} itself if it already
   * does.
   *
   * @throws IllegalArgumentException if the epoch is outside the key's active range or behind its
   *     prepared window (windows only move forward)
   */
  public XmssSecretKey prepareFor(XmssSecretKey sk, long epoch) {
    requireActive(sk, epoch);
    if (epoch < preparedRange(sk)[0]) {
      throw new IllegalArgumentException(
          "epoch "
              + epoch
              + " is before the key's prepared window ["
              + preparedRange(sk)[0]
              + ", "
              + preparedRange(sk)[1]
              + "); windows only move forward");
    }
    XmssSecretKey k = sk;
    while (epoch >= preparedRange(k)[1]) {
      k = advancePreparation(k);
    }
    return k;
  }

  private static void requireActive(XmssSecretKey sk, long epoch) {
    if (epoch < sk.activeStart() || epoch >= sk.activeEnd()) {
      throw new IllegalArgumentException(
          "epoch "
              + epoch
              + " is outside the key's active range ["
              + sk.activeStart()
              + ", "
              + sk.activeEnd()
              + ")");
    }
  }

  /** The public key of a secret key: the root of its top tree and its parameter. */
  public XmssPublicKey publicKeyOf(XmssSecretKey sk) {
    return new XmssPublicKey(sk.topTree().root(h), sk.parameterUnsafe());
  }

  /**
   * Signs a 32-byte message for {@code epoch}. Signing is deterministic. An epoch may be signed
   * only once; the caller keeps track of that.
   *
   * @throws IllegalArgumentException if the epoch is outside the key's active range or its prepared
   *     window (then call {@link #advancePreparation})
   */
  public XmssSignature sign(XmssSecretKey sk, long epoch, byte[] message) {
    if (message.length != TargetSumEncoding.MESSAGE_LENGTH) {
      throw new IllegalArgumentException("message: expected 32 bytes, got " + message.length);
    }
    requireActive(sk, epoch);
    long[] prepared = preparedRange(sk);
    if (epoch < prepared[0] || epoch >= prepared[1]) {
      throw new IllegalArgumentException(
          "epoch "
              + epoch
              + " is outside the key's prepared window ["
              + prepared[0]
              + ", "
              + prepared[1]
              + "); call advancePreparation");
    }
    byte[] key = sk.prfKeyUnsafe();
    int[] parameter = sk.parameterUnsafe();
    int[] rho = new int[config.randLen()];
    int[] codeword =
        encoding.findCodeword(prf, key, epoch, message, parameter, config.maxTries(), rho);
    if (codeword == null) {
      throw new IllegalStateException("no valid encoding after " + config.maxTries() + " attempts");
    }
    int[] hashes = new int[config.dimension() * h];
    for (int c = 0; c < config.dimension(); c++) {
      prf.chainStart(key, epoch, c, hashes, c * h);
      hash.chain(parameter, epoch, c, 0, codeword[c], hashes, c * h);
    }
    HashSubTree bottom =
        epoch < prepared[0] + config.leavesPerBottomTree()
            ? sk.leftBottomTree()
            : sk.rightBottomTree();
    long bottomIndex = epoch / config.leavesPerBottomTree();
    List<int[]> siblings = new ArrayList<>(bottom.path(epoch, h));
    siblings.addAll(sk.topTree().path(bottomIndex, h));
    int[] path = new int[siblings.size() * h];
    for (int i = 0; i < siblings.size(); i++) {
      System.arraycopy(siblings.get(i), 0, path, i * h, h);
    }
    return new XmssSignature(path, rho, hashes);
  }

  /**
   * {@link #verify(XmssPublicKey, long, byte[], XmssSignature)} on encoded values, for callers that
   * hold bytes (the consensus layer): the 52-byte public key SSZ and the signature SSZ, possibly
   * zero-padded ({@link XmssSignature#fromPaddedSsz}). Malformed input is not valid; it never
   * throws.
   */
  public boolean verify(byte[] publicKey, long epoch, byte[] message, byte[] signature) {
    try {
      return verify(
          XmssPublicKey.fromSsz(config, publicKey),
          epoch,
          message,
          XmssSignature.fromPaddedSsz(config, signature));
    } catch (XmssFormatException e) {
      return false;
    }
  }

  /**
   * True iff {@code signature} is a valid signature of {@code message} at {@code epoch} under
   * {@code pk}.
   */
  public boolean verify(XmssPublicKey pk, long epoch, byte[] message, XmssSignature signature) {
    if (epoch < 0
        || epoch >= config.lifetime()
        || message.length != TargetSumEncoding.MESSAGE_LENGTH) {
      return false;
    }
    int[] path = signature.pathUnsafe();
    int[] hashes = signature.hashesUnsafe();
    int[] rho = signature.rhoUnsafe();
    int[] parameter = pk.parameterUnsafe();
    if (path.length != config.logLifetime() * h
        || hashes.length != config.dimension() * h
        || rho.length != config.randLen()
        || parameter.length != config.parameterLen()) {
      return false;
    }
    int[] codeword = encoding.encode(parameter, epoch, rho, message);
    if (codeword == null) {
      return false;
    }
    int[] ends = hashes.clone();
    for (int c = 0; c < config.dimension(); c++) {
      hash.chain(parameter, epoch, c, codeword[c], config.base() - 1 - codeword[c], ends, c * h);
    }
    int[] node = new int[h];
    hash.leaf(parameter, epoch, ends, node, 0);
    long position = epoch;
    int[] parent = new int[h];
    for (int l = 0; l < config.logLifetime(); l++) {
      boolean isLeft = (position & 1) == 0;
      position >>= 1;
      if (isLeft) {
        hash.node(parameter, l + 1, position, node, 0, path, l * h, parent, 0);
      } else {
        hash.node(parameter, l + 1, position, path, l * h, node, 0, parent, 0);
      }
      int[] t = node;
      node = parent;
      parent = t;
    }
    return Arrays.equals(node, pk.rootUnsafe());
  }

  private static int randomElement(RandomGenerator rng) {
    while (true) {
      int v = rng.nextInt() & 0x7fffffff;
      if (v < KoalaBear.P) {
        return v;
      }
    }
  }
}
