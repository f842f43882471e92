package dev.linrex.bench.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnginesTest {

    @Test
    void everyAdapterForwardsTheJdkMeaning() {
        for (Engine e : Engines.all()) {
            RegexMatcher m = e.compile("(a)(b)?", 0).matcher("xa ab");
            assertEquals(true, m.find(), e.name());
            assertEquals(List.of(1, 2, 1, 2, -1), List.of(m.start(), m.end(), m.start(1), m.end(1), m.start(2)), e.name());
            assertEquals("xA AB", e.compile("(a)(b)?", 0).matcher("xa ab").replaceAll("A$2").replace("b", "B"), e.name());
        }
    }

    @Test
    void safereIsThereExactlyOnJdk21AndLater() {
        boolean newJdk = Runtime.version().feature() >= 21;
        assertEquals(newJdk, Engines.safere() != null,
                "SafeRE adapter presence on JDK " + Runtime.version().feature());
    }
}
