package org.lungang.data.cli;

import picocli.CommandLine.Option;

/** The {@code --lang} option shared by every command. */
final class LangOption {

    @Option(names = "--lang", defaultValue = "en", paramLabel = "en|zh",
            description = "Language of the report: en (default) or zh.")
    Lang lang = Lang.EN;
}
