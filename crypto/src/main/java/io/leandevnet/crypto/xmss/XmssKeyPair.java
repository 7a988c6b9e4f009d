package io.leandevnet.crypto.xmss;

/** A public key and its secret key. */
public record XmssKeyPair(XmssPublicKey publicKey, XmssSecretKey secretKey) {}
