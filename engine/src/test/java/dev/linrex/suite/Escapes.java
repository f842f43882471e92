package dev.linrex.suite;

/** The corpus's text escapings (see the corpus README). */
public final class Escapes {
    private Escapes() {}

    /** Thrown for a field that uses {@code \xHH} (a raw non-UTF-8 byte) or is malformed. */
    public static final class NotText extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        NotText(String why) {
            super(why);
        }
    }

    /**
     * Escaping "E", undone left to right: {@code \\ \t \n \r \\uXXXX}; {@code \xHH} (a raw byte that
     * is not UTF-8) throws {@link NotText}; any other char is literal.
     */
    public static String unescapeE(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                b.append(c);
                continue;
            }
            if (i + 1 >= s.length()) {
                throw new NotText("lone backslash at end");
            }
            char n = s.charAt(++i);
            switch (n) {
                case '\\' -> b.append('\\');
                case 't' -> b.append('\t');
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                case 'u' -> {
                    if (i + 4 >= s.length()) {
                        throw new NotText("short \\u escape");
                    }
                    try {
                        b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    } catch (NumberFormatException e) {
                        throw new NotText("bad \\u escape");
                    }
                    i += 4;
                }
                case 'x' -> throw new NotText("raw byte \\x" + s.substring(i + 1, Math.min(s.length(), i + 3)));
                default -> throw new NotText("unknown escape \\" + n);
            }
        }
        return b.toString();
    }

    /**
     * RegExTest.grabLine's unescaping, exactly: every two-char {@code \n} becomes LF (searching
     * again from the start after each replacement), then every {@code \\uXXXX} becomes that UTF-16
     * unit, the same way. It runs on pattern, input and expectation lines alike.
     */
    public static String grabLine(String line) {
        String s = line;
        int index;
        while ((index = s.indexOf("\\n")) != -1) {
            s = s.substring(0, index) + "\n" + s.substring(index + 2);
        }
        while ((index = s.indexOf("\\u")) != -1) {
            if (index + 6 > s.length()) {
                throw new NotText("short \\u escape");
            }
            char c;
            try {
                c = (char) Integer.parseInt(s.substring(index + 2, index + 6), 16);
            } catch (NumberFormatException e) {
                throw new NotText("bad \\u escape");
            }
            s = s.substring(0, index) + c + s.substring(index + 6);
        }
        return s;
    }
}
