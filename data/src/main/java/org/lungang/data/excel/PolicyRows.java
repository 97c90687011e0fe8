package org.lungang.data.excel;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lungang.solver.domain.RotationPolicy;

/**
 * The keys of the policy sheet: {@code name}, {@code year} and every component of {@link RotationPolicy} under its
 * Java name (so that a field added to the policy appears here without change), with a Chinese description.
 */
final class PolicyRows {

    static final String NAME = "name";
    static final String YEAR = "year";

    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry(NAME, "方案名称"),
            Map.entry(YEAR, "交流生效的学年（如 2025 表示 2025—2026 学年），必填"),
            Map.entry("minYearsAtSchool", "同一学校连续任教满该年限的教师应交流"),
            Map.entry("leaderTermYears", "校长每届任期年数"),
            Map.entry("leaderMinTerms", "校长、副校长在同一学校任满该届数应交流"),
            Map.entry("retirementAgeMale", "男性退休年龄"),
            Map.entry("retirementAgeFemale", "女性教师退休年龄"),
            Map.entry("yearsBeforeRetirementExempt", "距退休不足该年数者不交流"),
            Map.entry("honouredExemptions", "予以认可的暂缓交流情形，以分号分隔；空白为均不认可"),
            Map.entry("rotationQuota", "每年交流人数不低于符合条件教师的比例"),
            Map.entry("quotaSchoolKinds", "适用交流比例的学校类别，以分号分隔"),
            Map.entry("coveredStages", "交流覆盖的学段，以分号分隔（默认小学、初中、九年一贯制，即义务教育学校）"),
            Map.entry("backboneShare", "骨干教师占交流人数的最低比例"),
            Map.entry("backboneMinLevel", "计为骨干教师的最低级别"),
            Map.entry("cadreBackboneExchangeShare", "优秀干部和骨干教师交流的最低比例"),
            Map.entry("secondmentOnlyCadresAndBackbone", "是否仅干部和骨干教师可挂职锻炼"),
            Map.entry("maxSecondeesPerHost", "每所学校最多接收的挂职人数"),
            Map.entry("maxCommuteKm", "通勤距离上限（公里），超出须安排周转房"),
            Map.entry("roadFactor", "道路距离与直线距离之比（无距离表时使用），不小于 1"),
            Map.entry("senderMinStaffingRatio", "派出学校该学科保留编制的最低比例（1 表示不得出现空缺）"),
            Map.entry("maxStaffLossShare", "一所学校一年内最多交流出的教师比例"),
            Map.entry("coupleMaxKm", "夫妻交流后两校相距超过该距离（公里）则扣分"),
            Map.entry("indicatorsMustNotWorsen", "是否要求交流后各项教师指标的差异系数均不高于交流前（按学生数加权）"),
            Map.entry("subjectScarcity", "各学科紧缺程度权重，如 英语=3;音乐=3；未列出的学科为 1"),
            Map.entry("constraintWeights", "约束权重，如 Commute distance=0hard/0medium/2soft"),
            Map.entry("awayOnExchangeCountInHomeQuota", "本年在外交流的教师是否计入派出学校的交流比例（既计入符合条件人数，也计为已交流）"));

    private PolicyRows() {
    }

    /** Every key in sheet order. */
    static List<String> keys() {
        java.util.ArrayList<String> keys = new java.util.ArrayList<>(List.of(NAME, YEAR));
        Arrays.stream(RotationPolicy.class.getRecordComponents()).forEach(c -> keys.add(c.getName()));
        return keys;
    }

    static String description(String key) {
        return DESCRIPTIONS.getOrDefault(key, "");
    }

    /** The policy component of the key (any case), if it names one. */
    static Optional<RecordComponent> component(String key) {
        return Arrays.stream(RotationPolicy.class.getRecordComponents())
                .filter(c -> c.getName().equalsIgnoreCase(key.strip()))
                .findFirst();
    }

    static Type typeArgument(RecordComponent component, int index) {
        return ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[index];
    }
}
