package org.lungang.benchmarks.baseline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.domain.RotationPolicy;
import org.lungang.solver.domain.School;

/**
 * What a county office does today (抽签): at each sending school, draw lots among its eligible teachers until the
 * school's quota is met; then place each drawn teacher at a random receiving school that can take them (direction,
 * an open post in the subject, capacity, a bed when beyond the commute limit). A drawn teacher no school can take
 * stays. The draw looks only at the quota, not at the sender's own subject staffing or at teams, so the plan can
 * break the rules: the benchmark reports its legality as it finds it.
 */
public final class LotteryBaseline implements Baseline {

    private final long seed;

    public LotteryBaseline(long seed) {
        this.seed = seed;
    }

    @Override
    public String name() {
        return "lottery";
    }

    @Override
    public void plan(RotationPlan plan) {
        RotationPolicy policy = plan.getPolicy();
        Random random = new Random(seed);
        Map<School, List<Rotation>> eligibleBySchool = new LinkedHashMap<>();
        for (Rotation rotation : plan.getRotations()) {
            if (!rotation.isPinned()) {
                rotation.setDestination(null);
            }
            if (rotation.isCandidate() && !rotation.isPrincipal() && !rotation.isPinned()) {
                eligibleBySchool.computeIfAbsent(rotation.getHomeSchool(), s -> new ArrayList<>()).add(rotation);
            }
        }
        PlacementLedger ledger = new PlacementLedger(policy);
        for (School school : plan.getSchools()) {
            List<Rotation> eligible = eligibleBySchool.getOrDefault(school, List.of());
            if (!policy.quotaApplies(school) || eligible.isEmpty()) {
                continue;
            }
            List<Rotation> lots = new ArrayList<>(eligible);
            Collections.shuffle(lots, random);
            long quota = policy.rotationQuotaRequired(school, eligible.size());
            for (Rotation drawn : lots.subList(0, (int) Math.min(quota, lots.size()))) {
                List<School> receivers = plan.getSchools().stream()
                        .filter(receiver -> ledger.canReceive(drawn, receiver))
                        .toList();
                if (!receivers.isEmpty()) {
                    ledger.place(drawn, receivers.get(random.nextInt(receivers.size())));
                }
            }
        }
    }
}
