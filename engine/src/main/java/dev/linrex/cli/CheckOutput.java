package dev.linrex.cli;

import dev.linrex.UnsupportedPatternException;
import dev.linrex.analysis.Finding;
import java.io.PrintStream;
import java.util.Locale;
import java.util.regex.PatternSyntaxException;

/** How {@code linrex check} prints a {@link PatternCheck}: for people, or as JSON. */
final class CheckOutput {
    private CheckOutput() {}

    /** Longest attack prefix or pump shown in full in text output. */
    private static final int SHOWN = 60;

    static void text(PatternCheck c, String cutoffText, PrintStream out) {
        out.println((c.label() == null ? "" : c.label() + "  ") + c.pattern());
        if (c.verdict() == PatternCheck.Verdict.INVALID) {
            out.println("  invalid in java.util.regex: " + c.jdkError());
            return;
        }
        out.println("  linrex:          " + linrexLine(c));
        Finding f = c.finding();
        if (f == null) {
            String why = c.notAnalysed() != null ? "not analysed: " + c.notAnalysed()
                    : c.analysis().partial() ? "no ambiguity found, but the pattern was too large for part of the analysis"
                    : "no nested or overlapping quantifiers that make backtracking super-linear";
            out.println("  java.util.regex: " + c.verdict().word() + " (" + why + ")");
            return;
        }
        out.println("  java.util.regex: " + c.verdict().word() + ", " + f.describeComplexity() + ": " + f.cause());
        out.println("  attack:          " + quote(f.prefix()) + " + " + quote(f.pump()) + "×k + " + quote(f.suffix())
                + (f.suffixFails() ? "" : "  (no suffix found that makes it fail)"));
        StringBuilder runs = new StringBuilder();
        for (AttackTiming.Run r : c.timing().runs()) {
            if (runs.length() > 0) {
                runs.append(" | ");
            }
            runs.append("k=").append(group(r.pumps())).append(' ').append(jdkTime(r, cutoffText));
        }
        out.println("  java.util.regex: " + runs);
        AttackTiming.Run last = c.timing().last();
        if (c.verdict() == PatternCheck.Verdict.SUSPECT) {
            out.println("                   (stayed under a tenth of the cut-off: java.util.regex's own"
                    + " optimisations may cover this shape, or the analysis over-approximated it)");
        } else if (f.complexity() == Finding.Complexity.EXPONENTIAL && last.pumps() > AttackTiming.LAST_EXPONENTIAL_PUMPS) {
            out.println("                   (java.util.regex memoises greedy loops over groups, which cuts the"
                    + " exponential case down; long input still makes it super-linear)");
        }
        long ours = c.timing().linrexNanos();
        out.println("  linrex:          " + (ours < 0 ? "-" : Demo.millis(ours)) + " on the same "
                + group(last.length()) + " characters (k=" + group(last.pumps()) + ")");
    }

    private static String linrexLine(PatternCheck c) {
        PatternSyntaxException e = c.rejection();
        if (e == null) {
            return "accepted, " + group(c.instructions()) + " instructions";
        }
        if (e instanceof UnsupportedPatternException u) {
            return "rejected (" + u.getClass().getSimpleName() + ", index " + u.getIndex() + "): "
                    + u.getDescription();
        }
        return "rejected: " + e.getClass().getSimpleName() + ": " + e.getDescription() + " at index " + e.getIndex();
    }

    private static String jdkTime(AttackTiming.Run r, String cutoffText) {
        if (r.gaveUp()) {
            return "> " + cutoffText;
        }
        if (r.error() != null) {
            return r.error();
        }
        return Demo.millis(r.jdkNanos());
    }

    static String quote(String s) {
        String shown = s.length() > SHOWN ? s.substring(0, SHOWN) : s;
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < shown.length(); i++) {
            char ch = shown.charAt(i);
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (ch < 0x20 || ch >= 0x7f) {
                        sb.append(String.format("\\u%04x", (int) ch));
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        sb.append('"');
        if (shown.length() < s.length()) {
            sb.append("…(").append(s.length()).append(" chars)");
        }
        return sb.toString();
    }

    static String group(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** One pattern as a JSON object (one line). */
    static String json(PatternCheck c) {
        StringBuilder sb = new StringBuilder("{");
        sb.append("\"label\":").append(Json.string(c.label()));
        sb.append(",\"pattern\":").append(Json.string(c.pattern()));
        sb.append(",\"verdict\":").append(Json.string(c.verdict().word()));
        if (c.verdict() == PatternCheck.Verdict.INVALID) {
            sb.append(",\"jdkError\":").append(Json.string(c.jdkError()));
            return sb.append('}').toString();
        }
        sb.append(",\"linrex\":{\"accepted\":").append(c.rejection() == null);
        if (c.rejection() == null) {
            sb.append(",\"instructions\":").append(c.instructions());
        } else {
            PatternSyntaxException e = c.rejection();
            sb.append(",\"exception\":").append(Json.string(e.getClass().getSimpleName()));
            if (e instanceof UnsupportedPatternException u) {
                sb.append(",\"construct\":").append(Json.string(u.getConstruct()));
            }
            sb.append(",\"index\":").append(e.getIndex());
            sb.append(",\"description\":").append(Json.string(e.getDescription()));
        }
        sb.append('}');
        if (c.notAnalysed() != null) {
            sb.append(",\"notAnalysed\":").append(Json.string(c.notAnalysed()));
        }
        Finding f = c.finding();
        if (c.analysis() != null) {
            sb.append(",\"analysisPartial\":").append(c.analysis().partial());
        }
        if (f != null) {
            sb.append(",\"complexity\":").append(Json.string(f.complexity().name().toLowerCase(Locale.ROOT)));
            sb.append(",\"degree\":").append(f.degree());
            sb.append(",\"cause\":").append(Json.string(f.cause()));
            sb.append(",\"attack\":{\"prefix\":").append(Json.string(f.prefix()));
            sb.append(",\"pump\":").append(Json.string(f.pump()));
            sb.append(",\"suffix\":").append(Json.string(f.suffix()));
            sb.append(",\"failsToMatch\":").append(f.suffixFails()).append('}');
            sb.append(",\"jdkRuns\":[");
            boolean first = true;
            for (AttackTiming.Run r : c.timing().runs()) {
                sb.append(first ? "" : ",").append("{\"pumps\":").append(r.pumps())
                        .append(",\"length\":").append(r.length())
                        .append(",\"millis\":").append(r.gaveUp() || r.error() != null ? "null"
                                : String.format(Locale.ROOT, "%.3f", r.jdkNanos() / 1e6))
                        .append(",\"gaveUp\":").append(r.gaveUp());
                if (r.error() != null) {
                    sb.append(",\"error\":").append(Json.string(r.error()));
                }
                sb.append('}');
                first = false;
            }
            sb.append("],\"linrexMillis\":").append(c.timing().linrexNanos() < 0 ? "null"
                    : String.format(Locale.ROOT, "%.3f", c.timing().linrexNanos() / 1e6));
        }
        return sb.append('}').toString();
    }
}
