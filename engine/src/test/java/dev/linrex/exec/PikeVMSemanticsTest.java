package dev.linrex.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.linrex.nfa.Compiler;
import dev.linrex.nfa.Program;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Find sequences with group spans from the Pike VM, compared with java.util.regex. */
class PikeVMSemanticsTest {
    static String jdk(String re, String s) {
        Matcher m = Pattern.compile(re).matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            sb.append('[').append(m.start()).append(',').append(m.end());
            for (int g = 1; g <= m.groupCount(); g++) {
                sb.append(" g").append(g).append('=').append(m.start(g)).append(',').append(m.end(g));
            }
            sb.append(']');
        }
        return sb.toString();
    }

    static String ours(String re, String s) {
        Program prog = Compiler.compile(dev.linrex.syntax.Parser.parse(re, 0));
        PikeVM vm = new PikeVM(prog);
        PikeVM.Cache cache = vm.newCache();
        SearchInput in = SearchInput.of(s);
        int[] slots = new int[prog.slotCount];
        StringBuilder sb = new StringBuilder();
        int from = 0;
        int lastEnd = -1;
        while (from <= s.length() && vm.search(in, from, Anchor.UNANCHORED, slots, cache)) {
            sb.append('[').append(slots[0]).append(',').append(slots[1]);
            for (int g = 1; g <= prog.groupCount; g++) {
                sb.append(" g").append(g).append('=').append(slots[2 * g]).append(',').append(slots[2 * g + 1]);
            }
            sb.append(']');
            from = slots[1] == slots[0] ? slots[1] + 1 : slots[1];
        }
        return sb.toString();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '\t', quoteCharacter = '\'', value = {
        "a*\tbaaa", "()*\t''", "(()){2}\t''", "(\\b)*\ta", "(\\b)+\ta", "(a?)*\ta", "(a*)*\taa", "(a?)*?b\tab",
        "(a*)+\tb", "(a*){2,3}\tb", "(?:(a)|b)*\tab", "((a?)*)*\taa", "(a|b?)*\tab", "(a?){3}\ta", "(a?){3,}\ta",
        "(a?b?)*c\tabc", "(a|ab)(c|bcd)(d*)\tabcd", "(x+)+y\txxxxy", "(a|b)*?c\tababc", "a{2,3}?\taaaa",
        "((a)|b)+\tabab", "(a*)+?\taa", "(a*?)*\taa", "(a*?)+?b\taab", "((a*)b?)*\taabab", "(a|)+\taa",
        "(|a)+\taa", "(|a)*?b\taab", "(a?){2,5}?c\taac", "(?:a?){2,}\taaa", "$\tab\\n", "a$|b\tab\\nb", "$\ta\\r\\n", "a$\ta\\u0085",
        "\\bfoo\\b\ta foo food", "[^a]\t\uD83D\uDE00x", ".\t\uD83D\uDE00", "(a{0,2}){2}\taaa", "((a{0,2}){2})*\taaaaa",
        "(?:(a)|(b))+\tab", "(\\d)+(\\.(\\d)+)*\t7.77.7", "(a(b)+)*\tabbab", "(a(b)+)*\tabab", "(?:(a)+b)*\taabab",
        "(a(b){1,3})*\tabbabbb", "(a(b){2,})*\tabbbabb", "((ab)+c)*\tababcabc", "\\B\ta\uD83D\uDE00", "\\B|[^a]\ta\uD83D\uDE00",
        "[\uDC00-\uDFFF]\t\uD83D\uDE00", "(a(b)?)+\tabab", "(a(b){0,1})+\tabab", "(a(b){1,3})+\tabbbab",
        "(a(b){0,2})+\tabab", "(a(b)+)+\tabbab", "(a(b){2,})+\tabbbab", "(a+|b+)*c\taabbc", "(.*){3}x\taaax", "(\\s*)*$\t  x  ",
    })
    void agreesWithJdk(String re, String rawInput) {
        String input = rawInput.replace("\\n", "\n").replace("\\r", "\r").replace("\\u0085", "\u0085");
        assertEquals(jdk(re, input), ours(re, input), re + " on " + input);
    }
}
