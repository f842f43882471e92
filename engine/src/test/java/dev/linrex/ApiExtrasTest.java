package dev.linrex;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;

/** API behaviour that has no java.util.regex counterpart on JDK 17, or differs on purpose. */
class ApiExtrasTest {

    @Test
    void splitWithDelimitersAsJdk21() {
        // Values printed by JDK 25's java.util.regex.Pattern.splitWithDelimiters.
        assertArrayEquals(new String[] {"boo", "::", "", ":", "and", "::", "foo"},
                Pattern.compile("::|:").splitWithDelimiters("boo:::and::foo", 0));
        assertArrayEquals(new String[] {"b", "o", "", "o", ":::and::f", "o", "", "o", ""},
                Pattern.compile("o").splitWithDelimiters("boo:::and::foo", -2));
    }

    @Test
    void serializationKeepsSourceAndFlags() throws Exception {
        Pattern p = Pattern.compile("a.(?s)b", Pattern.CASE_INSENSITIVE);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(p);
        }
        Pattern q;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            q = (Pattern) in.readObject();
        }
        assertEquals(p.pattern(), q.pattern());
        assertEquals(p.flags(), q.flags());
        assertEquals(p.matcher("A\nb").matches(), q.matcher("A\nb").matches());
        assertEquals(p.matcher("A\nB").find(), q.matcher("A\nB").find());
    }

    @Test
    void rejectedConstructsAreUnsupportedPatternExceptions() {
        for (String re : new String[] {"(a)\\1", "(?!(a))", "(?<=(a)|b)c", "(?>a)", "a*+", "\\G"}) {
            UnsupportedPatternException e = assertThrows(UnsupportedPatternException.class, () -> Pattern.compile(re));
            assertTrue(e instanceof PatternSyntaxException);
            assertEquals(re, e.getPattern());
        }
    }

    @Test
    void noStackOverflowOnLongRepetition() {
        String text = "ab".repeat(500_000);
        assertThrows(StackOverflowError.class, () -> java.util.regex.Pattern.compile("(a|b)*").matcher(text).matches());
        Matcher m = Pattern.compile("(a|b)*").matcher(text);
        assertTrue(m.matches());
        assertEquals("b", m.group(1));
        assertEquals(text.length() - 1, m.start(1));
    }

    @Test
    void namedGroupsThroughMatchResult() {
        Matcher m = Pattern.compile("(?<k>\\w+)=(?<v>\\w*)").matcher("a=1 b=");
        assertTrue(m.find());
        MatchResult r = m;
        assertEquals("a", r.group("k"));
        assertEquals(2, r.start("v"));
        assertEquals(3, r.end("v"));
        assertTrue(r.hasMatch());
        assertEquals(java.util.Map.of("k", 1, "v", 2), r.namedGroups());
        assertEquals(java.util.List.of("1", ""), m.reset().results().map(x -> x.group("v")).toList());
    }
}
