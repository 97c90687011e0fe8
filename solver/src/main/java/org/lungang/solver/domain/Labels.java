package org.lungang.solver.domain;


/** The words for the domain's enums in explanations: Chinese ({@code zh}) and English ({@code en}). */
public final class Labels {

    private Labels() {
    }

    public static String zh(Subject subject) {
        return switch (subject) {
            case CHINESE -> "语文";
            case MATH -> "数学";
            case ENGLISH -> "英语";
            case MUSIC -> "音乐";
            case ART -> "美术";
            case PE -> "体育";
            case IT -> "信息技术";
            case SCIENCE -> "科学";
            case PHYSICS -> "物理";
            case CHEMISTRY -> "化学";
            case BIOLOGY -> "生物";
            case HISTORY -> "历史";
            case GEOGRAPHY -> "地理";
            case POLITICS -> "道德与法治";
            case OTHER -> "其他学科";
        };
    }

    public static String en(Subject subject) {
        return switch (subject) {
            case CHINESE -> "Chinese";
            case ENGLISH -> "English";
            case PE -> "PE";
            case IT -> "IT";
            case OTHER -> "other subject";
            default -> subject.name().toLowerCase();
        };
    }

    public static String zh(SchoolKind kind) {
        return switch (kind) {
            case URBAN -> "城区";
            case TOWN -> "乡镇";
            case VILLAGE -> "村小";
        };
    }

    public static String en(SchoolKind kind) {
        return kind.name().toLowerCase();
    }

    public static String zh(Tier tier) {
        return switch (tier) {
            case STRONG -> "优质";
            case ORDINARY -> "普通";
            case WEAK -> "薄弱";
        };
    }

    public static String en(Tier tier) {
        return tier.name().toLowerCase();
    }

    public static String zh(Stage stage) {
        return switch (stage) {
            case PRIMARY -> "小学";
            case JUNIOR -> "初中";
            case NINE_YEAR -> "九年一贯制";
            case SENIOR -> "高中";
        };
    }

    public static String en(Stage stage) {
        return switch (stage) {
            case PRIMARY -> "primary";
            case JUNIOR -> "junior secondary";
            case NINE_YEAR -> "nine-year";
            case SENIOR -> "senior secondary";
        };
    }

    public static String zh(Exemption exemption) {
        return switch (exemption) {
            case PREGNANT_OR_NURSING -> "孕期或哺乳期";
            case SERIOUS_ILLNESS -> "患重大疾病";
            case GRADUATING_CLASS -> "任教毕业班";
            case OTHER -> "其他经批准的原因";
        };
    }

    public static String en(Exemption exemption) {
        return switch (exemption) {
            case PREGNANT_OR_NURSING -> "pregnant or nursing";
            case SERIOUS_ILLNESS -> "serious illness";
            case GRADUATING_CLASS -> "teaching a graduating class";
            case OTHER -> "another reason accepted by the bureau";
        };
    }

    public static String zh(BackboneLevel level) {
        return switch (level) {
            case NONE -> "非骨干";
            case SCHOOL -> "校级";
            case COUNTY -> "县级";
            case CITY -> "市级";
            case PROVINCE -> "省级";
            case NATIONAL -> "国家级";
        };
    }

    public static String en(BackboneLevel level) {
        return level.name().toLowerCase();
    }

    public static String zh(Role role) {
        return switch (role) {
            case TEACHER -> "教师";
            case MIDDLE_LEADER -> "中层干部";
            case VICE_PRINCIPAL -> "副校长";
            case PRINCIPAL -> "校长";
        };
    }

    public static String en(Role role) {
        return switch (role) {
            case TEACHER -> "teacher";
            case MIDDLE_LEADER -> "middle-level cadre";
            case VICE_PRINCIPAL -> "vice-principal";
            case PRINCIPAL -> "principal";
        };
    }

    public static String zh(Gender gender) {
        return gender == Gender.FEMALE ? "女" : "男";
    }

    public static String en(Gender gender) {
        return gender.name().toLowerCase();
    }

    public static String zh(Degree degree) {
        return switch (degree) {
            case SECONDARY -> "中专及以下";
            case ASSOCIATE -> "专科";
            case BACHELOR -> "本科";
            case MASTER -> "硕士研究生";
            case DOCTORATE -> "博士研究生";
        };
    }

    public static String en(Degree degree) {
        return switch (degree) {
            case SECONDARY -> "secondary";
            case ASSOCIATE -> "associate degree";
            case BACHELOR -> "bachelor";
            case MASTER -> "master";
            case DOCTORATE -> "doctorate";
        };
    }

    public static String zh(Title title) {
        return switch (title) {
            case UNRANKED -> "未定级";
            case THIRD_GRADE -> "三级教师";
            case SECOND_GRADE -> "二级教师";
            case FIRST_GRADE -> "一级教师";
            case SENIOR -> "高级教师";
            case PROFESSOR -> "正高级教师";
        };
    }

    public static String en(Title title) {
        return title.name().toLowerCase().replace('_', ' ');
    }

    public static String zh(RotationKind kind) {
        return switch (kind) {
            case SUPPORT -> "支教";
            case SECONDMENT -> "挂职锻炼";
            case PRINCIPAL -> "校长交流";
        };
    }

    public static String en(RotationKind kind) {
        return switch (kind) {
            case SUPPORT -> "support";
            case SECONDMENT -> "training secondment";
            case PRINCIPAL -> "principal exchange";
        };
    }

    /** A measured group is named as the stage of its schools. */
    public static String zh(IndicatorGroup group) {
        return switch (group) {
            case PRIMARY -> zh(Stage.PRIMARY);
            case JUNIOR -> zh(Stage.JUNIOR);
            case NONE -> "不评估";
        };
    }

    /** See {@link #zh(IndicatorGroup)}. */
    public static String en(IndicatorGroup group) {
        return switch (group) {
            case PRIMARY -> en(Stage.PRIMARY);
            case JUNIOR -> en(Stage.JUNIOR);
            case NONE -> "not assessed";
        };
    }

    /** A share as a whole percentage: 0.15 → "15%". */
    public static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    /** Kilometres with one decimal. */
    public static String km(double km) {
        return String.format(java.util.Locale.ROOT, "%.1f", km);
    }
    /**
     * A constraint's name in Chinese, as a planner reads it; an unknown name (a constraint added without a label)
     * is returned as it is, so it shows rather than failing.
     *
     * @param constraintName one of {@link ConstraintNames#ALL}
     */
    public static String zhRule(String constraintName) {
        return switch (constraintName) {
            case ConstraintNames.ONLY_ELIGIBLE_ROTATE -> "只有符合条件的教师交流";
            case ConstraintNames.NO_MOVE_TO_OWN_SCHOOL -> "不得交流到本校";
            case ConstraintNames.FORBIDDEN_MOVE -> "规划员禁止的交流";
            case ConstraintNames.ALLOWED_DIRECTION -> "交流方向";
            case ConstraintNames.SECONDMENT_HOST_CAP -> "挂职接收上限";
            case ConstraintNames.SUBJECT_POST_AVAILABLE -> "接收学校有本学科空岗";
            case ConstraintNames.NO_HOLE_AT_SENDER -> "不拆东墙补西墙（派出学校不缺岗）";
            case ConstraintNames.RECEIVING_CAPACITY -> "接收学校容量";
            case ConstraintNames.HOUSING_BEDS -> "超出通勤距离须有周转房床位";
            case ConstraintNames.ONE_PRINCIPAL_PER_SCHOOL -> "每校一名校长";
            case ConstraintNames.PRINCIPAL_SAME_STAGE -> "校长在同学段内交流";
            case ConstraintNames.TEAM_MOVES_TOGETHER -> "团队整体交流";
            case ConstraintNames.STABILITY_CAP -> "学校稳定（流出上限）";
            case ConstraintNames.SCHOOL_ROTATION_QUOTA -> "学校交流比例";
            case ConstraintNames.COUNTY_BACKBONE_SHARE -> "骨干教师占交流人数比例（全县）";
            case ConstraintNames.SCHOOL_BACKBONE_SHARE -> "骨干教师占交流人数比例（学校）";
            case ConstraintNames.CADRE_BACKBONE_EXCHANGE -> "干部和骨干教师交流比例";
            case ConstraintNames.INDICATORS_MUST_NOT_WORSEN -> "均衡指标不得变差";
            case ConstraintNames.SHORTAGE_POSTS_FILLED -> "填补学科缺编";
            case ConstraintNames.BALANCE_ABOVE_DEGREE -> "高于规定学历教师均衡";
            case ConstraintNames.BALANCE_BACKBONE -> "骨干教师均衡";
            case ConstraintNames.BALANCE_PE_ARTS -> "体育、音乐、美术教师均衡";
            case ConstraintNames.COMMUTE_DISTANCE -> "通勤距离";
            case ConstraintNames.SAME_ALLIANCE -> "同一集团（协作体）内交流";
            case ConstraintNames.PREFERENCE_HONOURED -> "尊重本人意愿";
            case ConstraintNames.COUPLE_KEPT_NEAR -> "夫妻不远隔";
            case ConstraintNames.LONGEST_SERVING_FIRST -> "任职最久者优先";
            default -> constraintName;
        };
    }

    /** A constraint's name in English: the name itself, which is written for people. */
    public static String enRule(String constraintName) {
        return constraintName;
    }
}
