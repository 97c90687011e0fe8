package org.lungang.data.province.cluster;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.cluster.Member;
import com.hazelcast.core.ExecutionCallback;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.IExecutorService;

import org.lungang.data.province.CountyJob;
import org.lungang.data.province.CountyResult;
import org.lungang.data.province.CountyRunner;
import org.lungang.data.province.ProvinceProgress;

/**
 * Submits county jobs to the cluster's workers as a Hazelcast client. Each member gets at most as many jobs as it
 * has solvers, so a member that joins mid-run takes work at once and a slow one queues none. A job whose member
 * leaves (or whose call fails in transit) goes back to the queue and runs again elsewhere: at-least-once, made
 * idempotent by the job id (the result is written once, see {@code CountySolve}). A job another submitter's solve
 * holds comes back {@link CountyResult.Status#BUSY} and is asked again a little later.
 */
public final class ClusterRunner implements CountyRunner {

    /** Attempts before a job whose members keep leaving is marked failed. */
    static final int MAX_ATTEMPTS = 5;
    private static final long BUSY_RETRY_MILLIS = 2_000;
    private static final long NO_MEMBER_GIVE_UP_MILLIS = 60_000;

    private final ClusterSettings settings;
    private final long connectTimeoutMillis;

    public ClusterRunner(ClusterSettings settings, long connectTimeoutMillis) {
        this.settings = settings;
        this.connectTimeoutMillis = connectTimeoutMillis;
    }

    /**
     * Connects a client to the cluster.
     *
     * @throws ClusterUnreachableException when no member answers within the timeout
     */
    static HazelcastInstance connect(ClusterSettings settings, long connectTimeoutMillis) {
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

    @Override
    public List<CountyResult> run(List<CountyJob> jobs, Path output, ProvinceProgress progress) {
        HazelcastInstance client = connect(settings, connectTimeoutMillis);
        try {
            return new Schedule(client, jobs, output.toAbsolutePath().toString(), progress).run();
        } finally {
            client.shutdown();
        }
    }

    private record Event(long submission, CountyResult result, Throwable failure) {
    }

    private record InFlight(int job, UUID member) {
    }

    /** One run's queue, in-flight jobs and results; only the submitting thread touches it. */
    private static final class Schedule {

        private final HazelcastInstance client;
        private final IExecutorService executor;
        private final List<CountyJob> jobs;
        private final String output;
        private final ProvinceProgress progress;
        private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        private final Deque<Integer> pending = new ArrayDeque<>();
        private final Map<Integer, Long> notBefore = new HashMap<>();
        private final Map<Long, InFlight> inFlight = new HashMap<>();
        private final CountyResult[] results;
        private final int[] attempts;
        private long submissions;
        private int remaining;

        Schedule(HazelcastInstance client, List<CountyJob> jobs, String output, ProvinceProgress progress) {
            this.client = client;
            this.executor = client.getExecutorService(ProvinceWorker.EXECUTOR);
            this.jobs = jobs;
            this.output = output;
            this.progress = progress;
            this.results = new CountyResult[jobs.size()];
            this.attempts = new int[jobs.size()];
            for (int i = 0; i < jobs.size(); i++) {
                pending.add(i);
            }
            this.remaining = jobs.size();
        }

        List<CountyResult> run() {
            long noMemberSince = -1;
            while (remaining > 0) {
                Set<Member> members = client.getCluster().getMembers();
                long now = System.currentTimeMillis();
                if (members.isEmpty()) {
                    noMemberSince = noMemberSince < 0 ? now : noMemberSince;
                    if (now - noMemberSince > NO_MEMBER_GIVE_UP_MILLIS) {
                        throw new ClusterUnreachableException("Every worker left the cluster; " + remaining
                                + " counties are not solved.", null);
                    }
                } else {
                    noMemberSince = -1;
                }
                abandonJobsOfDeparted(members);
                for (Member member : members) {
                    int free = capacity(member) - load(member.getUuid());
                    while (free > 0) {
                        Integer job = nextReady(now);
                        if (job == null) {
                            break;
                        }
                        submit(job, member);
                        free--;
                    }
                }
                try {
                    Event event = events.poll(500, TimeUnit.MILLISECONDS);
                    while (event != null) {
                        handle(event);
                        event = events.poll();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted", e);
                }
            }
            return List.of(results);
        }

        private void submit(int job, Member member) {
            long submission = ++submissions;
            inFlight.put(submission, new InFlight(job, member.getUuid()));
            attempts[job]++;
            progress.started(jobs.get(job));
            executor.submitToMember(new CountyTask(jobs.get(job), output), member,
                    new ExecutionCallback<CountyResult>() {
                        @Override
                        public void onResponse(CountyResult response) {
                            events.add(new Event(submission, response, null));
                        }

                        @Override
                        public void onFailure(Throwable t) {
                            events.add(new Event(submission, null, t));
                        }
                    });
        }

        private void handle(Event event) {
            InFlight flight = inFlight.remove(event.submission());
            if (flight == null) {
                // Already re-queued because its member left; a late answer is still a valid (idempotent) result.
                return;
            }
            int job = flight.job();
            if (results[job] != null) {
                return;
            }
            if (event.failure() != null) {
                retryOrFail(job, event.failure().toString());
            } else if (event.result().status() == CountyResult.Status.BUSY) {
                progress.requeued(jobs.get(job));
                attempts[job]--;
                notBefore.put(job, System.currentTimeMillis() + BUSY_RETRY_MILLIS);
                pending.addLast(job);
            } else {
                results[job] = event.result();
                remaining--;
                progress.finished(event.result(), true);
            }
        }

        /** A member may leave without its calls failing at once: its jobs go back to the queue now. */
        private void abandonJobsOfDeparted(Set<Member> members) {
            Set<UUID> alive = new HashSet<>();
            for (Member member : members) {
                alive.add(member.getUuid());
            }
            List<Long> orphaned = new ArrayList<>();
            inFlight.forEach((submission, flight) -> {
                if (!alive.contains(flight.member())) {
                    orphaned.add(submission);
                }
            });
            for (long submission : orphaned) {
                InFlight flight = inFlight.remove(submission);
                retryOrFail(flight.job(), "its member left the cluster");
            }
        }

        private void retryOrFail(int job, String reason) {
            progress.requeued(jobs.get(job));
            if (attempts[job] >= MAX_ATTEMPTS) {
                CountyJob j = jobs.get(job);
                results[job] = CountyResult.failed(j.jobId(), j.county(), j.file(),
                        "gave up after " + attempts[job] + " attempts; last: " + reason, null);
                remaining--;
                progress.finished(results[job], false);
            } else {
                pending.addFirst(job);
            }
        }

        private Integer nextReady(long now) {
            int size = pending.size();
            for (int i = 0; i < size; i++) {
                int job = pending.pollFirst();
                Long earliest = notBefore.get(job);
                if (earliest == null || earliest <= now) {
                    notBefore.remove(job);
                    return job;
                }
                pending.addLast(job);
            }
            return null;
        }

        private int load(UUID member) {
            int load = 0;
            for (InFlight flight : inFlight.values()) {
                if (flight.member().equals(member)) {
                    load++;
                }
            }
            return load;
        }

        private static int capacity(Member member) {
            String solvers = member.getAttribute(ProvinceWorker.SOLVERS);
            try {
                return solvers == null ? 0 : Math.max(1, Integer.parseInt(solvers));
            } catch (NumberFormatException e) {
                return 1;
            }
        }
    }
}
