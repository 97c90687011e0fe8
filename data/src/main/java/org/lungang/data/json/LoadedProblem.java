package org.lungang.data.json;

import org.lungang.solver.domain.RotationPlan;

/**
 * A problem file, loaded: its name and school year, and the unsolved plan with the planner's decisions applied.
 *
 * @param year the school year the rotation takes effect (e.g. 2025 for 2025–2026)
 */
public record LoadedProblem(String name, int year, RotationPlan plan) {
}
