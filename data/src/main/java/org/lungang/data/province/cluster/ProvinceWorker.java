package org.lungang.data.province.cluster;

import java.util.List;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;

/**
 * A cluster member that takes county solves: an executor of {@code solvers} threads, and the two maps every member
 * shares, the results (one backup, so a member's death loses none) and the claims (a lock per job while it is being
 * solved; Hazelcast releases a dead member's locks, which is what lets a survivor re-run its counties).
 */
public final class ProvinceWorker {

    static final String EXECUTOR = "lungang-counties";
    static final String RESULTS = "lungang-county-results";
    static final String CLAIMS = "lungang-county-claims";
    /** The member attribute that tells submitters how many counties the member solves at once. */
    static final String SOLVERS = "lungang.solvers";

    private ProvinceWorker() {
    }

    /** Starts a member and returns once it has joined (or formed) the cluster. */
    public static HazelcastInstance start(ClusterSettings settings) {
        Config config = new Config();
        config.setClusterName(settings.cluster());
        config.setProperty("hazelcast.logging.type", "slf4j");
        config.setProperty("hazelcast.phone.home.enabled", "false");
        // Bind to the configured interface only, never to every address of the machine.
        config.setProperty("hazelcast.socket.bind.any", "false");
        // A member killed with -9 is declared dead after 10 s instead of 60 s, so its counties re-run sooner.
        config.setProperty("hazelcast.heartbeat.interval.seconds", "2");
        config.setProperty("hazelcast.max.no.heartbeat.seconds", "10");
        NetworkConfig network = config.getNetworkConfig();
        network.setPort(settings.port()).setPortAutoIncrement(true).setPortCount(100);
        network.getInterfaces().setEnabled(true).addInterface(settings.bind());
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        List<String> members = settings.members().isEmpty() ? List.of(settings.bind()) : settings.members();
        join.getTcpIpConfig().setEnabled(true).setMembers(members);
        config.getExecutorConfig(EXECUTOR).setPoolSize(settings.solvers());
        config.getMapConfig(RESULTS).setBackupCount(1);
        config.getMemberAttributeConfig().setAttribute(SOLVERS, Integer.toString(settings.solvers()));
        return Hazelcast.newHazelcastInstance(config);
    }
}
