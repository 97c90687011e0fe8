package org.lungang.data.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.ConstraintJustification;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;

import org.lungang.data.FileIo;
import org.lungang.data.InvalidInputException;
import org.lungang.data.json.PlanDocument.BoundEntry;
import org.lungang.data.json.PlanDocument.ConstraintEntry;
import org.lungang.data.json.PlanDocument.Justification;
import org.lungang.data.json.PlanDocument.MatchEntry;
import org.lungang.data.json.PlanDocument.ReturnEntry;
import org.lungang.data.json.PlanDocument.RotationEntry;
import org.lungang.solver.RotationSolver;
import org.lungang.solver.constraints.justifications.RotationJustification;
import org.lungang.solver.domain.ConstraintNames;
import org.lungang.solver.domain.Exchange;
import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.domain.School;
import org.lungang.solver.domain.Teacher;
import org.lungang.solver.domain.TermEnd;
import org.lungang.solver.exact.CoreObjective;
import org.lungang.solver.exact.ExactBound;
import org.lungang.solver.exact.ExactStatus;
import org.lungang.solver.explain.MoveExplainer;
import org.lungang.solver.explain.MoveExplanation;
import org.lungang.solver.explain.TermEndExplainer;
import org.lungang.solver.kpi.KpiCalculator;
import org.lungang.solver.kpi.PlanKpis;

/**
 * Writes plan files and reads the decisions of any plan file back onto a problem, so that a plan made elsewhere
 * (by hand, in a spreadsheet) can be scored and explained like one the solver made.
 */
public final class PlanJson {

    private static final Set<String> TOP_FIELDS = ProblemDocument.fieldsOf(PlanDocument.class);
    private static final Set<String> ROTATION_FIELDS = ProblemDocument.fieldsOf(RotationEntry.class);

    private PlanJson() {
    }

    /** Scores the plan and writes it with its indicators, explanations and constraint breakdown. */
    public static void write(RotationPlan solved, String problemName, Path file) {
        write(toDocument(solved, problemName, new RotationSolver()), file);
    }

    public static void write(PlanDocument document, Path file) {
        FileIo.write(file, out -> write(document, out));
    }

    /** Writes the document as pretty-printed JSON; the stream is left open. */
    public static void write(PlanDocument document, OutputStream out) {
        try {
            Json.MAPPER.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a plan file as written, without checking it against a problem. */
    public static PlanDocument readDocument(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return readDocument(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** Reads a plan file as written (e.g. one kept in a database), without checking it against a problem. */
    public static PlanDocument readDocument(InputStream in) throws IOException {
        return Json.MAPPER.readValue(in, PlanDocument.class);
    }

    /**
     * The plan file's content: scores the plan in place (its score is recalculated) and analyses it.
     *
     * @param solver the solver facade whose analysis to use
     */
    public static PlanDocument toDocument(RotationPlan plan, String problemName, RotationSolver solver) {
        HardMediumSoftLongScore score = solver.score(plan);
        ScoreAnalysis<HardMediumSoftLongScore> analysis = solver.analyze(plan);
        List<RotationEntry> rotations = new ArrayList<>();
        List<MoveExplanation> explanations = MoveExplainer.explainAll(plan);
        for (int i = 0; i < plan.getRotations().size(); i++) {
            Rotation r = plan.getRotations().get(i);
            if (r.isMoving()) {
                rotations.add(rotation(r, explanations.get(i)));
            }
        }
        PlanKpis kpis = KpiCalculator.calculate(plan);
        List<ReturnEntry> returns = returns(plan);
        return new PlanDocument(problemName, score.toString(), score.isFeasible(), rotations, kpis,
                constraints(analysis), bound(plan, kpis, kpis.quotaShortfall()), plan.getYear(),
                returns.isEmpty() ? null : returns);
    }

    /** The plan's returns and extensions with their explanations, in roster order. */
    static List<ReturnEntry> returns(RotationPlan plan) {
        List<ReturnEntry> entries = new ArrayList<>();
        for (TermEnd end : plan.getTermEnds()) {
            Teacher t = end.teacher();
            Exchange x = end.exchange();
            List<List<String>> why = TermEndExplainer.explain(end, plan.getPolicy());
            int until = end.extended() ? x.endYear() + plan.getPolicy().extensionYears() : x.endYear();
            entries.add(new ReturnEntry(t.id(), t.name(), t.homeSchool().getId(), x.host().getId(), x.kind(),
                    t.subject(), x.startYear(), x.termYears(), end.extended(), end.reason().name(), until,
                    new Justification(why.get(0), why.get(1))));
        }
        return entries;
    }

    /** The exact phase's proof with this plan measured against it, or null when the phase did not run. */
    static BoundEntry bound(RotationPlan plan, PlanKpis kpis, long planShortfall) {
        ExactBound exact = plan.getExactBound();
        if (exact == null) {
            return null;
        }
        long planObjective = CoreObjective.of(plan, kpis);
        double gap = exact.covers(planShortfall) ? exact.gapPercent(planObjective) : Double.NaN;
        return new BoundEntry(exact.status().name(), exact.engine(), exact.quotaShortfall(),
                exact.shortfallLowerBound(), exact.objective(), exact.unguardedObjective(),
                Double.isNaN(exact.bound()) ? null : exact.bound(),
                Math.round(exact.seconds() * 100) / 100.0, exact.pairs(), exact.groups(), exact.aggregated(),
                exact.message(), planObjective, planShortfall, Double.isNaN(gap) ? null : Math.round(gap * 1000) / 1000.0);
    }

    /** The exact phase's proof as a plan file records it (the plan-side figures are recomputed when written). */
    public static ExactBound exactBound(BoundEntry entry) {
        return new ExactBound(ExactStatus.valueOf(entry.status()), entry.engine(), entry.quotaShortfall(),
                entry.shortfallLowerBound(), entry.objective(),
                entry.unguardedObjective() == null ? entry.objective() : entry.unguardedObjective(),
                entry.bound() == null ? Double.NaN : entry.bound(),
                entry.seconds(), entry.pairs(), entry.groups(), entry.aggregated(), entry.message());
    }

    private static RotationEntry rotation(Rotation r, MoveExplanation explanation) {
        return new RotationEntry(r.getId(), r.getTeacher().name(), r.getHomeSchool().getId(),
                r.getDestination().getId(), r.getKind(), r.getSubject(), Math.round(r.getCommuteKm() * 10) / 10.0,
                r.isPinnedByPlanner(), new Justification(explanation.zh(), explanation.en()));
    }

    private static List<ConstraintEntry> constraints(ScoreAnalysis<HardMediumSoftLongScore> analysis) {
        List<ConstraintAnalysis<HardMediumSoftLongScore>> constraints = new ArrayList<>(analysis.constraintAnalyses());
        constraints.sort(Comparator.comparingInt(c -> order(c.constraintName())));
        List<ConstraintEntry> entries = new ArrayList<>();
        for (ConstraintAnalysis<HardMediumSoftLongScore> constraint : constraints) {
            List<MatchEntry> matches = new ArrayList<>();
            if (constraint.matches() != null) {
                for (MatchAnalysis<HardMediumSoftLongScore> match : constraint.matches()) {
                    matches.add(match(match));
                }
            }
            entries.add(new ConstraintEntry(constraint.constraintName(), constraint.score().toString(), matches));
        }
        return entries;
    }

    static MatchEntry match(MatchAnalysis<HardMediumSoftLongScore> match) {
        ConstraintJustification justification = match.justification();
        if (justification instanceof RotationJustification words) {
            return new MatchEntry(match.score().toString(), words.zh(), words.en());
        }
        String text = String.valueOf(justification);
        return new MatchEntry(match.score().toString(), text, text);
    }

    private static int order(String constraintName) {
        int index = ConstraintNames.ALL.indexOf(constraintName);
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    /**
     * Applies the moves of a plan file onto a problem: each listed teacher goes to the listed school, everyone else
     * stays. Nothing is applied unless every teacher and school id is known.
     *
     * @return the problem, now carrying the plan's destinations
     * @throws InvalidInputException listing every unknown or inconsistent id with its JSON path
     */
    public static RotationPlan readDecisions(Path file, RotationPlan problem) {
        JsonNode root = TreeReader.parse(file);
        return readDecisions(root, file.toString(), problem);
    }

    static RotationPlan readDecisions(JsonNode root, String file, RotationPlan problem) {
        TreeReader reader = new TreeReader(file);
        if (!reader.isObject(root, "$")) {
            reader.throwIfAny();
        }
        reader.rejectUnknownFields(root, "$", TOP_FIELDS);
        List<JsonNode> nodes = reader.array(root, "$", "rotations", true);
        Map<Rotation, School> moves = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        if (nodes != null) {
            for (int i = 0; i < nodes.size(); i++) {
                String path = "$.rotations[" + i + "]";
                JsonNode node = nodes.get(i);
                if (!reader.isObject(node, path)) {
                    continue;
                }
                reader.rejectUnknownFields(node, path, ROTATION_FIELDS);
                String teacherId = reader.text(node, path, "teacherId", true);
                String toSchoolId = reader.text(node, path, "toSchoolId", false);
                String fromSchoolId = reader.text(node, path, "fromSchoolId", false);
                Rotation rotation = teacherId == null ? null : problem.rotationOf(teacherId);
                if (teacherId != null && rotation == null) {
                    reader.error(path + ".teacherId", "unknown teacher id \"" + teacherId + "\"");
                }
                if (teacherId != null) {
                    Integer first = seen.putIfAbsent(teacherId, i);
                    if (first != null) {
                        reader.error(path + ".teacherId", "teacher \"" + teacherId
                                + "\" is listed twice (first at $.rotations[" + first + "])");
                    }
                }
                School destination = toSchoolId == null ? null : problem.schoolOf(toSchoolId);
                if (toSchoolId != null && destination == null) {
                    reader.error(path + ".toSchoolId", "unknown school id \"" + toSchoolId + "\"");
                }
                if (rotation != null && fromSchoolId != null
                        && !fromSchoolId.equals(rotation.getHomeSchool().getId())) {
                    reader.error(path + ".fromSchoolId", "teacher \"" + teacherId + "\" is at school \""
                            + rotation.getHomeSchool().getId() + "\", not \"" + fromSchoolId + "\"");
                }
                if (rotation != null) {
                    moves.put(rotation, destination);
                }
            }
        }
        ExactBound bound = null;
        JsonNode boundNode = root.get("bound");
        if (boundNode != null && !boundNode.isNull()) {
            try {
                bound = exactBound(Json.MAPPER.treeToValue(boundNode, BoundEntry.class));
            } catch (IOException | IllegalArgumentException e) {
                reader.error("$.bound", "not a bound as Lungang writes it: " + e.getMessage());
            }
        }
        reader.throwIfAny();
        for (Rotation rotation : problem.getRotations()) {
            rotation.setDestination(moves.get(rotation));
        }
        // The proof recorded by the solve that wrote the file holds for the same problem.
        problem.setExactBound(bound);
        problem.setScore(null);
        return problem;
    }
}
