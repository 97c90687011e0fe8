package org.lungang.solver.moves;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.domain.School;
import org.lungang.solver.domain.Stage;
import org.lungang.solver.domain.Subject;

/**
 * Random moves of several teachers at once, which single changes reach only through an illegal or worse state: a
 * whole team to one school (or home); two principals of the same stage exchanging the schools they will lead; and a
 * substitution at a sending school (one mover comes home, a colleague goes instead), which keeps the school's count
 * of leavers (quota, stability cap) while changing who leaves, e.g. a backbone teacher for the backbone share. Half
 * the substitutions take a colleague of the same subject to the mover's destination: the same post is filled by
 * someone else, which changes only who counts in the national indicators (the way back when a plan fills the right
 * posts but raises a coefficient) and the commute.
 * Like the generic moves, they propose only destinations in each rotation's range
 * ({@link Rotation#getReachableDestinations()}): a team only where every member may go.
 */
public class GroupMoveFactory implements MoveIteratorFactory<RotationPlan, AssignDestinationsMove> {

    // Teams, pins and principals do not change while a phase runs: collect them once, not on every step.
    private Neighbourhood neighbourhood;

    @Override
    public void phaseStarted(ScoreDirector<RotationPlan> scoreDirector) {
        neighbourhood = Neighbourhood.of(scoreDirector.getWorkingSolution());
    }

    @Override
    public void phaseEnded(ScoreDirector<RotationPlan> scoreDirector) {
        neighbourhood = null;
    }

    private Neighbourhood neighbourhood(ScoreDirector<RotationPlan> scoreDirector) {
        return neighbourhood != null ? neighbourhood : Neighbourhood.of(scoreDirector.getWorkingSolution());
    }

    @Override
    public long getSize(ScoreDirector<RotationPlan> scoreDirector) {
        return neighbourhood(scoreDirector).size();
    }

    @Override
    public Iterator<AssignDestinationsMove> createOriginalMoveIterator(ScoreDirector<RotationPlan> scoreDirector) {
        throw new UnsupportedOperationException("Group moves are selected at random only.");
    }

    @Override
    public Iterator<AssignDestinationsMove> createRandomMoveIterator(ScoreDirector<RotationPlan> scoreDirector,
            Random random) {
        Neighbourhood neighbourhood = neighbourhood(scoreDirector);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !neighbourhood.teams.isEmpty() || !neighbourhood.principalsByStage.isEmpty()
                        || !neighbourhood.candidatesBySchool.isEmpty();
            }

            @Override
            public AssignDestinationsMove next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                List<Kind> kinds = neighbourhood.kinds();
                return switch (kinds.get(random.nextInt(kinds.size()))) {
                    case TEAM -> neighbourhood.teamMove(random);
                    case PRINCIPAL_EXCHANGE -> neighbourhood.principalExchange(random);
                    case SUBSTITUTION -> neighbourhood.substitution(random);
                };
            }
        };
    }

    private enum Kind {
        TEAM,
        PRINCIPAL_EXCHANGE,
        SUBSTITUTION
    }

    /** The movable teams, principals and individual candidates (by home school) of the working plan. */
    private record Neighbourhood(List<List<Rotation>> teams, List<List<School>> teamDestinations,
            List<List<Rotation>> principalsByStage, List<List<Rotation>> candidatesBySchool,
            Map<Rotation, List<Rotation>> sameSubjectColleagues, long size) {

        List<Kind> kinds() {
            List<Kind> kinds = new ArrayList<>(3);
            if (!teams.isEmpty()) {
                kinds.add(Kind.TEAM);
            }
            if (!principalsByStage.isEmpty()) {
                kinds.add(Kind.PRINCIPAL_EXCHANGE);
            }
            if (!candidatesBySchool.isEmpty()) {
                kinds.add(Kind.SUBSTITUTION);
            }
            return kinds;
        }

        static Neighbourhood of(RotationPlan plan) {
            Map<String, List<Rotation>> teams = new LinkedHashMap<>();
            Map<String, Boolean> teamMovable = new LinkedHashMap<>();
            Map<Stage, List<Rotation>> principals = new LinkedHashMap<>();
            Map<School, List<Rotation>> candidates = new LinkedHashMap<>();
            for (Rotation rotation : plan.getRotations()) {
                if (!rotation.isPinned() && !rotation.isPrincipal() && rotation.getTeacher().teamId() == null) {
                    candidates.computeIfAbsent(rotation.getHomeSchool(), s -> new ArrayList<>()).add(rotation);
                }
                String teamId = rotation.getTeacher().teamId();
                if (teamId != null) {
                    teams.computeIfAbsent(teamId, id -> new ArrayList<>()).add(rotation);
                    teamMovable.merge(teamId, !rotation.isPinned(), Boolean::logicalAnd);
                }
                if (rotation.isPrincipal() && !rotation.isPinned()) {
                    principals.computeIfAbsent(rotation.getHomeSchool().getStage(), s -> new ArrayList<>())
                            .add(rotation);
                }
            }
            List<List<Rotation>> movableTeams = new ArrayList<>();
            List<List<School>> teamDestinations = new ArrayList<>();
            teams.forEach((id, members) -> {
                if (teamMovable.get(id) && members.size() > 1) {
                    movableTeams.add(members);
                    teamDestinations.add(commonDestinations(members));
                }
            });
            List<List<Rotation>> principalGroups = principals.values().stream()
                    .filter(group -> group.size() > 1).toList();
            List<List<Rotation>> candidateGroups = candidates.values().stream()
                    .filter(group -> group.size() > 1).toList();
            return new Neighbourhood(movableTeams, teamDestinations, principalGroups, candidateGroups,
                    sameSubjectColleagues(candidateGroups), size(teamDestinations, principalGroups, candidateGroups));
        }

        /** Per candidate, the candidates of her school who teach the same subject (herself included). */
        private static Map<Rotation, List<Rotation>> sameSubjectColleagues(List<List<Rotation>> candidatesBySchool) {
            Map<Rotation, List<Rotation>> colleagues = new HashMap<>();
            for (List<Rotation> school : candidatesBySchool) {
                Map<Subject, List<Rotation>> bySubject = new LinkedHashMap<>();
                for (Rotation rotation : school) {
                    bySubject.computeIfAbsent(rotation.getSubject(), s -> new ArrayList<>()).add(rotation);
                }
                for (Rotation rotation : school) {
                    colleagues.put(rotation, bySubject.get(rotation.getSubject()));
                }
            }
            return colleagues;
        }

        /** The number of distinct moves, asked on every step: counted once, as the neighbourhood is fixed. */
        private static long size(List<List<School>> teamDestinations, List<List<Rotation>> principalsByStage,
                List<List<Rotation>> candidatesBySchool) {
            long principalPairs = 0;
            for (List<Rotation> principals : principalsByStage) {
                principalPairs += (long) principals.size() * (principals.size() - 1) / 2;
            }
            long substitutions = 0;
            for (List<Rotation> candidates : candidatesBySchool) {
                substitutions += (long) candidates.size() * (candidates.size() - 1);
            }
            long teamMoves = 0;
            for (List<School> destinations : teamDestinations) {
                teamMoves += destinations.size() + 1L;
            }
            return teamMoves + principalPairs + substitutions;
        }

        /** The schools every member of a team may go to. */
        private static List<School> commonDestinations(List<Rotation> members) {
            List<School> common = new ArrayList<>();
            for (School school : members.get(0).getReachableDestinations()) {
                if (members.stream().allMatch(member -> member.canReach(school))) {
                    common.add(school);
                }
            }
            return common;
        }

        /**
         * One mover of a school comes home and a colleague who stays goes instead, to the mover's destination or to
         * a random school. Not doable when the picks find no mover or no one staying (a few tries, then give up).
         */
        AssignDestinationsMove substitution(Random random) {
            List<Rotation> group = candidatesBySchool.get(random.nextInt(candidatesBySchool.size()));
            Rotation mover = pick(group, random, true);
            boolean sameSubject = random.nextBoolean();
            Rotation stayer = mover == null ? null
                    : pick(sameSubject ? sameSubjectColleagues.get(mover) : group, random, false);
            if (mover == null || stayer == null) {
                return new AssignDestinationsMove("substitution", List.of(), List.of());
            }
            School destination = sameSubject || random.nextBoolean() ? mover.getDestination()
                    : randomDestination(stayer, random);
            if (!stayer.canReach(destination)) {
                return new AssignDestinationsMove("substitution", List.of(), List.of());
            }
            List<School> destinations = new ArrayList<>(2);
            destinations.add(null);
            destinations.add(destination);
            return new AssignDestinationsMove("substitution", List.of(mover, stayer), destinations);
        }

        private static School randomDestination(Rotation rotation, Random random) {
            List<School> range = rotation.getReachableDestinations();
            return range.isEmpty() ? null : range.get(random.nextInt(range.size()));
        }

        private static Rotation pick(List<Rotation> group, Random random, boolean moving) {
            for (int attempt = 0; attempt < 8; attempt++) {
                Rotation rotation = group.get(random.nextInt(group.size()));
                if (rotation.isMoving() == moving) {
                    return rotation;
                }
            }
            return null;
        }

        AssignDestinationsMove teamMove(Random random) {
            int teamIndex = random.nextInt(teams.size());
            List<Rotation> team = teams.get(teamIndex);
            List<School> reachable = teamDestinations.get(teamIndex);
            int pick = random.nextInt(reachable.size() + 1);
            School destination = pick == reachable.size() ? null : reachable.get(pick);
            List<School> destinations = new ArrayList<>(team.size());
            for (int i = 0; i < team.size(); i++) {
                destinations.add(destination);
            }
            return new AssignDestinationsMove("team", team, destinations);
        }

        /** Two principals swap the schools they lead after the plan; one back at home means "stays". */
        AssignDestinationsMove principalExchange(Random random) {
            List<Rotation> group = principalsByStage.get(random.nextInt(principalsByStage.size()));
            int first = random.nextInt(group.size());
            int second = random.nextInt(group.size() - 1);
            if (second >= first) {
                second++;
            }
            Rotation a = group.get(first);
            Rotation b = group.get(second);
            School aNext = b.getEffectiveSchool();
            School bNext = a.getEffectiveSchool();
            List<School> destinations = new ArrayList<>(2);
            destinations.add(aNext == a.getHomeSchool() ? null : aNext);
            destinations.add(bNext == b.getHomeSchool() ? null : bNext);
            for (int i = 0; i < 2; i++) {
                Rotation principal = i == 0 ? a : b;
                School next = destinations.get(i);
                if (next != null && !principal.canReach(next)) {
                    return new AssignDestinationsMove("principal exchange", List.of(), List.of());
                }
            }
            return new AssignDestinationsMove("principal exchange", List.of(a, b), destinations);
        }
    }
}
