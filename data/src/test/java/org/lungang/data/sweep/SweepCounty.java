package org.lungang.data.sweep;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.lungang.data.json.LoadedProblem;
import org.lungang.data.json.ProblemJson;

/**
 * The sweep test county ({@code sweep-county.json}): two urban primary schools of 17 eligible maths teachers (3 of
 * them surplus to posts, and 3 the most either may lose under the stability cap) and three village schools with open
 * maths posts, one of them 58 km away with no turnover housing. The shortage reward and the balance goals weigh 0,
 * so that moving only costs (commute, seniority) and the quotas alone decide how many rotate: ceil(quota × 17) per
 * urban school, up to 3.
 */
final class SweepCounty {

    static final String FAR_VILLAGE = "V3";

    private SweepCounty() {
    }

    static LoadedProblem load() {
        try (InputStream in = SweepCounty.class.getResourceAsStream("/sweep-county.json")) {
            return ProblemJson.read(in, "sweep-county.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
