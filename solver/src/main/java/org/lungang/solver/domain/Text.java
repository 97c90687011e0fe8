package org.lungang.solver.domain;

/**
 * One piece of text in both of the project's languages, carried together so that neither is forgotten or paired with
 * the wrong other half. Every bilingual label, finding and explanation sentence travels as one {@code Text}; the
 * reader's language chooses one half at the last moment, through {@link #pick(boolean)}.
 *
 * @param zh the text in Chinese
 * @param en the same text in English
 */
public record Text(String zh, String en) {

    /**
     * The half in the reader's language: the one way the CLI, the reports and the UI choose between the two.
     *
     * @param chinese the reader reads Chinese; otherwise English
     */
    public String pick(boolean chinese) {
        return chinese ? zh : en;
    }
}
