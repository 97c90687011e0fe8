package org.lungang.data.generator;

/** Largest-remainder apportionment: whole counts that sum exactly to a total, ties to the earlier index. */
final class Apportion {

    private Apportion() {
    }

    /**
     * Splits {@code total} in proportion to {@code weights}.
     *
     * @return counts summing to total (all zero when every weight is zero and total is zero)
     */
    static int[] byWeights(double[] weights, int total) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        int[] counts = new int[weights.length];
        if (total <= 0 || sum <= 0) {
            if (total > 0 && weights.length > 0) {
                counts[0] = total;
            }
            return counts;
        }
        double[] remainders = new double[weights.length];
        int assigned = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = total * weights[i] / sum;
            counts[i] = (int) Math.floor(exact);
            remainders[i] = exact - counts[i];
            assigned += counts[i];
        }
        for (int left = total - assigned; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < weights.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            counts[best]++;
            remainders[best] = -1;
        }
        return counts;
    }
}
