package org.lungang.data.generator;

import static org.lungang.data.generator.Geometry.km;
import static org.lungang.data.generator.Hiring.LONG_TENURE_YEARS;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lungang.solver.domain.Role;

/** Stated preferences: the schools a teacher would go to. */
final class Preferences extends GenerationStep {

    /** Preferences name schools within this distance (great circle) of the teacher's school. */
    private static final double PREFERENCE_RADIUS_KM = 60.0;
    private static final int PREFERENCE_CANDIDATES = 6;

    Preferences(CountyDraft county) {
        super(county);
    }

    void run() {
        choosePreferences();
    }

    /**
     * Some teachers who may rotate name one to three schools they would go to: more rural or weaker schools
     * near their own, those of their alliance first.
     */
    private void choosePreferences() {
        double rate = profile.people().preferenceRate();
        Map<SchoolDraft, List<String>> candidates = new HashMap<>();
        for (TeacherDraft t : teachers) {
            if (t.role == Role.PRINCIPAL || (t.years < LONG_TENURE_YEARS && !t.volunteer)
                    || random.nextDouble() >= rate) {
                continue;
            }
            List<String> options = candidates.computeIfAbsent(t.school, this::receiversNear);
            if (options.isEmpty()) {
                continue;
            }
            int wanted = Math.min(options.size(), 1 + random.nextInt(3));
            List<String> chosen = new ArrayList<>();
            for (int i = 0; i < options.size() && chosen.size() < wanted; i++) {
                // Selection sampling keeps the options' order: nearest and same alliance first.
                if (random.nextInt(options.size() - i) < wanted - chosen.size()) {
                    chosen.add(options.get(i));
                }
            }
            t.preferences = chosen;
        }
    }

    private List<String> receiversNear(SchoolDraft from) {
        List<SchoolDraft> receivers = new ArrayList<>();
        Map<SchoolDraft, Double> distance = new HashMap<>();
        for (SchoolDraft to : schools) {
            if (to != from && from.supports(to)) {
                double km = km(from.location, to.location);
                if (km <= PREFERENCE_RADIUS_KM) {
                    receivers.add(to);
                    distance.put(to, km);
                }
            }
        }
        receivers.sort(Comparator.comparing((SchoolDraft s) -> !sameAlliance(from, s))
                .thenComparingDouble(distance::get)
                .thenComparingInt(SchoolDraft::index));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < Math.min(PREFERENCE_CANDIDATES, receivers.size()); i++) {
            ids.add(receivers.get(i).id);
        }
        return ids;
    }

    private static boolean sameAlliance(SchoolDraft a, SchoolDraft b) {
        return a.allianceId != null && a.allianceId.equals(b.allianceId);
    }
}
