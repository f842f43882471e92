package dev.linrex.nfa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.linrex.syntax.Parser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequiredLiteralsTest {
    /** The groups as "[a, b] & [c]", or null. */
    private static String groups(String regex, int flags) {
        List<String[]> g = RequiredLiterals.of(Parser.parse(regex, flags));
        if (g == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (String[] needles : g) {
            String[] sorted = needles.clone();
            Arrays.sort(sorted);
            parts.add(Arrays.toString(sorted));
        }
        return String.join(" & ", parts);
    }

    @Test
    void innerLiteralsOfEachChunkAreRequiredOnTheirOwn() {
        assertEquals("[[] & []]", groups("([\\S]+)\\b\\[(.+)\\]", 0));
        assertEquals("[<meta_start>] & [<meta_end>]", groups("(?s)<meta_start>.*?<meta_end>", 0));
        assertEquals("[entity] & [<] & [>]", groups("<[^>]*entity[^>]*>{1,2}", 0));
    }

    @Test
    void alternativesMakeOneGroupAndOptionalPartsNone() {
        assertEquals("[bar, foo]", groups("(?:foo|bar)\\d*", 0));
        assertEquals("[a]", groups("a(?:xyz)?", 0));
        assertNull(groups("x*|y", 0), "a branch that needs nothing");
        assertNull(groups("\\w+", 0), "a wide class is no needle");
    }

    @Test
    void caseInsensitiveNeedlesCoverEveryFoldedVariant() {
        // ASCII folding: k and K; Unicode folding adds the Kelvin sign (and the long s for s).
        assertEquals("[K, k]", groups("(?i)k\\d", 0));
        assertEquals("[K, k, \u212A]", groups("(?iu)k\\d", 0));
        assertEquals("[S, s, \u017F]", groups("(?iu)s\\d", 0));
        // A case-insensitive word: separate positions, each required on its own; '_' never folds.
        String kw = groups("(?i)keyword_to_find", 0);
        assertEquals(true, kw.startsWith("[_] & "), kw);
    }

    @Test
    void lookaroundBodiesAreNotConsumedText() {
        assertEquals("[x]", groups("(?=.*secret)x", 0));
        assertEquals("[cd]", groups("(?<=ab)cd", 0));
        assertNull(groups("(?=abc)", 0));
    }

    @Test
    void supplementaryCodePointsAreSurrogatePairs() {
        assertEquals("[\uD83D\uDE00x]", groups("\uD83D\uDE00x", 0));
        assertEquals("[\uD83D\uDE00, \uD83D\uDE01]", groups("[\uD83D\uDE00\uD83D\uDE01]\\d", 0));
    }
}
