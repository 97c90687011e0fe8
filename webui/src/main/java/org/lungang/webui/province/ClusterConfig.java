package org.lungang.webui.province;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.lungang.data.province.cluster.ClusterSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The {@code lungang.cluster.*} properties: off by default, and then provinces and sweeps are solved on this machine.
 * When enabled, the web application submits them as a Hazelcast client to the workers ({@code lungang worker}) at
 * {@code members}, or at {@code interface}:5701 when none are listed. Hazelcast Community edition has no TLS and no
 * authentication between members: run the workers on a private network.
 */
@Component
public class ClusterConfig {

    private final boolean enabled;
    private final ClusterSettings settings;
    private final long connectTimeoutMillis;

    ClusterConfig(@Value("${lungang.cluster.enabled:false}") boolean enabled,
            @Value("${lungang.cluster.members:}") String members,
            @Value("${lungang.cluster.name:" + ClusterSettings.DEFAULT_CLUSTER + "}") String name,
            @Value("${lungang.cluster.interface:" + ClusterSettings.LOOPBACK + "}") String networkInterface,
            @Value("${lungang.cluster.connect-timeout:PT10S}") java.time.Duration connectTimeout) {
        this.enabled = enabled;
        List<String> listed = Arrays.stream(members.split(",")).map(String::trim).filter(m -> !m.isEmpty()).toList();
        this.settings = new ClusterSettings(name, listed.isEmpty()
                ? List.of(networkInterface + ":" + ClusterSettings.DEFAULT_PORT) : listed, networkInterface,
                ClusterSettings.DEFAULT_PORT, 1);
        this.connectTimeoutMillis = connectTimeout.toMillis();
    }

    /** The cluster to submit to, or empty when everything runs on this machine. */
    public Optional<ClusterSettings> cluster() {
        return enabled ? Optional.of(settings) : Optional.empty();
    }

    public long connectTimeoutMillis() {
        return connectTimeoutMillis;
    }
}
