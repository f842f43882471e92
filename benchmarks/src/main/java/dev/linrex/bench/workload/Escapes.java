package dev.linrex.bench.workload;

import com.google.gson.JsonParser;

/** The text encodings used by the shared data files. */
final class Escapes {

    private Escapes() {
    }

    /** A cell holding a JSON string literal (rebar's regex and haystack columns). */
    static String jsonString(String cell) {
        return JsonParser.parseString(cell).getAsString();
    }

    /**
     * The corpus README's escaping "E", undone left to right: \\ \t \n \r \\uXXXX; \xHH (a raw
     * byte) becomes the Latin-1 char.
     */
    static String unescapeE(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                sb.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case '\\' -> sb.append('\\');
                case 't' -> sb.append('\t');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 'u' -> {
                    sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                case 'x' -> {
                    sb.append((char) Integer.parseInt(s.substring(i + 1, i + 3), 16));
                    i += 2;
                }
                default -> sb.append('\\').append(n);
            }
        }
        return sb.toString();
    }

    /** Escapes regex metacharacters of one literal line (rebar's {@code literal: true}). */
    static String literal(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("\\.+*?()|[]{}^$".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
