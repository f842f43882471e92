package dev.linrex.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The alphabet is exactly the partition by membership signature over all given sets. */
class UnitClassesTest {
    @Test
    void partitionIsExactAndMinimal() {
        Random rnd = new Random(5);
        for (int round = 0; round < 20; round++) {
            int sets = 1 + rnd.nextInt(8);
            char[][] all = new char[sets][];
            UnitClasses.Builder b = new UnitClasses.Builder();
            for (int k = 0; k < sets; k++) {
                int n = 1 + rnd.nextInt(6);
                int[] pts = new int[2 * n];
                for (int i = 0; i < pts.length; i++) {
                    pts[i] = rnd.nextInt(4) == 0 ? rnd.nextInt(0x10000) : rnd.nextInt(700);
                }
                java.util.Arrays.sort(pts);
                char[] r = new char[2 * n];
                int m = 0;
                for (int i = 0; i < pts.length; i += 2) {
                    if (m > 0 && pts[i] <= r[m - 1] + 1) {
                        continue; // keep ranges disjoint and non-adjacent
                    }
                    r[m++] = (char) pts[i];
                    r[m++] = (char) pts[i + 1];
                }
                all[k] = java.util.Arrays.copyOf(r, m);
                b.add(all[k]);
            }
            UnitClasses uc = b.build();
            Map<Long, Integer> classBySignature = new HashMap<>();
            for (int c = 0; c < 0x10000; c++) {
                long sig = 0;
                for (int k = 0; k < sets; k++) {
                    if (contains(all[k], (char) c)) {
                        sig |= 1L << k;
                    }
                }
                Integer prev = classBySignature.putIfAbsent(sig, uc.classOf((char) c));
                assertEquals(prev == null ? uc.classOf((char) c) : prev, uc.classOf((char) c), "unit " + c);
            }
            assertEquals(classBySignature.size(), uc.count(), "one class per signature");
            for (int cls = 0; cls < uc.count(); cls++) {
                assertEquals(cls, uc.classOf(uc.representative(cls)));
            }
            assertTrue(uc.memoryBytes() < 140_000);
        }
    }

    private static boolean contains(char[] r, char c) {
        for (int i = 0; i < r.length; i += 2) {
            if (c >= r[i] && c <= r[i + 1]) {
                return true;
            }
        }
        return false;
    }
}
