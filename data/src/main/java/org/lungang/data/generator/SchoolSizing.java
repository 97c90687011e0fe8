package org.lungang.data.generator;

import java.util.ArrayList;
import java.util.List;

import org.lungang.solver.domain.SchoolKind;
import org.lungang.solver.domain.Stage;
import org.lungang.solver.domain.Tier;

/**
 * Gives every school its tier (to the profile's mix per kind; teaching points are weak), its staff (the profile's
 * teachers shared by typical size) and its students.
 */
final class SchoolSizing extends GenerationStep {

    SchoolSizing(CountyDraft county) {
        super(county);
    }

    void run() {
        assignTiers();
        sizeSchools();
    }

    private void assignTiers() {
        for (SchoolKind kind : SchoolKind.values()) {
            List<SchoolDraft> ofKind = new ArrayList<>();
            for (SchoolDraft school : schools) {
                if (school.kind == kind && !school.teachingPoint) {
                    ofKind.add(school);
                } else if (school.teachingPoint && kind == SchoolKind.VILLAGE) {
                    school.tier = Tier.WEAK;
                }
            }
            CountyProfile.TierMix mix = profile.tiers().get(kind);
            Tier[] tierValues = Tier.values();
            double[] shares = new double[tierValues.length];
            for (int i = 0; i < tierValues.length; i++) {
                shares[i] = mix.share(tierValues[i]);
            }
            int[] counts = Apportion.byWeights(shares, ofKind.size());
            List<Tier> tiers = new ArrayList<>();
            for (int i = 0; i < tierValues.length; i++) {
                for (int j = 0; j < counts[i]; j++) {
                    tiers.add(tierValues[i]);
                }
            }
            shuffle(tiers);
            for (int i = 0; i < ofKind.size(); i++) {
                ofKind.get(i).tier = tiers.get(i);
            }
        }
    }

    private void sizeSchools() {
        int rest = profile.teachers();
        List<SchoolDraft> ordinary = new ArrayList<>();
        for (SchoolDraft school : schools) {
            if (school.teachingPoint) {
                school.size = 2 + random.nextInt(3);
                rest -= school.size;
            } else {
                ordinary.add(school);
            }
        }
        int minimum = 5;
        rest -= minimum * ordinary.size();
        if (rest < 0) {
            throw new IllegalArgumentException("Profile '" + profile.key() + "' has " + profile.teachers()
                    + " teachers, too few for its " + schools.size() + " schools");
        }
        double[] weights = new double[ordinary.size()];
        for (int i = 0; i < weights.length; i++) {
            SchoolDraft school = ordinary.get(i);
            weights[i] = typicalSize(school.stage, school.kind) * tierSizeFactor(school.tier)
                    * (0.75 + 0.5 * random.nextDouble());
        }
        int[] extra = Apportion.byWeights(weights, rest);
        for (int i = 0; i < weights.length; i++) {
            ordinary.get(i).size = minimum + extra[i];
        }
        for (SchoolDraft school : schools) {
            double ratio = school.teachingPoint ? 8 : studentsPerTeacher(school.stage, school.kind);
            school.students = (int) Math.round(school.size * ratio * (0.85 + 0.3 * random.nextDouble()));
        }
    }

    /** Typical teachers of a school, before the tier and a random factor. */
    private static double typicalSize(Stage stage, SchoolKind kind) {
        int rank = kind.ruralityRank();
        return switch (stage) {
            case PRIMARY -> new double[] {70, 30, 12}[rank];
            case JUNIOR -> new double[] {90, 45, 20}[rank];
            case NINE_YEAR -> new double[] {100, 45, 22}[rank];
            case SENIOR -> new double[] {160, 110, 60}[rank];
        };
    }

    private static double tierSizeFactor(Tier tier) {
        return switch (tier) {
            case STRONG -> 1.25;
            case ORDINARY -> 1.0;
            case WEAK -> 0.8;
        };
    }

    private static double studentsPerTeacher(Stage stage, SchoolKind kind) {
        int rank = kind.ruralityRank();
        return switch (stage) {
            case PRIMARY -> new double[] {19, 16, 12}[rank];
            case JUNIOR -> new double[] {13, 12, 10}[rank];
            case NINE_YEAR -> new double[] {15, 13, 11}[rank];
            case SENIOR -> new double[] {14, 13, 12}[rank];
        };
    }
}
