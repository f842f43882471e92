package dev.linrex.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linrex.syntax.Parser;
import org.junit.jupiter.api.Test;

/**
 * When a pattern's required-literal filter is built and which searches it is asked about: after
 * the warm-up (short searches count towards it), every long search, and short searches only
 * while the filter keeps rejecting them.
 */
class LazyRequiredLiteralsTest {
    private static LazyRequiredLiterals lazy(String re, long warm) {
        return LazyRequiredLiterals.ofTree(Parser.parse(re, 0), warm);
    }

    @Test
    void builtOnceTheWarmUpIsSearchedShortSearchesIncluded() {
        LazyRequiredLiterals l = lazy("(a+)+!", 300);
        for (int i = 0; i < 9; i++) {
            assertNull(l.filter(30), "search " + i + " is still warming up");
        }
        assertNull(l.built());
        assertNotNull(l.filter(30), "the tenth 30-unit search passes 300 units");
        assertNotNull(l.built());
        assertNotNull(l.filter(10_000), "long searches are always filtered");
    }

    @Test
    void shortSearchesAreFilteredWhileTheFilterRejectsThem() {
        LazyRequiredLiterals l = lazy("(a+)+!", 0L + 1);
        l.filter(200); // built
        for (int i = 0; i < 100; i++) {
            assertNotNull(l.filter(30), "rejecting: search " + i);
            l.rejected(30);
        }
        // Now the short searches stop being rejected: filtering them soon stops, but for probes.
        int filtered = 0;
        for (int i = 0; i < 1600; i++) {
            if (l.filter(30) != null) {
                filtered++;
            }
        }
        assertTrue(filtered < 1600 / 16 + 450, "filtered " + filtered + " of 1600 short searches that passed");
        int late = 0;
        for (int i = 0; i < 1600; i++) {
            if (l.filter(30) != null) {
                late++;
            }
        }
        assertEquals(1600 / 16, late, "once rejections are rare, one short search in sixteen is a probe");
        // Rejections come back: the probes notice, and filtering resumes.
        int resumed = 0;
        for (int i = 0; i < 3200; i++) {
            if (l.filter(30) != null) {
                resumed++;
                l.rejected(30);
            }
        }
        assertTrue(resumed > 2000, "filtered " + resumed + " of 3200 short searches, all of them rejected");
        assertNotNull(l.filter(10_000), "long searches are always filtered");
    }
}
