package io.leandevnet.node.runtime;

import io.leandevnet.consensus.containers.Validator;
import io.leandevnet.node.NodeConfigException;
import java.nio.file.Path;
import java.util.List;

/** XMSS keys from hash-sig-keys/. */
final class XmssKeys {

    private XmssKeys() {}

    static ValidatorKeys load(Path dir, List<Validator> genesisValidators, List<Integer> own) {
        throw new NodeConfigException(dir + ": XMSS signing is not in this build yet; run with insecure test keys");
    }
}
