package org.lungang.solver.moves;

import java.util.ArrayList;
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

/**
 * Random moves that keep two hard rules intact: a whole team to one school (or home), and two principals of the same
 * stage exchanging the schools they will lead.
 */
public class TeamAndPrincipalMoveFactory implements MoveIteratorFactory<RotationPlan, AssignDestinationsMove> {

    @Override
    public long getSize(ScoreDirector<RotationPlan> scoreDirector) {
        Neighbourhood neighbourhood = Neighbourhood.of(scoreDirector.getWorkingSolution());
        long principalPairs = 0;
        for (List<Rotation> principals : neighbourhood.principalsByStage) {
            principalPairs += (long) principals.size() * (principals.size() - 1) / 2;
        }
        return neighbourhood.teams.size() * (neighbourhood.schools.size() + 1L) + principalPairs;
    }

    @Override
    public Iterator<AssignDestinationsMove> createOriginalMoveIterator(ScoreDirector<RotationPlan> scoreDirector) {
        throw new UnsupportedOperationException("Team and principal moves are selected at random only.");
    }

    @Override
    public Iterator<AssignDestinationsMove> createRandomMoveIterator(ScoreDirector<RotationPlan> scoreDirector,
            Random random) {
        Neighbourhood neighbourhood = Neighbourhood.of(scoreDirector.getWorkingSolution());
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !neighbourhood.teams.isEmpty() || !neighbourhood.principalsByStage.isEmpty();
            }

            @Override
            public AssignDestinationsMove next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                boolean team = neighbourhood.principalsByStage.isEmpty()
                        || (!neighbourhood.teams.isEmpty() && random.nextBoolean());
                return team ? neighbourhood.teamMove(random) : neighbourhood.principalExchange(random);
            }
        };
    }

    /** The movable teams and principals of the working plan. */
    private record Neighbourhood(List<School> schools, List<List<Rotation>> teams,
            List<List<Rotation>> principalsByStage) {

        static Neighbourhood of(RotationPlan plan) {
            Map<String, List<Rotation>> teams = new LinkedHashMap<>();
            Map<String, Boolean> teamMovable = new LinkedHashMap<>();
            Map<Stage, List<Rotation>> principals = new LinkedHashMap<>();
            for (Rotation rotation : plan.getRotations()) {
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
            teams.forEach((id, members) -> {
                if (teamMovable.get(id) && members.size() > 1) {
                    movableTeams.add(members);
                }
            });
            List<List<Rotation>> principalGroups = principals.values().stream()
                    .filter(group -> group.size() > 1).toList();
            return new Neighbourhood(plan.getSchools(), movableTeams, principalGroups);
        }

        AssignDestinationsMove teamMove(Random random) {
            List<Rotation> team = teams.get(random.nextInt(teams.size()));
            int pick = random.nextInt(schools.size() + 1);
            School destination = pick == schools.size() ? null : schools.get(pick);
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
            return new AssignDestinationsMove("principal exchange", List.of(a, b), destinations);
        }
    }
}
