package io.leandevnet.node.view;

import java.util.Objects;

/** A block by root and slot: the head, the safe target, or a justified or finalized checkpoint. */
public record Checkpoint(Root root, long slot) {

    public Checkpoint {
        Objects.requireNonNull(root, "root");
        if (slot < 0) {
            throw new IllegalArgumentException("slot must be >= 0, got " + slot);
        }
    }
}
