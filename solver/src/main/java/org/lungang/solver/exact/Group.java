package org.lungang.solver.exact;

import java.util.List;

import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.School;
import org.lungang.solver.domain.Subject;

/**
 * Free teachers the core model treats as one: a group of one, or interchangeable teachers when aggregating (same
 * home school, subject, cadre and backbone flags, homes within about a kilometre, no team, partner or forbidden
 * school).
 */
record Group(List<Rotation> members, School home, Subject subject, boolean backbone, boolean cadreOrBackbone) {

    int size() {
        return members.size();
    }
}
