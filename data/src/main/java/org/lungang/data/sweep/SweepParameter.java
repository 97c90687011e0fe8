package org.lungang.data.sweep;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

import org.lungang.data.sweep.SweepParameterException.Reason;
import org.lungang.solver.domain.ConstraintNames;
import org.lungang.solver.domain.RotationPolicy;

/**
 * One swept parameter and its values, read from {@code name=a:b:step} (a range, both ends included) or
 * {@code name=a,b,c} (a list).
 * <p>
 * Names: the short aliases {@code quota}, {@code backbone}, {@code secondment} (or {@code exchange}),
 * {@code commute}; every numeric field of {@link RotationPolicy} by its own name (e.g. {@code maxCommuteKm},
 * {@code minYearsAtSchool}); {@code housingBeds} (an absolute number of beds of turnover housing given to every
 * school), {@code housingBedsFactor} (every school's own beds multiplied, rounded down); and
 * {@code weight:<constraint name>} (the constraint's weight at its own level: hard, medium or soft).
 *
 * @param name the parameter as the user wrote it, e.g. {@code quota}
 * @param target what it changes: a policy field name, {@code housingBeds}, {@code housingBedsFactor}, or a
 *        constraint name for a weight
 * @param kind how it is applied
 * @param values the values, in the order they are swept
 */
public record SweepParameter(String name, String target, Kind kind, List<Double> values) {

    /** How a parameter is applied to a point's problem. */
    public enum Kind {
        /** A field of the rotation policy. */
        POLICY,
        /** Every school gets this many beds of turnover housing. */
        HOUSING_BEDS,
        /** Every school's beds are multiplied by this factor (rounded down). */
        HOUSING_BEDS_FACTOR,
        /** A constraint's weight, at the constraint's own level. */
        WEIGHT
    }

    /** The most values one parameter may take: a sweep solves every point, so a typo must not cost a day. */
    public static final int MAX_VALUES = 100;

    static final String WEIGHT_PREFIX = "weight:";

    private static final Map<String, String> ALIASES = Map.of(
            "quota", "rotationQuota",
            "backbone", "backboneShare",
            "secondment", "cadreBackboneExchangeShare",
            "exchange", "cadreBackboneExchangeShare",
            "commute", "maxCommuteKm");

    /** Numeric policy fields and how to set them; integer fields take whole numbers only. */
    private static final Map<String, BiConsumer<RotationPolicy.Builder, Double>> POLICY_FIELDS = policyFields();
    private static final List<String> INTEGER_FIELDS = List.of("minYearsAtSchool", "leaderTermYears",
            "leaderMinTerms", "retirementAgeMale", "retirementAgeFemale", "yearsBeforeRetirementExempt",
            "maxSecondeesPerHost", "cooldownYears", "extensionYears", "supportTermYears");

    /** The range of values a policy field takes: at least {@code lowest}, at most {@code highest}. */
    record Range(double lowest, double highest) {

        boolean contains(double value) {
            return value >= lowest && value <= highest;
        }
    }

    /**
     * The ranges {@link RotationPolicy} holds its fields to, so that a value it refuses is reported with the range in
     * the user's words; the policy stays the judge (a value refused for another reason is reported in its words), and
     * a test keeps this table and the policy in step.
     */
    private static final Map<String, Range> RANGES = ranges();

    public SweepParameter {
        values = List.copyOf(values);
    }

    private static Map<String, Range> ranges() {
        Map<String, Range> ranges = new LinkedHashMap<>();
        Range share = new Range(0, 1);
        Range notNegative = new Range(0, Double.POSITIVE_INFINITY);
        for (String field : List.of("rotationQuota", "backboneShare", "cadreBackboneExchangeShare",
                "senderMinStaffingRatio", "maxStaffLossShare")) {
            ranges.put(field, share);
        }
        for (String field : List.of("maxCommuteKm", "coupleMaxKm", "minYearsAtSchool", "maxSecondeesPerHost",
                "cooldownYears", "extensionYears")) {
            ranges.put(field, notNegative);
        }
        ranges.put("roadFactor", new Range(1, Double.POSITIVE_INFINITY));
        ranges.put("supportTermYears", new Range(1, Double.POSITIVE_INFINITY));
        return ranges;
    }

    /** The range the policy holds the field to, if it holds it to one. */
    static Optional<Range> range(String policyField) {
        return Optional.ofNullable(RANGES.get(policyField));
    }

    /** A value the policy refused: with its range where the value is outside it, else in the policy's words. */
    private SweepParameterException refusal(double value, IllegalArgumentException refused) {
        Range range = RANGES.get(target);
        if (range == null || range.contains(value)) {
            return new SweepParameterException(name, Reason.REFUSED_BY_POLICY, value, refused.getMessage());
        }
        return Double.isInfinite(range.highest())
                ? new SweepParameterException(name, Reason.BELOW_MINIMUM, target, value, range.lowest())
                : new SweepParameterException(name, Reason.OUT_OF_RANGE, target, value, range.lowest(),
                        range.highest());
    }

    private static Map<String, BiConsumer<RotationPolicy.Builder, Double>> policyFields() {
        Map<String, BiConsumer<RotationPolicy.Builder, Double>> fields = new LinkedHashMap<>();
        fields.put("rotationQuota", RotationPolicy.Builder::rotationQuota);
        fields.put("backboneShare", RotationPolicy.Builder::backboneShare);
        fields.put("cadreBackboneExchangeShare", RotationPolicy.Builder::cadreBackboneExchangeShare);
        fields.put("maxCommuteKm", RotationPolicy.Builder::maxCommuteKm);
        fields.put("roadFactor", RotationPolicy.Builder::roadFactor);
        fields.put("senderMinStaffingRatio", RotationPolicy.Builder::senderMinStaffingRatio);
        fields.put("maxStaffLossShare", RotationPolicy.Builder::maxStaffLossShare);
        fields.put("coupleMaxKm", RotationPolicy.Builder::coupleMaxKm);
        fields.put("minYearsAtSchool", (b, v) -> b.minYearsAtSchool(v.intValue()));
        fields.put("leaderTermYears", (b, v) -> b.leaderTermYears(v.intValue()));
        fields.put("leaderMinTerms", (b, v) -> b.leaderMinTerms(v.intValue()));
        fields.put("retirementAgeMale", (b, v) -> b.retirementAgeMale(v.intValue()));
        fields.put("retirementAgeFemale", (b, v) -> b.retirementAgeFemale(v.intValue()));
        fields.put("yearsBeforeRetirementExempt", (b, v) -> b.yearsBeforeRetirementExempt(v.intValue()));
        fields.put("maxSecondeesPerHost", (b, v) -> b.maxSecondeesPerHost(v.intValue()));
        fields.put("cooldownYears", (b, v) -> b.cooldownYears(v.intValue()));
        fields.put("extensionYears", (b, v) -> b.extensionYears(v.intValue()));
        // The term of a support exchange (a horizon's question: "3-year or 2-year terms?").
        fields.put("supportTermYears", (b, v) -> b.exchangeTermYears(java.util.Map.of(
                org.lungang.solver.domain.RotationKind.SUPPORT, v.intValue())));
        return fields;
    }

    /** Every name a parameter may have (aliases, policy fields, housing), weights aside. */
    public static List<String> knownNames() {
        List<String> names = new ArrayList<>(ALIASES.keySet().stream().sorted().toList());
        names.addAll(POLICY_FIELDS.keySet());
        names.add("housingBeds");
        names.add("housingBedsFactor");
        names.add(WEIGHT_PREFIX + "<constraint name>");
        return names;
    }

    /**
     * Reads {@code name=values}. Every value is checked against the base policy, so a share above 1 or a fractional
     * number of years is refused here, before anything is solved.
     *
     * @throws SweepParameterException naming the parameter and what is wrong with it
     */
    public static SweepParameter parse(String text, RotationPolicy base) {
        int equals = text.indexOf('=');
        if (equals <= 0) {
            throw new SweepParameterException(text, Reason.NOT_NAME_EQUALS_VALUES, text);
        }
        String name = text.substring(0, equals).trim();
        String spec = text.substring(equals + 1).trim();
        String target;
        Kind kind;
        if (name.toLowerCase(Locale.ROOT).startsWith(WEIGHT_PREFIX)) {
            target = name.substring(WEIGHT_PREFIX.length()).trim();
            kind = Kind.WEIGHT;
            if (!ConstraintNames.ALL.contains(target)) {
                throw new SweepParameterException(name, Reason.UNKNOWN_CONSTRAINT, target,
                        String.join(", ", ConstraintNames.ALL));
            }
        } else if (name.equals("housingBeds")) {
            target = name;
            kind = Kind.HOUSING_BEDS;
        } else if (name.equals("housingBedsFactor")) {
            target = name;
            kind = Kind.HOUSING_BEDS_FACTOR;
        } else {
            target = ALIASES.getOrDefault(name, name);
            kind = Kind.POLICY;
            if (!POLICY_FIELDS.containsKey(target)) {
                throw new SweepParameterException(name, Reason.UNKNOWN_PARAMETER, String.join(", ", knownNames()));
            }
        }
        SweepParameter parameter = new SweepParameter(name, target, kind, values(name, spec));
        for (double value : parameter.values) {
            parameter.check(value, base);
        }
        return parameter;
    }

    private static List<Double> values(String name, String spec) {
        if (spec.isEmpty()) {
            throw new SweepParameterException(name, Reason.NO_VALUES);
        }
        List<Double> values = new ArrayList<>();
        String[] range = spec.split(":", -1);
        if (range.length == 3) {
            // BigDecimal steps so that 0.10:0.30:0.05 gives exactly 0.10, 0.15, ... 0.30 and not 0.30000000000000004.
            BigDecimal from = number(name, range[0]);
            BigDecimal to = number(name, range[1]);
            BigDecimal step = number(name, range[2]);
            if (step.signum() <= 0) {
                throw new SweepParameterException(name, Reason.STEP_NOT_POSITIVE, step.doubleValue());
            }
            if (from.compareTo(to) > 0) {
                throw new SweepParameterException(name, Reason.RANGE_BACKWARDS, from.doubleValue(), to.doubleValue());
            }
            for (BigDecimal v = from; v.compareTo(to) <= 0; v = v.add(step)) {
                values.add(v.doubleValue());
                if (values.size() > MAX_VALUES) {
                    break;
                }
            }
        } else if (range.length == 1) {
            for (String part : spec.split(",", -1)) {
                values.add(number(name, part).doubleValue());
            }
        } else {
            throw new SweepParameterException(name, Reason.NOT_A_RANGE_OR_LIST, spec);
        }
        if (values.size() > MAX_VALUES) {
            throw new SweepParameterException(name, Reason.TOO_MANY_VALUES, MAX_VALUES);
        }
        Set<Double> seen = new HashSet<>();
        for (double value : values) {
            if (!seen.add(value)) {
                throw new SweepParameterException(name, Reason.VALUE_TWICE, value);
            }
        }
        return values;
    }

    private static BigDecimal number(String name, String text) {
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new SweepParameterException(name, Reason.NOT_A_NUMBER, text.trim());
        }
    }

    private void check(double value, RotationPolicy base) {
        switch (kind) {
            case POLICY -> {
                if (INTEGER_FIELDS.contains(target) && value != Math.rint(value)) {
                    throw new SweepParameterException(name, Reason.NOT_WHOLE, target, value);
                }
                try {
                    apply(base.toBuilder(), value).build();
                } catch (IllegalArgumentException e) {
                    throw refusal(value, e);
                }
            }
            case HOUSING_BEDS -> {
                if (value < 0 || value != Math.rint(value)) {
                    throw new SweepParameterException(name, Reason.BEDS_NOT_WHOLE, value);
                }
            }
            case HOUSING_BEDS_FACTOR, WEIGHT -> {
                if (value < 0) {
                    throw new SweepParameterException(name, Reason.NEGATIVE, value);
                }
                if (kind == Kind.WEIGHT && value != Math.rint(value)) {
                    throw new SweepParameterException(name, Reason.WEIGHT_NOT_WHOLE, value);
                }
            }
        }
    }

    /** Sets a policy field on the builder; does nothing for housing and weights (see {@link PointProblem}). */
    RotationPolicy.Builder apply(RotationPolicy.Builder builder, double value) {
        if (kind == Kind.POLICY) {
            POLICY_FIELDS.get(target).accept(builder, value);
        }
        return builder;
    }

    /** A value as the table and the chart print it: no trailing zeros. */
    public static String format(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
