package org.lungang.data.cli;

import org.lungang.solver.domain.Text;

/** The language of the command line's report. */
public enum Lang {
    EN,
    ZH;

    String pick(String en, String zh) {
        return pick(new Text(zh, en));
    }

    String pick(Text text) {
        return text.pick(this == ZH);
    }
}
