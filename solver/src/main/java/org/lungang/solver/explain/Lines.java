package org.lungang.solver.explain;

import java.util.ArrayList;
import java.util.List;

/** The two languages' sentences of an explanation, kept in step. */
final class Lines {
    final List<String> zh = new ArrayList<>();
    final List<String> en = new ArrayList<>();

    void add(String zhSentence, String enSentence) {
        zh.add(zhSentence);
        en.add(enSentence);
    }
}
