package dev.linrex.fuzz;

/** Spelling code points in pattern text so that they mean themselves (also under COMMENTS). */
final class Chars {
    private Chars() {}

    private static final String META = "\\^$.|?*+()[]{}#-&";

    static void literal(StringBuilder out, int cp, RegexTree.Spelling spelling, boolean inClass) {
        RegexTree.Spelling s = spelling;
        if (s == RegexTree.Spelling.OCTAL && cp > 0xff) {
            s = RegexTree.Spelling.HEX;
        }
        if (s == RegexTree.Spelling.RAW && !rawSafe(cp)) {
            s = cp < 0x80 && META.indexOf(cp) >= 0 ? null : RegexTree.Spelling.HEX;
        }
        if (s == null) { // a metacharacter: backslash + itself means itself in and out of classes
            out.append('\\').appendCodePoint(cp);
            return;
        }
        switch (s) {
            case RAW -> out.appendCodePoint(cp);
            case HEX -> out.append("\\x{").append(Integer.toHexString(cp)).append('}');
            case OCTAL -> out.append("\\0").append(Integer.toOctalString(cp));
            case UNICODE_ESCAPE -> {
                for (char c : Character.toChars(cp)) {
                    out.append(String.format("\\u%04X", (int) c));
                }
            }
        }
    }

    /** Raw is safe for printable non-ASCII and for ASCII that is neither metacharacter nor whitespace. */
    private static boolean rawSafe(int cp) {
        if (cp < 0x80) {
            return cp > 0x20 && cp < 0x7f && META.indexOf(cp) < 0;
        }
        return true;
    }

    /** A readable Java-escaped form for failure messages. */
    static String show(CharSequence s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x7f) {
                sb.append(c);
            } else {
                sb.append(String.format("\\u%04x", (int) c));
            }
        }
        return sb.append('"').toString();
    }
}
