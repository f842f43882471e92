package dev.linrex;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * {@code Pattern.split}, {@code splitWithDelimiters} and {@code splitAsStream}, written against a
 * minimal view of a find loop so that the rules can be tested on their own. The rules are
 * java.util.regex's (JDK 8 and later):
 * <ul>
 *   <li>a zero-width match at index 0 does not produce a leading empty string;</li>
 *   <li>no match at all gives the whole input as the only element;</li>
 *   <li>{@code limit > 0}: at most {@code limit} elements, the last one holds the rest of the input;</li>
 *   <li>{@code limit == 0}: trailing empty strings are removed; {@code limit < 0}: all are kept.</li>
 * </ul>
 */
final class Split {
    private Split() {}

    /** The successive matches of a {@code find()} loop. */
    interface Matches {
        boolean find();

        int start();

        int end();
    }

    static String[] split(CharSequence input, int limit, boolean withDelimiters, Matches m) {
        boolean limited = limit > 0;
        List<String> parts = new ArrayList<>();
        int pieces = 0;
        int index = 0;
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (!limited || pieces < limit - 1) {
                if (index == 0 && start == 0 && end == 0) {
                    continue; // zero-width match at the very start: no leading empty string
                }
                parts.add(input.subSequence(index, start).toString());
                if (withDelimiters) {
                    parts.add(input.subSequence(start, end).toString());
                }
                index = end;
                pieces++;
            } else if (pieces == limit - 1) {
                // The last allowed element takes the rest of the input.
                parts.add(input.subSequence(index, input.length()).toString());
                index = end;
                pieces++;
            }
        }
        if (index == 0) {
            return new String[] {input.toString()};
        }
        if (!limited || pieces < limit) {
            parts.add(input.subSequence(index, input.length()).toString());
        }
        int size = parts.size();
        if (limit == 0) {
            while (size > 0 && parts.get(size - 1).isEmpty()) {
                size--;
            }
        }
        return parts.subList(0, size).toArray(new String[0]);
    }

    /**
     * The lazy form used by {@code splitAsStream}: the same elements as {@code split(input, 0)},
     * except that an empty input gives one empty string and empty strings are produced only once
     * a non-empty element follows them.
     */
    static Iterator<String> iterator(CharSequence input, java.util.function.Supplier<Matches> matcher) {
        return new Iterator<>() {
            private Matches m;
            /** Start of the element after the ones already produced; input.length() when done. */
            private int current;
            /** The next non-empty element, or null when it must be looked for. */
            private String next;
            /** Empty elements to produce before {@link #next}. */
            private int pendingEmpty;

            @Override
            public boolean hasNext() {
                if (m == null) {
                    m = matcher.get();
                    pendingEmpty = input.length() == 0 ? 1 : 0;
                }
                if (next != null || pendingEmpty > 0) {
                    return true;
                }
                if (current == input.length()) {
                    return false;
                }
                while (m.find()) {
                    String piece = input.subSequence(current, m.start()).toString();
                    current = m.end();
                    if (!piece.isEmpty()) {
                        next = piece;
                        return true;
                    }
                    if (current > 0) {
                        pendingEmpty++; // not for a zero-width match at index 0
                    }
                }
                String rest = input.subSequence(current, input.length()).toString();
                current = input.length();
                if (rest.isEmpty()) {
                    pendingEmpty = 0; // trailing empty strings are dropped
                    return false;
                }
                next = rest;
                return true;
            }

            @Override
            public String next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                if (pendingEmpty > 0) {
                    pendingEmpty--;
                    return "";
                }
                String n = next;
                next = null;
                return n;
            }
        };
    }
}
