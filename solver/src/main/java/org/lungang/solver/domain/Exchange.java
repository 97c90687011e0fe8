package org.lungang.solver.domain;

import java.util.Objects;

/**
 * A term of exchange a teacher is serving at another school (交流期). She keeps her personnel relation (人事关系) at
 * her home school and returns when the term ends. A term begun in school year {@code startYear} with {@code termYears}
 * years is served in the years {@code startYear .. startYear + termYears − 1}; she is back at home from
 * {@link #endYear()}.
 *
 * @param host the school she serves at during the term
 * @param kind support, secondment or principal, as of the move that began the term
 * @param startYear the school year the term began
 * @param termYears the length of the term in years, an extension included
 * @param extended the term has already been extended once
 * @param wishesExtension the teacher asked to stay on at the host when the term ends
 */
public record Exchange(School host, RotationKind kind, int startYear, int termYears, boolean extended,
        boolean wishesExtension) {

    public Exchange {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(kind, "kind");
    }

    /** The first school year she is back at her home school. */
    public int endYear() {
        return startYear + termYears;
    }

    /** Whether the term is over by the start of this school year: she returns (or is extended) this year. */
    public boolean endsBy(int year) {
        return endYear() <= year;
    }

    /** The same term made longer by {@code years}, marked as extended. */
    public Exchange extendedBy(int years) {
        return new Exchange(host, kind, startYear, termYears + years, true, false);
    }
}
