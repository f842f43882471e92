package dev.linrex.waf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The WAF benchmark's engines count the same matching rules: all request groups in one
 * {@link dev.linrex.RegexSet#matchesEach} call ({@code set}, scans interleaved), one
 * {@code matches} call per group ({@code setEach}), and java.util.regex per rule.
 */
class WafWorkloadTest {
    @Test
    void oneMatchesEachCallCountsWhatEachSetAndTheJdkLoopCount() throws Exception {
        Path shared = CrsRuleSetTest.crs("crs-rx.tsv").getParent().getParent().getParent(); // skips without it
        for (int size : new int[] {1_000, 5_000}) {
            WafWorkload w = new WafWorkload(shared, size, 1);
            int each = w.setEach();
            assertTrue(each > 0, "some rules match the generated request");
            for (int i = 0; i < 3; i++) { // cold, then warm DFAs
                assertEquals(each, w.set(), "size " + size);
            }
            assertEquals(each, w.jdkLoop(), "size " + size);
        }
    }
}
