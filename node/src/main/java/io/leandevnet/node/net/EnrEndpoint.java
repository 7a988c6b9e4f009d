package io.leandevnet.node.net;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Where a built-in node listens, read from its ENR (EIP-778) in nodes.yaml: the {@code ip} key
 * and the {@code quic} port, which the built-in transport reuses as its TCP port.
 *
 * <p>Only the two keys are read; the record's signature is not checked (nodes.yaml is written by
 * the devnet itself).
 */
public record EnrEndpoint(InetAddress ip, int quicPort) {

    public EnrEndpoint {
        if (quicPort < 1 || quicPort > 0xFFFF) {
            throw new IllegalArgumentException("quic port must be in 1..65535, got " + quicPort);
        }
    }

    public InetSocketAddress socketAddress() {
        return new InetSocketAddress(ip, quicPort);
    }

    /**
     * Reads the {@code ip} and {@code quic} keys of a text ENR ({@code enr:} + base64url RLP).
     *
     * @throws IllegalArgumentException saying what is wrong with the record
     */
    public static EnrEndpoint parse(String enr) {
        if (enr == null || !enr.startsWith("enr:")) {
            throw new IllegalArgumentException("an ENR starts with 'enr:', got '" + enr + "'");
        }
        byte[] rlp;
        try {
            rlp = Base64.getUrlDecoder().decode(enr.substring(4).strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("ENR is not base64url: " + e.getMessage());
        }
        Rlp reader = new Rlp(rlp);
        List<byte[]> items = reader.list();
        if (items.size() < 2 || items.size() % 2 != 0) {
            throw new IllegalArgumentException("ENR must be [signature, seq, key, value, ...], got " + items.size()
                    + " items");
        }
        byte[] ip = null;
        byte[] quic = null;
        for (int i = 2; i + 1 < items.size(); i += 2) {
            String key = new String(items.get(i), StandardCharsets.UTF_8);
            switch (key) {
                case "ip" -> ip = items.get(i + 1);
                case "quic" -> quic = items.get(i + 1);
                default -> { }
            }
        }
        if (ip == null || ip.length != 4) {
            throw new IllegalArgumentException("ENR has no 4-byte 'ip' key");
        }
        if (quic == null || quic.length == 0 || quic.length > 2) {
            throw new IllegalArgumentException("ENR has no 'quic' port");
        }
        int port = 0;
        for (byte b : quic) {
            port = (port << 8) | (b & 0xFF);
        }
        try {
            return new EnrEndpoint(InetAddress.getByAddress(ip), port);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("ENR 'ip' is not an IPv4 address", e);
        }
    }

    /** Just enough RLP to read an ENR: one top-level list of byte strings. */
    private static final class Rlp {
        private final byte[] data;
        private int pos;

        Rlp(byte[] data) {
            this.data = data;
        }

        List<byte[]> list() {
            int prefix = next();
            int length;
            if (prefix >= 0xC0 && prefix <= 0xF7) {
                length = prefix - 0xC0;
            } else if (prefix > 0xF7) {
                length = longLength(prefix - 0xF7);
            } else {
                throw new IllegalArgumentException("ENR is not an RLP list");
            }
            int end = pos + length;
            if (end != data.length) {
                throw new IllegalArgumentException("ENR list length " + length + " does not match its "
                        + (data.length - pos) + " bytes");
            }
            List<byte[]> items = new ArrayList<>();
            while (pos < end) {
                items.add(string());
            }
            return items;
        }

        private byte[] string() {
            int prefix = next();
            int length;
            if (prefix < 0x80) {
                return new byte[] {(byte) prefix};
            } else if (prefix <= 0xB7) {
                length = prefix - 0x80;
            } else if (prefix <= 0xBF) {
                length = longLength(prefix - 0xB7);
            } else {
                throw new IllegalArgumentException("ENR has a nested list where a value was expected");
            }
            if (pos + length > data.length) {
                throw new IllegalArgumentException("ENR is truncated");
            }
            byte[] value = java.util.Arrays.copyOfRange(data, pos, pos + length);
            pos += length;
            return value;
        }

        private int longLength(int bytes) {
            if (bytes > 3) {
                throw new IllegalArgumentException("ENR is longer than an ENR can be");
            }
            int length = 0;
            for (int i = 0; i < bytes; i++) {
                length = (length << 8) | next();
            }
            return length;
        }

        private int next() {
            if (pos >= data.length) {
                throw new IllegalArgumentException("ENR is truncated");
            }
            return data[pos++] & 0xFF;
        }
    }
}
