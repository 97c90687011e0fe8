package org.lungang.data.province.cluster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.lungang.data.json.LoadedProblem;
import org.lungang.data.json.ProblemJson;
import org.lungang.data.sweep.SweepPoint;
import org.lungang.data.sweep.SweepProgress;
import org.lungang.data.sweep.SweepRequest;
import org.lungang.data.sweep.SweepResult;
import org.lungang.data.sweep.SweepRunner;

/**
 * A what-if sweep spread over the cluster's workers as the counties of a province are: each point is one job
 * ({@link SweepPointTask}), solved cold from the base problem's destinations (no warm-start chains, since the points
 * run on different members at once), keyed by the hash of its problem and time so that re-running a sweep, or a
 * point whose member died, solves nothing twice. The result has the same shape as {@link SweepRunner}'s.
 */
public final class ClusterSweepRunner {

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final ClusterClient cluster;

    public ClusterSweepRunner(ClusterSettings settings, long connectTimeoutMillis) {
        this.cluster = new ClusterClient(settings, connectTimeoutMillis);
    }

    private record Point(int index, SweepPointTask task) {
    }

    /**
     * Runs the sweep on the cluster; {@code progress} is told after each point, from the submitting thread.
     *
     * @param year the problem's school year, written into each point's problem file
     * @throws ClusterUnreachableException when no worker answers
     * @throws IllegalStateException when a point's solve failed on its member
     */
    public SweepResult run(SweepRequest request, int year, Consumer<SweepProgress> progress) {
        List<Point> points = new ArrayList<>();
        for (int index = 0; index < request.pointCount(); index++) {
            byte[] problem = problemFile(request, year, index);
            long millis = request.timePerPoint().toMillis();
            points.add(new Point(index, new SweepPointTask(key(problem, millis, index), index,
                    SweepRunner.valuesAt(request, index), problem, millis)));
        }
        AtomicInteger done = new AtomicInteger();
        List<SweepPointTask.Answer> answers = cluster.run(client -> new JobSchedule<>(client, points,
                new JobSchedule.Work<Point, SweepPointTask.Answer>() {
                    @Override
                    public ClaimedTask<SweepPointTask.Answer> task(Point point) {
                        return point.task();
                    }

                    @Override
                    public boolean busy(SweepPointTask.Answer answer) {
                        return answer.busy();
                    }

                    @Override
                    public SweepPointTask.Answer failed(Point point, String reason) {
                        return new SweepPointTask.Answer(false, null, reason);
                    }

                    @Override
                    public void started(Point point) {
                    }

                    @Override
                    public void requeued(Point point) {
                    }

                    @Override
                    public void finished(SweepPointTask.Answer answer, boolean wasRunning) {
                        if (answer.point() != null) {
                            progress.accept(new SweepProgress(done.incrementAndGet(), points.size(), read(answer)));
                        }
                    }
                }).run());
        List<SweepPoint> solved = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            SweepPointTask.Answer answer = answers.get(i);
            if (answer.point() == null) {
                throw new IllegalStateException("Point " + i + " of the sweep failed on the cluster: "
                        + answer.failure());
            }
            solved.add(read(answer));
        }
        return new SweepResult(request.problemName(), request.parameters(), request.timePerPoint(), points.size(),
                solved);
    }

    private static SweepPoint read(SweepPointTask.Answer answer) {
        try {
            return MAPPER.readValue(answer.point(), SweepPoint.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] problemFile(SweepRequest request, int year, int index) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProblemJson.write(new LoadedProblem(request.problemName(), year, SweepRunner.pointProblem(request, index)),
                out);
        return out.toByteArray();
    }

    /** The point's idempotent key: its problem file, its time and its place in the grid. */
    static String key(byte[] problem, long millis, int index) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(problem);
            digest.update(Long.toString(millis).getBytes(StandardCharsets.US_ASCII));
            return "sweep-" + index + "-" + HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
