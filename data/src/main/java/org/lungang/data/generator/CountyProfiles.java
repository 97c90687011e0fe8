package org.lungang.data.generator;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.lungang.data.generator.CountyProfile.AllianceModel;
import org.lungang.data.generator.CountyProfile.Alliances;
import org.lungang.data.generator.CountyProfile.Geography;
import org.lungang.data.generator.CountyProfile.Housing;
import org.lungang.data.generator.CountyProfile.People;
import org.lungang.data.generator.CountyProfile.SchoolCount;
import org.lungang.data.generator.CountyProfile.Staffing;
import org.lungang.data.generator.CountyProfile.TierMix;
import org.lungang.solver.domain.GeoPoint;
import org.lungang.solver.domain.RotationPolicy;
import org.lungang.solver.domain.SchoolKind;
import org.lungang.solver.domain.Stage;

/**
 * The named profiles. Each headline figure is either read from a seed policy text or assumed from public statistics
 * of similar counties; data/README.md lists which, with the phrase of the seed. Keep the two in step.
 */
public final class CountyProfiles {

    /** A typical county: the tier mix, staffing and people most profiles share. */
    static final Map<SchoolKind, TierMix> TYPICAL_TIERS = Map.of(
            SchoolKind.URBAN, new TierMix(0.40, 0.45, 0.15),
            SchoolKind.TOWN, new TierMix(0.20, 0.50, 0.30),
            SchoolKind.VILLAGE, new TierMix(0.05, 0.40, 0.55));

    static final Staffing TYPICAL_STAFFING = new Staffing(0.55, 0.30, 0.40, 0.10, 0.07, 0.40);

    static final People TYPICAL_PEOPLE = new People(0.14,
            Map.of(SchoolKind.URBAN, 0.62, SchoolKind.TOWN, 0.56, SchoolKind.VILLAGE, 0.48),
            0.06, 0.01, 0.20, 0.005, 0.03, 0.03, 0.30, 0.08, 0.20);

    /**
     * The two north-eastern profiles (Liaoning, Heilongjiang): more long-serving teachers, and fewer pregnant or
     * nursing or off the establishment, than {@link #TYPICAL_PEOPLE}.
     */
    static final People NORTHEAST_PEOPLE = new People(0.14,
            Map.of(SchoolKind.URBAN, 0.66, SchoolKind.TOWN, 0.60, SchoolKind.VILLAGE, 0.55),
            0.05, 0.01, 0.20, 0.005, 0.02, 0.03, 0.30, 0.08, 0.20);

    static final Housing TYPICAL_HOUSING = new Housing(4.0, 2.0);

    static final EnumSet<Stage> COMPULSORY = EnumSet.of(Stage.PRIMARY, Stage.JUNIOR, Stage.NINE_YEAR);

    /** Changning county, Yunnan (seed 000): 10% of eligible teachers a year, backbone ≥ 20%, "1+1+N" alliances. */
    public static final CountyProfile CHANGNING = new CountyProfile("changning", "昌宁县", 2018, 3_600,
            schools(stage(Stage.PRIMARY, 6, 13, 62), stage(Stage.JUNIOR, 3, 12, 0),
                    stage(Stage.NINE_YEAR, 0, 2, 4), stage(Stage.SENIOR, 3, 0, 0)),
            28,
            new Geography(new GeoPoint(24.83, 99.61), 3.0, 12, 8, 75, 10,
                    List.of("柯街镇", "卡斯镇", "漭水镇", "大田坝镇", "温泉镇", "鸡飞镇", "勐统镇", "湾甸乡", "更戛乡",
                            "珠街乡", "耈街乡", "翁堵镇"),
                    List.of()),
            TYPICAL_TIERS, TYPICAL_STAFFING, TYPICAL_PEOPLE,
            new Alliances(AllianceModel.ONE_PLUS_ONE_PLUS_N, 6, COMPULSORY, 1.0),
            TYPICAL_HOUSING,
            RotationPolicy.builder().rotationQuota(0.10).backboneShare(0.20).build());

    /** Liaoyang county, Liaoning (seed 001): collaboration groups covering every school, 15% cadre exchange. */
    public static final CountyProfile LIAOYANG = new CountyProfile("liaoyang", "辽阳县", 2019, 3_000,
            schools(stage(Stage.PRIMARY, 5, 15, 30), stage(Stage.JUNIOR, 2, 12, 0),
                    stage(Stage.NINE_YEAR, 0, 3, 2), stage(Stage.SENIOR, 2, 1, 0)),
            0,
            new Geography(new GeoPoint(41.21, 123.08), 3.0, 15, 6, 60, 8,
                    List.of("刘二堡镇", "小北河镇", "黄泥洼镇", "唐马寨镇", "穆家镇", "柳壕镇", "沙岭镇", "八会镇", "寒岭镇",
                            "河栏镇", "隆昌镇", "甜水乡", "吉洞峪乡", "下达河乡", "兰家镇"),
                    List.of()),
            TYPICAL_TIERS, TYPICAL_STAFFING,
            NORTHEAST_PEOPLE,
            new Alliances(AllianceModel.COLLABORATION_GROUP, 8, EnumSet.allOf(Stage.class), 1.0),
            TYPICAL_HOUSING,
            RotationPolicy.builder().cadreBackboneExchangeShare(0.15).build());

    /** Qiqihar city, Heilongjiang (seed 002): a prefecture city, education groups, 3,000 famous backbone teachers. */
    public static final CountyProfile QIQIHAR = new CountyProfile("qiqihar", "齐齐哈尔市", 2023, 30_000,
            schools(stage(Stage.PRIMARY, 120, 140, 250), stage(Stage.JUNIOR, 45, 90, 0),
                    stage(Stage.NINE_YEAR, 20, 40, 30), stage(Stage.SENIOR, 25, 20, 0)),
            80,
            new Geography(new GeoPoint(47.35, 123.92), 12.0, 60, 5, 150, 10, List.of(), List.of()),
            TYPICAL_TIERS, TYPICAL_STAFFING,
            NORTHEAST_PEOPLE.withBackboneShare(0.10),
            new Alliances(AllianceModel.EDUCATION_GROUP, 30, COMPULSORY, 1.0),
            TYPICAL_HOUSING,
            RotationPolicy.defaults());

    /** Kaizhou district, Chongqing (seed 003): 12,000 teachers, 137 teaching points, 9 junior education groups. */
    public static final CountyProfile KAIZHOU = new CountyProfile("kaizhou", "开州区", 2020, 12_000,
            schools(stage(Stage.PRIMARY, 20, 40, 60), stage(Stage.JUNIOR, 8, 30, 0),
                    stage(Stage.NINE_YEAR, 0, 10, 9), stage(Stage.SENIOR, 5, 3, 0)),
            137,
            new Geography(new GeoPoint(31.16, 108.39), 4.0, 33, 5, 80, 10, List.of(), List.of()),
            TYPICAL_TIERS, TYPICAL_STAFFING,
            // 90% of the 400 new teachers a year go to rural schools: fewer long-serving teachers there.
            new People(0.14, Map.of(SchoolKind.URBAN, 0.62, SchoolKind.TOWN, 0.52, SchoolKind.VILLAGE, 0.42),
                    0.06, 0.01, 0.20, 0.005, 0.03, 0.03, 0.30, 0.08, 0.20),
            new Alliances(AllianceModel.EDUCATION_GROUP, 9, EnumSet.of(Stage.JUNIOR, Stage.NINE_YEAR), 1.0),
            new Housing(3.0, 3.0),
            RotationPolicy.defaults());

    /** Yueyang Louqu district, Hunan (seed 004): an urban district, named-school branches (名校办分校). */
    public static final CountyProfile LOUQU = new CountyProfile("louqu", "岳阳楼区", 2019, 6_000,
            schools(stage(Stage.PRIMARY, 38, 6, 4), stage(Stage.JUNIOR, 12, 3, 0),
                    stage(Stage.NINE_YEAR, 6, 2, 0), stage(Stage.SENIOR, 8, 0, 0)),
            0,
            new Geography(new GeoPoint(29.36, 113.13), 7.0, 3, 5, 20, 5, List.of("郭镇乡", "西塘镇", "康王乡"),
                    List.of("岳阳楼小学", "望岳小学", "东升小学", "奇家小学", "南津港小学")),
            Map.of(SchoolKind.URBAN, new TierMix(0.35, 0.40, 0.25), SchoolKind.TOWN, new TierMix(0.20, 0.50, 0.30),
                    SchoolKind.VILLAGE, new TierMix(0.0, 0.40, 0.60)),
            // In a city district the flows run from strong to weak urban schools: weak urban schools lack teachers.
            new Staffing(0.55, 0.80, 0.60, 0.10, 0.07, 0.45),
            TYPICAL_PEOPLE,
            new Alliances(AllianceModel.EDUCATION_GROUP, 8, COMPULSORY, 0.8),
            new Housing(2.0, 2.0),
            RotationPolicy.defaults());

    /** Benchmark tier: about 150 teachers in 10 schools. */
    public static final CountyProfile TINY = tier("tiny", "微型县", 150, 2, 5, 25, List.of(
            count(Stage.PRIMARY, SchoolKind.URBAN, 2), count(Stage.JUNIOR, SchoolKind.URBAN, 1),
            count(Stage.PRIMARY, SchoolKind.TOWN, 2), count(Stage.JUNIOR, SchoolKind.TOWN, 1),
            count(Stage.PRIMARY, SchoolKind.VILLAGE, 2), count(Stage.NINE_YEAR, SchoolKind.VILLAGE, 1)), 1, 2);

    /** Benchmark tier: about 1,000 teachers. */
    public static final CountyProfile SMALL = tier("small", "小型县", 1_000, 6, 5, 50,
            schools(stage(Stage.PRIMARY, 3, 6, 16), stage(Stage.JUNIOR, 2, 5, 0),
                    stage(Stage.NINE_YEAR, 0, 1, 2), stage(Stage.SENIOR, 1, 0, 0)), 6, 3);

    /** Benchmark tier: about 12,000 teachers, the size of seed 003. */
    public static final CountyProfile COUNTY = tier("county", "大型县", 12_000, 30, 5, 80,
            schools(stage(Stage.PRIMARY, 20, 45, 70), stage(Stage.JUNIOR, 8, 30, 0),
                    stage(Stage.NINE_YEAR, 0, 10, 10), stage(Stage.SENIOR, 6, 3, 0)), 100, 10);

    /** Benchmark tier: about 50,000 teachers, a prefecture city solved as one problem. */
    public static final CountyProfile CITY = tier("city", "地级市", 50_000, 90, 5, 120,
            schools(stage(Stage.PRIMARY, 200, 260, 420), stage(Stage.JUNIOR, 80, 160, 0),
                    stage(Stage.NINE_YEAR, 30, 60, 50), stage(Stage.SENIOR, 45, 30, 0)), 200, 40);

    /** The names {@link #named(String)} accepts, seed profiles first. */
    public static final List<String> NAMES = List.of("changning", "liaoyang", "qiqihar", "kaizhou", "louqu", "tiny",
            "small", "county", "city");

    private CountyProfiles() {
    }

    /**
     * @throws IllegalArgumentException naming the known profiles when the name is unknown
     */
    public static CountyProfile named(String name) {
        return switch (name == null ? "" : name.trim().toLowerCase(Locale.ROOT)) {
            case "changning" -> CHANGNING;
            case "liaoyang" -> LIAOYANG;
            case "qiqihar" -> QIQIHAR;
            case "kaizhou" -> KAIZHOU;
            case "louqu" -> LOUQU;
            case "tiny" -> TINY;
            case "small" -> SMALL;
            case "county" -> COUNTY;
            case "city" -> CITY;
            default -> throw new IllegalArgumentException("Unknown county profile '" + name + "'; known: " + NAMES);
        };
    }

    /** All named profiles, in the order of {@link #NAMES}. */
    public static List<CountyProfile> all() {
        List<CountyProfile> all = new ArrayList<>();
        for (String name : NAMES) {
            all.add(named(name));
        }
        return all;
    }

    private static SchoolCount count(Stage stage, SchoolKind kind, int count) {
        return new SchoolCount(stage, kind, count);
    }

    /** One stage's schools by kind: urban, town and village, in that order; a kind with none is left out. */
    private static List<SchoolCount> stage(Stage stage, int urban, int town, int village) {
        List<SchoolCount> counts = new ArrayList<>();
        for (SchoolCount c : List.of(count(stage, SchoolKind.URBAN, urban), count(stage, SchoolKind.TOWN, town),
                count(stage, SchoolKind.VILLAGE, village))) {
            if (c.count() > 0) {
                counts.add(c);
            }
        }
        return counts;
    }

    /** The stages' schools in the order given, which is the order the generator numbers them in. */
    @SafeVarargs
    private static List<SchoolCount> schools(List<SchoolCount>... stages) {
        List<SchoolCount> all = new ArrayList<>();
        for (List<SchoolCount> stage : stages) {
            all.addAll(stage);
        }
        return List.copyOf(all);
    }

    /** A synthetic county of a benchmark size tier, with the typical make-up and the default policy. */
    private static CountyProfile tier(String key, String displayName, int teachers, int townships, double minKm,
            double maxKm, List<SchoolCount> schools, int teachingPoints, int alliances) {
        return new CountyProfile(key, displayName, 2025, teachers, schools, teachingPoints,
                new Geography(new GeoPoint(30.00, 110.00), 3.0 + teachers / 10_000.0, townships, minKm, maxKm,
                        8, List.of(), List.of()),
                TYPICAL_TIERS, TYPICAL_STAFFING, TYPICAL_PEOPLE,
                new Alliances(AllianceModel.ONE_PLUS_ONE_PLUS_N, alliances, COMPULSORY, 1.0),
                TYPICAL_HOUSING, RotationPolicy.defaults());
    }
}
