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
            weights[i] = typical(school.stage).teachers(school.kind) * tierSizeFactor(school.tier)
                    * (0.75 + 0.5 * random.nextDouble());
        }
        int[] extra = Apportion.byWeights(weights, rest);
        for (int i = 0; i < weights.length; i++) {
            ordinary.get(i).size = minimum + extra[i];
        }
        for (SchoolDraft school : schools) {
            double ratio = school.teachingPoint ? 8 : typical(school.stage).studentsPerTeacher(school.kind);
            school.students = (int) Math.round(school.size * ratio * (0.85 + 0.3 * random.nextDouble()));
        }
    }

    /**
     * A typical school of one stage, urban / town / village (in {@link SchoolKind#ruralityRank()} order): its teachers,
     * before the tier and a random factor, and its students per teacher.
     */
    private record TypicalSchool(double[] teachersByKind, double[] studentsPerTeacherByKind) {

        double teachers(SchoolKind kind) {
            return teachersByKind[kind.ruralityRank()];
        }

        double studentsPerTeacher(SchoolKind kind) {
            return studentsPerTeacherByKind[kind.ruralityRank()];
        }
    }

    private static TypicalSchool typical(Stage stage) {
        return switch (stage) {
            case PRIMARY -> new TypicalSchool(new double[] {70, 30, 12}, new double[] {19, 16, 12});
            case JUNIOR -> new TypicalSchool(new double[] {90, 45, 20}, new double[] {13, 12, 10});
            case NINE_YEAR -> new TypicalSchool(new double[] {100, 45, 22}, new double[] {15, 13, 11});
            case SENIOR -> new TypicalSchool(new double[] {160, 110, 60}, new double[] {14, 13, 12});
        };
    }

    private static double tierSizeFactor(Tier tier) {
        return switch (tier) {
            case STRONG -> 1.25;
            case ORDINARY -> 1.0;
            case WEAK -> 0.8;
        };
    }
}
