package dev.linrex.waf;

import dev.linrex.Pattern;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the WAF benchmark evaluates: the request-phase CRS groups (one {@link dev.linrex.RegexSet}
 * each), the same loaded rules compiled one by one with java.util.regex and with linrex, and a
 * generated request already transformed with each group's chain (transformation cost is the
 * same for every engine and is not what is compared). Each evaluation answers "how many rules
 * match", per group, summed.
 */
public final class WafWorkload {
    /** One attack string in about this many request values. */
    public static final int ATTACK_EVERY = 40;

    private final List<RuleGroup> groups;
    private final List<List<java.util.regex.Pattern>> jdk = new ArrayList<>();
    private final List<List<Pattern>> linrex = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();
    private final int size;

    public WafWorkload(Path shared, int size, long seed) throws IOException {
        Path tsv = shared.resolve("corpus/crs/crs-rx.tsv");
        if (!Files.isRegularFile(tsv)) {
            throw new IOException(tsv + " not found (set -Dlinrex.shared=...)");
        }
        this.groups = CrsRuleSet.load(tsv).requestGroups();
        this.size = size;
        String request = Requests.request(size, seed, ATTACK_EVERY);
        for (RuleGroup g : groups) {
            List<java.util.regex.Pattern> j = new ArrayList<>();
            List<Pattern> l = new ArrayList<>();
            for (int i = 0; i < g.rules().size(); i++) {
                if (g.set().isAccepted(i)) {
                    j.add(java.util.regex.Pattern.compile(g.rules().get(i).regex()));
                    l.add(Pattern.compile(g.rules().get(i).regex()));
                }
            }
            jdk.add(j);
            linrex.add(l);
            texts.add(Transformation.applyAll(g.chain(), request));
        }
    }

    public int size() {
        return size;
    }

    /** Rules loaded in the request groups. */
    public int rules() {
        return jdk.stream().mapToInt(List::size).sum();
    }

    /** Matching rules over all request groups, one RegexSet pass per group. */
    public int set() {
        int n = 0;
        for (int g = 0; g < groups.size(); g++) {
            n += groups.get(g).set().matches(texts.get(g)).length;
        }
        return n;
    }

    /** The same with a java.util.regex find per rule. */
    public int jdkLoop() {
        int n = 0;
        for (int g = 0; g < groups.size(); g++) {
            CharSequence t = texts.get(g);
            for (java.util.regex.Pattern p : jdk.get(g)) {
                if (p.matcher(t).find()) {
                    n++;
                }
            }
        }
        return n;
    }

    /** The same with a linrex find per rule. */
    public int linrexLoop() {
        int n = 0;
        for (int g = 0; g < groups.size(); g++) {
            CharSequence t = texts.get(g);
            for (Pattern p : linrex.get(g)) {
                if (p.matcher(t).find()) {
                    n++;
                }
            }
        }
        return n;
    }

    public int run(String engine) {
        return switch (engine) {
            case "set" -> set();
            case "jdkLoop" -> jdkLoop();
            case "linrexLoop" -> linrexLoop();
            default -> throw new IllegalArgumentException("engine " + engine);
        };
    }

    /** Quick look without JMH: {@code WafWorkload SHARED SIZE ENGINE...}. */
    public static void main(String[] args) throws Exception {
        WafWorkload w = new WafWorkload(Path.of(args[0]), Integer.parseInt(args[1]), 1);
        for (int i = 2; i < args.length; i++) {
            for (int it = 0; it < 3; it++) {
                long t0 = System.nanoTime();
                int n = w.run(args[i]);
                long dt = System.nanoTime() - t0;
                System.out.printf("%s size=%d matches=%d %.2f MB/s%n", args[i], w.size, n, w.size / 1e6 / (dt / 1e9));
            }
        }
    }
}
