package dev.linrex.analysis;

/**
 * Why a backtracking engine can take super-linear time on a pattern, and an input that shows it:
 * {@code prefix + pump×k + suffix}. The pump can be matched in many ways (exponentially many for
 * {@link Complexity#EXPONENTIAL}, about k^degree for {@link Complexity#POLYNOMIAL}), and the
 * suffix makes every one of those ways fail, so a backtracker tries them all.
 *
 * @param complexity exponential or polynomial
 * @param degree for polynomial: the exponent (2 = quadratic); 0 for exponential
 * @param prefix text that leads to the ambiguous part
 * @param pump the repeated text
 * @param suffix text that makes the match fail
 * @param suffixFails whether the attack was checked (with linrex) not to match; when no prefix
 *                    and suffix could be found for that, the attack may find a match early
 * @param cause a short description of the ambiguity, for people
 */
public record Finding(Complexity complexity, int degree, String prefix, String pump, String suffix,
                      boolean suffixFails, String cause) {

    /** How the work of a backtracker grows with the number of pumps. */
    public enum Complexity {
        EXPONENTIAL,
        POLYNOMIAL
    }

    /** The attack string with {@code pumps} repetitions of the pump. */
    public String attack(int pumps) {
        StringBuilder sb = new StringBuilder(prefix.length() + pump.length() * pumps + suffix.length());
        sb.append(prefix);
        for (int i = 0; i < pumps; i++) {
            sb.append(pump);
        }
        return sb.append(suffix).toString();
    }

    /** "exponential" or "polynomial (degree d)". */
    public String describeComplexity() {
        return complexity == Complexity.EXPONENTIAL ? "exponential"
                : "polynomial (degree " + degree + ")";
    }

    Finding withAffixes(String newPrefix, String newSuffix) {
        return new Finding(complexity, degree, newPrefix, pump, newSuffix, true, cause);
    }
}
