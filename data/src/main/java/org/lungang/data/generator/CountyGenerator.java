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
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

import org.lungang.data.generator.CountyProfile.AllianceModel;
import org.lungang.data.generator.CountyProfile.Geography;
import org.lungang.data.generator.CountyProfile.People;
import org.lungang.data.generator.CountyProfile.Staffing;
import org.lungang.solver.domain.BackboneLevel;
import org.lungang.solver.domain.Degree;
import org.lungang.solver.domain.Distances;
import org.lungang.solver.domain.Eligibility;
import org.lungang.solver.domain.Exemption;
import org.lungang.solver.domain.Gender;
import org.lungang.solver.domain.GeoPoint;
import org.lungang.solver.domain.Quotas;
import org.lungang.solver.domain.Role;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.domain.RotationPolicy;
import org.lungang.solver.domain.School;
import org.lungang.solver.domain.SchoolKind;
import org.lungang.solver.domain.Stage;
import org.lungang.solver.domain.Subject;
import org.lungang.solver.domain.Teacher;
import org.lungang.solver.domain.Tier;
import org.lungang.solver.domain.Title;

/**
 * Generates a county's rotation problem from a {@link CountyProfile}: the same profile and seed give the same county,
 * field for field, on any JVM (one seeded {@link SplittableRandom} drawn in a fixed order, and only ordered
 * collections iterated).
 *
 * <p>The county is built so that the solver has meaningful plans to find: urban and town schools carry surplus
 * teachers over their posts (enough, among their eligible teachers, to meet the rotation quota, with backbone
 * teachers among them), while village, town and weak schools have open posts, mostly in English, music, art, PE, IT
 * and science (学科结构性缺编).
 */
public final class CountyGenerator {

    /** Subjects that rural schools lack most (seed 001: 农村急需学科). */
    static final Set<Subject> SPECIALISTS = EnumSet.of(ENGLISH, MUSIC, ART, PE, IT, SCIENCE);
    /** The main subjects that urban schools are over-staffed in. */
    static final Set<Subject> MAIN = EnumSet.of(CHINESE, MATH);

    /** Years at one school from which national policy expects a teacher to rotate. */
    static final int LONG_TENURE_YEARS = 6;

    private static final Map<Stage, EnumMap<Subject, Double>> CURRICULUM = curricula();
    private static final double KM_PER_DEGREE = 111.32;
    /** Preferences name schools within this distance (great circle) of the teacher's school. */
    private static final double PREFERENCE_RADIUS_KM = 60.0;
    private static final int PREFERENCE_CANDIDATES = 6;

    private CountyGenerator() {
    }

    /**
     * Generates the county of the profile.
     *
     * @return the county with its unsolved plan (every teacher stays)
     * @throws IllegalArgumentException when the profile has too few teachers for its schools
     */
    public static GeneratedCounty generate(CountyProfile profile, long seed) {
        return new Run(profile, seed).generate();
    }

    /** One generation: mutable drafts filled step by step, turned into the immutable domain at the end. */
    private static final class Run {

        private final CountyProfile profile;
        private final RotationPolicy policy;
        private final SplittableRandom random;
        private final List<Township> townships = new ArrayList<>();
        private final List<SchoolDraft> schools = new ArrayList<>();
        private final List<TeacherDraft> teachers = new ArrayList<>();
        private final School placeholder;

        Run(CountyProfile profile, long seed) {
            this.profile = profile;
            this.policy = profile.policy();
            this.random = new SplittableRandom(seed);
            this.placeholder = new School("placeholder", null, SchoolKind.URBAN, Stage.PRIMARY, Tier.ORDINARY, null,
                    profile.geography().seat(), 0, Map.of(), 0, null);
        }

        GeneratedCounty generate() {
            placeTownships();
            createSchools();
            assignTiers();
            sizeSchools();
            for (SchoolDraft school : schools) {
                composeSubjects(school);
                createTeachers(school);
                appointCadres(school);
            }
            drawBackbone();
            addHousing();
            countOpenPosts();
            // Town schools first: the villages of their township are their natural receivers; urban schools reach
            // farther with turnover housing.
            List<SchoolDraft> senders = new ArrayList<>();
            for (SchoolDraft school : schools) {
                if (school.isSender()) {
                    senders.add(school);
                }
            }
            senders.sort(Comparator.comparingInt((SchoolDraft s) -> -s.kind.ruralityRank())
                    .thenComparingInt(s -> -s.tier.weaknessRank())
                    .thenComparingInt(SchoolDraft::index));
            for (SchoolDraft school : senders) {
                addSurplus(school);
            }
            formTeams();
            formCouples();
            formAlliances();
            choosePreferences();
            return build();
        }

        // ---------------------------------------------------------------- geography

        private void placeTownships() {
            Geography geography = profile.geography();
            Set<String> used = new HashSet<>();
            for (int t = 0; t < geography.townships(); t++) {
                double km = geography.minTownshipKm()
                        + random.nextDouble() * (geography.maxTownshipKm() - geography.minTownshipKm());
                GeoPoint centre = offset(geography.seat(), km, random.nextDouble() * 2 * Math.PI);
                String name = t < geography.townshipNames().size() ? geography.townshipNames().get(t)
                        : uniquePlace(used) + (random.nextDouble() < 0.7 ? "镇" : "乡");
                used.add(name);
                townships.add(new Township(name, centre));
            }
        }

        private String uniquePlace(Set<String> used) {
            for (int attempt = 0; attempt < 50; attempt++) {
                String stem = ChineseNames.place(random);
                if (!used.contains(stem + "镇") && !used.contains(stem + "乡")) {
                    return stem;
                }
            }
            return ChineseNames.place(random) + used.size();
        }

        private void createSchools() {
            Geography geography = profile.geography();
            int townCounter = 0;
            List<CountyProfile.SchoolCount> counts = new ArrayList<>(profile.schools());
            for (CountyProfile.SchoolCount count : counts) {
                for (int i = 0; i < count.count(); i++) {
                    schools.add(new SchoolDraft(count.kind(), count.stage(), false));
                }
            }
            for (int i = 0; i < profile.teachingPoints(); i++) {
                schools.add(new SchoolDraft(SchoolKind.VILLAGE, Stage.PRIMARY, true));
            }
            Map<String, Integer> nameCounters = new HashMap<>();
            int urbanPrimaryNamed = 0;
            String county = profile.displayName().length() > 1
                    ? profile.displayName().substring(0, profile.displayName().length() - 1)
                    : profile.displayName();
            for (int i = 0; i < schools.size(); i++) {
                SchoolDraft school = schools.get(i);
                school.id = String.format("S%04d", i + 1);
                double bearing = random.nextDouble() * 2 * Math.PI;
                double u = random.nextDouble();
                switch (school.kind) {
                    case URBAN -> {
                        school.townshipIndex = -1;
                        school.location = offset(geography.seat(), geography.urbanRadiusKm() * Math.sqrt(u),
                                bearing);
                    }
                    case TOWN -> {
                        school.townshipIndex = townCounter++ % townships.size();
                        school.location = offset(township(school).centre(), 1.5 * Math.sqrt(u), bearing);
                    }
                    case VILLAGE -> {
                        school.townshipIndex = random.nextInt(townships.size());
                        school.location = offset(township(school).centre(),
                                geography.villageRadiusKm() * (0.2 + 0.8 * Math.sqrt(u)), bearing);
                    }
                }
                if (school.kind == SchoolKind.URBAN && school.stage == Stage.PRIMARY
                        && urbanPrimaryNamed < geography.urbanSchoolNames().size()) {
                    school.name = geography.urbanSchoolNames().get(urbanPrimaryNamed++);
                } else {
                    school.name = schoolName(school, county, nameCounters);
                }
            }
        }

        private String schoolName(SchoolDraft school, String county, Map<String, Integer> counters) {
            String place = school.kind == SchoolKind.URBAN ? county : stem(township(school).name());
            if (school.kind == SchoolKind.VILLAGE) {
                String village = place + ChineseNames.place(random);
                if (school.teachingPoint) {
                    return village + "教学点";
                }
                return village + switch (school.stage) {
                    case PRIMARY -> "村小学";
                    case JUNIOR -> "中学";
                    case NINE_YEAR -> "学校";
                    case SENIOR -> "高级中学";
                };
            }
            int n = counters.merge(place + "/" + school.stage, 1, Integer::sum);
            if (school.kind == SchoolKind.URBAN) {
                return place + switch (school.stage) {
                    case PRIMARY -> "第" + numeral(n) + "小学";
                    case JUNIOR -> "第" + numeral(n) + "中学";
                    case NINE_YEAR -> n == 1 ? "实验学校" : "第" + numeral(n) + "实验学校";
                    case SENIOR -> "第" + numeral(n) + "高级中学";
                };
            }
            String ordinal = n == 1 ? "" : "第" + numeral(n);
            return place + ordinal + switch (school.stage) {
                case PRIMARY -> n == 1 ? "中心小学" : "小学";
                case JUNIOR -> "中学";
                case NINE_YEAR -> "九年一贯制学校";
                case SENIOR -> "高级中学";
            };
        }

        private Township township(SchoolDraft school) {
            return townships.get(school.townshipIndex);
        }

        // ---------------------------------------------------------------- tiers, sizes, subjects

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

        /**
         * Splits the school's staff (the principal apart) by the curriculum, then opens the structural shortages:
         * rural and weak schools lack specialist teachers (the missing ones were recruited as Chinese or maths
         * teachers instead) and some main-subject posts are vacant.
         */
        private void composeSubjects(SchoolDraft school) {
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

        // ---------------------------------------------------------------- people

        private void createTeachers(SchoolDraft school) {
            Subject principalSubject = mainSubjects(school.stage).get(random.nextInt(2));
            school.teachers.add(newTeacher(school, principalSubject, Role.PRINCIPAL));
            for (Map.Entry<Subject, Integer> entry : school.staff.entrySet()) {
                for (int i = 0; i < entry.getValue(); i++) {
                    school.teachers.add(newTeacher(school, entry.getKey(), Role.TEACHER));
                }
            }
        }

        private TeacherDraft newTeacher(SchoolDraft school, Subject subject, Role role) {
            People people = profile.people();
            TeacherDraft t = new TeacherDraft();
            t.id = String.format("T%05d", teachers.size() + 1);
            t.school = school;
            t.subject = subject;
            t.role = role;
            t.name = ChineseNames.person(random);
            double femaleShare = role == Role.PRINCIPAL ? 0.35
                    : subject == PE ? 0.30 : femaleShare(school.stage);
            t.gender = random.nextDouble() < femaleShare ? Gender.FEMALE : Gender.MALE;
            int maxAge = policy.retirementAge(t.gender) - 1;
            if (role == Role.PRINCIPAL) {
                t.age = Math.min(maxAge, 38 + random.nextInt(Math.max(1, maxAge - 38 + 1)));
            } else if (school.kind == SchoolKind.VILLAGE && random.nextDouble() < 0.3) {
                // Most new recruits go to rural schools (seed 003: 90% of 400 a year).
                t.age = 22 + random.nextInt(8);
            } else {
                double u = (random.nextDouble() + random.nextDouble()) / 2;
                t.age = 22 + (int) Math.round(u * (maxAge - 22));
            }
            int career = Math.max(0, t.age - 22);
            if (role == Role.PRINCIPAL) {
                t.years = Math.min(career, 1 + random.nextInt(12));
            } else {
                double longShare = Math.min(1.0, people.longTenureShare().getOrDefault(school.kind, 0.55) / 0.8);
                if (career >= LONG_TENURE_YEARS && random.nextDouble() < longShare) {
                    t.years = LONG_TENURE_YEARS + random.nextInt(career - LONG_TENURE_YEARS + 1);
                } else {
                    t.years = random.nextInt(Math.min(career, LONG_TENURE_YEARS - 1) + 1);
                }
            }
            if (t.gender == Gender.FEMALE && t.age < 40 && random.nextDouble() < people.pregnantOrNursingRate()) {
                t.exemptions.add(Exemption.PREGNANT_OR_NURSING);
            }
            if (random.nextDouble() < people.seriousIllnessRate()) {
                t.exemptions.add(Exemption.SERIOUS_ILLNESS);
            }
            if (school.stage != Stage.PRIMARY && role == Role.TEACHER
                    && random.nextDouble() < people.graduatingClassRate()) {
                t.exemptions.add(Exemption.GRADUATING_CLASS);
            }
            if (random.nextDouble() < people.otherExemptionRate()) {
                t.exemptions.add(Exemption.OTHER);
            }
            double offRate = people.offEstablishmentRate() * switch (school.kind) {
                case URBAN -> 0.5;
                case TOWN -> 1.0;
                case VILLAGE -> 2.0;
            };
            t.onEstablishment = role == Role.PRINCIPAL || random.nextDouble() >= offRate;
            t.volunteer = t.years < LONG_TENURE_YEARS && random.nextDouble() < people.volunteerRate();
            t.degree = degree(school, t.age);
            t.title = title(school, t.age);
            t.home = home(school);
            teachers.add(t);
            return t;
        }

        private Degree degree(SchoolDraft school, int age) {
            double bachelor = switch (school.kind) {
                case URBAN -> 0.80;
                case TOWN -> 0.62;
                case VILLAGE -> 0.45;
            } + (school.stage == Stage.SENIOR ? 0.15 : 0) + (age < 35 ? 0.15 : age > 50 ? -0.25 : 0);
            if (random.nextDouble() < bachelor) {
                double master = school.stage == Stage.SENIOR ? 0.12 : school.kind == SchoolKind.URBAN ? 0.06 : 0.02;
                return random.nextDouble() < master ? Degree.MASTER : Degree.BACHELOR;
            }
            return random.nextDouble() < (age > 48 ? 0.3 : 0.03) ? Degree.SECONDARY : Degree.ASSOCIATE;
        }

        private Title title(SchoolDraft school, int age) {
            double u = random.nextDouble();
            double senior = school.kind == SchoolKind.URBAN ? 0.15 : 0.0;
            if (age < 25) {
                return u < 0.5 ? Title.UNRANKED : Title.THIRD_GRADE;
            }
            if (age < 30) {
                return u < 0.4 ? Title.THIRD_GRADE : Title.SECOND_GRADE;
            }
            if (age < 40) {
                return u < 0.5 ? Title.SECOND_GRADE : u < 0.95 - senior / 3 ? Title.FIRST_GRADE : Title.SENIOR;
            }
            if (age < 50) {
                return u < 0.05 ? Title.SECOND_GRADE : u < 0.75 - senior ? Title.FIRST_GRADE : Title.SENIOR;
            }
            return u < 0.05 ? Title.SECOND_GRADE : u < 0.6 - senior ? Title.FIRST_GRADE : Title.SENIOR;
        }

        private GeoPoint home(SchoolDraft school) {
            Geography geography = profile.geography();
            double u = random.nextDouble();
            double bearing = random.nextDouble() * 2 * Math.PI;
            double livesInSeat = switch (school.kind) {
                case URBAN -> 1.0;
                case TOWN -> 0.25;
                case VILLAGE -> 0.30;
            };
            if (random.nextDouble() < livesInSeat) {
                return offset(geography.seat(), (geography.urbanRadiusKm() + 2) * Math.sqrt(u), bearing);
            }
            if (school.kind == SchoolKind.VILLAGE && random.nextDouble() < 0.4) {
                return offset(township(school).centre(), 2 * Math.sqrt(u), bearing);
            }
            return offset(school.location, 3 * Math.sqrt(u), bearing);
        }

        /** Vice-principals and middle-level cadres, from the teachers aged 30 and over. */
        private void appointCadres(SchoolDraft school) {
            int staff = school.size - 1;
            int vice = staff >= 90 ? 3 : staff >= 45 ? 2 : staff >= 15 ? 1 : 0;
            int middle = staff / 15;
            List<TeacherDraft> pool = new ArrayList<>();
            for (TeacherDraft t : school.teachers) {
                if (t.role == Role.TEACHER && t.age >= 30) {
                    pool.add(t);
                }
            }
            shuffle(pool);
            int next = 0;
            for (int i = 0; i < vice && next < pool.size(); i++) {
                pool.get(next++).role = Role.VICE_PRINCIPAL;
            }
            for (int i = 0; i < middle && next < pool.size(); i++) {
                pool.get(next++).role = Role.MIDDLE_LEADER;
            }
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

        // ---------------------------------------------------------------- surplus and teams

        /** The open posts of every school before any surplus is matched to them. */
        private void countOpenPosts() {
            for (SchoolDraft school : schools) {
                for (Map.Entry<Subject, Integer> entry : school.posts.entrySet()) {
                    int open = entry.getValue() - school.staff.getOrDefault(entry.getKey(), 0);
                    if (open > 0) {
                        school.unmatchedOpen.put(entry.getKey(), open);
                    }
                }
                school.bedsLeft = school.beds;
            }
        }

        /**
         * Over-staffs an urban or town school: lowers its posts below its staff in the subjects of some of its
         * eligible teachers (backbone teachers among them), at least enough to meet the rotation quota with one to
         * spare. Each surplus teacher is matched to an open post of the subject at a more rural or weaker school
         * within the commute limit or with a free bed, so the quotas are reachable without opening a hole.
         */
        private void addSurplus(SchoolDraft school) {
            List<TeacherDraft> eligible = new ArrayList<>();
            for (TeacherDraft t : school.teachers) {
                if (t.role != Role.PRINCIPAL && isEligible(t)) {
                    eligible.add(t);
                }
            }
            shuffle(eligible);
            int staff = school.size - 1;
            int required = (int) Quotas.required(policy.rotationQuota(), eligible.size());
            Staffing staffing = profile.staffing();
            double rate = school.kind == SchoolKind.URBAN
                    ? staffing.urbanSurplusRate() * switch (school.tier) {
                        case STRONG -> 1.0;
                        case ORDINARY -> 0.7;
                        case WEAK -> 0.4;
                    }
                    : staffing.townSurplusRate() * switch (school.tier) {
                        case STRONG -> 1.0;
                        case ORDINARY -> 0.8;
                        case WEAK -> 0.6;
                    };
            int overStaffing = (int) Math.round(rate * staff);
            int units = Math.min(eligible.size(), Math.max(required + (required > 0 ? 1 : 0), overStaffing));
            int backboneUnits = (int) Quotas.required(policy.backboneShare(), units);
            List<SchoolDraft> destinations = destinationsFrom(school);
            int placed = 0;
            // Strict first (the sender keeps a post in the subject); if no backbone teacher qualifies, one may be
            // the only teacher of a subject the school no longer has a post for.
            for (boolean strict : new boolean[] {true, false}) {
                for (TeacherDraft t : eligible) {
                    if (placed >= backboneUnits) {
                        break;
                    }
                    if (!t.surplus && t.backbone.isAtLeast(policy.backboneMinLevel())
                            && mayCover(school, t.subject, strict) && (match(t, destinations) || openVillagePost(t))) {
                        cover(school, t);
                        placed++;
                    }
                }
            }
            if (placed < backboneUnits) {
                placed += backboneFromOwnShortage(school, eligible, destinations);
            }
            double specialistShare = school.kind == SchoolKind.URBAN ? staffing.specialistSurplusShare()
                    : staffing.specialistSurplusShare() / 2;
            Set<TeacherDraft> unplaceable = new HashSet<>();
            while (placed < units) {
                boolean specialistFirst = random.nextDouble() < specialistShare;
                Subject subject = subjectInDemand(school, eligible, specialistFirst ? SPECIALISTS : MAIN,
                        destinations, unplaceable);
                if (subject == null) {
                    subject = subjectInDemand(school, eligible, specialistFirst ? MAIN : SPECIALISTS, destinations,
                            unplaceable);
                }
                if (subject == null) {
                    subject = subjectInDemand(school, eligible, EnumSet.allOf(Subject.class), destinations,
                            unplaceable);
                }
                if (subject == null) {
                    break;
                }
                for (TeacherDraft t : eligible) {
                    if (!t.surplus && t.subject == subject && !unplaceable.contains(t)) {
                        if (match(t, destinations)) {
                            cover(school, t);
                            placed++;
                        } else {
                            unplaceable.add(t);
                        }
                        break;
                    }
                }
            }
            // When the reachable shortages are used up, the nearest village lacks one more teacher: villages always
            // do (seed 001: 教师缺额未配), and the quota stays reachable.
            int minimum = required + (required > 0 ? 1 : 0);
            for (TeacherDraft t : eligible) {
                if (placed >= minimum) {
                    break;
                }
                if (!t.surplus && (MAIN.contains(t.subject) || SPECIALISTS.contains(t.subject))
                        && mayCover(school, t.subject, true) && openVillagePost(t)) {
                    cover(school, t);
                    placed++;
                }
            }
            // Strong urban schools are over-staffed in main subjects beyond what the county can absorb (超编).
            for (TeacherDraft t : eligible) {
                if (placed >= overStaffing) {
                    break;
                }
                if (!t.surplus && MAIN.contains(t.subject) && mayCover(school, t.subject, true)) {
                    cover(school, t);
                    placed++;
                }
            }
            for (Map.Entry<Subject, Integer> entry : school.surplus.entrySet()) {
                school.posts.merge(entry.getKey(), -entry.getValue(), Integer::sum);
            }
        }

        /**
         * When every eligible backbone teacher teaches a subject the school itself lacks, that shortage is not the
         * school's after all (no one has claimed the post yet): it is closed and one of them becomes surplus, so
         * that the school can send a backbone teacher.
         */
        private int backboneFromOwnShortage(SchoolDraft school, List<TeacherDraft> eligible,
                List<SchoolDraft> destinations) {
            for (TeacherDraft t : eligible) {
                Subject subject = t.subject;
                int staff = school.staff.getOrDefault(subject, 0);
                int open = school.posts.getOrDefault(subject, 0) - staff;
                if (t.surplus || !t.backbone.isAtLeast(policy.backboneMinLevel()) || open <= 0
                        || school.unmatchedOpen.getOrDefault(subject, 0) != open) {
                    continue;
                }
                school.posts.put(subject, staff);
                school.unmatchedOpen.remove(subject);
                if (mayCover(school, subject, false) && (match(t, destinations) || openVillagePost(t))) {
                    cover(school, t);
                    return 1;
                }
            }
            return 0;
        }

        /** Schools the sender may support (more rural, or as rural and weaker) that have open posts, nearest first. */
        private List<SchoolDraft> destinationsFrom(SchoolDraft from) {
            List<SchoolDraft> destinations = new ArrayList<>();
            Map<SchoolDraft, Double> distance = new HashMap<>();
            for (SchoolDraft to : schools) {
                if (to != from && !to.unmatchedOpen.isEmpty() && isSupportDirection(from, to)) {
                    destinations.add(to);
                    distance.put(to, km(from.location, to.location));
                }
            }
            destinations.sort(Comparator.comparingDouble((SchoolDraft s) -> distance.get(s))
                    .thenComparingInt(SchoolDraft::index));
            return destinations;
        }

        private static boolean isSupportDirection(SchoolDraft from, SchoolDraft to) {
            return to.kind.ruralityRank() > from.kind.ruralityRank()
                    || (to.kind == from.kind && to.tier.weaknessRank() > from.tier.weaknessRank());
        }

        private boolean withinCommute(GeoPoint from, SchoolDraft to) {
            return km(from, to.location) * policy.roadFactor() <= policy.maxCommuteKm();
        }

        /**
         * A subject of the group in which the school may turn an eligible teacher into surplus, drawn in proportion
         * to the unmatched open posts of the subject it can reach; null when none.
         */
        private Subject subjectInDemand(SchoolDraft school, List<TeacherDraft> eligible, Set<Subject> group,
                List<SchoolDraft> destinations, Set<TeacherDraft> unplaceable) {
            EnumMap<Subject, Integer> weights = new EnumMap<>(Subject.class);
            for (TeacherDraft t : eligible) {
                if (!t.surplus && !unplaceable.contains(t) && group.contains(t.subject)
                        && !weights.containsKey(t.subject)
                        && mayCover(school, t.subject, true)) {
                    weights.put(t.subject, reachableOpen(school, destinations, t.subject));
                }
            }
            int total = 0;
            for (int weight : weights.values()) {
                total += weight;
            }
            if (total == 0) {
                return null;
            }
            int draw = random.nextInt(total);
            for (Map.Entry<Subject, Integer> entry : weights.entrySet()) {
                draw -= entry.getValue();
                if (draw < 0) {
                    return entry.getKey();
                }
            }
            throw new IllegalStateException("unreachable");
        }

        private int reachableOpen(SchoolDraft from, List<SchoolDraft> destinations, Subject subject) {
            int open = 0;
            for (SchoolDraft to : destinations) {
                int posts = to.unmatchedOpen.getOrDefault(subject, 0);
                if (posts > 0 && (to.bedsLeft > 0 || withinCommute(from.location, to))) {
                    open += posts;
                }
            }
            return open;
        }

        /**
         * Reserves for the teacher the nearest open post of the subject within the commute limit from home, or with
         * a free bed.
         */
        private boolean match(TeacherDraft t, List<SchoolDraft> destinations) {
            Subject subject = t.subject;
            for (SchoolDraft to : destinations) {
                if (to.unmatchedOpen.getOrDefault(subject, 0) == 0) {
                    continue;
                }
                boolean near = withinCommute(t.home, to);
                if (near || to.bedsLeft > 0) {
                    to.unmatchedOpen.merge(subject, -1, Integer::sum);
                    to.unmatchedOpen.remove(subject, 0);
                    if (!near) {
                        to.bedsLeft--;
                    }
                    return true;
                }
            }
            return false;
        }

        /** Opens and reserves a post of the teacher's subject at the nearest village school the teacher can reach. */
        private boolean openVillagePost(TeacherDraft t) {
            SchoolDraft from = t.school;
            SchoolDraft best = null;
            double bestKm = Double.MAX_VALUE;
            for (SchoolDraft to : schools) {
                if (to.kind == SchoolKind.VILLAGE && !to.teachingPoint
                        && (to.bedsLeft > 0 || withinCommute(t.home, to))) {
                    double km = km(from.location, to.location);
                    if (km < bestKm) {
                        best = to;
                        bestKm = km;
                    }
                }
            }
            if (best == null) {
                return false;
            }
            best.posts.merge(t.subject, 1, Integer::sum);
            if (!withinCommute(t.home, best)) {
                best.bedsLeft--;
            }
            return true;
        }

        /** A subject with open posts never gets a surplus; strict keeps at least one post in it. */
        private static boolean mayCover(SchoolDraft school, Subject subject, boolean strict) {
            int posts = school.posts.getOrDefault(subject, 0);
            int staff = school.staff.getOrDefault(subject, 0);
            int surplus = school.surplus.getOrDefault(subject, 0);
            return posts <= staff && posts - surplus - 1 >= (strict ? 1 : 0);
        }

        private static void cover(SchoolDraft school, TeacherDraft t) {
            school.surplus.merge(t.subject, 1, Integer::sum);
            t.surplus = true;
        }

        /**
         * Teams (团队交流): a backbone teacher with one to three colleagues of the same school, all in subjects the
         * school is over-staffed in (so the team can leave without a hole), the younger ones volunteering.
         */
        private void formTeams() {
            double perSchool = profile.people().teamsPerSender();
            int teamCounter = 0;
            for (SchoolDraft school : schools) {
                if (!school.isSender() || school.surplus.isEmpty()) {
                    continue;
                }
                int teams = (int) perSchool + (random.nextDouble() < perSchool - (int) perSchool ? 1 : 0);
                for (int k = 0; k < teams; k++) {
                    List<TeacherDraft> leaders = new ArrayList<>();
                    for (TeacherDraft t : school.teachers) {
                        if (t.teamId == null && t.role != Role.PRINCIPAL && isEligible(t)
                                && t.backbone.isAtLeast(policy.backboneMinLevel())
                                && school.surplus.containsKey(t.subject)) {
                            leaders.add(t);
                        }
                    }
                    if (leaders.isEmpty()) {
                        break;
                    }
                    TeacherDraft leader = leaders.get(random.nextInt(leaders.size()));
                    EnumMap<Subject, Integer> room = new EnumMap<>(school.surplus);
                    room.merge(leader.subject, -1, Integer::sum);
                    List<TeacherDraft> pool = new ArrayList<>();
                    for (TeacherDraft t : school.teachers) {
                        if (t != leader && t.teamId == null && t.role != Role.PRINCIPAL && t.exemptions.isEmpty()
                                && t.onEstablishment && school.surplus.containsKey(t.subject)
                                && t.age <= policy.retirementAge(t.gender) - policy.yearsBeforeRetirementExempt()) {
                            pool.add(t);
                        }
                    }
                    shuffle(pool);
                    // Younger colleagues first: a backbone teacher leads the younger ones (seed 000).
                    pool.sort(Comparator.comparing((TeacherDraft t) -> t.age >= leader.age));
                    int wanted = 1 + random.nextInt(3);
                    List<TeacherDraft> members = new ArrayList<>();
                    for (TeacherDraft t : pool) {
                        if (members.size() >= wanted) {
                            break;
                        }
                        if (room.getOrDefault(t.subject, 0) > 0) {
                            room.merge(t.subject, -1, Integer::sum);
                            members.add(t);
                        }
                    }
                    if (members.isEmpty()) {
                        continue;
                    }
                    String teamId = String.format("TM%04d", ++teamCounter);
                    leader.teamId = teamId;
                    for (TeacherDraft member : members) {
                        member.teamId = teamId;
                        if (member.years < policy.minYearsAtSchool()) {
                            member.volunteer = true;
                        }
                    }
                }
            }
        }

        // ---------------------------------------------------------------- couples, alliances, housing, wishes

        /** Couples of teachers living in the same area (the seat or a township), paired by age. */
        private void formCouples() {
            TreeMap<Integer, List<TeacherDraft>> areas = new TreeMap<>();
            for (TeacherDraft t : teachers) {
                areas.computeIfAbsent(t.school.townshipIndex, k -> new ArrayList<>()).add(t);
            }
            for (List<TeacherDraft> area : areas.values()) {
                List<TeacherDraft> men = new ArrayList<>();
                List<TeacherDraft> women = new ArrayList<>();
                for (TeacherDraft t : area) {
                    (t.gender == Gender.MALE ? men : women).add(t);
                }
                int couples = Math.min((int) Math.round(profile.people().coupleRate() * area.size() / 2),
                        Math.min(men.size(), women.size()));
                shuffle(men);
                shuffle(women);
                List<TeacherDraft> husbands = new ArrayList<>(men.subList(0, couples));
                List<TeacherDraft> wives = new ArrayList<>(women.subList(0, couples));
                Comparator<TeacherDraft> byAge = Comparator.comparingInt((TeacherDraft t) -> t.age)
                        .thenComparing(t -> t.id);
                husbands.sort(byAge);
                wives.sort(byAge);
                for (int i = 0; i < couples; i++) {
                    husbands.get(i).partnerId = wives.get(i).id;
                    wives.get(i).partnerId = husbands.get(i).id;
                }
            }
        }

        /**
         * Groups led by urban schools (strong and large first); each other school of the grouped stages joins the
         * nearest leader, with the profile's coverage.
         */
        private void formAlliances() {
            CountyProfile.Alliances alliances = profile.alliances();
            if (alliances.count() == 0) {
                return;
            }
            List<SchoolDraft> members = new ArrayList<>();
            for (SchoolDraft school : schools) {
                if (alliances.stages().contains(school.stage)) {
                    members.add(school);
                }
            }
            List<SchoolDraft> ranked = new ArrayList<>(members);
            ranked.sort(Comparator.comparingInt((SchoolDraft s) -> s.kind.ruralityRank())
                    .thenComparingInt(s -> s.tier.weaknessRank())
                    .thenComparingInt(s -> -s.size)
                    .thenComparingInt(s -> s.index()));
            List<SchoolDraft> leaders = new ArrayList<>(ranked.subList(0, Math.min(alliances.count(), ranked.size())));
            String prefix = alliances.model() == AllianceModel.ONE_PLUS_ONE_PLUS_N ? "L"
                    : alliances.model() == AllianceModel.COLLABORATION_GROUP ? "C" : "G";
            for (int i = 0; i < leaders.size(); i++) {
                leaders.get(i).allianceId = String.format("%s%02d", prefix, i + 1);
            }
            for (SchoolDraft school : members) {
                if (school.allianceId != null || random.nextDouble() >= alliances.coverage()) {
                    continue;
                }
                SchoolDraft nearest = leaders.get(0);
                for (SchoolDraft leader : leaders) {
                    if (km(school.location, leader.location) < km(school.location, nearest.location)) {
                        nearest = leader;
                    }
                }
                school.allianceId = nearest.allianceId;
            }
        }

        private void addHousing() {
            CountyProfile.Housing housing = profile.housing();
            for (SchoolDraft school : schools) {
                double mean = switch (school.kind) {
                    case URBAN -> 0;
                    case TOWN -> housing.townBedsMean();
                    case VILLAGE -> school.teachingPoint ? 0 : housing.villageBedsMean();
                };
                school.beds = mean <= 0 ? 0 : random.nextInt((int) Math.round(2 * mean) + 1);
            }
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
                boolean moreRural = to.kind.ruralityRank() > from.kind.ruralityRank();
                boolean weaker = to.kind == from.kind && to.tier.weaknessRank() > from.tier.weaknessRank();
                if (to != from && (moreRural || weaker)) {
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

        // ---------------------------------------------------------------- assembly

        private GeneratedCounty build() {
            List<School> builtSchools = new ArrayList<>();
            for (SchoolDraft draft : schools) {
                EnumMap<Subject, Integer> posts = new EnumMap<>(Subject.class);
                for (Map.Entry<Subject, Integer> entry : draft.posts.entrySet()) {
                    if (entry.getValue() > 0) {
                        posts.put(entry.getKey(), entry.getValue());
                    }
                }
                draft.built = new School(draft.id, draft.name, draft.kind, draft.stage, draft.tier, draft.allianceId,
                        draft.location, draft.students, posts, draft.beds, null);
                builtSchools.add(draft.built);
            }
            List<Teacher> builtTeachers = new ArrayList<>(teachers.size());
            for (TeacherDraft t : teachers) {
                builtTeachers.add(t.toTeacher(t.school.built));
            }
            RotationPlan plan = RotationPlan.of(policy, builtSchools, builtTeachers, Map.of());
            return new GeneratedCounty(profile.displayName(), profile.year(), plan);
        }

        private boolean isEligible(TeacherDraft t) {
            return Eligibility.of(t.toTeacher(placeholder), policy).eligible();
        }

        private <T> void shuffle(List<T> list) {
            for (int i = list.size() - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                T swap = list.get(i);
                list.set(i, list.get(j));
                list.set(j, swap);
            }
        }
    }

    // -------------------------------------------------------------------- drafts and tables

    private record Township(String name, GeoPoint centre) {
    }

    private static final class SchoolDraft {
        final SchoolKind kind;
        final Stage stage;
        final boolean teachingPoint;
        final EnumMap<Subject, Integer> staff = new EnumMap<>(Subject.class);
        final EnumMap<Subject, Integer> posts = new EnumMap<>(Subject.class);
        final EnumMap<Subject, Integer> surplus = new EnumMap<>(Subject.class);
        /** Open posts not yet matched to a sender's surplus teacher, while the surplus is being placed. */
        final EnumMap<Subject, Integer> unmatchedOpen = new EnumMap<>(Subject.class);
        final List<TeacherDraft> teachers = new ArrayList<>();
        String id;
        String name;
        Tier tier;
        int townshipIndex;
        GeoPoint location;
        int size;
        int students;
        int beds;
        int bedsLeft;
        String allianceId;
        School built;

        SchoolDraft(SchoolKind kind, Stage stage, boolean teachingPoint) {
            this.kind = kind;
            this.stage = stage;
            this.teachingPoint = teachingPoint;
        }

        int index() {
            return Integer.parseInt(id.substring(1));
        }

        /** Urban and town schools send teachers (城镇→乡村); teaching points never do. */
        boolean isSender() {
            return !teachingPoint && (kind == SchoolKind.URBAN || kind == SchoolKind.TOWN);
        }
    }

    private static final class TeacherDraft {
        String id;
        String name;
        SchoolDraft school;
        Subject subject;
        Role role;
        Gender gender;
        int age;
        int years;
        BackboneLevel backbone = BackboneLevel.NONE;
        Degree degree;
        Title title;
        GeoPoint home;
        final EnumSet<Exemption> exemptions = EnumSet.noneOf(Exemption.class);
        boolean onEstablishment;
        boolean volunteer;
        boolean surplus;
        String teamId;
        String partnerId;
        List<String> preferences = List.of();

        Teacher toTeacher(School homeSchool) {
            return new Teacher(id, name, homeSchool, subject, role, gender, age, years, backbone, degree, title, home,
                    exemptions, onEstablishment, volunteer, teamId, partnerId, preferences);
        }
    }

    private static List<Subject> mainSubjects(Stage stage) {
        return stage == Stage.PRIMARY ? List.of(CHINESE, MATH) : List.of(CHINESE, MATH, ENGLISH);
    }

    private static double femaleShare(Stage stage) {
        return switch (stage) {
            case PRIMARY -> 0.70;
            case JUNIOR -> 0.58;
            case NINE_YEAR -> 0.62;
            case SENIOR -> 0.52;
        };
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

    // -------------------------------------------------------------------- geometry

    private static GeoPoint offset(GeoPoint from, double km, double bearing) {
        double latitude = from.latitude() + km * Math.cos(bearing) / KM_PER_DEGREE;
        double longitude = from.longitude()
                + km * Math.sin(bearing) / (KM_PER_DEGREE * Math.cos(Math.toRadians(from.latitude())));
        return new GeoPoint(Math.max(-90, Math.min(90, latitude)), longitude);
    }

    private static double km(GeoPoint a, GeoPoint b) {
        return Distances.greatCircleKm(a, b);
    }

    private static String stem(String township) {
        return township.endsWith("镇") || township.endsWith("乡") ? township.substring(0, township.length() - 1)
                : township;
    }

    private static String numeral(int n) {
        String digits = "零一二三四五六七八九";
        if (n < 10) {
            return String.valueOf(digits.charAt(n));
        }
        if (n < 100) {
            return (n / 10 == 1 ? "" : String.valueOf(digits.charAt(n / 10))) + "十"
                    + (n % 10 == 0 ? "" : String.valueOf(digits.charAt(n % 10)));
        }
        return String.valueOf(n);
    }
}
