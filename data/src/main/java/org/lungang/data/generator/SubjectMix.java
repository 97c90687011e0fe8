package org.lungang.data.generator;

import static org.lungang.solver.domain.Subject.ART;
import static org.lungang.solver.domain.Subject.BIOLOGY;
import static org.lungang.solver.domain.Subject.CHEMISTRY;
import static org.lungang.solver.domain.Subject.CHINESE;
import static org.lungang.solver.domain.Subject.ENGLISH;
import static org.lungang.solver.domain.Subject.GEOGRAPHY;
import static org.lungang.solver.domain.Subject.HISTORY;
import static org.lungang.solver.domain.Subject.IT;
import static org.lungang.solver.domain.Subject.MATH;
import static org.lungang.solver.domain.Subject.MUSIC;
import static org.lungang.solver.domain.Subject.OTHER;
import static org.lungang.solver.domain.Subject.PE;
import static org.lungang.solver.domain.Subject.PHYSICS;
import static org.lungang.solver.domain.Subject.POLITICS;
import static org.lungang.solver.domain.Subject.SCIENCE;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lungang.data.generator.CountyProfile.Staffing;
import org.lungang.solver.domain.SchoolKind;
import org.lungang.solver.domain.Stage;
import org.lungang.solver.domain.Subject;
import org.lungang.solver.domain.Tier;

/** The subjects of a school's staff and posts: the curriculum, then the structural shortages of rural schools. */
final class SubjectMix extends GenerationStep {

    /** Subjects that rural schools lack most (seed 001: 农村急需学科). */
    static final Set<Subject> SPECIALISTS = EnumSet.of(ENGLISH, MUSIC, ART, PE, IT, SCIENCE);
    /** The main subjects that urban schools are over-staffed in. */
    static final Set<Subject> MAIN = EnumSet.of(CHINESE, MATH);

    private static final Map<Stage, EnumMap<Subject, Double>> CURRICULUM = curricula();

    SubjectMix(CountyDraft county) {
        super(county);
    }

    /**
     * Splits the school's staff (the principal apart) by the curriculum, then opens the structural shortages:
     * rural and weak schools lack specialist teachers (the missing ones were recruited as Chinese or maths
     * teachers instead) and some main-subject posts are vacant.
     */
    void composeSubjects(SchoolDraft school) {
        int staff = school.size - 1;
        EnumMap<Subject, Double> curriculum = CURRICULUM.get(school.stage);
        List<Subject> subjects = new ArrayList<>(curriculum.keySet());
        double[] weights = new double[subjects.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = curriculum.get(subjects.get(i));
        }
        int[] counts = Apportion.byWeights(weights, staff);
        for (int i = 0; i < counts.length; i++) {
            school.staff.put(subjects.get(i), counts[i]);
            school.posts.put(subjects.get(i), counts[i]);
        }
        if (school.teachingPoint) {
            return;
        }
        Staffing staffing = profile.staffing();
        double shortage = shortageRate(school);
        int reassigned = 0;
        for (Subject subject : SPECIALISTS) {
            if (!curriculum.containsKey(subject) || shortage <= 0) {
                continue;
            }
            int have = school.staff.get(subject);
            if (have == 0) {
                if (staff >= 5 && random.nextDouble() < shortage) {
                    school.posts.put(subject, 1);
                }
            } else if (random.nextDouble() < shortage) {
                int missing = 1 + random.nextInt(have);
                school.staff.put(subject, have - missing);
                for (int j = 0; j < missing; j++) {
                    Subject main = (reassigned++ % 2 == 0) ? CHINESE : MATH;
                    school.staff.merge(main, 1, Integer::sum);
                    school.posts.merge(main, 1, Integer::sum);
                }
            }
        }
        if (school.kind == SchoolKind.VILLAGE) {
            for (Subject subject : mainSubjects(school.stage)) {
                if (random.nextDouble() < staffing.mainVacancyRate()) {
                    school.posts.merge(subject, random.nextDouble() < 0.3 ? 2 : 1, Integer::sum);
                }
            }
        } else if (school.tier == Tier.WEAK && random.nextDouble() < staffing.mainVacancyRate()) {
            // A weak sender lacks one main subject at most: it must still be over-staffed in another.
            List<Subject> main = mainSubjects(school.stage);
            school.posts.merge(main.get(random.nextInt(main.size())), 1, Integer::sum);
        }
        if (school.stage != Stage.PRIMARY && school.kind != SchoolKind.URBAN) {
            // Rural secondary schools also lack laboratory and humanities teachers, less often.
            for (Subject subject : curriculum.keySet()) {
                if (!SPECIALISTS.contains(subject) && !MAIN.contains(subject) && subject != OTHER
                        && random.nextDouble() < shortage * 0.3) {
                    school.posts.merge(subject, 1, Integer::sum);
                }
            }
        }
    }

    private double shortageRate(SchoolDraft school) {
        Staffing staffing = profile.staffing();
        return switch (school.kind) {
            case VILLAGE -> staffing.villageShortageRate();
            case TOWN -> staffing.townShortageRate() * switch (school.tier) {
                case STRONG -> 0.6;
                case ORDINARY -> 1.0;
                case WEAK -> 1.3;
            };
            case URBAN -> school.tier == Tier.WEAK ? staffing.townShortageRate() * 0.5 : 0.0;
        };
    }

    static List<Subject> mainSubjects(Stage stage) {
        return stage == Stage.PRIMARY ? List.of(CHINESE, MATH) : List.of(CHINESE, MATH, ENGLISH);
    }

    /** Share of teaching posts per subject by stage (national curriculum hours, rounded). */
    private static Map<Stage, EnumMap<Subject, Double>> curricula() {
        EnumMap<Subject, Double> primary = shares(CHINESE, .28, MATH, .22, ENGLISH, .09, MUSIC, .06, ART, .06,
                PE, .08, IT, .04, SCIENCE, .07, POLITICS, .05, OTHER, .05);
        EnumMap<Subject, Double> junior = shares(CHINESE, .14, MATH, .14, ENGLISH, .13, PHYSICS, .07, CHEMISTRY, .05,
                BIOLOGY, .05, HISTORY, .07, GEOGRAPHY, .06, POLITICS, .07, MUSIC, .04, ART, .04, PE, .06, IT, .04,
                OTHER, .04);
        EnumMap<Subject, Double> senior = shares(CHINESE, .13, MATH, .13, ENGLISH, .13, PHYSICS, .09, CHEMISTRY, .08,
                BIOLOGY, .07, HISTORY, .07, GEOGRAPHY, .06, POLITICS, .07, MUSIC, .03, ART, .03, PE, .06, IT, .03,
                OTHER, .02);
        EnumMap<Subject, Double> nineYear = new EnumMap<>(Subject.class);
        for (Subject subject : Subject.values()) {
            double share = (primary.getOrDefault(subject, 0.0) + junior.getOrDefault(subject, 0.0)) / 2;
            if (share > 0) {
                nineYear.put(subject, share);
            }
        }
        Map<Stage, EnumMap<Subject, Double>> curricula = new EnumMap<>(Stage.class);
        curricula.put(Stage.PRIMARY, primary);
        curricula.put(Stage.JUNIOR, junior);
        curricula.put(Stage.NINE_YEAR, nineYear);
        curricula.put(Stage.SENIOR, senior);
        return curricula;
    }

    private static EnumMap<Subject, Double> shares(Object... subjectThenShare) {
        EnumMap<Subject, Double> shares = new EnumMap<>(Subject.class);
        for (int i = 0; i < subjectThenShare.length; i += 2) {
            shares.put((Subject) subjectThenShare[i], (Double) subjectThenShare[i + 1]);
        }
        return shares;
    }
}
