package io.leandevnet.devnet.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.leandevnet.devnet.clients.GeneratedFile;
import io.leandevnet.devnet.clients.Mount;
import io.leandevnet.devnet.clients.SecurityOption;
import io.leandevnet.devnet.clients.ServicePort;
import io.leandevnet.devnet.clients.ServiceSpec;
import java.util.Locale;

/**
 * A {@link ServiceSpec} as JSON ({@code plan --json}), snake_case, every field of the record:
 *
 * <pre>{@code
 * {"name": "lean-zeam-0", "image": "blockblaz/zeam:devnet4", "entrypoint": [], "command": [...],
 *  "env": {...}, "mounts": [{"source": "genesis", "target": "/config", "read_only": true}],
 *  "files": [{"path": "/data/peam.conf", "content": "..."}],
 *  "ports": [{"name": "quic", "number": 9000, "kind": "quic", "protocol": "udp"}],
 *  "security": ["seccomp=unconfined"], "user": null,
 *  "resources": {"min_cpu": 0, "max_cpu": 0, "min_mem": 0, "max_mem": 0}, "labels": {...}}
 * }</pre>
 */
final class ServiceSpecJson {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private ServiceSpecJson() {}

  static ObjectNode of(ServiceSpec spec) {
    ObjectNode o = JSON.objectNode();
    o.put("name", spec.name());
    o.put("image", spec.image());
    ArrayNode entrypoint = o.putArray("entrypoint");
    spec.entrypoint().forEach(entrypoint::add);
    ArrayNode command = o.putArray("command");
    spec.command().forEach(command::add);
    ObjectNode env = o.putObject("env");
    spec.env().forEach(env::put);
    ArrayNode mounts = o.putArray("mounts");
    for (Mount m : spec.mounts()) {
      mounts
          .addObject()
          .put("source", lower(m.source().name()))
          .put("target", m.target())
          .put("read_only", m.readOnly());
    }
    ArrayNode files = o.putArray("files");
    for (GeneratedFile f : spec.files()) {
      files.addObject().put("path", f.path()).put("content", f.content());
    }
    ArrayNode ports = o.putArray("ports");
    for (ServicePort p : spec.ports()) {
      ports
          .addObject()
          .put("name", p.name())
          .put("number", p.number())
          .put("kind", lower(p.kind().name()))
          .put("protocol", lower(p.protocol().name()));
    }
    ArrayNode security = o.putArray("security");
    spec.security().stream().map(SecurityOption::dockerValue).forEach(security::add);
    if (spec.user().isPresent()) {
      o.put("user", spec.user().get());
    } else {
      o.putNull("user");
    }
    ObjectNode r = o.putObject("resources");
    r.put("min_cpu", spec.resources().minCpu());
    r.put("max_cpu", spec.resources().maxCpu());
    r.put("min_mem", spec.resources().minMem());
    r.put("max_mem", spec.resources().maxMem());
    ObjectNode labels = o.putObject("labels");
    spec.labels().forEach(labels::put);
    return o;
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
