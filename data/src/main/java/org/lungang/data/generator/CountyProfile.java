package org.lungang.data.generator;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.lungang.solver.domain.GeoPoint;
import org.lungang.solver.domain.RotationPolicy;
import org.lungang.solver.domain.SchoolKind;
import org.lungang.solver.domain.Stage;
import org.lungang.solver.domain.Tier;

/**
 * Every knob of a generated county. The named profiles ({@link #named(String)}) are calibrated on the seed policy
 * texts; data/README.md gives the source of each headline figure.
 *
 * @param key short name used on the command line ("changning", "tiny", ...)
 * @param displayName the county's name as the planner reads it (昌宁县)
 * @param year the school year the roster describes
 * @param teachers teachers on the roster, principals included
 * @param schools ordinary schools by stage and kind (village teaching points are counted apart)
 * @param teachingPoints village teaching points (教学点): tiny primary sites of 2–4 teachers
 * @param geography where the schools lie
 * @param tiers the bureau's quality rating of the schools of each kind
 * @param staffing the structural shortages and surpluses (结构性缺编/超编)
 * @param people the make-up of the teaching force
 * @param alliances the groups of schools that cooperate
 * @param housing free beds of turnover housing (周转房)
 * @param policy the year's rotation policy
 */
public record CountyProfile(String key, String displayName, int year, int teachers, List<SchoolCount> schools,
        int teachingPoints, Geography geography, Map<SchoolKind, TierMix> tiers, Staffing staffing, People people,
        Alliances alliances, Housing housing, RotationPolicy policy) {

    public CountyProfile {
        Objects.requireNonNull(key, "key");
        schools = List.copyOf(schools);
        tiers = Map.copyOf(tiers);
        if (teachers < 0 || teachingPoints < 0) {
            throw new IllegalArgumentException("Counts must not be negative");
        }
        for (SchoolKind kind : SchoolKind.values()) {
            if (!tiers.containsKey(kind)) {
                throw new IllegalArgumentException("No tier mix for " + kind);
            }
        }
    }

    /** The named profile: changning, liaoyang, qiqihar, kaizhou, louqu, or a size tier tiny, small, county, city. */
    public static CountyProfile named(String name) {
        return CountyProfiles.named(name);
    }

    /** The names {@link #named(String)} accepts, seed profiles first. */
    public static List<String> names() {
        return CountyProfiles.NAMES;
    }

    /** Schools of one stage and kind, teaching points excluded. */
    public int schoolCount(Stage stage, SchoolKind kind) {
        int count = 0;
        for (SchoolCount c : schools) {
            if (c.stage() == stage && c.kind() == kind) {
                count += c.count();
            }
        }
        return count;
    }

    /** Schools of a kind; teaching points count as village schools. */
    public int schoolCount(SchoolKind kind) {
        int count = kind == SchoolKind.VILLAGE ? teachingPoints : 0;
        for (SchoolCount c : schools) {
            if (c.kind() == kind) {
                count += c.count();
            }
        }
        return count;
    }

    /** All schools, teaching points included. */
    public int totalSchools() {
        int count = teachingPoints;
        for (SchoolCount c : schools) {
            count += c.count();
        }
        return count;
    }

    /** Share of village schools (teaching points included) among all schools. */
    public double villageShare() {
        int total = totalSchools();
        return total == 0 ? 0.0 : (double) schoolCount(SchoolKind.VILLAGE) / total;
    }

    /**
     * The same county at another size: teachers set, school counts scaled in proportion (at least one school of
     * every kind and stage the profile has), everything else kept. Used to test large profiles at reduced size
     * through the same code path.
     */
    public CountyProfile scaledTo(int newTeachers) {
        double factor = teachers == 0 ? 1.0 : (double) newTeachers / teachers;
        List<SchoolCount> scaled = new ArrayList<>();
        for (SchoolCount c : schools) {
            scaled.add(new SchoolCount(c.stage(), c.kind(), c.count() == 0 ? 0
                    : Math.max(1, (int) Math.round(c.count() * factor))));
        }
        int points = (int) Math.round(teachingPoints * factor);
        int townships = Math.max(1, (int) Math.round(geography.townships() * Math.min(1.0, Math.sqrt(factor))));
        return new CountyProfile(key, displayName, year, newTeachers, scaled, points,
                geography.withTownships(townships), tiers, staffing, people, alliances.scaled(factor), housing,
                policy);
    }

    /** The same county described in another school year (its exchanges under way are dated from that year). */
    public CountyProfile inYear(int newYear) {
        return new CountyProfile(key, displayName, newYear, teachers, schools, teachingPoints, geography, tiers,
                staffing, people, alliances, housing, policy);
    }

    /** The same county under another policy. */
    public CountyProfile withPolicy(RotationPolicy newPolicy) {
        return new CountyProfile(key, displayName, year, teachers, schools, teachingPoints, geography, tiers,
                staffing, people, alliances, housing, newPolicy);
    }

    /** A number of schools of one stage and kind. */
    public record SchoolCount(Stage stage, SchoolKind kind, int count) {

        public SchoolCount {
            Objects.requireNonNull(stage, "stage");
            Objects.requireNonNull(kind, "kind");
            if (count < 0) {
                throw new IllegalArgumentException("Negative school count");
            }
        }
    }

    /**
     * @param seat the county seat (县城), centre of the urban schools
     * @param urbanRadiusKm urban schools lie within this distance of the seat
     * @param townships townships (乡镇) outside the seat, each with its town schools
     * @param minTownshipKm nearest township centre from the seat
     * @param maxTownshipKm farthest township centre from the seat
     * @param villageRadiusKm villages lie within this distance of their township centre
     * @param townshipNames real township names used first (positions stay synthetic), then generated ones
     * @param urbanSchoolNames real school names used first for the urban primary schools
     */
    public record Geography(GeoPoint seat, double urbanRadiusKm, int townships, double minTownshipKm,
            double maxTownshipKm, double villageRadiusKm, List<String> townshipNames,
            List<String> urbanSchoolNames) {

        public Geography {
            Objects.requireNonNull(seat, "seat");
            townshipNames = List.copyOf(townshipNames);
            urbanSchoolNames = List.copyOf(urbanSchoolNames);
            if (townships < 1 || minTownshipKm < 0 || maxTownshipKm < minTownshipKm) {
                throw new IllegalArgumentException("Need at least one township and min ≤ max distance");
            }
        }

        Geography withTownships(int count) {
            return new Geography(seat, urbanRadiusKm, count, minTownshipKm, maxTownshipKm, villageRadiusKm,
                    townshipNames, urbanSchoolNames);
        }
    }

    /** Shares of strong, ordinary and weak schools; they need not sum to one exactly (they are normalised). */
    public record TierMix(double strong, double ordinary, double weak) {

        public TierMix {
            if (strong < 0 || ordinary < 0 || weak < 0 || strong + ordinary + weak <= 0) {
                throw new IllegalArgumentException("Tier shares must be non-negative and not all zero");
            }
        }

        double share(Tier tier) {
            double total = strong + ordinary + weak;
            return switch (tier) {
                case STRONG -> strong / total;
                case ORDINARY -> ordinary / total;
                case WEAK -> weak / total;
            };
        }
    }

    /**
     * @param villageShortageRate chance that a post of English, music, art, PE, IT or science at a village school
     *        has fewer teachers than posts
     * @param townShortageRate the same at a town school (weak urban schools get half of it)
     * @param mainVacancyRate chance that a main-subject post (Chinese, maths, English) of a village or weak town
     *        school is vacant (教师缺额未配)
     * @param urbanSurplusRate surplus teachers over posts, as a share of a strong urban school's staff (weak and
     *        ordinary urban schools have less)
     * @param townSurplusRate the same for a town school
     * @param specialistSurplusShare share of an urban school's surplus in English, music, art, PE, IT or science
     *        rather than in Chinese and maths
     */
    public record Staffing(double villageShortageRate, double townShortageRate, double mainVacancyRate,
            double urbanSurplusRate, double townSurplusRate, double specialistSurplusShare) {
    }

    /**
     * @param backboneShare share of teachers with a backbone title of county level or higher (骨干教师)
     * @param longTenureShare share of teachers with six or more years at their school, per kind of school
     * @param pregnantOrNursingRate share of women teachers under 40 who are pregnant or nursing
     * @param seriousIllnessRate share of teachers with a serious illness
     * @param graduatingClassRate share of junior and senior secondary teachers who teach a graduating class
     * @param otherExemptionRate share of teachers exempted for other reasons
     * @param offEstablishmentRate share of teachers not on the establishment (代课/临聘), more in villages
     * @param volunteerRate share of teachers with fewer than six years who ask to rotate
     * @param teamsPerSender teams (团队交流) per urban or town school, on average
     * @param coupleRate share of teachers married to another teacher of the county
     * @param preferenceRate share of eligible teachers who name schools they would go to
     */
    public record People(double backboneShare, Map<SchoolKind, Double> longTenureShare,
            double pregnantOrNursingRate, double seriousIllnessRate, double graduatingClassRate,
            double otherExemptionRate, double offEstablishmentRate, double volunteerRate, double teamsPerSender,
            double coupleRate, double preferenceRate) {

        public People {
            longTenureShare = Map.copyOf(new EnumMap<>(longTenureShare));
        }

        /** The same people with another share of backbone teachers. */
        public People withBackboneShare(double share) {
            return new People(share, longTenureShare, pregnantOrNursingRate, seriousIllnessRate, graduatingClassRate,
                    otherExemptionRate, offEstablishmentRate, volunteerRate, teamsPerSender, coupleRate,
                    preferenceRate);
        }
    }

    /** How schools are grouped (联盟/协作体/集团). */
    public enum AllianceModel {
        /** Seed 000: "1+1+N", a provincial or city school + a county-seat school + N township schools. */
        ONE_PLUS_ONE_PLUS_N,
        /** Seed 001: 协作体, collaboration groups covering every school. */
        COLLABORATION_GROUP,
        /** Seeds 002, 003, 004: 集团化办学 / 名校办分校, a leading school with member schools. */
        EDUCATION_GROUP
    }

    /**
     * @param model the kind of grouping, which names the groups
     * @param count number of groups; each is led by an urban school (strong first)
     * @param stages stages whose schools take part
     * @param coverage share of the taking-part schools that belong to a group
     */
    public record Alliances(AllianceModel model, int count, Set<Stage> stages, double coverage) {

        public Alliances {
            Objects.requireNonNull(model, "model");
            stages = Set.copyOf(stages);
        }

        Alliances scaled(double factor) {
            return new Alliances(model, count == 0 ? 0 : Math.max(1, (int) Math.round(count * factor)), stages,
                    coverage);
        }
    }

    /**
     * Free beds of turnover housing (周转房) for rotated teachers, drawn uniformly around the means.
     *
     * @param townBedsMean mean free beds per town school
     * @param villageBedsMean mean free beds per village school (teaching points have none)
     */
    public record Housing(double townBedsMean, double villageBedsMean) {
    }
}
