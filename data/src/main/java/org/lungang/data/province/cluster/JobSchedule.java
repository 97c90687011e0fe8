package org.lungang.data.province.cluster;

import java.io.Serializable;
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

import com.hazelcast.cluster.Member;
import com.hazelcast.core.ExecutionCallback;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.IExecutorService;

/**
 * One run's jobs spread over the cluster's workers, the same for county jobs and sweep points: each member gets at
 * most as many jobs as it has solvers, so a member that joins mid-run takes work at once and a slow one queues none.
 * A job whose member leaves (or whose call fails in transit) goes back to the queue and runs again elsewhere; a job
 * another submitter holds comes back busy and is asked again a little later. Only the submitting thread touches it.
 *
 * @param <J> the job
 * @param <R> its result
 */
final class JobSchedule<J, R extends Serializable> {

    /** Attempts before a job whose members keep leaving is marked failed. */
    static final int MAX_ATTEMPTS = 5;
    private static final long BUSY_RETRY_MILLIS = 2_000;
    private static final long NO_MEMBER_GIVE_UP_MILLIS = 60_000;

    /** What differs between kinds of job: the task a member runs, and how results and progress are told. */
    interface Work<J, R extends Serializable> {
        ClaimedTask<R> task(J job);

        boolean busy(R result);

        /** The result of a job given up on. */
        R failed(J job, String reason);

        void started(J job);

        void requeued(J job);

        void finished(R result, boolean wasRunning);
    }

    private record Event<R>(long submission, R result, Throwable failure) {
    }

    private record InFlight(int job, UUID member) {
    }

    private final HazelcastInstance client;
    private final IExecutorService executor;
    private final List<J> jobs;
    private final Work<J, R> work;
    private final BlockingQueue<Event<R>> events = new LinkedBlockingQueue<>();
    private final Deque<Integer> pending = new ArrayDeque<>();
    private final Map<Integer, Long> notBefore = new HashMap<>();
    private final Map<Long, InFlight> inFlight = new HashMap<>();
    private final List<R> results;
    private final int[] attempts;
    private long submissions;
    private int remaining;

    JobSchedule(HazelcastInstance client, List<J> jobs, Work<J, R> work) {
        this.client = client;
        this.executor = client.getExecutorService(ProvinceWorker.EXECUTOR);
        this.jobs = jobs;
        this.work = work;
        this.results = new ArrayList<>(java.util.Collections.nCopies(jobs.size(), (R) null));
        this.attempts = new int[jobs.size()];
        for (int i = 0; i < jobs.size(); i++) {
            pending.add(i);
        }
        this.remaining = jobs.size();
    }

    /** Runs every job; one result per job, in the jobs' order. */
    List<R> run() {
        long noMemberSince = -1;
        while (remaining > 0) {
            Set<Member> members = client.getCluster().getMembers();
            long now = System.currentTimeMillis();
            if (members.isEmpty()) {
                noMemberSince = noMemberSince < 0 ? now : noMemberSince;
                if (now - noMemberSince > NO_MEMBER_GIVE_UP_MILLIS) {
                    throw new ClusterUnreachableException("Every worker left the cluster; " + remaining
                            + " jobs are not done.", null);
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
                Event<R> event = events.poll(500, TimeUnit.MILLISECONDS);
                while (event != null) {
                    handle(event);
                    event = events.poll();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted", e);
            }
        }
        return List.copyOf(results);
    }

    private void submit(int job, Member member) {
        long submission = ++submissions;
        inFlight.put(submission, new InFlight(job, member.getUuid()));
        attempts[job]++;
        work.started(jobs.get(job));
        executor.submitToMember(work.task(jobs.get(job)), member, new ExecutionCallback<R>() {
            @Override
            public void onResponse(R response) {
                events.add(new Event<>(submission, response, null));
            }

            @Override
            public void onFailure(Throwable t) {
                events.add(new Event<>(submission, null, t));
            }
        });
    }

    private void handle(Event<R> event) {
        InFlight flight = inFlight.remove(event.submission());
        if (flight == null) {
            // Already re-queued because its member left; a late answer is still a valid (idempotent) result.
            return;
        }
        int job = flight.job();
        if (results.get(job) != null) {
            return;
        }
        if (event.failure() != null) {
            retryOrFail(job, event.failure().toString());
        } else if (work.busy(event.result())) {
            work.requeued(jobs.get(job));
            attempts[job]--;
            notBefore.put(job, System.currentTimeMillis() + BUSY_RETRY_MILLIS);
            pending.addLast(job);
        } else {
            results.set(job, event.result());
            remaining--;
            work.finished(event.result(), true);
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
        work.requeued(jobs.get(job));
        if (attempts[job] >= MAX_ATTEMPTS) {
            R failed = work.failed(jobs.get(job), "gave up after " + attempts[job] + " attempts; last: " + reason);
            results.set(job, failed);
            remaining--;
            work.finished(failed, false);
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
