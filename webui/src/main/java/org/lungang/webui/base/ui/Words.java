package org.lungang.webui.base.ui;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import org.lungang.solver.domain.BackboneLevel;
import org.lungang.solver.domain.Role;
import org.lungang.solver.domain.SchoolKind;
import org.lungang.solver.domain.Stage;
import org.lungang.solver.domain.Subject;
import org.lungang.solver.domain.Tier;
import org.lungang.solver.explain.Labels;

/** The domain's words in the UI's language, from the solver's {@link Labels}. */
public final class Words {

    private Words() {
    }

    public static boolean english() {
        UI ui = UI.getCurrent();
        return ui != null && Translations.isEnglish(ui.getLocale());
    }

    public static String of(Subject v) {
        return english() ? Labels.en(v) : Labels.zh(v);
    }

    public static String of(SchoolKind v) {
        return english() ? Labels.en(v) : Labels.zh(v);
    }

    public static String of(Tier v) {
        return english() ? Labels.en(v) : Labels.zh(v);
    }

    public static String of(Stage v) {
        return english() ? Labels.en(v) : Labels.zh(v);
    }

    public static String of(BackboneLevel v) {
        return english() ? Labels.en(v) : Labels.zh(v);
    }

    public static String of(Role v) {
        return english() ? Labels.en(v) : Labels.zh(v);
    }

    /** Chooses between a pair of texts that say the same in both languages. */
    public static String pick(String zh, String en) {
        return english() ? en : zh;
    }

    public static String decimal(double value, int digits) {
        return String.format(Locale.ROOT, "%." + digits + "f", value);
    }
}
