/**
 * leanSig's generalized XMSS as devnet4 clients use it ({@code
 * SIGAbortingTargetSumLifetime32Dim46Base8}: Poseidon1 over KoalaBear, SHAKE128 PRF, aborting
 * target-sum encoding), byte-compatible with leanSig's SSZ keys and signatures.
 *
 * <ul>
 *   <li>{@link io.leandevnet.crypto.xmss.XmssScheme}: {@code keyGen}, {@code sign}, {@code verify},
 *       {@code advancePreparation}; {@code XmssScheme.of(XmssConfig.DEVNET4)} (or {@code TEST},
 *       {@code SMALL}).
 *   <li>{@link io.leandevnet.crypto.xmss.XmssPublicKey}, {@link
 *       io.leandevnet.crypto.xmss.XmssSecretKey}, {@link io.leandevnet.crypto.xmss.XmssSignature}:
 *       {@code toSsz()} / {@code fromSsz(config, bytes)}.
 *   <li>{@code io.leandevnet.crypto.hashsig}: the {@code hash-sig-keys/} directory of a devnet's
 *       validator keys (manifest, key files, generation).
 *   <li>{@link io.leandevnet.crypto.xmss.TweakHash}, {@link io.leandevnet.crypto.xmss.Prf}, {@link
 *       io.leandevnet.crypto.xmss.MessageEncoding}: the swappable hash layer.
 * </ul>
 *
 * <p>Key generation runs about 5 (AVX2) to 8 (AVX-512) times faster with the Vector API: start the
 * JVM with {@code --add-modules jdk.incubator.vector} (see {@link
 * io.leandevnet.crypto.poseidon.VectorSupport}); without it the scalar code gives the same bytes.
 */
package io.leandevnet.crypto.xmss;
