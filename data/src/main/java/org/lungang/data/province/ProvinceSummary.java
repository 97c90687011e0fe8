package org.lungang.data.province;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.lungang.data.csv.Csv;
import org.lungang.solver.domain.IndicatorGroup;
import org.lungang.solver.kpi.Indicator;

/**
 * The province summary: a row per county and the province totals, with how many counties meet each national
 * threshold (差异系数 ≤ 0.50 primary, ≤ 0.45 junior) before and after. Written as CSV, Markdown in Chinese and
 * English, and a workbook; the same whether the counties were solved here or on a cluster, since it reads only the
 * results.
 *
 * @param counties one result per county, in the province's order
 */
public record ProvinceSummary(String province, List<CountyResult> counties) {

    /** The measured groups and indicators, in column order. */
    static final List<IndicatorGroup> GROUPS = List.of(IndicatorGroup.PRIMARY, IndicatorGroup.JUNIOR);

    public ProvinceSummary {
        counties = List.copyOf(counties);
    }

    /** Province totals over the solved counties. */
    public record Totals(int counties, int solved, int invalid, int failed, long teachers, long eligible,
            long rotated, int quotasMet, long openPostsBefore, long postsFilled, int feasible) {
    }

    /**
     * Counties meeting one threshold.
     *
     * @param measured solved counties that have schools of the group
     */
    public record Threshold(IndicatorGroup group, Indicator indicator, double threshold, int measured,
            int metBefore, int metAfter) {
    }

    public Totals totals() {
        List<CountyResult> solved = solved();
        int invalid = count(counties, c -> c.status() == CountyResult.Status.INVALID);
        return new Totals(counties.size(), solved.size(), invalid, counties.size() - solved.size() - invalid,
                sum(solved, CountyResult::teachers), sum(solved, CountyResult::eligible),
                sum(solved, CountyResult::rotated), count(solved, CountyResult::quotaMet),
                sum(solved, CountyResult::openPostsBefore), sum(solved, CountyResult::postsFilled),
                count(solved, CountyResult::feasible));
    }

    private List<CountyResult> solved() {
        return counties.stream().filter(c -> c.status() == CountyResult.Status.SOLVED).toList();
    }

    private static long sum(List<CountyResult> counties, ToIntFunction<CountyResult> figure) {
        return counties.stream().mapToLong(figure::applyAsInt).sum();
    }

    private static <T> int count(List<T> elements, Predicate<T> test) {
        return (int) elements.stream().filter(test).count();
    }

    public List<Threshold> thresholds() {
        List<CountyResult> solved = solved();
        List<Threshold> thresholds = new ArrayList<>();
        for (IndicatorGroup group : GROUPS) {
            for (Indicator indicator : Indicator.values()) {
                List<CountyResult.IndicatorResult> measured = solved.stream()
                        .map(c -> c.indicator(group.name(), indicator)).filter(Objects::nonNull).toList();
                thresholds.add(new Threshold(group, indicator, group.maxCoefficientOfVariation(), measured.size(),
                        count(measured, CountyResult.IndicatorResult::metBefore),
                        count(measured, CountyResult.IndicatorResult::metAfter)));
            }
        }
        return thresholds;
    }

    /** Writes summary.csv, summary.zh.md, summary.en.md and summary.xlsx into the directory. */
    public List<Path> writeAll(Path directory) {
        try {
            Files.createDirectories(directory);
            Path csv = directory.resolve("summary.csv");
            Path zh = directory.resolve("summary.zh.md");
            Path en = directory.resolve("summary.en.md");
            Path xlsx = directory.resolve("summary.xlsx");
            Files.writeString(csv, csv(), StandardCharsets.UTF_8);
            Files.writeString(zh, markdown(true), StandardCharsets.UTF_8);
            Files.writeString(en, markdown(false), StandardCharsets.UTF_8);
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                workbook(out);
            }
            return List.of(csv, zh, en, xlsx);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------------------------------------ CSV

    private List<String> headers(boolean chinese) {
        List<String> headers = new ArrayList<>(chinese
                ? List.of("县", "文件", "状态", "教师", "符合条件", "交流", "适用比例学校", "达标学校", "比例全部达标",
                        "交流前缺编", "填补岗位", "可行", "得分", "精确界状态", "距界差距（%）")
                : List.of("county", "file", "status", "teachers", "eligible", "rotated", "quota_schools",
                        "quota_schools_met", "quotas_met", "open_posts_before", "posts_filled", "feasible",
                        "score", "bound_status", "gap_to_bound_percent"));
        for (IndicatorGroup group : GROUPS) {
            for (Indicator indicator : Indicator.values()) {
                String key = chinese ? groupZh(group) + indicator.text().zh() : group.name().toLowerCase(Locale.ROOT)
                        + "_" + indicator.name().toLowerCase(Locale.ROOT);
                headers.add(key + (chinese ? " 交流前" : "_cv_before"));
                headers.add(key + (chinese ? " 交流后" : "_cv_after"));
            }
        }
        headers.add(chinese ? "方案文件" : "plan_file");
        headers.add(chinese ? "原因" : "reason");
        return headers;
    }

    private List<Object> cells(CountyResult c) {
        boolean solved = c.status() == CountyResult.Status.SOLVED;
        List<Object> cells = new ArrayList<>(List.of(c.county(), c.file(), c.status().name()));
        cells.addAll(solved
                ? List.of(c.teachers(), c.eligible(), c.rotated(), c.quotaSchools(), c.quotaSchoolsMet(),
                        c.quotaMet(), c.openPostsBefore(), c.postsFilled(), c.feasible(), c.score(),
                        c.boundStatus() == null ? "" : c.boundStatus(), gap(c))
                : List.of("", "", "", "", "", "", "", "", "", "", "", ""));
        for (IndicatorGroup group : GROUPS) {
            for (Indicator indicator : Indicator.values()) {
                CountyResult.IndicatorResult r = c.indicator(group.name(), indicator);
                cells.add(r == null ? "" : round3(r.before()));
                cells.add(r == null ? "" : round3(r.after()));
            }
        }
        cells.add(c.planFile() == null ? "" : c.planFile());
        cells.add(String.join("; ", c.errors()));
        return cells;
    }

    public String csv() {
        StringBuilder out = new StringBuilder();
        out.append(csvLine(new ArrayList<>(headers(false))));
        for (CountyResult c : counties) {
            out.append(csvLine(cells(c)));
        }
        return out.toString();
    }

    private static String csvLine(List<?> cells) {
        List<String> quoted = new ArrayList<>();
        for (Object cell : cells) {
            quoted.add(cell instanceof Number ? String.valueOf(cell) : Csv.textField(String.valueOf(cell)));
        }
        return String.join(",", quoted) + "\n";
    }

    // ------------------------------------------------------------------------------------------------ Markdown

    public String markdown(boolean chinese) {
        Totals t = totals();
        StringBuilder out = new StringBuilder();
        out.append("# ").append(province).append(chinese ? " 交流轮岗全省汇总" : ": province rotation summary")
                .append("\n\n");
        out.append(chinese ? "| 项目 | 数值 |\n|---|---|\n" : "| item | value |\n|---|---|\n");
        row(out, chinese ? "县" : "counties", t.counties());
        row(out, chinese ? "已求解" : "solved", t.solved());
        row(out, chinese ? "数据校验未通过" : "invalid files", t.invalid());
        row(out, chinese ? "求解失败" : "failed solves", t.failed());
        row(out, chinese ? "教师" : "teachers", t.teachers());
        row(out, chinese ? "符合交流条件" : "eligible", t.eligible());
        row(out, chinese ? "交流" : "rotated", t.rotated());
        row(out, chinese ? "各项比例全部达标的县" : "counties meeting every quota", t.quotasMet());
        row(out, chinese ? "交流前缺编岗位" : "open posts before", t.openPostsBefore());
        row(out, chinese ? "填补岗位" : "posts filled", t.postsFilled());
        row(out, chinese ? "可行方案的县" : "counties with a feasible plan", t.feasible());
        out.append("\n## ").append(chinese ? "达到国家差异系数标准的县" : "Counties meeting each national threshold")
                .append("\n\n");
        out.append(chinese ? "| 学段 | 指标（每百名学生） | 标准 | 测算县数 | 交流前达标 | 交流后达标 |\n"
                : "| group | indicator (per 100 students) | threshold | counties measured | met before | met after |\n");
        out.append("|---|---|---|---|---|---|\n");
        for (Threshold th : thresholds()) {
            out.append("| ").append(chinese ? groupZh(th.group()) : th.group().name().toLowerCase(Locale.ROOT))
                    .append(" | ").append(th.indicator().text().pick(chinese))
                    .append(" | ≤ ").append(String.format(Locale.ROOT, "%.2f", th.threshold()))
                    .append(" | ").append(th.measured()).append(" | ").append(th.metBefore())
                    .append(" | ").append(th.metAfter()).append(" |\n");
        }
        out.append("\n## ").append(chinese ? "各县" : "Counties").append("\n\n");
        out.append(chinese ? "| 县 | 状态 | 教师 | 符合条件 | 交流 | 比例达标 | 填补岗位 | 可行 | 距界差距 "
                        + "| 差异系数（交流前→交流后） | 原因 |\n"
                : "| county | status | teachers | eligible | rotated | quotas met | posts filled | feasible "
                        + "| gap to bound | CV (before→after) | reason |\n");
        out.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (CountyResult c : counties) {
            boolean solved = c.status() == CountyResult.Status.SOLVED;
            out.append("| ").append(c.county()).append(" | ").append(status(c.status(), chinese)).append(" | ");
            if (solved) {
                out.append(c.teachers()).append(" | ").append(c.eligible()).append(" | ").append(c.rotated())
                        .append(" | ").append(c.quotaSchoolsMet()).append("/").append(c.quotaSchools())
                        .append(c.quotaMet() ? " ✓" : "").append(" | ").append(c.postsFilled()).append("/")
                        .append(c.openPostsBefore()).append(" | ").append(yes(c.feasible(), chinese)).append(" | ")
                        .append(c.gapPercent() == null ? "—" : String.format(Locale.ROOT, "%.2f%%", c.gapPercent()))
                        .append(" | ");
                List<String> cvs = new ArrayList<>();
                for (CountyResult.IndicatorResult r : c.indicators()) {
                    cvs.add((chinese ? groupZh(IndicatorGroup.valueOf(r.group())) : r.group().toLowerCase(Locale.ROOT))
                            + " "
                            + (chinese ? r.indicator().text().zh() : r.indicator().name().toLowerCase(Locale.ROOT))
                            + " " + String.format(Locale.ROOT, "%.3f→%.3f", r.before(), r.after()));
                }
                out.append(String.join("<br>", cvs)).append(" | |\n");
            } else {
                out.append(" | | | | | | | | ")
                        .append(c.file()).append(": ").append(String.join("<br>", c.errors()).replace("|", "\\|"))
                        .append(" |\n");
            }
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String label, long value) {
        out.append("| ").append(label).append(" | ").append(value).append(" |\n");
    }

    private static String status(CountyResult.Status status, boolean chinese) {
        if (!chinese) {
            return status.name().toLowerCase(Locale.ROOT);
        }
        return switch (status) {
            case SOLVED -> "已求解";
            case INVALID -> "数据有误";
            case FAILED, BUSY -> "求解失败";
        };
    }

    private static String yes(boolean value, String yesZh, String noZh, boolean chinese) {
        return chinese ? (value ? yesZh : noZh) : (value ? "yes" : "no");
    }

    private static String yes(boolean value, boolean chinese) {
        return yes(value, "是", "否", chinese);
    }

    private static String groupZh(IndicatorGroup group) {
        return group == IndicatorGroup.PRIMARY ? "小学" : "初中";
    }

    /** The plan's gap to the exact bound, in percent to two decimals, or "" when no bound covers the plan. */
    private static Object gap(CountyResult c) {
        return c.gapPercent() == null ? "" : Math.round(c.gapPercent() * 100) / 100.0;
    }

    private static double round3(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    // ------------------------------------------------------------------------------------------------ workbook

    /** Two sheets: 全省汇总 (totals and thresholds) and 各县 (a row per county, as the CSV, with Chinese headers). */
    public void workbook(OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet province = workbook.createSheet("全省汇总");
            Totals t = totals();
            Object[][] totals = {{"县", t.counties()}, {"已求解", t.solved()}, {"数据校验未通过", t.invalid()},
                    {"求解失败", t.failed()}, {"教师", t.teachers()}, {"符合交流条件", t.eligible()},
                    {"交流", t.rotated()}, {"各项比例全部达标的县", t.quotasMet()}, {"交流前缺编岗位", t.openPostsBefore()},
                    {"填补岗位", t.postsFilled()}, {"可行方案的县", t.feasible()}};
            int r = 0;
            for (Object[] line : totals) {
                write(province.createRow(r++), List.of(line));
            }
            r++;
            write(province.createRow(r++), List.of("学段", "指标（每百名学生）", "标准", "测算县数", "交流前达标", "交流后达标"));
            for (Threshold th : thresholds()) {
                write(province.createRow(r++), List.of(groupZh(th.group()), th.indicator().text().zh(), th.threshold(),
                        th.measured(), th.metBefore(), th.metAfter()));
            }
            province.setColumnWidth(0, 24 * 256);
            province.setColumnWidth(1, 36 * 256);
            Sheet sheet = workbook.createSheet("各县");
            write(sheet.createRow(0), new ArrayList<>(headers(true)));
            int row = 1;
            for (CountyResult c : counties) {
                write(sheet.createRow(row++), cells(c));
            }
            sheet.createFreezePane(1, 1);
            workbook.write(out);
        }
    }

    private static void write(Row row, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            Object value = cells.get(i);
            if (value instanceof Number number) {
                row.createCell(i).setCellValue(number.doubleValue());
            } else if (value instanceof Boolean bool) {
                row.createCell(i).setCellValue(bool ? "是" : "否");
            } else {
                row.createCell(i).setCellValue(String.valueOf(value));
            }
        }
    }
}
