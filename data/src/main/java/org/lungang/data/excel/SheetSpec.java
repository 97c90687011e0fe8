package org.lungang.data.excel;

import java.util.ArrayList;
import java.util.List;

import org.lungang.data.excel.Column.Kind;
import org.lungang.solver.domain.BackboneLevel;
import org.lungang.solver.domain.Degree;
import org.lungang.solver.domain.Exemption;
import org.lungang.solver.domain.Gender;
import org.lungang.solver.domain.Role;
import org.lungang.solver.domain.RotationKind;
import org.lungang.solver.domain.SchoolKind;
import org.lungang.solver.domain.Stage;
import org.lungang.solver.domain.Subject;
import org.lungang.solver.domain.Text;
import org.lungang.solver.domain.Tier;
import org.lungang.solver.domain.Title;

/**
 * The sheets of a problem workbook (and the files of a CSV directory): their names in Chinese and English and their
 * columns. Each roster sheet is one array of the problem file; the policy sheet holds key/value rows.
 *
 * @param arrayField the problem file's array this sheet fills ({@code schools}, ...), or {@code policy}
 * @param name the sheet's name in Chinese (as the template writes it) and in English (also accepted when reading)
 * @param required the workbook must have this sheet
 */
public record SheetSpec(String arrayField, Text name, boolean required, List<Column> columns,
        String noteZh) {

    public static final SheetSpec SCHOOLS = new SheetSpec("schools", new Text("学校", "Schools"), true, schoolColumns(),
            "每行一所学校；联盟/集团用“联盟编号”列表示，同一编号的学校属于同一联盟。编制按学科分列，空白表示 0。");
    public static final SheetSpec TEACHERS = new SheetSpec("teachers", new Text("教师", "Teachers"), true, List.of(
            new Column("id", "工号", Kind.ID, true, null, "唯一编号"),
            new Column("name", "姓名", Kind.TEXT, false, null, "姓名"),
            new Column("schoolId", "学校编号", Kind.ID, true, null, "现任教学校的编号（学校表）"),
            new Column("subject", "学科", Kind.ENUM, true, Subject.class, "主教学科"),
            new Column("role", "职务", Kind.ENUM, true, Role.class, "每所学校须有且只有一名校长"),
            new Column("gender", "性别", Kind.ENUM, true, Gender.class, "男/女"),
            new Column("age", "年龄", Kind.INTEGER, true, null, "周岁"),
            new Column("yearsAtSchool", "本校任教年限", Kind.INTEGER, true, null,
                    "在现学校连续任教年数"),
            new Column("backboneLevel", "骨干级别", Kind.ENUM, false, BackboneLevel.class,
                    "空白表示非骨干"),
            new Column("degree", "学历", Kind.ENUM, true, Degree.class, "最高学历"),
            new Column("title", "职称", Kind.ENUM, true, Title.class, "专业技术职务"),
            new Column("homeLatitude", "住址纬度", Kind.NUMBER, false, null,
                    "家庭住址纬度；与经度同时填写或同时空白（空白表示住在学校）"),
            new Column("homeLongitude", "住址经度", Kind.NUMBER, false, null, "家庭住址经度"),
            new Column("exemptions", "暂缓交流情形", Kind.ENUM_LIST, false, Exemption.class,
                    "可填多项，以分号“;”分隔"),
            new Column("onEstablishment", "在编在岗", Kind.BOOLEAN, false, null, "是/否，空白为是"),
            new Column("volunteer", "自愿交流", Kind.BOOLEAN, false, null, "是/否，空白为否"),
            new Column("teamId", "团队编号", Kind.ID, false, null,
                    "团队交流：同一编号的教师（至少两人）整体交流到同一学校"),
            new Column("partnerId", "配偶工号", Kind.ID, false, null,
                    "夫妻均为本县教师时填写对方工号，双方互填"),
            new Column("preferredSchoolIds", "意向学校", Kind.ID_LIST, false, null,
                    "意向学校编号，按意愿先后，以分号“;”分隔"),
            new Column("exchange.hostSchoolId", "交流学校（在交流期）", Kind.ID, false,
                    null, "正在交流时填写所在学校编号；学校编号列仍填人事关系所在的原学校"),
            new Column("exchange.kind", "交流类型", Kind.ENUM, false, RotationKind.class,
                    "支教/挂职锻炼/校长交流"),
            new Column("exchange.startYear", "交流起始学年", Kind.INTEGER, false, null,
                    "交流开始的学年，早于本学年"),
            new Column("exchange.termYears", "交流期限(年)", Kind.INTEGER, false, null,
                    "交流期限年数（含延期）"),
            new Column("exchange.extended", "已延期", Kind.BOOLEAN, false, null,
                    "是：交流期已延长过一次"),
            new Column("exchange.wishesExtension", "申请延期", Kind.BOOLEAN, false,
                    null, "是：期满后本人希望继续留在交流学校")),
            "每行一名教师或校长。团队、配偶、意向学校为本表的列；正在交流的教师只列一次，填写交流学校等列。");
    public static final SheetSpec POLICY = new SheetSpec("policy", new Text("政策", "Policy"), true, List.of(
            new Column("key", "参数", Kind.TEXT, true, null, "参数名（英文），name 为方案名称，year 为学年"),
            new Column("value", "值", Kind.TEXT, true, null,
                    "参数值；集合以分号分隔，按学科的权重写作 英语=3;音乐=3"),
            new Column("description", "说明", Kind.TEXT, false, null, "说明，导入时忽略")),
            "本年度政策参数，每行一项；未列出的参数取默认值。year（学年）必填。");
    public static final SheetSpec DISTANCES = new SheetSpec("distances", new Text("距离", "Distances"), false, List.of(
            new Column("from", "起点学校", Kind.ID, true, null, "学校编号"),
            new Column("to", "终点学校", Kind.ID, true, null, "学校编号"),
            new Column("km", "距离(km)", Kind.NUMBER, true, null, "两校间道路距离，双向相同")),
            "可选：学校间道路距离；未列出的两校按直线距离乘道路系数计算。");
    public static final SheetSpec DECISIONS = new SheetSpec("decisions", new Text("决定", "Decisions"), false, List.of(
            new Column("teacherId", "工号", Kind.ID, true, null, "教师工号"),
            new Column("toSchoolId", "交流学校", Kind.ID, false, null, "指定交流到的学校，空白为留任"),
            new Column("pinned", "锁定", Kind.BOOLEAN, false, null, "是：求解时不得改变此决定"),
            new Column("forbiddenSchoolIds", "禁止学校", Kind.ID_LIST, false, null,
                    "不得交流到的学校编号，以分号分隔"),
            new Column("extend", "延期", Kind.BOOLEAN, false, null,
                    "交流期满的教师：是＝延期留在交流学校，否＝按期返回；空白按本人意愿和交流学校需要决定")),
            "可选：人事股的决定——锁定交流或留任、禁止交流到某些学校、期满教师延期或返回。");
    public static final SheetSpec HISTORY = new SheetSpec("history", new Text("交流记录", "History"), false, List.of(
            new Column("teacherId", "工号", Kind.ID, true, null, "教师工号"),
            new Column("year", "起始学年", Kind.INTEGER, true, null, "交流开始的学年"),
            new Column("fromSchoolId", "原学校", Kind.ID, true, null, "人事关系所在学校编号"),
            new Column("toSchoolId", "交流学校", Kind.ID, true, null, "交流所在学校编号"),
            new Column("kind", "交流类型", Kind.ENUM, true, RotationKind.class, "支教/挂职锻炼/校长交流"),
            new Column("termYears", "期限(年)", Kind.INTEGER, true, null, "实际交流年数")),
            "可选：已结束的交流，每行一次；用于返回后的间隔期和多年度覆盖率。");

    /** The sheets in workbook order. */
    public static final List<SheetSpec> ALL = List.of(SCHOOLS, TEACHERS, POLICY, DISTANCES, DECISIONS, HISTORY);

    /** The notes sheet of the template (written under its Chinese name); ignored when reading. */
    public static final Text NOTES = new Text("说明", "Notes");

    public boolean isNamed(String sheetName) {
        return isNamed(name, sheetName);
    }

    /** Whether the sheet is the template's notes sheet, under either name. */
    public static boolean isNotes(String sheetName) {
        return isNamed(NOTES, sheetName);
    }

    /** The Chinese name as written, or the English one in any case. */
    private static boolean isNamed(Text name, String sheetName) {
        String n = sheetName.strip();
        return n.equals(name.zh()) || n.equalsIgnoreCase(name.en());
    }

    /** Both names, as an error message names the sheet: {@code 学校 (Schools)}. */
    public String names() {
        return names(name);
    }

    private static String names(Text name) {
        return name.zh() + " (" + name.en() + ")";
    }

    /** Every name a problem workbook's sheet may have, as an unknown sheet's error lists them. */
    public static String allNames() {
        return String.join(", ", ALL.stream().map(SheetSpec::names).toList()) + " or " + names(NOTES);
    }

    /** The file of this sheet in a CSV directory: {@code schools.csv}. */
    public String csvFileName() {
        return arrayField + ".csv";
    }

    private static List<Column> schoolColumns() {
        List<Column> columns = new ArrayList<>(List.of(
                new Column("id", "学校编号", Kind.ID, true, null, "唯一编号"),
                new Column("name", "学校名称", Kind.TEXT, false, null, "学校全称"),
                new Column("kind", "类别", Kind.ENUM, true, SchoolKind.class, "城区/乡镇/村小"),
                new Column("stage", "学段", Kind.ENUM, true, Stage.class, "小学/初中/九年一贯制/高中"),
                new Column("tier", "办学水平", Kind.ENUM, true, Tier.class, "优质/普通/薄弱"),
                new Column("allianceId", "联盟编号", Kind.ID, false, null,
                        "所属联盟、协作体或教育集团的编号"),
                new Column("latitude", "纬度", Kind.NUMBER, true, null, "-90 至 90"),
                new Column("longitude", "经度", Kind.NUMBER, true, null, "-180 至 180"),
                new Column("students", "学生数", Kind.INTEGER, true, null, "在校学生人数"),
                new Column("housingBeds", "周转房床位", Kind.INTEGER, false, null, "空白为 0"),
                new Column("receivingCapacity", "接收上限", Kind.INTEGER, false, null,
                        "本年最多接收交流教师数，空白为不限")));
        for (Subject subject : Subject.values()) {
            columns.add(new Column("posts." + subject.name(), EnumText.zh(subject) + "编制", Kind.INTEGER, false, null,
                    EnumText.zh(subject) + "学科核定编制岗位数，空白为 0"));
        }
        return List.copyOf(columns);
    }
}
