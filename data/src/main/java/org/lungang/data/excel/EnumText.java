package org.lungang.data.excel;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.lungang.solver.domain.BackboneLevel;
import org.lungang.solver.domain.Degree;
import org.lungang.solver.domain.Exemption;
import org.lungang.solver.domain.Gender;
import org.lungang.solver.domain.IndicatorGroup;
import org.lungang.solver.domain.Labels;
import org.lungang.solver.domain.Role;
import org.lungang.solver.domain.RotationKind;
import org.lungang.solver.domain.SchoolKind;
import org.lungang.solver.domain.Stage;
import org.lungang.solver.domain.Subject;
import org.lungang.solver.domain.Tier;
import org.lungang.solver.domain.Title;

/**
 * Enum values in spreadsheet cells: written as their Chinese label from {@link Labels}, read back from either that
 * label or the English constant (any case), so that a planner can type what she knows.
 */
public final class EnumText {

    private EnumText() {
    }

    /** The Chinese label of any enum of the domain. */
    public static String zh(Enum<?> value) {
        if (value instanceof Subject v) {
            return Labels.zh(v);
        } else if (value instanceof SchoolKind v) {
            return Labels.zh(v);
        } else if (value instanceof Stage v) {
            return Labels.zh(v);
        } else if (value instanceof Tier v) {
            return Labels.zh(v);
        } else if (value instanceof Role v) {
            return Labels.zh(v);
        } else if (value instanceof Gender v) {
            return Labels.zh(v);
        } else if (value instanceof BackboneLevel v) {
            return Labels.zh(v);
        } else if (value instanceof Degree v) {
            return Labels.zh(v);
        } else if (value instanceof Title v) {
            return Labels.zh(v);
        } else if (value instanceof Exemption v) {
            return Labels.zh(v);
        } else if (value instanceof RotationKind v) {
            return Labels.zh(v);
        } else if (value instanceof IndicatorGroup v) {
            return Labels.zh(v);
        }
        throw new IllegalArgumentException("No Chinese label for " + value.getClass().getName());
    }

    /** The constant named by the text (its Chinese label or its English name, any case), or null if none is. */
    public static <E extends Enum<E>> E parse(String text, Class<E> type) {
        String wanted = text.strip();
        for (E constant : type.getEnumConstants()) {
            if (zh(constant).equals(wanted) || constant.name().equalsIgnoreCase(wanted)) {
                return constant;
            }
        }
        return null;
    }

    /** The Chinese labels in declaration order, as the drop-down of a cell offers them. */
    public static List<String> labels(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(EnumText::zh).toList();
    }

    /** Every accepted value, for an error message: {@code 城区 (URBAN), 乡镇 (TOWN), 村小 (VILLAGE)}. */
    public static String allowed(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(c -> zh(c) + " (" + c.name() + ")")
                .collect(Collectors.joining(", "));
    }

    /** Yes or no in a cell: 是/否, true/false, yes/no, y/n, 1/0; null when the text is none of them. */
    public static Boolean parseBoolean(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "是", "true", "yes", "y", "1" -> Boolean.TRUE;
            case "否", "false", "no", "n", "0" -> Boolean.FALSE;
            default -> null;
        };
    }

    public static String yesNo(boolean value) {
        return value ? "是" : "否";
    }
}
