package org.lungang.data.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

import org.lungang.data.FileIo;
import org.lungang.data.InvalidInputException;
import org.lungang.data.json.ProblemDocument.DecisionDto;
import org.lungang.data.json.ProblemDocument.DistanceDto;
import org.lungang.data.json.ProblemDocument.ExchangeDto;
import org.lungang.data.json.ProblemDocument.HistoryDto;
import org.lungang.data.json.ProblemDocument.SchoolDto;
import org.lungang.data.json.ProblemDocument.TeacherDto;
import org.lungang.solver.domain.Exchange;
import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.domain.School;
import org.lungang.solver.domain.Teacher;

/**
 * Reads and writes problem files ({@code docs/problem.schema.json}). Reading is strict: every problem in the file is
 * reported at once as an {@link InvalidInputException}, and nothing is returned unless the whole file is valid.
 * Writing emits every field, so that a file read and written again is the same document.
 */
public final class ProblemJson {

    private ProblemJson() {
    }

    /** Reads a problem file; errors name the file as given. */
    public static LoadedProblem read(Path file) {
        return new ProblemReader(file.toString()).read(TreeReader.parse(file));
    }

    /**
     * Reads a problem from a stream.
     *
     * @param sourceName the name errors are reported under, usually the file name
     */
    public static LoadedProblem read(InputStream in, String sourceName) {
        JsonNode root = TreeReader.parse(in, sourceName);
        return new ProblemReader(sourceName).read(root);
    }

    public static void write(LoadedProblem problem, Path file) {
        FileIo.write(file, out -> write(problem, out));
    }

    /** Writes the problem as pretty-printed JSON; the stream is left open. */
    public static void write(LoadedProblem problem, OutputStream out) {
        try {
            Json.MAPPER.writer().without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                    .writeValue(out, toDocument(problem));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document a problem is written as. */
    public static ProblemDocument toDocument(LoadedProblem problem) {
        RotationPlan plan = problem.plan();
        List<SchoolDto> schools = plan.getSchools().stream().map(ProblemJson::school).toList();
        List<TeacherDto> teachers = plan.getTeachers().stream().map(ProblemJson::teacher).toList();
        List<DistanceDto> distances = new ArrayList<>();
        plan.getDistances().getSchoolMatrixKm().forEach((from, row) -> row.forEach(
                (to, km) -> distances.add(new DistanceDto(from, to, km))));
        Map<String, Boolean> terms = plan.getTermDecisions();
        List<DecisionDto> decisions = plan.getRotations().stream()
                .filter(r -> r.getDestination() != null || r.isPinnedByPlanner()
                        || !r.getForbiddenSchoolIds().isEmpty() || terms.containsKey(r.getId()))
                .map(r -> decision(r, terms.get(r.getId())))
                .toList();
        List<HistoryDto> history = plan.getTeachers().stream()
                .flatMap(t -> t.history().stream().map(h -> new HistoryDto(t.id(), h.year(), h.fromSchoolId(),
                        h.toSchoolId(), h.kind(), h.termYears())))
                .toList();
        return new ProblemDocument(problem.name(), problem.year(), PolicyJson.write(plan.getPolicy()), schools,
                teachers, distances.isEmpty() ? null : distances, decisions.isEmpty() ? null : decisions,
                history.isEmpty() ? null : history);
    }

    private static SchoolDto school(School s) {
        return new SchoolDto(s.getId(), s.getName(), s.getKind(), s.getStage(), s.getTier(), s.getAllianceId(),
                s.getLocation().latitude(), s.getLocation().longitude(), s.getStudents(),
                new TreeMap<>(s.getPosts()), s.getHousingBeds(), s.getReceivingCapacity());
    }

    private static TeacherDto teacher(Teacher t) {
        return new TeacherDto(t.id(), t.name(), t.homeSchool().getId(), t.subject(), t.role(), t.gender(), t.age(),
                t.yearsAtSchool(), t.backboneLevel(), t.degree(), t.title(),
                t.homeLocation() == null ? null : t.homeLocation().latitude(),
                t.homeLocation() == null ? null : t.homeLocation().longitude(),
                t.exemptions().stream().sorted(Comparator.naturalOrder()).toList(), t.onEstablishment(),
                t.volunteer(), t.teamId(), t.partnerId(), t.preferredSchoolIds(), exchange(t.exchange()));
    }

    private static ExchangeDto exchange(Exchange x) {
        return x == null ? null : new ExchangeDto(x.host().getId(), x.kind(), x.startYear(), x.termYears(),
                x.extended() ? Boolean.TRUE : null, x.wishesExtension() ? Boolean.TRUE : null);
    }

    private static DecisionDto decision(Rotation r, Boolean extend) {
        return new DecisionDto(r.getId(), r.getDestination() == null ? null : r.getDestination().getId(),
                r.isPinnedByPlanner(), r.getForbiddenSchoolIds().stream().sorted().toList(), extend);
    }
}
