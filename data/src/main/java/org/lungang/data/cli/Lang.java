package org.lungang.data.cli;

import org.lungang.solver.domain.Text;

/** The language of the command line's report. */
public enum Lang {
    EN,
    ZH;

    /** The half in this language, Chinese first as in a {@link Text}. */
    String pick(String zh, String en) {
        return pick(new Text(zh, en));
    }

    String pick(Text text) {
        return text.pick(this == ZH);
    }
}
