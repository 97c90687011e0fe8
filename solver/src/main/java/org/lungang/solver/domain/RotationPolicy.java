package org.lungang.solver.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The year's rotation policy: every threshold and weight of the rules, with the defaults distilled from the county
 * policy texts (see {@code MISSION.md}). Build one with {@link #builder()}; unset fields keep their default.
 *
 * @param minYearsAtSchool consecutive years at one school after which a teacher must rotate (default 6)
 * @param leaderTermYears length of a principal's term (default 3)
 * @param leaderMinTerms terms at one school after which a principal or vice-principal rotates (default 2)
 * @param retirementAgeMale retirement age of men (default 60)
 * @param retirementAgeFemale retirement age of women teachers (default 55)
 * @param yearsBeforeRetirementExempt teachers this close to retirement are exempt (default 5)
 * @param honouredExemptions recorded exemptions that keep a teacher at home (default all)
 * @param rotationQuota share of a sending school's eligible teachers that must rotate (default 0.10)
 * @param quotaSchoolKinds kinds of school that the rotation quota applies to (default urban and town)
 * @param coveredStages stages of school the rotation covers (default the compulsory-education stages: primary,
 *        junior and nine-year); teachers of other schools do not rotate and no one is sent there
 * @param backboneShare share of backbone teachers among those rotated (default 0.20)
 * @param backboneMinLevel lowest backbone level that counts (default county)
 * @param cadreBackboneExchangeShare share of eligible cadres and backbone teachers that exchange (default 0.15)
 * @param secondmentOnlyCadresAndBackbone only cadres and backbone teachers are seconded (default true)
 * @param maxSecondeesPerHost most secondees one host school trains at once (default 2)
 * @param maxCommuteKm commute beyond which the teacher needs a bed of turnover housing (default 30)
 * @param roadFactor road distance over great-circle distance, used when no distance matrix is given (default 1.3)
 * @param senderMinStaffingRatio a sender keeps at least this share of its posts in a subject it sends from
 *        (default 1.0: no hole opened)
 * @param maxStaffLossShare most of its teaching staff a school may lose in one year (default 0.15)
 * @param coupleMaxKm a couple placed further apart than this is penalised (default 30)
 * @param indicatorsMustNotWorsen no national indicator's official coefficient of variation (差异系数) in any group may
 *        be higher after the plan than before it: a quota-level rule (default true)
 * @param subjectScarcity weight of a filled shortage post per subject (default 3 for English, music, art, PE, IT
 *        and science, 1 otherwise)
 * @param constraintWeights constraint name to score weight (e.g. {@code "Commute distance" -> "0hard/0medium/2soft"}),
 *        applied as Timefold constraint weight overrides
 * @param exchangeTermYears length of a term of exchange per kind of move, in years (default support 3, secondment
 *        1, principal 3)
 * @param exchangeYearsCountAtHome years served on exchange count towards the years at the home school (default
 *        true: the personnel relation stays there)
 * @param awayOnExchangeCountInHomeQuota teachers away on exchange this year count in their home school's rotation
 *        quota, among its eligible teachers and as rotated ({@link Quotas#schoolRotationsRequired}; default false:
 *        the quota counts the teachers at home only)
 * @param cooldownYears school years after a return before the teacher may be sent again (default 3)
 * @param extensionAllowed a term may be extended once at the teacher's wish and the host's need (default true;
 *        principals' terms are never extended, as the principals they swapped with return at the same time)
 * @param extensionYears years an extension adds to a term (default 1)
 */
public record RotationPolicy(int minYearsAtSchool, int leaderTermYears, int leaderMinTerms, int retirementAgeMale,
        int retirementAgeFemale, int yearsBeforeRetirementExempt, Set<Exemption> honouredExemptions,
        double rotationQuota, Set<SchoolKind> quotaSchoolKinds, Set<Stage> coveredStages, double backboneShare,
        BackboneLevel backboneMinLevel,
        double cadreBackboneExchangeShare, boolean secondmentOnlyCadresAndBackbone, int maxSecondeesPerHost,
        double maxCommuteKm, double roadFactor, double senderMinStaffingRatio, double maxStaffLossShare,
        double coupleMaxKm, boolean indicatorsMustNotWorsen, Map<Subject, Integer> subjectScarcity,
        Map<String, String> constraintWeights, Map<RotationKind, Integer> exchangeTermYears,
        boolean exchangeYearsCountAtHome, boolean awayOnExchangeCountInHomeQuota, int cooldownYears, boolean extensionAllowed, int extensionYears) {

    public RotationPolicy {
        // Enum-ordered and insertion-ordered copies, so that a policy is written out identically run to run.
        honouredExemptions = honouredExemptions.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(honouredExemptions));
        quotaSchoolKinds = quotaSchoolKinds.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(quotaSchoolKinds));
        coveredStages = coveredStages.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(coveredStages));
        subjectScarcity = subjectScarcity.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(subjectScarcity));
        constraintWeights = Collections.unmodifiableMap(new LinkedHashMap<>(constraintWeights));
        EnumMap<RotationKind, Integer> terms = new EnumMap<>(Builder.defaultTerms());
        terms.putAll(exchangeTermYears);
        exchangeTermYears = Collections.unmodifiableMap(terms);
        for (Map.Entry<RotationKind, Integer> term : exchangeTermYears.entrySet()) {
            if (term.getValue() < 1) {
                throw new IllegalArgumentException("exchangeTermYears of " + term.getKey() + " must be at least 1, was "
                        + term.getValue());
            }
        }
        if (cooldownYears < 0 || extensionYears < 0) {
            throw new IllegalArgumentException("cooldownYears and extensionYears must not be negative");
        }
        requireShare("rotationQuota", rotationQuota);
        requireShare("backboneShare", backboneShare);
        requireShare("cadreBackboneExchangeShare", cadreBackboneExchangeShare);
        requireShare("senderMinStaffingRatio", senderMinStaffingRatio);
        requireShare("maxStaffLossShare", maxStaffLossShare);
        if (roadFactor < 1.0) {
            throw new IllegalArgumentException("roadFactor must be at least 1.0, was " + roadFactor);
        }
        if (maxCommuteKm < 0 || coupleMaxKm < 0 || minYearsAtSchool < 0 || maxSecondeesPerHost < 0) {
            throw new IllegalArgumentException("Distances, years and caps must not be negative");
        }
    }

    private static void requireShare(String name, double value) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1, was " + value);
        }
    }

    public static RotationPolicy defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Years at one school after which a principal or vice-principal must rotate. */
    public int leaderMinYearsAtSchool() {
        return leaderTermYears * leaderMinTerms;
    }

    public int retirementAge(Gender gender) {
        return gender == Gender.FEMALE ? retirementAgeFemale : retirementAgeMale;
    }

    public int scarcity(Subject subject) {
        return subjectScarcity.getOrDefault(subject, 1);
    }

    /** Whether the rotation covers schools of this stage (范围: 义务教育学校 unless the county includes others). */
    public boolean covers(Stage stage) {
        return coveredStages.contains(stage);
    }

    public boolean countsAsBackbone(Teacher teacher) {
        return teacher.backboneLevel().isAtLeast(backboneMinLevel);
    }

    /**
     * Whether a teacher (not a principal) may move in this direction: support towards rural or weak schools always;
     * secondment towards urban or strong schools only for cadres and backbone teachers when the policy says so;
     * lateral moves never.
     */
    public boolean allowsDirection(Direction direction, Teacher teacher) {
        return switch (direction) {
            case TOWARDS_RURAL_OR_WEAK -> true;
            case TOWARDS_URBAN_OR_STRONG -> !secondmentOnlyCadresAndBackbone || teacher.isCadre()
                    || countsAsBackbone(teacher);
            case LATERAL -> false;
        };
    }

    /**
     * The staff a sender keeps in a subject it sends from: its share of the posts, but never more than it had
     * ("拆东墙补西墙" is forbidden, not the state it started in).
     */
    public int senderMinimum(School school, Subject subject) {
        return Math.min(school.staffBefore(subject),
                (int) Quotas.required(senderMinStaffingRatio, school.posts(subject)));
    }

    // The quota rules, each written once: the constraints, KPIs, infeasibility report, explanations, exact model,
    // baselines and generator all call these.

    /** Whether the rotation quota applies to the school (its kind is one the policy names). */
    public boolean quotaApplies(School school) {
        return quotaSchoolKinds.contains(school.getKind());
    }

    /** New rotations a school with this many eligible teachers at home must make ({@link Quotas}). */
    public long rotationQuotaRequired(School school, long eligible) {
        return Quotas.schoolRotationsRequired(this, school, eligible);
    }

    /** Backbone teachers needed among this many rotated teachers: ceil(backbone share × rotated). */
    public long backboneRequired(long rotated) {
        return Quotas.required(backboneShare, rotated);
    }

    /** Backbone teachers missing among those rotated: how far {@code backboneRotated} falls short of the share. */
    public long backboneShortfall(long rotated, long backboneRotated) {
        return Math.max(0, backboneRequired(rotated) - backboneRotated);
    }

    /** Whether the teacher is one of the cadres and backbone teachers that the exchange share counts. */
    public boolean isCadreOrBackbone(Teacher teacher) {
        return teacher.isCadre() || countsAsBackbone(teacher);
    }

    /** Cadres and backbone teachers that must exchange among this many eligible: ceil(share × eligible). */
    public long cadreBackboneExchangeRequired(long eligible) {
        return Quotas.required(cadreBackboneExchangeShare, eligible);
    }

    /** The most teachers (principals apart) the school may lose this year under the stability cap. */
    public long maxStaffLoss(School school) {
        return Quotas.maxLoss(maxStaffLossShare, school.getTotalStaffBefore());
    }

    /** Whether a move to this school puts the teacher beyond the commute limit, so that she needs a bed there. */
    public boolean needsBed(double commuteKm) {
        return commuteKm > maxCommuteKm;
    }

    // The rules of exchange terms, each written once: validation, the year's returns and the rollover call these.

    /** The term a move of this kind begins: the years she serves at the host. */
    public int termYears(RotationKind kind) {
        return exchangeTermYears.get(kind);
    }

    /** The longest term the policy allows for a kind: the term, plus one extension where extensions are allowed. */
    public int maxTermYears(RotationKind kind) {
        return termYears(kind) + (mayExtend(kind) ? extensionYears : 0);
    }

    /** Whether a term of this kind may be extended at all (never a principal's). */
    public boolean mayExtend(RotationKind kind) {
        return extensionAllowed && extensionYears > 0 && kind != RotationKind.PRINCIPAL;
    }

    /** Whether someone back from exchange since {@code returnYear} is still resting from it in {@code year}. */
    public boolean inCooldown(int returnYear, int year) {
        return year < returnYear + cooldownYears;
    }

    /** Mutable builder that starts from the defaults. */
    public static final class Builder {
        private int minYearsAtSchool = 6;
        private int leaderTermYears = 3;
        private int leaderMinTerms = 2;
        private int retirementAgeMale = 60;
        private int retirementAgeFemale = 55;
        private int yearsBeforeRetirementExempt = 5;
        private Set<Exemption> honouredExemptions = EnumSet.allOf(Exemption.class);
        private double rotationQuota = 0.10;
        private Set<SchoolKind> quotaSchoolKinds = EnumSet.of(SchoolKind.URBAN, SchoolKind.TOWN);
        private Set<Stage> coveredStages = EnumSet.of(Stage.PRIMARY, Stage.JUNIOR, Stage.NINE_YEAR);
        private double backboneShare = 0.20;
        private BackboneLevel backboneMinLevel = BackboneLevel.COUNTY;
        private double cadreBackboneExchangeShare = 0.15;
        private boolean secondmentOnlyCadresAndBackbone = true;
        private int maxSecondeesPerHost = 2;
        private double maxCommuteKm = 30.0;
        private double roadFactor = 1.3;
        private double senderMinStaffingRatio = 1.0;
        private double maxStaffLossShare = 0.15;
        private double coupleMaxKm = 30.0;
        private boolean indicatorsMustNotWorsen = true;
        private Map<Subject, Integer> subjectScarcity = defaultScarcity();
        private Map<String, String> constraintWeights = new LinkedHashMap<>();
        private Map<RotationKind, Integer> exchangeTermYears = defaultTerms();
        private boolean exchangeYearsCountAtHome = true;
        private boolean awayOnExchangeCountInHomeQuota;
        private int cooldownYears = 3;
        private boolean extensionAllowed = true;
        private int extensionYears = 1;

        private Builder() {
        }

        private Builder(RotationPolicy p) {
            minYearsAtSchool = p.minYearsAtSchool;
            leaderTermYears = p.leaderTermYears;
            leaderMinTerms = p.leaderMinTerms;
            retirementAgeMale = p.retirementAgeMale;
            retirementAgeFemale = p.retirementAgeFemale;
            yearsBeforeRetirementExempt = p.yearsBeforeRetirementExempt;
            honouredExemptions = p.honouredExemptions;
            rotationQuota = p.rotationQuota;
            quotaSchoolKinds = p.quotaSchoolKinds;
            coveredStages = p.coveredStages;
            backboneShare = p.backboneShare;
            backboneMinLevel = p.backboneMinLevel;
            cadreBackboneExchangeShare = p.cadreBackboneExchangeShare;
            secondmentOnlyCadresAndBackbone = p.secondmentOnlyCadresAndBackbone;
            maxSecondeesPerHost = p.maxSecondeesPerHost;
            maxCommuteKm = p.maxCommuteKm;
            roadFactor = p.roadFactor;
            senderMinStaffingRatio = p.senderMinStaffingRatio;
            maxStaffLossShare = p.maxStaffLossShare;
            coupleMaxKm = p.coupleMaxKm;
            indicatorsMustNotWorsen = p.indicatorsMustNotWorsen;
            subjectScarcity = p.subjectScarcity;
            constraintWeights = p.constraintWeights;
            exchangeTermYears = p.exchangeTermYears;
            exchangeYearsCountAtHome = p.exchangeYearsCountAtHome;
            awayOnExchangeCountInHomeQuota = p.awayOnExchangeCountInHomeQuota;
            cooldownYears = p.cooldownYears;
            extensionAllowed = p.extensionAllowed;
            extensionYears = p.extensionYears;
        }

        private static Map<RotationKind, Integer> defaultTerms() {
            Map<RotationKind, Integer> terms = new EnumMap<>(RotationKind.class);
            terms.put(RotationKind.SUPPORT, 3);
            terms.put(RotationKind.SECONDMENT, 1);
            terms.put(RotationKind.PRINCIPAL, 3);
            return terms;
        }

        private static Map<Subject, Integer> defaultScarcity() {
            Map<Subject, Integer> scarcity = new EnumMap<>(Subject.class);
            for (Subject subject : Subject.values()) {
                scarcity.put(subject, 1);
            }
            for (Subject subject : Set.of(Subject.ENGLISH, Subject.MUSIC, Subject.ART, Subject.PE, Subject.IT,
                    Subject.SCIENCE)) {
                scarcity.put(subject, 3);
            }
            return scarcity;
        }

        public Builder minYearsAtSchool(int v) { minYearsAtSchool = v; return this; }
        public Builder leaderTermYears(int v) { leaderTermYears = v; return this; }
        public Builder leaderMinTerms(int v) { leaderMinTerms = v; return this; }
        public Builder retirementAgeMale(int v) { retirementAgeMale = v; return this; }
        public Builder retirementAgeFemale(int v) { retirementAgeFemale = v; return this; }
        public Builder yearsBeforeRetirementExempt(int v) { yearsBeforeRetirementExempt = v; return this; }
        public Builder honouredExemptions(Set<Exemption> v) { honouredExemptions = Objects.requireNonNull(v); return this; }
        public Builder rotationQuota(double v) { rotationQuota = v; return this; }
        public Builder quotaSchoolKinds(Set<SchoolKind> v) { quotaSchoolKinds = Objects.requireNonNull(v); return this; }
        public Builder coveredStages(Set<Stage> v) { coveredStages = Objects.requireNonNull(v); return this; }
        public Builder backboneShare(double v) { backboneShare = v; return this; }
        public Builder backboneMinLevel(BackboneLevel v) { backboneMinLevel = Objects.requireNonNull(v); return this; }
        public Builder cadreBackboneExchangeShare(double v) { cadreBackboneExchangeShare = v; return this; }
        public Builder secondmentOnlyCadresAndBackbone(boolean v) { secondmentOnlyCadresAndBackbone = v; return this; }
        public Builder maxSecondeesPerHost(int v) { maxSecondeesPerHost = v; return this; }
        public Builder maxCommuteKm(double v) { maxCommuteKm = v; return this; }
        public Builder roadFactor(double v) { roadFactor = v; return this; }
        public Builder senderMinStaffingRatio(double v) { senderMinStaffingRatio = v; return this; }
        public Builder maxStaffLossShare(double v) { maxStaffLossShare = v; return this; }
        public Builder coupleMaxKm(double v) { coupleMaxKm = v; return this; }
        public Builder indicatorsMustNotWorsen(boolean v) { indicatorsMustNotWorsen = v; return this; }

        /** Replaces the scarcity of the given subjects; subjects not named keep theirs. */
        public Builder subjectScarcity(Map<Subject, Integer> v) {
            Map<Subject, Integer> merged = new EnumMap<>(Subject.class);
            merged.putAll(subjectScarcity);
            merged.putAll(v);
            subjectScarcity = merged;
            return this;
        }

        public Builder constraintWeights(Map<String, String> v) { constraintWeights = Objects.requireNonNull(v); return this; }
        public Builder exchangeYearsCountAtHome(boolean v) { exchangeYearsCountAtHome = v; return this; }
        public Builder awayOnExchangeCountInHomeQuota(boolean v) { awayOnExchangeCountInHomeQuota = v; return this; }
        public Builder cooldownYears(int v) { cooldownYears = v; return this; }
        public Builder extensionAllowed(boolean v) { extensionAllowed = v; return this; }
        public Builder extensionYears(int v) { extensionYears = v; return this; }

        /** Replaces the term of the given kinds; kinds not named keep theirs. */
        public Builder exchangeTermYears(Map<RotationKind, Integer> v) {
            Map<RotationKind, Integer> merged = new EnumMap<>(RotationKind.class);
            merged.putAll(exchangeTermYears);
            merged.putAll(v);
            exchangeTermYears = merged;
            return this;
        }

        public RotationPolicy build() {
            return new RotationPolicy(minYearsAtSchool, leaderTermYears, leaderMinTerms, retirementAgeMale,
                    retirementAgeFemale, yearsBeforeRetirementExempt, honouredExemptions, rotationQuota,
                    quotaSchoolKinds, coveredStages, backboneShare, backboneMinLevel, cadreBackboneExchangeShare,
                    secondmentOnlyCadresAndBackbone, maxSecondeesPerHost, maxCommuteKm, roadFactor,
                    senderMinStaffingRatio, maxStaffLossShare, coupleMaxKm, indicatorsMustNotWorsen, subjectScarcity,
                    constraintWeights, exchangeTermYears, exchangeYearsCountAtHome, awayOnExchangeCountInHomeQuota,
                    cooldownYears, extensionAllowed, extensionYears);
        }
    }
}
