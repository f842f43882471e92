package dev.linrex.waf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The ModSecurity/Coraza transformations ({@code t:name}) that CRS rules apply to a target
 * before matching, as documented in the ModSecurity reference manual; the common ones only.
 * Each is a pure function of the string.
 */
public enum Transformation {
    /** {@code t:lowercase}. */
    LOWERCASE("lowercase", s -> s.toLowerCase(Locale.ROOT)),
    /** {@code t:urlDecode}: {@code %XX} and {@code +}; invalid escapes kept as they are. */
    URL_DECODE("urlDecode", s -> urlDecode(s, false)),
    /** {@code t:urlDecodeUni}: as urlDecode plus IIS {@code %uXXXX}. */
    URL_DECODE_UNI("urlDecodeUni", s -> urlDecode(s, true)),
    /** {@code t:htmlEntityDecode}: {@code &#NN; &#xHH;} and the named entities CRS cares about. */
    HTML_ENTITY_DECODE("htmlEntityDecode", Transformation::htmlEntityDecode),
    /** {@code t:removeNulls}. */
    REMOVE_NULLS("removeNulls", s -> s.indexOf('\0') < 0 ? s : s.replace("\0", "")),
    /** {@code t:compressWhitespace}: runs of whitespace become one space. */
    COMPRESS_WHITESPACE("compressWhitespace", s -> s.replaceAll("[\\s\\x0b\\u00a0]+", " ")),
    /** {@code t:removeWhitespace}. */
    REMOVE_WHITESPACE("removeWhitespace", s -> s.replaceAll("[\\s\\x0b\\u00a0]+", "")),
    /** {@code t:normalizePath}: removes {@code ./} and resolves {@code dir/../}, collapses {@code //}. */
    NORMALIZE_PATH("normalizePath", Transformation::normalizePath),
    /** {@code t:cmdLine}: drops {@code \ " ' ^}, spaces before {@code / (} and commas/semicolons become spaces, lowercase. */
    CMD_LINE("cmdLine", Transformation::cmdLine);

    private final String name;
    private final UnaryOperator<String> function;

    Transformation(String name, UnaryOperator<String> function) {
        this.name = name;
        this.function = function;
    }

    public String modsecName() {
        return name;
    }

    public String apply(String s) {
        return function.apply(s);
    }

    /** Applies a chain left to right. */
    public static String applyAll(List<Transformation> chain, String s) {
        for (Transformation t : chain) {
            s = t.apply(s);
        }
        return s;
    }

    /** Parses {@code t:none,t:urlDecodeUni,...} (or without {@code t:}); {@code none} clears the chain. */
    public static List<Transformation> parse(String spec) {
        List<Transformation> chain = new ArrayList<>();
        for (String part : spec.split(",")) {
            String n = part.trim().replaceFirst("^t:", "");
            if (n.isEmpty()) {
                continue;
            }
            if (n.equals("none")) {
                chain.clear();
                continue;
            }
            Transformation found = null;
            for (Transformation t : values()) {
                if (t.name.equals(n)) {
                    found = t;
                }
            }
            if (found == null) {
                throw new IllegalArgumentException("unsupported transformation t:" + n);
            }
            chain.add(found);
        }
        return chain;
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }

    static String urlDecode(String s, boolean unicode) {
        if (s.indexOf('%') < 0 && s.indexOf('+') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        byte[] bytes = new byte[s.length()];
        int nb = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '%' && unicode && i + 5 < s.length() && (s.charAt(i + 1) == 'u' || s.charAt(i + 1) == 'U')
                    && hex(s.charAt(i + 2)) >= 0 && hex(s.charAt(i + 3)) >= 0 && hex(s.charAt(i + 4)) >= 0
                    && hex(s.charAt(i + 5)) >= 0) {
                nb = flush(bytes, nb, out);
                int v = Integer.parseInt(s.substring(i + 2, i + 6), 16);
                // ModSecurity keeps the low byte, mapping full-width ASCII (FF01-FF5E) to ASCII.
                out.append((char) (v >= 0xFF01 && v <= 0xFF5E ? v - 0xFEE0 : v & 0xFF));
                i += 6;
            } else if (c == '%' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                bytes[nb++] = (byte) (hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
                i += 3;
            } else {
                nb = flush(bytes, nb, out);
                out.append(c == '+' ? ' ' : c);
                i++;
            }
        }
        flush(bytes, nb, out);
        return out.toString();
    }

    /** Decoded bytes as UTF-8 where valid, else Latin-1 (one char per byte), as a WAF sees them. */
    private static int flush(byte[] bytes, int n, StringBuilder out) {
        if (n > 0) {
            String utf8 = new String(bytes, 0, n, StandardCharsets.UTF_8);
            out.append(utf8.indexOf('\uFFFD') < 0 ? utf8 : new String(bytes, 0, n, StandardCharsets.ISO_8859_1));
        }
        return 0;
    }

    static String htmlEntityDecode(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '&') {
                int semi = s.indexOf(';', i);
                int end = semi < 0 ? Math.min(s.length(), i + 12) : Math.min(semi, i + 12);
                String ent = s.substring(i + 1, Math.max(i + 1, end));
                Integer cp = entity(ent);
                if (cp != null) {
                    out.appendCodePoint(cp);
                    i = (semi >= 0 && semi == end) ? semi + 1 : i + 1 + ent.length();
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static Integer entity(String e) {
        try {
            if (e.startsWith("#x") || e.startsWith("#X")) {
                return e.length() > 2 ? validCp(Integer.parseInt(e.substring(2), 16)) : null;
            }
            if (e.startsWith("#")) {
                return e.length() > 1 ? validCp(Integer.parseInt(e.substring(1))) : null;
            }
        } catch (NumberFormatException ex) {
            return null;
        }
        return switch (e) {
            case "quot" -> (int) '"';
            case "amp" -> (int) '&';
            case "lt" -> (int) '<';
            case "gt" -> (int) '>';
            case "nbsp" -> 0xA0;
            case "apos" -> (int) '\'';
            default -> null;
        };
    }

    private static Integer validCp(int cp) {
        return cp >= 0 && cp <= Character.MAX_CODE_POINT ? cp : null;
    }

    static String normalizePath(String s) {
        if (s.indexOf('/') < 0) {
            return s;
        }
        boolean absolute = s.startsWith("/");
        boolean trailing = s.endsWith("/");
        List<String> parts = new ArrayList<>();
        for (String seg : s.split("/+")) {
            if (seg.isEmpty() || seg.equals(".")) {
                continue;
            }
            if (seg.equals("..") && !parts.isEmpty() && !parts.get(parts.size() - 1).equals("..")) {
                parts.remove(parts.size() - 1);
            } else {
                parts.add(seg);
            }
        }
        String r = (absolute ? "/" : "") + String.join("/", parts);
        return trailing && !r.endsWith("/") ? r + "/" : r;
    }

    static String cmdLine(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\', '"', '\'', '^' -> { }
                case ',', ';' -> appendSpace(out);
                case '/', '(' -> {
                    while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
                        out.setLength(out.length() - 1);
                    }
                    out.append(c);
                }
                default -> {
                    if (Character.isWhitespace(c)) {
                        appendSpace(out);
                    } else {
                        out.append(Character.toLowerCase(c));
                    }
                }
            }
        }
        return out.toString();
    }

    private static void appendSpace(StringBuilder out) {
        if (out.length() == 0 || out.charAt(out.length() - 1) != ' ') {
            out.append(' ');
        }
    }
}
