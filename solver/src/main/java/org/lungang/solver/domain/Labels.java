package org.lungang.solver.domain;


/** The words for the domain's enums in explanations: Chinese ({@code zh}) and English ({@code en}). */
public final class Labels {

    private Labels() {
    }

    public static String zh(Subject subject) {
        return words(subject).zh();
    }

    public static String en(Subject subject) {
        return words(subject).en();
    }

    private static Text words(Subject subject) {
        return switch (subject) {
            case CHINESE -> new Text("语文", "Chinese");
            case MATH -> new Text("数学", "math");
            case ENGLISH -> new Text("英语", "English");
            case MUSIC -> new Text("音乐", "music");
            case ART -> new Text("美术", "art");
            case PE -> new Text("体育", "PE");
            case IT -> new Text("信息技术", "IT");
            case SCIENCE -> new Text("科学", "science");
            case PHYSICS -> new Text("物理", "physics");
            case CHEMISTRY -> new Text("化学", "chemistry");
            case BIOLOGY -> new Text("生物", "biology");
            case HISTORY -> new Text("历史", "history");
            case GEOGRAPHY -> new Text("地理", "geography");
            case POLITICS -> new Text("道德与法治", "politics");
            case OTHER -> new Text("其他学科", "other subject");
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
        return words(stage).zh();
    }

    public static String en(Stage stage) {
        return words(stage).en();
    }

    private static Text words(Stage stage) {
        return switch (stage) {
            case PRIMARY -> new Text("小学", "primary");
            case JUNIOR -> new Text("初中", "junior secondary");
            case NINE_YEAR -> new Text("九年一贯制", "nine-year");
            case SENIOR -> new Text("高中", "senior secondary");
        };
    }

    public static String zh(Exemption exemption) {
        return words(exemption).zh();
    }

    public static String en(Exemption exemption) {
        return words(exemption).en();
    }

    private static Text words(Exemption exemption) {
        return switch (exemption) {
            case PREGNANT_OR_NURSING -> new Text("孕期或哺乳期", "pregnant or nursing");
            case SERIOUS_ILLNESS -> new Text("患重大疾病", "serious illness");
            case GRADUATING_CLASS -> new Text("任教毕业班", "teaching a graduating class");
            case OTHER -> new Text("其他经批准的原因", "another reason accepted by the bureau");
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
        return words(role).zh();
    }

    public static String en(Role role) {
        return words(role).en();
    }

    private static Text words(Role role) {
        return switch (role) {
            case TEACHER -> new Text("教师", "teacher");
            case MIDDLE_LEADER -> new Text("中层干部", "middle-level cadre");
            case VICE_PRINCIPAL -> new Text("副校长", "vice-principal");
            case PRINCIPAL -> new Text("校长", "principal");
        };
    }

    public static String zh(Gender gender) {
        return gender == Gender.FEMALE ? "女" : "男";
    }

    public static String en(Gender gender) {
        return gender.name().toLowerCase();
    }

    public static String zh(Degree degree) {
        return words(degree).zh();
    }

    public static String en(Degree degree) {
        return words(degree).en();
    }

    private static Text words(Degree degree) {
        return switch (degree) {
            case SECONDARY -> new Text("中专及以下", "secondary");
            case ASSOCIATE -> new Text("专科", "associate degree");
            case BACHELOR -> new Text("本科", "bachelor");
            case MASTER -> new Text("硕士研究生", "master");
            case DOCTORATE -> new Text("博士研究生", "doctorate");
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
        return words(kind).zh();
    }

    public static String en(RotationKind kind) {
        return words(kind).en();
    }

    private static Text words(RotationKind kind) {
        return switch (kind) {
            case SUPPORT -> new Text("支教", "support");
            case SECONDMENT -> new Text("挂职锻炼", "training secondment");
            case PRINCIPAL -> new Text("校长交流", "principal exchange");
        };
    }

    public static String zh(IndicatorGroup group) {
        return words(group).zh();
    }

    public static String en(IndicatorGroup group) {
        return words(group).en();
    }

    /** A measured group is named as the stage of its schools. */
    private static Text words(IndicatorGroup group) {
        return switch (group) {
            case PRIMARY -> words(Stage.PRIMARY);
            case JUNIOR -> words(Stage.JUNIOR);
            case NONE -> new Text("不评估", "not assessed");
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
