package org.lungang.data.generator;

import org.lungang.solver.domain.BackboneLevel;
import org.lungang.solver.domain.Title;

/** Backbone titles (骨干教师) drawn over the whole county. */
final class BackboneTitles extends GenerationStep {

    BackboneTitles(CountyDraft county) {
        super(county);
    }

    void run() {
        drawBackbone();
    }

    /**
     * Backbone titles of county level or higher, to the profile's overall share: more at urban strong schools,
     * among cadres and experienced teachers, fewer in villages. A further share holds a school-level title.
     */
    private void drawBackbone() {
        double[] weights = new double[teachers.size()];
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            TeacherDraft t = teachers.get(i);
            weights[i] = backboneWeight(t);
            total += weights[i];
        }
        double expected = profile.people().backboneShare() * teachers.size();
        for (int i = 0; i < weights.length; i++) {
            TeacherDraft t = teachers.get(i);
            double p = total == 0 ? 0 : Math.min(0.9, expected * weights[i] / total);
            if (random.nextDouble() < p) {
                double u = random.nextDouble();
                t.backbone = u < 0.62 ? BackboneLevel.COUNTY : u < 0.88 ? BackboneLevel.CITY
                        : u < 0.98 ? BackboneLevel.PROVINCE : BackboneLevel.NATIONAL;
                if (t.backbone.isAtLeast(BackboneLevel.PROVINCE) && t.title == Title.SENIOR
                        && random.nextDouble() < 0.3) {
                    t.title = Title.PROFESSOR;
                } else if (t.title.compareTo(Title.FIRST_GRADE) < 0 && t.age >= 30) {
                    t.title = Title.FIRST_GRADE;
                }
            } else if (random.nextDouble() < 0.08) {
                t.backbone = BackboneLevel.SCHOOL;
            }
        }
    }

    private static double backboneWeight(TeacherDraft t) {
        double place = switch (t.school.kind) {
            case URBAN -> switch (t.school.tier) {
                case STRONG -> 2.2;
                case ORDINARY -> 1.4;
                case WEAK -> 1.0;
            };
            case TOWN -> switch (t.school.tier) {
                case STRONG -> 1.1;
                case ORDINARY -> 0.9;
                case WEAK -> 0.7;
            };
            case VILLAGE -> 0.4;
        };
        double age = t.age < 28 ? 0.05 : t.age < 35 ? 0.6 : 1.2;
        double role = switch (t.role) {
            case PRINCIPAL -> 3.0;
            case VICE_PRINCIPAL -> 2.0;
            case MIDDLE_LEADER -> 1.6;
            case TEACHER -> 1.0;
        };
        return place * age * role;
    }
}
