package io.leandevnet.devnet.backend.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import java.io.IOException;
import java.time.Duration;

/**
 * A connection to a Docker engine through its HTTP API (docker-java over Apache httpclient5; no
 * {@code docker} CLI). The engine is the one {@code DOCKER_HOST} names, by default the local socket
 * {@code unix:///var/run/docker.sock}.
 */
public final class DockerEngine implements AutoCloseable {

  private final DockerClient api;
  private final String host;

  private DockerEngine(DockerClient api, String host) {
    this.api = api;
    this.host = host;
  }

  /**
   * Connects and checks that the engine answers.
   *
   * @throws IOException naming the engine's address and what to do, when it does not answer
   */
  public static DockerEngine connect() throws IOException {
    DockerClientConfig config = DefaultDockerClientConfig.createDefaultConfigBuilder().build();
    String host = config.getDockerHost().toString();
    ApacheDockerHttpClient http =
        new ApacheDockerHttpClient.Builder()
            .dockerHost(config.getDockerHost())
            .sslConfig(config.getSSLConfig())
            .connectionTimeout(Duration.ofSeconds(5))
            .build();
    DockerClient api = DockerClientImpl.getInstance(config, http);
    DockerEngine engine = new DockerEngine(api, host);
    try {
      api.pingCmd().exec();
    } catch (RuntimeException e) {
      engine.close();
      throw new IOException(
          "no Docker engine answers at "
              + host
              + " ("
              + DockerErrors.message(e)
              + "); start dockerd (or set DOCKER_HOST to a running engine), or run the devnet"
              + " with --backend embedded",
          e);
    }
    return engine;
  }

  /** The engine's API. */
  public DockerClient api() {
    return api;
  }

  /** The engine's address, as {@code DOCKER_HOST} gives it. */
  public String host() {
    return host;
  }

  @Override
  public void close() {
    try {
      api.close();
    } catch (IOException e) {
      // nothing to do: the connection pool is gone either way
    }
  }
}
