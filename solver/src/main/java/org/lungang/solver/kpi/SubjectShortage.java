package org.lungang.solver.kpi;

import org.lungang.solver.domain.Subject;

/**
 * Open posts (缺编) of one subject summed over the schools: a school's open posts are max(0, posts − staff).
 *
 * @param filled open before − open after; negative when the plan opens more posts than it fills
 */
public record SubjectShortage(Subject subject, int openBefore, int openAfter, int filled) {
}
