package dev.linrex.bench.workload;

import com.google.gson.JsonObject;

/**
 * rebar's haystack options, applied in its order: utf8-lossy, trim, line-start/line-end,
 * repeat, prepend, append. The text is already decoded (lossily) as UTF-8.
 */
final class HaystackOptions {

    private HaystackOptions() {
    }

    static String apply(String text, JsonObject options) {
        String s = text;
        if (options.has("trim") && options.get("trim").getAsBoolean()) {
            s = s.strip();
        }
        if (options.has("line-start") || options.has("line-end")) {
            int from = options.has("line-start") ? options.get("line-start").getAsInt() : 0;
            int to = options.has("line-end") ? options.get("line-end").getAsInt() : Integer.MAX_VALUE;
            s = lines(s, from, to);
        }
        if (options.has("repeat")) {
            s = s.repeat(options.get("repeat").getAsInt());
        }
        if (options.has("prepend")) {
            s = options.get("prepend").getAsString() + s;
        }
        if (options.has("append")) {
            s = s + options.get("append").getAsString();
        }
        return s;
    }

    /** Lines [from, to) splitting on \n with the terminators kept. */
    private static String lines(String s, int from, int to) {
        int line = 0;
        int pos = 0;
        int begin = from == 0 ? 0 : -1;
        while (pos < s.length() && line < to) {
            int nl = s.indexOf('\n', pos);
            int next = nl < 0 ? s.length() : nl + 1;
            line++;
            pos = next;
            if (line == from) {
                begin = pos;
            }
        }
        return begin < 0 ? "" : s.substring(begin, pos);
    }
}
