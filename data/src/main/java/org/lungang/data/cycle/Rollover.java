package org.lungang.data.cycle;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lungang.data.InputError;
import org.lungang.data.InvalidInputException;
import org.lungang.data.json.LoadedProblem;
import org.lungang.data.json.PlanDocument;
import org.lungang.data.json.PlanJson;
import org.lungang.data.json.ProblemJson;
import org.lungang.solver.RotationSolver;
import org.lungang.solver.domain.Exchange;
import org.lungang.solver.domain.Exemption;
import org.lungang.solver.domain.Role;
import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationKind;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.domain.RotationPolicy;
import org.lungang.solver.domain.RotationRecord;
import org.lungang.solver.domain.School;
import org.lungang.solver.domain.Teacher;
import org.lungang.solver.domain.TermEnd;

/**
 * Next school year's problem from this year's approved plan (学年结转). In roster order, deterministically:
 * <ul>
 * <li>every new support or secondment move begins a term of exchange at its destination, of the policy's length for
 * its kind; a principal's move is an appointment: the school she takes over becomes her school;</li>
 * <li>this year's returns are done (the finished term goes to the history) and extensions lengthen their term;</li>
 * <li>ages advance by one, and years at the school (away on exchange as the policy says); those reaching the
 * retirement age leave the roster, and a principal who retires is succeeded by her school's longest-serving
 * vice-principal (else middle leader, else teacher) at work there;</li>
 * <li>one-year facts are cleared: the graduating-class exemption, this year's decisions, and the wishes (volunteering,
 * preferences) of those who moved; a team left with one member and a partner who left are dropped.</li>
 * </ul>
 * Schools, posts and students are kept as they are: the county's hiring and enrolment are not modelled. The result
 * is read back through the problem file's validation, so it is a problem any command accepts.
 */
public final class Rollover {

    private Rollover() {
    }

    /**
     * Lays a plan file over this year's problem for a rollover: the plan must be of the problem's school year, and
     * its returns (if it lists them) those the problem decides.
     *
     * @return the problem, its plan carrying the plan file's destinations
     * @throws InvalidInputException naming the plan file and the field at fault; nothing is applied then
     */
    public static LoadedProblem applyPlan(LoadedProblem problem, Path planFile) {
        PlanDocument document = PlanJson.readDocument(planFile);
        List<InputError> errors = new ArrayList<>();
        String file = planFile.toString();
        if (document.year() == null) {
            errors.add(new InputError(file, "$.year", "the plan does not say which school year it plans; rollover"
                    + " needs a plan written by solve or evaluate for the problem of " + problem.year()));
        } else if (document.year() != problem.year()) {
            errors.add(new InputError(file, "$.year", "a plan for the school year " + document.year()
                    + " cannot start the year after " + problem.year() + ": give the plan made for this problem"));
        }
        if (document.returns() != null) {
            Map<String, Boolean> decided = new HashMap<>();
            problem.plan().getTermEnds().forEach(end -> decided.put(end.teacher().id(), end.extended()));
            for (int i = 0; i < document.returns().size(); i++) {
                PlanDocument.ReturnEntry entry = document.returns().get(i);
                Boolean extended = decided.get(entry.teacherId());
                if (extended == null || extended != entry.extended()) {
                    errors.add(new InputError(file, "$.returns[" + i + "]", "teacher \"" + entry.teacherId()
                            + "\" " + (extended == null ? "has no term ending in " + problem.year()
                            : (extended ? "is extended" : "returns") + " in the problem, not as the plan says")
                            + ": the plan was made for other decisions"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        PlanJson.readDecisions(planFile, problem.plan());
        return problem;
    }

    /**
     * @param problem this year's problem, its plan carrying the approved destinations
     * @param source the plan's name, for errors
     * @throws InvalidInputException when the plan is not one to start a year from (it breaks a hard rule)
     */
    public static RolloverResult next(LoadedProblem problem, String source) {
        if (!new RotationSolver().score(problem.plan()).isFeasible()) {
            throw new InvalidInputException(List.of(new InputError(source, "$.rotations",
                    "the plan breaks a hard rule: next year starts only from a plan that keeps every hard rule")));
        }
        RotationPlan plan = problem.plan();
        RotationPolicy policy = plan.getPolicy();
        int year = problem.year();
        Map<String, School> schools = new LinkedHashMap<>();
        for (School s : plan.getSchools()) {
            schools.put(s.getId(), new School(s.getId(), s.getName(), s.getKind(), s.getStage(), s.getTier(),
                    s.getAllianceId(), s.getLocation(), s.getStudents(), s.getPosts(), s.getHousingBeds(),
                    s.getReceivingCapacity()));
        }
        Map<String, TermEnd> ends = new HashMap<>();
        plan.getTermEnds().forEach(end -> ends.put(end.teacher().id(), end));

        RolloverResult.Counts counts = new RolloverResult.Counts();
        List<Teacher> kept = new ArrayList<>();
        Set<String> vacated = new HashSet<>();
        Map<String, School> workplaceNextYear = new HashMap<>();
        for (Rotation rotation : plan.getRotations()) {
            Teacher t = rotation.getTeacher();
            int age = t.age() + 1;
            if (age >= policy.retirementAge(t.gender())) {
                counts.retired++;
                if (t.isPrincipal()) {
                    vacated.add(rotation.getEffectiveSchool().getId());
                }
                continue;
            }
            Teacher next = advance(t, rotation, ends.get(t.id()), policy, year, counts);
            Teacher onNewSchools = next.onSchools(schools::get);
            kept.add(onNewSchools);
            workplaceNextYear.put(onNewSchools.id(), onNewSchools.isAwayIn(year + 1)
                    ? onNewSchools.exchange().host() : onNewSchools.homeSchool());
        }
        List<Teacher> teachers = promoteSuccessors(kept, vacated, workplaceNextYear, counts);
        teachers = dropBrokenLinks(teachers);

        RotationPlan nextPlan = RotationPlan.of(policy, List.copyOf(schools.values()), teachers,
                plan.getDistances().getSchoolMatrixKm(), year + 1, Map.of());
        LoadedProblem next = new LoadedProblem(problem.name(), year + 1, nextPlan);
        // The one validation path: what rollover writes is a problem every command reads.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProblemJson.write(next, out);
        LoadedProblem checked = ProblemJson.read(new ByteArrayInputStream(out.toByteArray()),
                problem.name() + " " + (year + 1));
        return new RolloverResult(checked, counts);
    }

    private static Teacher advance(Teacher t, Rotation rotation, TermEnd end, RotationPolicy policy, int year,
            RolloverResult.Counts counts) {
        Exchange exchange = t.exchange();
        List<RotationRecord> history = new ArrayList<>(t.history());
        School home = t.homeSchool();
        boolean awayThisYear;
        int yearsAtSchool = t.yearsAtSchool();
        if (rotation.isMoving() && rotation.getKind() == RotationKind.PRINCIPAL) {
            // An appointment: she leads the new school from now on, her first year there served.
            counts.appointed++;
            home = rotation.getDestination();
            exchange = null;
            awayThisYear = false;
            yearsAtSchool = 0;
        } else if (rotation.isMoving()) {
            counts.started++;
            exchange = new Exchange(rotation.getDestination(), rotation.getKind(), year,
                    policy.termYears(rotation.getKind()), false, false);
            awayThisYear = true;
        } else if (end != null && end.extended()) {
            counts.extended++;
            exchange = exchange.extendedBy(policy.extensionYears());
            awayThisYear = true;
        } else if (end != null) {
            counts.returned++;
            history.add(new RotationRecord(exchange.startYear(), home.getId(), exchange.host().getId(),
                    exchange.kind(), exchange.termYears()));
            exchange = null;
            awayThisYear = false;
        } else {
            awayThisYear = rotation.isAwayOnExchange();
        }
        if (!awayThisYear || policy.exchangeYearsCountAtHome()) {
            yearsAtSchool++;
        }
        Set<Exemption> exemptions = EnumSet.noneOf(Exemption.class);
        exemptions.addAll(t.exemptions());
        if (exemptions.remove(Exemption.GRADUATING_CLASS)) {
            counts.exemptionsCleared++;
        }
        boolean moved = rotation.isMoving();
        return new Teacher(t.id(), t.name(), home, t.subject(), t.role(), t.gender(), t.age() + 1, yearsAtSchool,
                t.backboneLevel(), t.degree(), t.title(), t.homeLocation(), exemptions, t.onEstablishment(),
                !moved && t.volunteer(), moved ? null : t.teamId(), t.partnerId(),
                moved ? List.of() : t.preferredSchoolIds(), exchange, history);
    }

    /** Each school whose principal retired gets the longest-serving vice-principal (else cadre, else teacher) there. */
    private static List<Teacher> promoteSuccessors(List<Teacher> teachers, Set<String> vacated,
            Map<String, School> workplace, RolloverResult.Counts counts) {
        Set<String> vacant = new HashSet<>(vacated);
        for (Teacher t : teachers) {
            if (t.isPrincipal()) {
                vacant.remove(workplace.get(t.id()).getId());
            }
        }
        Map<String, Teacher> successors = new HashMap<>();
        Comparator<Teacher> order = Comparator.comparingInt((Teacher t) -> rank(t.role()))
                .thenComparing(Comparator.comparingInt(Teacher::yearsAtSchool).reversed())
                .thenComparing(Teacher::id);
        for (String schoolId : vacant.stream().sorted().toList()) {
            teachers.stream()
                    .filter(t -> workplace.get(t.id()).getId().equals(schoolId) && !t.isPrincipal()
                            && t.exchange() == null)
                    .min(order)
                    .ifPresent(t -> successors.put(t.id(), t));
        }
        List<Teacher> result = new ArrayList<>(teachers.size());
        for (Teacher t : teachers) {
            if (successors.containsKey(t.id())) {
                counts.promoted++;
                result.add(new Teacher(t.id(), t.name(), t.homeSchool(), t.subject(), Role.PRINCIPAL, t.gender(),
                        t.age(), t.yearsAtSchool(), t.backboneLevel(), t.degree(), t.title(), t.homeLocation(),
                        t.exemptions(), t.onEstablishment(), t.volunteer(), t.teamId(), t.partnerId(),
                        t.preferredSchoolIds(), t.exchange(), t.history()));
            } else {
                result.add(t);
            }
        }
        return result;
    }

    private static int rank(Role role) {
        return switch (role) {
            case VICE_PRINCIPAL -> 0;
            case MIDDLE_LEADER -> 1;
            default -> 2;
        };
    }

    /** A partner who left and a team reduced to one member are dropped: both would be errors in the new file. */
    private static List<Teacher> dropBrokenLinks(List<Teacher> teachers) {
        Set<String> ids = new HashSet<>();
        Map<String, Integer> teamSizes = new HashMap<>();
        for (Teacher t : teachers) {
            ids.add(t.id());
            if (t.teamId() != null) {
                teamSizes.merge(t.teamId(), 1, Integer::sum);
            }
        }
        List<Teacher> result = new ArrayList<>(teachers.size());
        for (Teacher t : teachers) {
            boolean partnerGone = t.partnerId() != null && !ids.contains(t.partnerId());
            boolean teamOfOne = t.teamId() != null && teamSizes.get(t.teamId()) < 2;
            result.add(partnerGone || teamOfOne
                    ? new Teacher(t.id(), t.name(), t.homeSchool(), t.subject(), t.role(), t.gender(), t.age(),
                            t.yearsAtSchool(), t.backboneLevel(), t.degree(), t.title(), t.homeLocation(),
                            t.exemptions(), t.onEstablishment(), t.volunteer(), teamOfOne ? null : t.teamId(),
                            partnerGone ? null : t.partnerId(), t.preferredSchoolIds(), t.exchange(), t.history())
                    : t);
        }
        return result;
    }
}
