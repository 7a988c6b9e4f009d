package io.leandevnet.node.view;

import java.util.Arrays;
import java.util.HexFormat;

/** A 32-byte block root (or state root), shown as {@code 0x} and 64 lowercase hex digits. */
public record Root(byte[] bytes) {

    public static final int LENGTH = 32;
    /** The all-zero root. */
    public static final Root ZERO = new Root(new byte[LENGTH]);

    public Root {
        if (bytes == null || bytes.length != LENGTH) {
            throw new IllegalArgumentException("a root has " + LENGTH + " bytes, got "
                    + (bytes == null ? "null" : bytes.length));
        }
        bytes = bytes.clone();
    }

    /** Parses {@code 0x} followed by 64 hex digits. */
    public static Root fromHex(String hex) {
        if (hex == null || !hex.startsWith("0x") || hex.length() != 2 + 2 * LENGTH) {
            throw new IllegalArgumentException("a root is 0x followed by 64 hex digits, got '" + hex + "'");
        }
        try {
            return new Root(HexFormat.of().parseHex(hex, 2, hex.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a root is 0x followed by 64 hex digits, got '" + hex + "'", e);
        }
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public String toHex() {
        return "0x" + HexFormat.of().formatHex(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Root other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return toHex();
    }
}
