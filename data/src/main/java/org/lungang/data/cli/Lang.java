package org.lungang.data.cli;

/** The language of the command line's report. */
public enum Lang {
    EN,
    ZH;

    String pick(String en, String zh) {
        return this == ZH ? zh : en;
    }
}
