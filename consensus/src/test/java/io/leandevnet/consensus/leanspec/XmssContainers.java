package io.leandevnet.consensus.leanspec;

import com.fasterxml.jackson.databind.JsonNode;
import io.leandevnet.ssz.ContainerType;
import io.leandevnet.ssz.ContainerType.Field;
import io.leandevnet.ssz.ListType;
import io.leandevnet.ssz.Ssz;
import io.leandevnet.ssz.VectorType;
import java.util.List;

/**
 * leanSpec's XMSS containers of the devnet4 (prod) scheme as the ssz fixtures name them, built from
 * the ssz module's types (consensus itself treats keys and signatures as opaque bytes): field
 * elements are uint32, digests Vector[Fp, 8], digest lists List[digest, 2^17].
 */
final class XmssContainers {
  private XmssContainers() {}

  static final VectorType<Long> DIGEST = Ssz.vector(Ssz.UINT32, 8);
  static final ListType<List<Long>> DIGESTS = Ssz.list(DIGEST, 1L << 17);

  record PublicKey(List<Long> root, List<Long> parameter) {
    static final ContainerType<PublicKey> SSZ =
        ContainerType.of(
            "PublicKey",
            v -> new PublicKey(v.get(0), v.get(1)),
            Field.of("root", DIGEST, PublicKey::root),
            Field.of("parameter", Ssz.vector(Ssz.UINT32, 5), PublicKey::parameter));

    static PublicKey of(JsonNode n) {
      return new PublicKey(
          FixtureJson.list(FixtureJson.required(n, "root"), FixtureJson::uint),
          FixtureJson.list(FixtureJson.required(n, "parameter"), FixtureJson::uint));
    }
  }

  record HashTreeOpening(List<List<Long>> siblings) {
    static final ContainerType<HashTreeOpening> SSZ =
        ContainerType.of(
            "HashTreeOpening",
            v -> new HashTreeOpening(v.get(0)),
            Field.of("siblings", DIGESTS, HashTreeOpening::siblings));

    static HashTreeOpening of(JsonNode n) {
      return new HashTreeOpening(digests(FixtureJson.required(n, "siblings")));
    }
  }

  record HashTreeLayer(long startIndex, List<List<Long>> nodes) {
    static final ContainerType<HashTreeLayer> SSZ =
        ContainerType.of(
            "HashTreeLayer",
            v -> new HashTreeLayer(v.get(0), v.get(1)),
            Field.of("startIndex", Ssz.UINT64, HashTreeLayer::startIndex),
            Field.of("nodes", DIGESTS, HashTreeLayer::nodes));

    static HashTreeLayer of(JsonNode n) {
      return new HashTreeLayer(
          FixtureJson.uint(n, "startIndex"), digests(FixtureJson.required(n, "nodes")));
    }
  }

  private static List<List<Long>> digests(JsonNode n) {
    return FixtureJson.list(n, d -> FixtureJson.list(d, FixtureJson::uint));
  }
}
