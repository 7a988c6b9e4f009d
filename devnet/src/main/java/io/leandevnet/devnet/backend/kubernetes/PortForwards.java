package io.leandevnet.devnet.backend.kubernetes;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.LocalPortForward;
import io.leandevnet.devnet.registry.DevnetRecord;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Local ports on 127.0.0.1 forwarded through the API server to a devnet's Services, one per URL of
 * its record, so that {@code status}, {@code verify} and the dashboard work from a machine outside
 * the cluster (as {@code kubectl port-forward svc/NAME PORT} does).
 */
final class PortForwards implements AutoCloseable {

  private final KubernetesClient client;
  private final KubeNames names;
  private final List<LocalPortForward> open = new ArrayList<>();

  PortForwards(KubernetesClient client, KubeNames names) {
    this.client = client;
    this.names = names;
  }

  /**
   * {@code record} with every API, metrics, RPC and helper URL replaced by a forwarded one, and
   * each execution client's P2P address by its pod's IP.
   */
  DevnetRecord forward(DevnetRecord record) throws IOException {
    List<DevnetRecord.LeanEndpoint> lean = new ArrayList<>();
    for (DevnetRecord.LeanEndpoint l : record.lean()) {
      lean.add(
          new DevnetRecord.LeanEndpoint(
              l.node(),
              l.client(),
              l.service(),
              l.image(),
              l.address(),
              to(l.service(), l.api()),
              to(l.service(), l.metrics()),
              l.log()));
    }
    List<DevnetRecord.ElEndpoint> el = new ArrayList<>();
    for (DevnetRecord.ElEndpoint e : record.el()) {
      el.add(
          new DevnetRecord.ElEndpoint(
              e.service(),
              e.client(),
              e.image(),
              podAddress(e.service(), e.address()),
              to(e.service(), e.rpc()),
              e.log(),
              e.pairedLean()));
    }
    List<DevnetRecord.ServiceEndpoint> helpers = new ArrayList<>();
    for (DevnetRecord.ServiceEndpoint s : record.services()) {
      helpers.add(
          new DevnetRecord.ServiceEndpoint(
              s.service(), s.image(), to(s.service(), s.url()), s.log()));
    }
    return record.withEndpoints(lean, el, helpers);
  }

  /**
   * {@code address} ({@code host:port}, the host the Service's DNS name) with the host replaced by
   * the IP of {@code service}'s pod, when it has one: what other clients dial for P2P (some ELs'
   * {@code admin_addPeer} takes an IP only, not a name).
   */
  private String podAddress(String service, String address) {
    if (address == null || address.lastIndexOf(':') < 0) {
      return address;
    }
    Pod pod = client.pods().inNamespace(names.namespace()).withName(names.workload(service)).get();
    String ip = pod == null || pod.getStatus() == null ? null : pod.getStatus().getPodIP();
    return ip == null ? address : ip + address.substring(address.lastIndexOf(':'));
  }

  /** {@code url} of {@code service}, through a local port forwarded to the same port. */
  private URI to(String service, URI url) throws IOException {
    if (url == null || url.getPort() < 0) {
      return url;
    }
    LocalPortForward forward;
    try {
      forward =
          client
              .services()
              .inNamespace(names.namespace())
              .withName(names.workload(service))
              .portForward(url.getPort());
    } catch (RuntimeException e) {
      throw new IOException(
          "cannot forward a local port to "
              + names.workload(service)
              + ":"
              + url.getPort()
              + " in namespace "
              + names.namespace()
              + ": "
              + e.getMessage(),
          e);
    }
    open.add(forward);
    return URI.create(
        "http://127.0.0.1:"
            + forward.getLocalPort()
            + (url.getRawPath() == null ? "" : url.getRawPath()));
  }

  @Override
  public void close() {
    for (LocalPortForward f : open) {
      try {
        f.close();
      } catch (IOException e) {
        // the forward's socket is gone either way
      }
    }
    client.close();
  }
}
