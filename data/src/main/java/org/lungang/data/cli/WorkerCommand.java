package org.lungang.data.cli;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import com.hazelcast.core.HazelcastInstance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.lungang.data.province.cluster.ClusterSettings;
import org.lungang.data.province.cluster.ProvinceWorker;

@Command(name = "worker", mixinStandardHelpOptions = true,
        description = "Starts a cluster member that takes county solves from `province solve --cluster`. "
                + "Hazelcast Community edition: no TLS or authentication between members; keep the cluster on a "
                + "private network (it binds to loopback by default).")
final class WorkerCommand implements Callable<Integer> {

    @Option(names = "--members", split = ",", paramLabel = "HOST:PORT",
            description = "Members to join (default: this machine's 127.0.0.1:5701 and following ports).")
    List<String> members;

    @Option(names = "--cluster", defaultValue = ClusterSettings.DEFAULT_CLUSTER, paramLabel = "NAME",
            description = "The cluster name (default lungang).")
    String cluster;

    @Option(names = "--bind", defaultValue = ClusterSettings.LOOPBACK, paramLabel = "ADDRESS",
            description = "The interface to listen on (default 127.0.0.1).")
    String bind;

    @Option(names = "--port", defaultValue = "5701", description = "The first port to try (default 5701).")
    int port;

    @Option(names = "--solvers", defaultValue = "1", description = "Counties solved at once (default 1).")
    int solvers;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        List<String> join = members == null || members.isEmpty() ? List.of(bind) : members;
        HazelcastInstance member = ProvinceWorker.start(new ClusterSettings(cluster, join, bind, port, solvers));
        spec.commandLine().getOut().println("lungang worker " + member.getCluster().getLocalMember().getAddress()
                + " in cluster " + cluster + " (" + member.getCluster().getMembers().size() + " members), "
                + solvers + " solver(s); stop with Ctrl-C");
        spec.commandLine().getOut().flush();
        // Hazelcast's shutdown hook leaves the cluster on Ctrl-C; until then the member serves.
        new CountDownLatch(1).await();
        return 0;
    }
}
