package org.lungang.data.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lungang.solver.domain.Direction;
import org.lungang.solver.domain.Quotas;
import org.lungang.solver.domain.Role;
import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.domain.RotationPolicy;
import org.lungang.solver.domain.School;
import org.lungang.solver.domain.SchoolKind;
import org.lungang.solver.domain.Subject;
import org.lungang.solver.domain.Teacher;
import org.lungang.solver.domain.Tier;

/** What the solver needs from a county to find meaningful plans. */
class RealismTest {

    private static final Set<Subject> RURAL_SHORTAGES = Set.of(Subject.ENGLISH, Subject.MUSIC, Subject.ART,
            Subject.PE, Subject.IT, Subject.SCIENCE);

    static Iterable<String> profiles() {
        return CountyProfile.names();
    }

    static Iterable<String> largeProfiles() {
        return List.of("changning", "liaoyang", "qiqihar", "kaizhou", "louqu", "county", "city");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void everySchoolHasExactlyOnePrincipal(String name) {
        RotationPlan plan = Generated.county(name).plan();
        Map<String, Integer> principals = new HashMap<>();
        for (Teacher t : plan.getTeachers()) {
            if (t.role() == Role.PRINCIPAL) {
                principals.merge(t.homeSchool().getId(), 1, Integer::sum);
            }
        }

        assertThat(plan.getSchools()).allSatisfy(s -> assertThat(principals.get(s.getId())).isEqualTo(1));
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void everyPartnerPointsBack(String name) {
        RotationPlan plan = Generated.county(name).plan();
        Map<String, Teacher> byId = new HashMap<>();
        plan.getTeachers().forEach(t -> byId.put(t.id(), t));
        List<Teacher> married = plan.getTeachers().stream().filter(t -> t.partnerId() != null).toList();

        assertThat(married).isNotEmpty();
        assertThat(married).allSatisfy(t -> {
            Teacher partner = byId.get(t.partnerId());
            assertThat(partner.partnerId()).isEqualTo(t.id());
            assertThat(partner.gender()).isNotEqualTo(t.gender());
        });
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void teamsHaveTwoToFourEligibleMembersOfOneSchool(String name) {
        RotationPlan plan = Generated.county(name).plan();
        Map<String, List<Rotation>> teams = new TreeMap<>();
        for (Rotation r : plan.getRotations()) {
            // Teams at schools of a stage the rotation does not cover (senior high schools) stay out of it.
            if (r.getTeacher().teamId() != null && plan.getPolicy().covers(r.getHomeSchool().getStage())) {
                teams.computeIfAbsent(r.getTeacher().teamId(), k -> new ArrayList<>()).add(r);
            }
        }

        assertThat(teams).isNotEmpty();
        assertThat(teams.values()).allSatisfy(team -> {
            assertThat(team).hasSizeBetween(2, 4);
            assertThat(team).extracting(Rotation::getHomeSchool).containsOnly(team.get(0).getHomeSchool());
            assertThat(team).allSatisfy(r -> assertThat(r.isCandidate()).isTrue());
            assertThat(team).anySatisfy(r -> assertThat(r.isBackbone()).isTrue());
        });
    }

    @ParameterizedTest
    @MethodSource("largeProfiles")
    void strongUrbanSchoolsHaveMoreBackboneTeachersThanTheCounty(String name) {
        RotationPlan plan = Generated.county(name).plan();

        double county = share(plan.getRotations());
        double strongUrban = share(plan.getRotations().stream().filter(r -> r.getHomeSchool().getKind()
                == SchoolKind.URBAN && r.getHomeSchool().getTier() == Tier.STRONG).toList());

        assertThat(county).isBetween(0.08, 0.20);
        assertThat(strongUrban).isGreaterThan(county);
    }

    /**
     * For every urban and town school, the eligible teachers in subjects it is over-staffed in, who have somewhere
     * to go (an open post of their subject at a more rural or weaker school, near enough or with a free bed), are at
     * least the quota: a necessary condition of meeting the quota without opening a hole at the sender.
     */
    @ParameterizedTest
    @MethodSource("profiles")
    void everySendingSchoolHasEnoughMovableTeachersForItsQuota(String name) {
        RotationPlan plan = Generated.county(name).plan();
        RotationPolicy policy = plan.getPolicy();
        Map<School, List<Rotation>> eligibleBySchool = eligibleBySchool(plan);

        for (School school : plan.getSchools()) {
            if (!policy.quotaSchoolKinds().contains(school.getKind())) {
                continue;
            }
            List<Rotation> eligible = eligibleBySchool.getOrDefault(school, List.of());
            long movable = eligible.stream().filter(r -> hasSomewhereToGo(plan, r)).count();

            assertThat(movable).as(school.getId())
                    .isGreaterThanOrEqualTo(Quotas.required(policy.rotationQuota(), eligible.size()));
        }
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void everySendingSchoolWithEligibleBackboneTeachersCanSendOne(String name) {
        RotationPlan plan = Generated.county(name).plan();
        Map<School, List<Rotation>> eligibleBySchool = eligibleBySchool(plan);

        for (School school : plan.getSchools()) {
            List<Rotation> eligible = eligibleBySchool.getOrDefault(school, List.of());
            if (!plan.getPolicy().quotaSchoolKinds().contains(school.getKind()) || eligible.isEmpty()
                    || eligible.stream().noneMatch(Rotation::isBackbone)) {
                continue;
            }

            assertThat(eligible.stream().anyMatch(r -> r.isBackbone() && hasSomewhereToGo(plan, r)))
                    .as(school.getId()).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("largeProfiles")
    void ruralSchoolsLackSpecialistsThatUrbanSurplusCanFill(String name) {
        RotationPlan plan = Generated.county(name).plan();

        for (Subject subject : RURAL_SHORTAGES) {
            int openAtReceivers = 0;
            int urbanSurplus = 0;
            for (School s : plan.getSchools()) {
                if (s.getKind() != SchoolKind.URBAN || s.getTier() == Tier.WEAK) {
                    openAtReceivers += s.openPostsBefore(subject);
                }
                if (s.getKind() == SchoolKind.URBAN) {
                    urbanSurplus += Math.max(0, s.staffBefore(subject) - s.posts(subject));
                }
            }

            assertThat(openAtReceivers).as(subject.name()).isPositive();
            assertThat(urbanSurplus).as(subject.name()).isPositive();
        }
    }

    @Test
    void strongUrbanSchoolsAreOverStaffedInMainSubjects() {
        RotationPlan plan = Generated.county("county").plan();
        int surplus = 0;
        for (School s : plan.getSchools()) {
            if (s.getKind() == SchoolKind.URBAN && s.getTier() == Tier.STRONG) {
                for (Subject subject : List.of(Subject.CHINESE, Subject.MATH)) {
                    surplus += Math.max(0, s.staffBefore(subject) - s.posts(subject));
                }
            }
        }

        assertThat(surplus).isPositive();
    }

    @ParameterizedTest
    @MethodSource("largeProfiles")
    void aFewTeachersVolunteerOrAreExempt(String name) {
        RotationPlan plan = Generated.county(name).plan();
        int n = plan.getTeachers().size();

        long volunteers = plan.getTeachers().stream().filter(Teacher::volunteer).count();
        long exempt = plan.getTeachers().stream().filter(t -> !t.exemptions().isEmpty()).count();

        assertThat((double) volunteers / n).isStrictlyBetween(0.0, 0.05);
        assertThat((double) exempt / n).isStrictlyBetween(0.0, 0.15);
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void ruralSchoolsOfferTurnoverHousing(String name) {
        RotationPlan plan = Generated.county(name).plan();

        int ruralBeds = plan.getSchools().stream().filter(s -> s.getKind() != SchoolKind.URBAN)
                .mapToInt(School::getHousingBeds).sum();
        int urbanBeds = plan.getSchools().stream().filter(s -> s.getKind() == SchoolKind.URBAN)
                .mapToInt(School::getHousingBeds).sum();

        assertThat(ruralBeds).isPositive();
        assertThat(urbanBeds).isZero();
    }

    @Test
    void theOnePlusOnePlusNAlliancesCoverEveryCompulsorySchoolAndEachHasAnUrbanLeader() {
        RotationPlan plan = Generated.county("changning").plan();
        Map<String, List<School>> alliances = new TreeMap<>();
        for (School s : plan.getSchools()) {
            if (s.getStage() != org.lungang.solver.domain.Stage.SENIOR) {
                assertThat(s.getAllianceId()).as(s.getId()).isNotNull();
                alliances.computeIfAbsent(s.getAllianceId(), k -> new ArrayList<>()).add(s);
            }
        }

        assertThat(alliances).hasSize(CountyProfile.named("changning").alliances().count());
        assertThat(alliances.values()).allSatisfy(members -> assertThat(members)
                .anySatisfy(s -> assertThat(s.getKind()).isEqualTo(SchoolKind.URBAN)));
    }

    @Test
    void seedNamedSchoolsAppearInTheirDistrict() {
        RotationPlan plan = Generated.county("louqu").plan();

        assertThat(plan.getSchools()).extracting(School::getName).contains("岳阳楼小学", "望岳小学", "东升小学",
                "奇家小学", "南津港小学");
    }

    private static double share(List<Rotation> rotations) {
        return rotations.isEmpty() ? 0 : (double) rotations.stream().filter(Rotation::isBackbone).count()
                / rotations.size();
    }

    private static Map<School, List<Rotation>> eligibleBySchool(RotationPlan plan) {
        Map<School, List<Rotation>> bySchool = new HashMap<>();
        for (Rotation r : plan.getRotations()) {
            if (r.isCandidate() && !r.isPrincipal()) {
                bySchool.computeIfAbsent(r.getHomeSchool(), k -> new ArrayList<>()).add(r);
            }
        }
        return bySchool;
    }

    private static boolean hasSomewhereToGo(RotationPlan plan, Rotation rotation) {
        School home = rotation.getHomeSchool();
        Subject subject = rotation.getSubject();
        if (home.staffBefore(subject) <= home.posts(subject)) {
            return false;
        }
        for (School to : plan.getSchools()) {
            if (to != home && to.openPostsBefore(subject) > 0
                    && Direction.between(home, to) == Direction.TOWARDS_RURAL_OR_WEAK
                    && (to.getHousingBeds() > 0 || plan.getDistances().commute(rotation.getTeacher(), to)
                            <= plan.getPolicy().maxCommuteKm())) {
                return true;
            }
        }
        return false;
    }
}
