package org.lungang.data.cli;

import java.nio.file.Path;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.lungang.data.FileIo;
import org.lungang.data.excel.ProblemWorkbook;

@Command(name = "template",
        description = "Writes the Excel template to fill in: one sheet per part with an example row, drop-downs and "
                + "a notes sheet.")
final class TemplateCommand extends LungangCommand {

    @Option(names = "--output", required = true, paramLabel = "WORKBOOK", description = "Where to write the .xlsx.")
    Path output;

    @Override
    public Integer call() {
        OutputCheck.file(output);
        FileIo.write(output, ProblemWorkbook::writeTemplate);
        report().line("Template written to " + output,
                "模板已写入 " + output);
        return 0;
    }
}
