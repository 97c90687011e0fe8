package org.lungang.solver.constraints;

import org.lungang.solver.domain.School;
import org.lungang.solver.domain.Subject;

/** A school's staffing of one subject: the key that staffing constraints group by. */
record SchoolSubject(School school, Subject subject) {
}
