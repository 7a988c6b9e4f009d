package io.leandevnet.devnet.elstandin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Engine API's authentication as the execution APIs specify it: an HS256 JWT signed with the
 * 32-byte secret both sides read from their {@code jwtsecret} file ({@code 0x} and 64 hex digits),
 * whose {@code iat} claim lies within 60 seconds of the server's clock.
 */
final class EngineJwt {

  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long IAT_WINDOW_SECONDS = 60;

  private final byte[] secret;

  private EngineJwt(byte[] secret) {
    this.secret = secret;
  }

  /**
   * The secret in {@code file}, which must be readable and hold exactly {@code 0x} and 64 hex
   * digits (an optional trailing newline aside).
   *
   * @throws IOException naming the file and what is wrong with it
   */
  static EngineJwt read(Path file) throws IOException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.US_ASCII).strip();
    } catch (IOException e) {
      throw new IOException("cannot read the JWT secret " + file + ": " + e, e);
    }
    if (!text.matches("0x[0-9a-fA-F]{64}")) {
      throw new IOException(
          "the JWT secret " + file + " is not 0x and 64 hex digits (" + text.length() + " chars)");
    }
    return new EngineJwt(HexFormat.of().parseHex(text.substring(2)));
  }

  /** A token issued at {@code iat} (Unix seconds). */
  String token(long iat) {
    String header = B64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes());
    String claims = B64.encodeToString(("{\"iat\":" + iat + "}").getBytes());
    String signed = header + "." + claims;
    return signed + "." + B64.encodeToString(mac(signed));
  }

  /**
   * Whether {@code authorization} (an HTTP {@code Authorization} header, or null) is {@code Bearer}
   * and a token this secret signed, issued within 60 s of {@code now}.
   */
  boolean accepts(String authorization, long now) {
    if (authorization == null || !authorization.startsWith("Bearer ")) {
      return false;
    }
    String[] parts = authorization.substring("Bearer ".length()).strip().split("\\.");
    if (parts.length != 3) {
      return false;
    }
    byte[] expected = mac(parts[0] + "." + parts[1]);
    byte[] given;
    try {
      given = Base64.getUrlDecoder().decode(parts[2]);
    } catch (IllegalArgumentException e) {
      return false;
    }
    if (!MessageDigest.isEqual(expected, given)) {
      return false;
    }
    try {
      JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
      JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
      return "HS256".equals(header.path("alg").asText())
          && claims.path("iat").canConvertToLong()
          && Math.abs(claims.path("iat").asLong() - now) <= IAT_WINDOW_SECONDS;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }

  private byte[] mac(String signed) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return mac.doFinal(signed.getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
