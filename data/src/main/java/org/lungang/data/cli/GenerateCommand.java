package org.lungang.data.cli;

import java.nio.file.Path;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.lungang.data.generator.CountyGenerator;
import org.lungang.data.generator.CountyProfile;
import org.lungang.data.generator.GeneratedCounty;
import org.lungang.data.json.LoadedProblem;
import org.lungang.data.json.ProblemJson;

@Command(name = "generate",
        description = "Generates a county problem file from a named profile (same profile and seed, same file).")
final class GenerateCommand extends LungangCommand {

    private static final String PROVINCE = "province";
    // The defaults of `province generate`, so both spellings write the same province.
    static final String PROVINCE_NAME = "示例省";
    static final int PROVINCE_YEAR = 2025;

    @Option(names = "--profile", required = true, paramLabel = "PROFILE",
            description = "changning, liaoyang, qiqihar, kaizhou, louqu, a size tier: tiny, small, county, city; "
                    + "or province: a directory of --counties counties drawn from the five profiles.")
    String profile;

    @Option(names = "--counties", defaultValue = "100",
            description = "With --profile province: how many counties (default 100, about 3,000 teachers each).")
    int counties;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default 1).")
    long seed;

    @Option(names = "--output", required = true, paramLabel = "PROBLEM", description = "Where to write the problem (with --profile province: the directory).")
    Path output;

    @Override
    public Integer call() {
        if (profile.equals(PROVINCE)) {
            return ProvinceCommand.write(this, output, PROVINCE_NAME, PROVINCE_YEAR, counties, seed);
        }
        if (!CountyProfile.names().contains(profile)) {
            throw usageError("Unknown profile '" + profile + "'; known: " + String.join(", ", CountyProfile.names()));
        }
        OutputCheck.file(output);
        GeneratedCounty county = CountyGenerator.generate(CountyProfile.named(profile), seed);
        ProblemJson.write(new LoadedProblem(county.name(), county.year(), county.plan()), output);
        report().line(
                "Generated " + county.plan().getSchools().size() + " schools and "
                        + county.plan().getTeachers().size() + " teachers into " + output,
                "已生成 " + county.plan().getSchools().size() + " 所学校、" + county.plan().getTeachers().size()
                        + " 名教师，写入 " + output);
        return 0;
    }
}
