package org.lungang.data.province.cluster;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;

import org.lungang.data.json.LoadedProblem;
import org.lungang.data.json.ProblemJson;
import org.lungang.data.sweep.SweepPoint;
import org.lungang.data.sweep.SweepRunner;
import org.lungang.solver.RotationSolver;
import org.lungang.solver.domain.RotationPlan;

/**
 * One point of a what-if sweep on a member: the point's problem file (its policy and beds already applied, started
 * from the base problem's destinations), solved for the point's time and measured as {@link SweepRunner} measures a
 * point. Keyed by the hash of the problem file, the time and the point's place in the grid, so a sweep submitted
 * twice, or a point re-run after its member died, is solved once.
 */
final class SweepPointTask extends ClaimedTask<SweepPointTask.Answer> {

    private static final long serialVersionUID = 1L;
    static final String RESULTS = "lungang-sweep-points";

    /**
     * A point's answer: the point as JSON (kept small and free of Hazelcast serialisers), or busy, or the reason its
     * solve failed.
     */
    record Answer(boolean busy, String point, String failure) implements Serializable {
    }

    private final String key;
    private final int index;
    private final List<Double> values;
    private final byte[] problem;
    private final long timeLimitMillis;

    SweepPointTask(String key, int index, List<Double> values, byte[] problem, long timeLimitMillis) {
        this.key = key;
        this.index = index;
        this.values = List.copyOf(values);
        this.problem = problem;
        this.timeLimitMillis = timeLimitMillis;
    }

    @Override
    String key() {
        return key;
    }

    @Override
    String resultsMap() {
        return RESULTS;
    }

    @Override
    long timeLimitMillis() {
        return timeLimitMillis;
    }

    @Override
    Answer busy() {
        return new Answer(true, null, null);
    }

    @Override
    Answer solve(String self) {
        try {
            LoadedProblem loaded = ProblemJson.read(new ByteArrayInputStream(problem), key + ".json");
            RotationSolver solver = new RotationSolver();
            RotationPlan solved = solver.solve(loaded.plan(), Duration.ofMillis(timeLimitMillis));
            SweepPoint point = SweepRunner.measure(index, values, false, solved, solver);
            return new Answer(false, ClusterSweepRunner.MAPPER.writeValueAsString(point), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException | OutOfMemoryError e) {
            return new Answer(false, null, e.toString());
        }
    }

    @Override
    boolean keep(Answer answer) {
        return answer.point() != null;
    }
}
