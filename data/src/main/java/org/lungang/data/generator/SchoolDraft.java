package org.lungang.data.generator;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.lungang.solver.domain.Direction;
import org.lungang.solver.domain.GeoPoint;
import org.lungang.solver.domain.School;
import org.lungang.solver.domain.SchoolKind;
import org.lungang.solver.domain.Stage;
import org.lungang.solver.domain.Subject;
import org.lungang.solver.domain.Tier;

/** A school while it is generated; {@link #built} holds the immutable school once the county is assembled. */
final class SchoolDraft {
    final SchoolKind kind;
    final Stage stage;
    final boolean teachingPoint;
    final EnumMap<Subject, Integer> staff = new EnumMap<>(Subject.class);
    final EnumMap<Subject, Integer> posts = new EnumMap<>(Subject.class);
    final EnumMap<Subject, Integer> surplus = new EnumMap<>(Subject.class);
    /** Open posts not yet matched to a sender's surplus teacher, while the surplus is being placed. */
    final EnumMap<Subject, Integer> unmatchedOpen = new EnumMap<>(Subject.class);
    final List<TeacherDraft> teachers = new ArrayList<>();
    String id;
    String name;
    Tier tier;
    int townshipIndex;
    GeoPoint location;
    int size;
    int students;
    int beds;
    int bedsLeft;
    String allianceId;
    School built;

    SchoolDraft(SchoolKind kind, Stage stage, boolean teachingPoint) {
        this.kind = kind;
        this.stage = stage;
        this.teachingPoint = teachingPoint;
    }

    int index() {
        return Integer.parseInt(id.substring(1));
    }

    /** Whether a move from this school to {@code to} is support (支教): {@link Direction}'s rule, not a copy of it. */
    boolean supports(SchoolDraft to) {
        return Direction.between(kind, tier, to.kind, to.tier) == Direction.TOWARDS_RURAL_OR_WEAK;
    }

    /**
     * The school as the policy's rules read it (kind, stage, tier, place), before its posts are final: the rules that
     * take a {@link School} are called with it instead of being restated here.
     */
    School forRules() {
        return new School(id, name, kind, stage, tier, allianceId, location, students, Map.of(), beds, null);
    }

    /** Urban and town schools send teachers (城镇→乡村); teaching points never do. */
    boolean isSender() {
        return !teachingPoint && (kind == SchoolKind.URBAN || kind == SchoolKind.TOWN);
    }
}
