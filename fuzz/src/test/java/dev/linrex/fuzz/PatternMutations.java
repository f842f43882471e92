package dev.linrex.fuzz;

import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Pattern text that is mostly not valid: arbitrary strings over the metacharacters and escape
 * letters, and generated valid patterns with a few characters inserted, deleted or replaced.
 */
final class PatternMutations {
    private PatternMutations() {}

    /** Characters that make syntax: metacharacters, escape and flag letters, digits, odd code points. */
    static final String SYNTAX = "()[]{}?*+|^$\\.-&:=!<>#,PpQEkbBxuc0123AZaz_ imsxduUN\u00e9\uD83D\uDE00";

    static Arbitrary<String> arbitraryText() {
        Arbitrary<Character> syntax = Arbitraries.of(SYNTAX.chars().mapToObj(c -> (char) c).toList());
        Arbitrary<Character> any = Arbitraries.chars();
        return Arbitraries.frequencyOf(Tuple.of(9, syntax), Tuple.of(1, any)).list().ofMaxSize(24)
                .map(l -> {
                    StringBuilder sb = new StringBuilder();
                    l.forEach(sb::append);
                    return sb.toString();
                });
    }

    /** One edit: position (scaled onto the text), kind 0 insert / 1 delete / 2 replace, and a character. */
    private record Edit(int at, int kind, char c) {}

    static Arbitrary<String> mutatedValidPattern() {
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, 2),
                Arbitraries.of(SYNTAX.chars().mapToObj(c -> (char) c).toList())).as(Edit::new);
        return Combinators.combine(RegexArbitraries.pattern(), edit.list().ofMinSize(1).ofMaxSize(3))
                .as((tree, edits) -> apply(tree.render(), edits));
    }

    private static String apply(String pattern, List<Edit> edits) {
        StringBuilder sb = new StringBuilder(pattern);
        for (Edit e : edits) {
            int at = e.at() * (sb.length() + 1) / 1001;
            if (e.kind() == 0 || sb.length() == 0) {
                sb.insert(at, e.c());
            } else if (at < sb.length()) {
                if (e.kind() == 1) {
                    sb.deleteCharAt(at);
                } else {
                    sb.setCharAt(at, e.c());
                }
            }
        }
        return sb.toString();
    }

    /** Any combination of the valid compile flags, LITERAL and CANON_EQ included. */
    static Arbitrary<Integer> anyFlags() {
        int[] bits = {Pattern.UNIX_LINES, Pattern.CASE_INSENSITIVE, Pattern.COMMENTS, Pattern.MULTILINE, Pattern.LITERAL,
            Pattern.DOTALL, Pattern.UNICODE_CASE, Pattern.CANON_EQ, Pattern.UNICODE_CHARACTER_CLASS};
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(0)),
                Tuple.of(1, Arbitraries.integers().between(0, (1 << bits.length) - 1).map(mask -> {
                    int f = 0;
                    for (int i = 0; i < bits.length; i++) {
                        if ((mask & (1 << i)) != 0) {
                            f |= bits[i];
                        }
                    }
                    return f;
                })));
    }
}
