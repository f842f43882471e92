package dev.linrex.bench.workload;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Lookaround workloads. The rebar and SafeRE suites have none (SafeRE, like RE2/J, rejects
 * lookarounds), so these are real ones: the OWASP CRS rules with lookarounds that linrex accepts
 * ({@code corpus/crs/crs-v3.3.9-rx.tsv}), lookaround patterns from Java projects
 * ({@code corpus/realworld/wang18-java.tsv}), the textbook uses (password rules, "not followed
 * by", a lookbehind for a currency sign), and hard cases where java.util.regex backtracks
 * exponentially or quadratically inside a lookaround. Inputs are generated from a fixed seed.
 * RE2/J and SafeRE reject every one of them; the report shows them as unsupported.
 */
public final class LookaroundSuite {

    public static final String NAME = "lookaround";

    /** CRS rules (by rule id) with lookarounds that linrex accepts (942130 uses a backreference). */
    private static final List<String> CRS_RULES = List.of("920120", "953120");

    /** wang18-java.tsv patterns with lookarounds, each with the input kind it is run on. */
    private static final List<String[]> JAVA_PATTERNS = List.of(
            new String[] {"java-tls-cipher", "^(?:TLS|SSL)_((?:(?!_WITH_).)+)_WITH_(.*)_(.*)$", "ciphers"},
            new String[] {"java-ocl-collection", "(?<!\\w)(Set|Sequence|Bag|OrderedSet)\\((.*)\\)", "code"},
            new String[] {"java-ipv4-octets", "\\b((?!\\d\\d\\d)\\d+|1\\d\\d|2[0-4]\\d|25[0-5])\\.((?!\\d\\d\\d)\\d+|1\\d\\d"
                    + "|2[0-4]\\d|25[0-5])\\.((?!\\d\\d\\d)\\d+|1\\d\\d|2[0-4]\\d|25[0-5])\\.((?!\\d\\d\\d)\\d+|1\\d\\d|2[0-4]\\d"
                    + "|25[0-5])\\b", "log"},
            new String[] {"java-unescaped-quote", "\"(.*?)(?<!\\\\)\"\\s+(.*)", "code"},
            new String[] {"java-keyword-not-word", "(?<!\\w)Integer(?!\\w)", "code"});

    private LookaroundSuite() {
    }

    public static List<Workload> load(Path shared) {
        List<Workload> out = new ArrayList<>();
        String passwords = passwords(4000);
        String prose = prose(20_000);
        String prices = prices(4000);
        String html = html(3000);
        String code = code(3000);
        String log = log(3000);
        String ciphers = ciphers(3000);

        out.add(w("password-rule", "^(?=.*\\d)(?=.*[a-z])(?=.*[A-Z]).{8,}$", Operation.GREP, passwords, Set.of()));
        out.add(w("password-rule-special", "^(?=.*\\d)(?=.*[a-z])(?=.*[A-Z])(?=.*[@#$%]).{8,}$", Operation.GREP, passwords,
                Set.of()));
        out.add(w("foo-not-followed-by-bar", "\\bfoo(?!bar)", Operation.COUNT, prose, Set.of()));
        out.add(w("word-not-preceded-by-the", "(?<!\\bthe )\\bfoo\\w*", Operation.COUNT_SPANS, prose, Set.of()));
        out.add(w("price-after-dollar", "(?<=\\$)\\d+(\\.\\d\\d)?", Operation.COUNT_SPANS, prices, Set.of()));
        out.add(w("price-after-dollar-captures", "(?<=\\$)\\d+(\\.\\d\\d)?", Operation.COUNT_CAPTURES, prices,
                Set.of(Categories.CAPTURES)));
        out.add(w("thousands-separators", "\\B(?=(\\d{3})+(?!\\d))", Operation.COUNT, prices, Set.of()));
        for (String id : CRS_RULES) {
            String regex = crsRule(shared, id);
            out.add(w("crs-" + id, regex, Operation.COUNT, id.equals("920120") ? html : code, Set.of(Categories.REAL_WORLD)));
        }
        for (String[] p : JAVA_PATTERNS) {
            String input = switch (p[2]) {
                case "ciphers" -> ciphers;
                case "log" -> log;
                default -> code;
            };
            Operation op = p[1].startsWith("^") ? Operation.GREP : Operation.COUNT_CAPTURES;
            out.add(w(p[0], p[1], op, input, Set.of(Categories.REAL_WORLD)));
        }
        // Hard cases: java.util.regex re-runs the lookaround body from every start position
        // (quadratic: runs away on 10K chars) or re-scans the lookbehind window at every position.
        // Their answers are known (the JDK may not give one in time).
        out.add(w("hard-nested-plus-in-lookahead", "(?=(a+)+b)", Operation.COUNT, "a".repeat(40), Set.of(), 0L));
        out.add(w("hard-nested-plus-in-lookahead-10k", "(?=(a+)+b)", Operation.COUNT, "a".repeat(10_000), Set.of(), 0L));
        out.add(w("hard-alternation-star-in-negative-lookahead", "(?!(?:a|a)*c)a", Operation.COUNT, "a".repeat(40), Set.of(),
                40L));
        out.add(w("hard-bounded-lookbehind-scan", "(?<=a.{0,1000})b", Operation.COUNT, "a" + "xb".repeat(20_000), Set.of(),
                500L));
        out.add(w("hard-lookahead-dotstar-per-position", "(?=.*z)\\w", Operation.COUNT, "abcdefghij".repeat(2_000) + "z",
                Set.of(), 20_001L));
        return out;
    }

    private static Workload w(String id, String regex, Operation op, String input, Set<String> extra) {
        return w(id, regex, op, input, extra, null);
    }

    private static Workload w(String id, String regex, Operation op, String input, Set<String> extra, Object expected) {
        Set<String> cats = new LinkedHashSet<>(Categories.classify(regex, 0, op));
        cats.addAll(extra);
        cats.add(Categories.LOOKAROUND);
        if (id.startsWith("hard-")) {
            cats.add(Categories.PATHOLOGICAL);
        }
        return new Workload(NAME, id, cats, List.of(regex), 0, op, List.of(input), null, expected);
    }

    /** A CRS rule's regex by rule id (the last column of crs-v3.3.9-rx.tsv). */
    static String crsRule(Path shared, String ruleId) {
        for (String line : SharedData.read(shared.resolve("corpus/crs/crs-v3.3.9-rx.tsv")).split("\n")) {
            if (line.startsWith(ruleId + "\t")) {
                String[] f = line.split("\t", -1);
                return f[f.length - 1];
            }
        }
        throw new IllegalArgumentException("no CRS rule " + ruleId);
    }

    private static final String[] WORDS = {
        "the", "foo", "foobar", "food", "barfoo", "quick", "fox", "foo.", "jumps", "over", "lazy", "dog", "fool", "bar",
    };

    private static String prose(int words) {
        Random r = new Random(7);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            sb.append(WORDS[r.nextInt(WORDS.length)]).append(i % 12 == 11 ? "\n" : " ");
        }
        return sb.toString();
    }

    private static String passwords(int lines) {
        Random r = new Random(11);
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@#$%_-";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            int len = 4 + r.nextInt(14);
            // a third lower-case only, so that some rules fail late
            int span = i % 3 == 0 ? 26 : alphabet.length();
            for (int j = 0; j < len; j++) {
                sb.append(alphabet.charAt(r.nextInt(span)));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String prices(int items) {
        Random r = new Random(13);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items; i++) {
            sb.append(i % 4 == 0 ? "EUR " : "$").append(r.nextInt(1_000_000));
            if (r.nextBoolean()) {
                sb.append('.').append(10 + r.nextInt(90));
            }
            sb.append(i % 8 == 7 ? "\n" : " for item ").append(r.nextInt(100)).append(", ");
        }
        return sb.toString();
    }

    private static String html(int items) {
        Random r = new Random(17);
        String[] parts = {"&auml;", "&amp;", "&eacute;", "&quot;", "x='1'", "a=\"b\"", "caf&eacute;", "plain text ", "&apos;",
            "back\\slash", "&ccedil;", "&ntilde;", "<p>", "</p>", "; ", "&Ouml;;"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items; i++) {
            sb.append(parts[r.nextInt(parts.length)]);
        }
        return sb.toString();
    }

    private static String code(int lines) {
        Random r = new Random(19);
        String[] parts = {
            "Set(a, b)", "Sequence(1, 2, 3)", "MySet(x)", "Integer x = 1;", "BigInteger y;", "\"a \\\" b\"  rest",
            "<?php echo 1; ?>", "<?xml version=\"1.0\"?>", "Bag{1}", "OrderedSet()", "intValue", "s = \"x\" + y",
        };
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            sb.append(parts[r.nextInt(parts.length)]).append(' ').append(parts[r.nextInt(parts.length)]).append('\n');
        }
        return sb.toString();
    }

    private static String log(int lines) {
        Random r = new Random(23);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            sb.append("2026-12-01 12:00:").append(10 + r.nextInt(50)).append(" connect from ")
                    .append(r.nextInt(300)).append('.').append(r.nextInt(300)).append('.').append(r.nextInt(256)).append('.')
                    .append(r.nextInt(1200)).append(" port ").append(r.nextInt(65536)).append('\n');
        }
        return sb.toString();
    }

    private static String ciphers(int lines) {
        Random r = new Random(29);
        String[] kx = {"ECDHE_RSA", "ECDHE_ECDSA", "DHE_RSA", "RSA", "ECDH_anon", "DH_anon_EXPORT"};
        String[] enc = {"AES_128_GCM", "AES_256_CBC", "CHACHA20_POLY1305", "3DES_EDE_CBC", "RC4_128"};
        String[] mac = {"SHA256", "SHA384", "SHA", "MD5"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            sb.append(r.nextInt(5) == 0 ? "SSL_" : "TLS_").append(kx[r.nextInt(kx.length)]);
            if (r.nextInt(6) != 0) {
                sb.append("_WITH_").append(enc[r.nextInt(enc.length)]).append('_').append(mac[r.nextInt(mac.length)]);
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
