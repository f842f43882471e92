package dev.linrex;

import static dev.linrex.JdkParity.same;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** results(), toMatchResult() and the fail-fast rules, against java.util.regex. */
class ResultsTest {

    @Test
    void resultsFromTheCurrentPosition() {
        same("(a)|(b)", "xabab", m -> {
            m.results();
            m.results();
            m.reset();
            m.find();
            m.results();
            m.reset();
            m.region(2, 4);
            m.results();
        });
        same("a*", "baaa", m -> m.results());
    }

    @Test
    void snapshotsDoNotChange() {
        same("(a)(b)?", "ab a", m -> {
            java.util.regex.MatchResult none = m.toMatchResult();
            m.find();
            java.util.regex.MatchResult first = m.toMatchResult();
            m.find();
            m.reset("zzz");
            m.note(none);
            m.note(first);
            m.note(m.toMatchResult());
        });
    }

    @Test
    void snapshotNamedGroups() {
        Matcher m = Pattern.compile("(?<x>a)(?<y>b)?").matcher("a");
        m.find();
        MatchResult r = m.toMatchResult();
        m.reset("b");
        assertEquals("a", r.group("x"));
        assertEquals(null, r.group("y"));
        assertEquals(0, r.start("x"));
        assertEquals(-1, r.end("y"));
        assertEquals(IllegalArgumentException.class, assertThrows(RuntimeException.class, () -> r.group("z")).getClass());
        assertThrows(IllegalStateException.class, () -> m.toMatchResult().group("x"));
    }

    @Test
    void modifyingTheMatcherDuringResultsIsDetected() {
        java.util.regex.Matcher jdk = java.util.regex.Pattern.compile("a").matcher("aaa");
        Matcher ours = Pattern.compile("a").matcher("aaa");
        assertThrows(ConcurrentModificationException.class, () -> jdk.results().forEach(r -> jdk.reset()));
        assertThrows(ConcurrentModificationException.class, () -> ours.results().forEach(r -> ours.reset()));

        jdk.reset();
        ours.reset();
        Iterator<java.util.regex.MatchResult> ji = jdk.results().iterator();
        Iterator<MatchResult> oi = ours.results().iterator();
        ji.next();
        oi.next();
        jdk.find();
        ours.find();
        // The stream's iterator advances in hasNext(), which is where the change is reported.
        assertThrows(ConcurrentModificationException.class, ji::hasNext);
        assertThrows(ConcurrentModificationException.class, oi::hasNext);
    }

    @Test
    void exhaustedIterator() {
        Iterator<MatchResult> it = Pattern.compile("a").matcher("a").results().iterator();
        it.next();
        assertEquals(false, it.hasNext());
        assertThrows(NoSuchElementException.class, it::next);
    }

    @Test
    void replacerThatChangesTheMatcherIsDetected() {
        java.util.regex.Matcher jdk = java.util.regex.Pattern.compile("a").matcher("aaa");
        Matcher ours = Pattern.compile("a").matcher("aaa");
        assertThrows(ConcurrentModificationException.class, () -> jdk.replaceAll(r -> {
            jdk.find();
            return "";
        }));
        assertThrows(ConcurrentModificationException.class, () -> ours.replaceAll(r -> {
            ours.find();
            return "";
        }));
        assertThrows(ConcurrentModificationException.class, () -> ours.replaceFirst(r -> {
            ours.reset();
            return "";
        }));
    }

    @Test
    void streamOfResultsCanBeCollected() {
        List<String> groups = Pattern.compile("\\d+").matcher("a1b22c333").results()
                .map(MatchResult::group).collect(Collectors.toList());
        assertEquals(List.of("1", "22", "333"), groups);
    }
}
