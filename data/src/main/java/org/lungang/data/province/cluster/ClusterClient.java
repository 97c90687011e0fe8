package org.lungang.data.province.cluster;

import java.util.ArrayList;
import java.util.function.Function;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.core.HazelcastInstance;

/**
 * How a submitter (a province solve, a sweep) reaches the cluster's workers: as a Hazelcast client that connects for
 * one run and leaves when the run is over, whatever its end.
 */
record ClusterClient(ClusterSettings settings, long connectTimeoutMillis) {

    /**
     * Connects, runs {@code work} with the client, and disconnects.
     *
     * @throws ClusterUnreachableException when no member answers within the timeout
     */
    <T> T run(Function<HazelcastInstance, T> work) {
        HazelcastInstance client = connect();
        try {
            return work.apply(client);
        } finally {
            client.shutdown();
        }
    }

    private HazelcastInstance connect() {
        ClientConfig config = new ClientConfig();
        config.setClusterName(settings.cluster());
        config.setProperty("hazelcast.logging.type", "slf4j");
        config.setProperty("hazelcast.client.heartbeat.timeout", "10000");
        config.getNetworkConfig().setAddresses(new ArrayList<>(settings.members()));
        config.getConnectionStrategyConfig().getConnectionRetryConfig()
                .setClusterConnectTimeoutMillis(connectTimeoutMillis).setMaxBackoffMillis(2_000);
        try {
            return HazelcastClient.newHazelcastClient(config);
        } catch (IllegalStateException e) {
            throw new ClusterUnreachableException("No Lungang worker of cluster '" + settings.cluster()
                    + "' is reachable at " + String.join(", ", settings.members()) + ".", e);
        }
    }
}
