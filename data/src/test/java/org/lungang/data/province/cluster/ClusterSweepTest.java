package org.lungang.data.province.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.lungang.data.json.LoadedProblem;
import org.lungang.data.json.ProblemJson;
import org.lungang.data.sweep.SweepParameter;
import org.lungang.data.sweep.SweepPoint;
import org.lungang.data.sweep.SweepProgress;
import org.lungang.data.sweep.SweepRequest;
import org.lungang.data.sweep.SweepResult;
import org.lungang.solver.kpi.Shortfall;

/**
 * A quota sweep of the sweep test county spread over two members in this JVM (loopback, a cluster name of its own).
 * On that county a quota above 3/17 cannot be met in the urban schools (the stability cap lets each lose 3 of 17),
 * which the point's figures show as a proven shortfall.
 */
class ClusterSweepTest {

    private final List<HazelcastInstance> members = new ArrayList<>();
    private final String cluster = "lungang-sweep-test-" + UUID.randomUUID();
    private SweepRequest request;

    @BeforeEach
    void twoMembersAndAFourPointSweep() throws IOException {
        for (int i = 0; i < 2; i++) {
            members.add(ProvinceWorker.start(settings()));
        }
        LoadedProblem problem;
        try (InputStream in = getClass().getResourceAsStream("/sweep-county.json")) {
            problem = ProblemJson.read(in, "sweep-county.json");
        }
        request = new SweepRequest(problem.name(), problem.plan(),
                List.of(SweepParameter.parse("quota=0.05,0.1,0.15,0.2", problem.plan().getPolicy())),
                Duration.ofSeconds(2), 1);
    }

    @AfterEach
    void stopMembers() {
        for (HazelcastInstance member : members) {
            member.getLifecycleService().terminate();
        }
    }

    private ClusterSettings settings() {
        return new ClusterSettings(cluster, List.of("127.0.0.1:5931", "127.0.0.1:5932"), "127.0.0.1", 5931, 1);
    }

    private SweepResult sweep(List<SweepProgress> progress) {
        return new ClusterSweepRunner(settings(), 30_000).run(request, 2025, progress::add);
    }

    private long completedOn(HazelcastInstance member) {
        return member.getExecutorService(ProvinceWorker.EXECUTOR).getLocalExecutorStats().getCompletedTaskCount();
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void everyPointIsSolvedOnceUnderItsOwnPolicyAndBothMembersTakePoints() {
        List<SweepProgress> progress = Collections.synchronizedList(new ArrayList<>());

        SweepResult result = sweep(progress);

        assertThat(result.points()).extracting(SweepPoint::x).containsExactly(0.05, 0.1, 0.15, 0.2);
        // The point's quota reached its member: beyond the stability cap it is proven impossible, below it is not.
        assertThat(result.points().get(3).shortfalls()).anyMatch(Shortfall::impossible);
        assertThat(result.points().get(0).shortfalls()).noneMatch(Shortfall::impossible);
        assertThat(result.points()).extracting(SweepPoint::index).containsExactly(0, 1, 2, 3);
        assertThat(progress).extracting(SweepProgress::done).containsExactly(1, 2, 3, 4);
        assertThat(members).allSatisfy(m -> assertThat(completedOn(m)).isPositive());
        assertThat(members.get(0).getMap(SweepPointTask.RESULTS).size()).isEqualTo(4);
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void aSweepSubmittedAgainGetsTheKeptPointsWithoutSolvingThemTwice() {
        SweepResult first = sweep(new ArrayList<>());
        // Mark the kept answer of the first point: a second sweep that solved it again could not return the mark.
        IMap<String, SweepPointTask.Answer> kept = members.get(0).getMap(SweepPointTask.RESULTS);
        String key = kept.keySet().stream().filter(k -> k.startsWith("sweep-0-")).findFirst().orElseThrow();
        SweepPointTask.Answer answer = kept.get(key);
        String marked = answer.point().replaceFirst("\"rotated\":\\d+,", "\"rotated\":99,");
        kept.set(key, new SweepPointTask.Answer(false, marked, null));

        SweepResult second = sweep(new ArrayList<>());

        assertThat(second.points().get(0).rotated()).isEqualTo(99);
        assertThat(second.points().subList(1, 4)).isEqualTo(first.points().subList(1, 4));
        assertThat(kept.size()).isEqualTo(4);
    }
}
