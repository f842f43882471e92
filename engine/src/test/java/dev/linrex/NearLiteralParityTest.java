package dev.linrex;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A literal set with a required-literal filter is first looked for within 32 units of each search
 * start (Strategy's near-literal look, before the filter; literals up to 16 units): every find, region, bound and hitEnd
 * must stay java.util.regex's, with literals of every length straddling that window and shorter
 * literals after longer ones that start earlier.
 */
class NearLiteralParityTest {
    private static final String[] PATTERNS = {
        "(?i)keyword_to_find", "(?i)x_|abcdefghijklmn_", "(?i)abcdefghijklmn_|x_", "(?i)ab_|ab_cdefghijklmnop",
        "(?i)ab_cdefghijklmnop|ab_", "(?i)q_z(?:zzzzzzzzzz)?", "(?i)k_y|y_k",
        // A shorter literal inside a longer one that starts earlier: where the longer one
        // straddles the window's end, the shorter one is the first found inside it.
        "(?i)ab_cd_ef_gh_ij|ef_", "(?i)gh_|ab_cd_ef_gh_ij",
    };
    private static final String[] PIECES = {
        "keyword_to_find", "KeyWord_To_Find", "keyword_to_fin", "x_", "X_", "abcdefghijklmn_", "ABCDEFGHIJKLMN",
        "ab_", "AB_CDEFGHIJKLMNOP", "ab_cdefghijklmno", "q_z", "Q_ZZZZZZZZZZZ", "k_y", "Y_K", "_", " ", "k", "y",
        "ab_cd_ef_gh_ij", "AB_CD_EF_GH_IJ", "ef_", "GH_",
    };

    @Test
    void findsAsTheJdkAroundTheWindow() {
        Random r = new Random(20261202);
        for (String regex : PATTERNS) {
            for (int i = 0; i < 120; i++) {
                StringBuilder sb = new StringBuilder();
                // Filler up to ~40-130 units so that pieces fall on both sides of the 32-unit window.
                int filler = 40 + r.nextInt(90);
                while (sb.length() < filler) {
                    sb.append(r.nextInt(3) == 0 ? PIECES[r.nextInt(PIECES.length)] : "abcdefgh".charAt(r.nextInt(8)));
                }
                int n = r.nextInt(4);
                for (int k = 0; k < n; k++) {
                    sb.append(PIECES[r.nextInt(PIECES.length)]);
                }
                JdkParity.sameSearches(regex, sb.toString(), r);
            }
        }
    }
}
