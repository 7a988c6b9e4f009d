package io.leandevnet.devnet.backend;

import io.leandevnet.devnet.plan.Addresses;
import io.leandevnet.devnet.plan.DevnetPlan;
import io.leandevnet.devnet.registry.DevnetRecord;
import io.leandevnet.devnet.registry.DevnetRegistry;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

/**
 * Where a devnet runs. A backend knows nothing about clients: it places services ({@link
 * #addresses}), starts them ({@link #deploy}), tells whether they still run ({@link #state}), shows
 * their logs ({@link #logs}) and tears them down ({@link #destroy}, {@link #gc}).
 *
 * <p>The life of a devnet, as {@code launch.Launch} drives it: {@link #unsupported} and {@link
 * #preflight} refuse what cannot run before anything is written; {@link #addresses} fixes every
 * service's IP and ports (the ENRs in the genesis carry them); the genesis is written; {@link
 * #deploy} starts the services and returns a {@link Deployment} whose {@link Deployment#handle()
 * handle} goes into the {@link DevnetRecord}. The record's endpoints are computed by {@code
 * launch.Launch} from the {@link Addresses}, once, for every backend. Every later command ({@code
 * ls}, {@code status}, {@code logs}, {@code down}, {@code gc}) may run in another process and has
 * only the record: a backend whose services outlive {@code up} (Docker, Kubernetes) finds them
 * again through its handle.
 */
public interface Backend {

  /** {@code embedded}, {@code docker}, … as given to {@code --backend}. */
  String name();

  /**
   * What in {@code plan} this backend cannot run, one line per problem naming the node and what to
   * do instead; empty when it can run all of it.
   */
  List<String> unsupported(DevnetPlan plan);

  /**
   * Checks that the machine can host {@code plan} at {@code addresses} (ports free, engine
   * reachable) and gets what it needs at hand (Docker: pulls or builds the images, reporting on
   * {@code progress}), before the genesis is written, so that its delay counts from when the
   * services can start.
   *
   * @return problems, one line each naming the service; empty when ready
   */
  List<String> preflight(DevnetPlan plan, Addresses addresses, PrintStream progress);

  /**
   * Where every service will live, decided before genesis because the ENRs carry it: {@link
   * Addresses#of} as services reach each other, {@link Addresses#fromHost} as lean-devnet and the
   * user reach them.
   *
   * @throws IllegalArgumentException when the plan does not fit (ports, subnet), naming why
   * @throws IOException when the backend's engine cannot be asked
   */
  Addresses addresses(DevnetPlan plan) throws IOException;

  /**
   * Where every service of devnet {@code name} will live. A backend that has to create things to
   * know it (Kubernetes: the pods, whose IPs the ENRs carry) creates them here, reporting to {@code
   * progress}, and removes them in {@link #release} should the launch fail before {@link #deploy}.
   * By default {@link #addresses(DevnetPlan)}.
   */
  default Addresses addresses(String name, DevnetPlan plan, PrintStream progress)
      throws IOException {
    return addresses(plan);
  }

  /**
   * Removes what {@link #addresses(String, DevnetPlan, PrintStream)} created for devnet {@code
   * name}, when its launch fails before {@link #deploy} returned. By default there is nothing.
   */
  default void release(String name, PrintStream progress) {}

  /**
   * Starts every service of the request's plan and returns once each is ready. On failure nothing
   * it started is left running (unless the backend was told to keep it for inspection).
   *
   * @throws DeployException naming the services that did not come up and why
   */
  Deployment deploy(DeployRequest request) throws IOException, DeployException;

  /**
   * Whether the recorded devnet still runs. Never throws: an engine that does not answer gives
   * {@link RunState#UNKNOWN}.
   */
  RunState state(DevnetRecord record);

  /**
   * Opens the way from this process to the recorded devnet's services for {@code status}, {@code
   * verify} and {@code dashboard}. By default the record's own URLs, which are reachable from the
   * host; a backend whose services are not (Kubernetes) forwards local ports to them.
   *
   * @throws IOException when the way cannot be opened (the cluster does not answer)
   */
  default Reach reach(DevnetRecord record) throws IOException {
    return Reach.direct(record);
  }

  /**
   * Prints the log of {@code service} (a service name of the record) to {@code out}: its last
   * {@code tail} lines ({@code tail < 0}: all of it), then, with {@code follow}, new lines as they
   * come until the service stops or the thread is interrupted.
   *
   * @throws IllegalArgumentException when the devnet has no such service or it has no log
   */
  void logs(DevnetRecord record, String service, boolean follow, int tail, PrintStream out)
      throws IOException, InterruptedException;

  /**
   * Stops a recorded devnet from any process (for {@code down}) and removes what this backend
   * created for it (its containers, networks, volumes; not the devnet's directory, which the
   * registry owns). Idempotent.
   */
  void destroy(DevnetRecord record, PrintStream progress) throws IOException;

  /**
   * Removes what devnets of this backend left behind with no record that runs them (a killed {@code
   * up}, a deleted record), printing one line per thing removed. Idempotent: a second run removes
   * nothing. The registry's own leftovers (directories with no record) are the caller's.
   *
   * @return how many things it removed
   */
  int gc(DevnetRegistry registry, PrintStream progress) throws IOException;
}
