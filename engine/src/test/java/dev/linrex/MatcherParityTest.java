package dev.linrex;

import static dev.linrex.JdkParity.same;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Matcher state and search semantics, call for call against java.util.regex. */
class MatcherParityTest {

    /** Every find() with its spans, until it fails, then two more calls after the failure. */
    private static void findAll(JdkParity.M m) {
        JdkParity.noteEachFind(m);
        m.find();
        m.find();
        m.group();
        m.start();
        m.toString();
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", quoteCharacter = '"', textBlock = """
        a*                  => baaa
        a*?                 => baaa
        ""                  => abc
        ""                  => ""
        x                   => ""
        ^                   => ab
        $                   => ab
        $                   => "ab\\n"
        $                   => "ab\\r\\n"
        (?m)$               => "a\\r\\nb"
        (?m)^               => "a\\nb\\n"
        (a|ab)(c|bcd)(d*)   => abcd
        (?:(a)|b)+          => ab
        (a*)+               => b
        (a*)*               => aa
        (a)|(b)             => abab
        (?<x>a)(?<y>b)?     => aab
        \\d+              => a12b345c
        .                   => "\\r\\n\\u0085x"
        [^a]                => "\\uD83D\\uDE00a"
        \\b               => "ab cd"
        (?i)hello           => "HeLLo hello"
        a|                  => aba
        """)
    void findLoops(String regex, String text) {
        same(regex, unescape(text), MatcherParityTest::findAll);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", textBlock = """
        a+      => aaa
        a+      => aab
        a+      => baa
        a*      => ''
        (a)(b)? => a
        (a)(b)? => ab
        a|ab    => ab
        """)
    void matchesAndLookingAtThenFind(String regex, String text) {
        same(regex, text, m -> {
            m.matches();
            m.note(m.toMatchResult());
            m.hitEnd();
            m.find();
            m.note(m.toMatchResult());
            m.lookingAt();
            m.note(m.toMatchResult());
            m.find();
            m.note(m.toMatchResult());
            m.lookingAt();
            m.matches();
            m.find();
            m.note(m.toMatchResult());
        });
    }

    @Test
    void illegalStatesBeforeAndAfterMatching() {
        same("(a)(?<n>b)?", "xa", m -> {
            m.start();
            m.end();
            m.group();
            m.start(1);
            m.end(1);
            m.group(1);
            m.group("n");
            m.start("n");
            m.end("n");
            m.appendReplacement(new StringBuilder(), "x");
            m.appendReplacement(new StringBuffer(), "x");
            m.find();
            m.group(2);
            m.group(3);
            m.group(-1);
            m.start(3);
            m.end(-1);
            m.group("n");
            m.group("nope");
            m.start("nope");
            m.end("nope");
            m.group((String) null);
            m.start(2);
            m.end(2);
            m.find();
            m.group(0);
            m.start(0);
            m.toMatchResult();
        });
    }

    @Test
    void findWithStartResetsAndChecksBounds() {
        same("a", "aaa", m -> {
            m.region(1, 2);
            m.find(0);
            m.regionStart();
            m.regionEnd();
            m.start();
            m.find();
            m.find();
            m.find(3);
            m.find(4);
            m.find(-1);
            m.find();
        });
    }

    @Test
    void regions() {
        same("b$", "abc", m -> {
            m.region(0, 2);
            m.find();
            m.note(m.toMatchResult());
            m.useAnchoringBounds(false);
            m.hasAnchoringBounds();
            m.find(0);
            m.region(0, 2);
            m.find();
            m.toString();
        });
        same("\\bb", "ab", m -> {
            m.region(1, 2);
            m.find();
            m.useTransparentBounds(true);
            m.hasTransparentBounds();
            m.region(1, 2);
            m.find();
        });
        same("^a", "aaa", m -> {
            m.region(1, 3);
            m.lookingAt();
            m.matches();
            m.find();
            m.note(m.toMatchResult());
            m.find();
            m.useAnchoringBounds(false);
            m.region(1, 3);
            m.lookingAt();
        });
        same("a", "aaaa", m -> {
            m.region(-1, 2);
            m.region(0, 5);
            m.region(3, 2);
            m.region(2, 4);
            m.region(4, 4);
            m.find();
            m.region(1, 3);
            m.reset();
            m.regionStart();
            m.regionEnd();
        });
    }

    @Test
    void resetAndResetWithInput() {
        same("a+", "aa ba", m -> {
            m.find();
            m.find();
            m.reset();
            m.find();
            m.note(m.toMatchResult());
            m.reset("xaaa");
            m.find();
            m.note(m.toMatchResult());
            m.toString();
            m.reset(null);
        });
    }

    @Test
    void usePatternKeepsPositionAndDropsGroups() {
        same("a", "aab", m -> {
            m.find();
            m.usePattern("(b)");
            m.groupCount();
            m.start();
            m.end();
            m.group();
            m.group(1);
            m.toString();
            m.find();
            m.note(m.toMatchResult());
            m.usePattern("x");
            m.find();
            m.usePattern("(a)");
            m.find();
        });
        same("a", "a", m -> m.usePattern((String) null));
    }

    @Test
    void emptyMatchAtRegionEndThenFind() {
        same("", "ab", m -> {
            m.region(1, 2);
            m.find();
            m.find();
            m.find();
            m.start();
            m.group();
            m.toString();
            m.find();
        });
    }

    @Test
    void hitEndAndRequireEnd() {
        same("a+", "aa", m -> {
            m.find();
            m.hitEnd();
            m.requireEnd();
        });
        same("a$", "a", m -> {
            m.find();
            m.hitEnd();
            m.requireEnd();
        });
        same("abc", "xab", m -> {
            m.find();
            m.hitEnd();
        });
        same("abc", "abx", m -> {
            m.lookingAt();
            m.hitEnd();
        });
    }

    @Test
    void toStringForms() {
        same("(a)|b", "ab", m -> {
            m.toString();
            m.find();
            m.toString();
            m.find();
            m.toString();
            m.find();
            m.toString();
        });
    }

    /** CSV cells cannot hold control characters; write them as \n \r \\uXXXX. */
    static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char d = s.charAt(++i);
                switch (d) {
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 'u' -> {
                        sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                    default -> sb.append('\\').append(d);
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
