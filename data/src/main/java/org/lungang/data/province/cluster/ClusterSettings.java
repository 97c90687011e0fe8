package org.lungang.data.province.cluster;

import java.util.List;
import java.util.Objects;

/**
 * Where the province cluster is and how a member joins it. Members find each other over TCP at the listed
 * addresses (no multicast) and bind to one interface, loopback by default: Hazelcast Community edition has no TLS
 * and no authentication between members, so a cluster must only span a private network.
 *
 * @param cluster the cluster name; members and submitters of other names ignore each other
 * @param members {@code host:port} of members to join or submit to
 * @param bind the interface a worker listens on
 * @param port the first port a worker tries (it takes the next free one)
 * @param solvers counties a worker solves at once (each solve uses one thread)
 */
public record ClusterSettings(String cluster, List<String> members, String bind, int port, int solvers) {

    public static final String DEFAULT_CLUSTER = "lungang";
    public static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_PORT = 5701;

    public ClusterSettings {
        Objects.requireNonNull(cluster, "cluster");
        members = List.copyOf(members);
        if (solvers < 1) {
            throw new IllegalArgumentException("A worker needs at least one solver, not " + solvers);
        }
    }

    /** Loopback, the default cluster name and port, one solver. */
    public static ClusterSettings loopback() {
        return new ClusterSettings(DEFAULT_CLUSTER, List.of(LOOPBACK + ":" + DEFAULT_PORT), LOOPBACK, DEFAULT_PORT,
                1);
    }

    public ClusterSettings withMembers(List<String> newMembers) {
        return new ClusterSettings(cluster, newMembers, bind, port, solvers);
    }
}
