package org.lungang.webui.security;

import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.lungang.solver.domain.Exemption;
import org.lungang.solver.domain.Labels;
import org.lungang.solver.explain.MoveExplanation;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Teachers' personal data that only those who plan may read: home coordinates and the reasons for an exemption
 * (pregnancy, serious illness...). A viewer reads plans, moves and commutes without them. The services compute with
 * the whole data; these methods trim what leaves through the API.
 */
public final class PersonalData {

    /** The teacher fields of a problem file a viewer does not get. */
    static final Set<String> HIDDEN_TEACHER_FIELDS = Set.of("homeLatitude", "homeLongitude", "exemptions");
    private static final String HIDDEN_ZH = "原因仅规划人员可见";
    private static final String HIDDEN_EN = "the reason is shown to planners only";

    private PersonalData() {
    }

    /** True for planners and administrators. */
    public static boolean visibleToCurrentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return false;
        }
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            String name = authority.getAuthority();
            if (name.equals("ROLE_" + UserRole.PLANNER) || name.equals("ROLE_" + UserRole.ADMIN)) {
                return true;
            }
        }
        return false;
    }

    /** The problem file as the current user may read it. */
    public static String problemJson(String json, ObjectMapper objectMapper) {
        if (visibleToCurrentUser()) {
            return json;
        }
        try {
            JsonNode root = objectMapper.readTree(json);
            JsonNode teachers = root.get("teachers");
            if (teachers != null) {
                for (JsonNode teacher : teachers) {
                    if (teacher instanceof ObjectNode object) {
                        object.remove(HIDDEN_TEACHER_FIELDS);
                    }
                }
            }
            return objectMapper.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored problem is not valid JSON", e);
        }
    }

    /** An explanation as the current user may read it: an exemption is named, its reason is not. */
    public static MoveExplanation explanation(MoveExplanation explanation) {
        if (visibleToCurrentUser()) {
            return explanation;
        }
        return new MoveExplanation(explanation.teacherId(), explanation.fromSchoolId(), explanation.toSchoolId(),
                explanation.kind(), explanation.zh().stream().map(PersonalData::hideZh).toList(),
                explanation.en().stream().map(PersonalData::hideEn).toList());
    }

    private static String hideZh(String line) {
        for (Exemption exemption : Exemption.values()) {
            line = line.replace("（" + Labels.zh(exemption) + "）", "（" + HIDDEN_ZH + "）");
        }
        return line;
    }

    private static String hideEn(String line) {
        for (Exemption exemption : Exemption.values()) {
            line = line.replace("(" + Labels.en(exemption) + ")", "(" + HIDDEN_EN + ")");
        }
        return line;
    }
}
