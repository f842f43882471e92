package dev.linrex.bench.workload;

import java.util.ArrayList;
import java.util.List;

/**
 * String.lines() for any CharSequence (rebar's grep models use String.lines()): lines end at
 * \n, \r or \r\n, terminators excluded, no empty last line. Works on sub-sequences so that a
 * cancellable input stays cancellable.
 */
final class Lines {

    private Lines() {
    }

    static List<CharSequence> of(CharSequence s) {
        List<CharSequence> lines = new ArrayList<>();
        int n = s.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(s.subSequence(start, i));
                i += (c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') ? 2 : 1;
                start = i;
            } else {
                i++;
            }
        }
        if (start < n) {
            lines.add(s.subSequence(start, n));
        }
        return lines;
    }
}
