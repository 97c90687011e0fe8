package org.lungang.data.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.lungang.data.excel.ProblemWorkbook;

@Command(name = "template", mixinStandardHelpOptions = true,
        description = "Writes the Excel template to fill in: one sheet per part with an example row, drop-downs and "
                + "a notes sheet.")
final class TemplateCommand extends LungangCommand {

    @Option(names = "--output", required = true, paramLabel = "WORKBOOK", description = "Where to write the .xlsx.")
    Path output;

    @Override
    public Integer call() {
        OutputCheck.file(output);
        try (OutputStream out = Files.newOutputStream(output)) {
            ProblemWorkbook.writeTemplate(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + output, e);
        }
        report().line("Template written to " + output,
                "模板已写入 " + output);
        return 0;
    }
}
