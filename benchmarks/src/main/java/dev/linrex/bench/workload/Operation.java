package dev.linrex.bench.workload;

import dev.linrex.bench.engine.CompiledRegex;
import dev.linrex.bench.engine.RegexMatcher;
import java.util.List;

/**
 * What one measured call does, written once against {@link RegexMatcher} so every engine runs
 * exactly the same loop. rebar's models (rebar MODELS.md, applied as its Java runner does) and
 * SafeRE's operations (by their evident meaning) are both here.
 */
public enum Operation {
    /** rebar count / SafeRE findAllCount: number of non-overlapping matches. */
    COUNT {
        @Override
        Object run(List<CompiledRegex> res, List<? extends CharSequence> inputs, String arg) {
            RegexMatcher m = res.get(0).matcher(inputs.get(0));
            long n = 0;
            while (m.find()) {
                n++;
            }
            return n;
        }
    },
    /** rebar count-spans / SafeRE findAllLengthSum: sum of end-start over all matches. */
    COUNT_SPANS {
        @Override
        Object run(List<CompiledRegex> res, List<? extends CharSequence> inputs, String arg) {
            RegexMatcher m = res.get(0).matcher(inputs.get(0));
            long n = 0;
            while (m.find()) {
                n += m.end() - m.start();
            }
            return n;
        }
    },
    /** rebar count-captures: participating groups (group 0 included) over all matches. */
    COUNT_CAPTURES {
        @Override
        Object run(List<CompiledRegex> res, List<? extends CharSequence> inputs, String arg) {
            return countCaptures(res.get(0).matcher(inputs.get(0)));
        }
    },
    /** rebar grep: lines (String.lines()) with at least one match. */
    GREP {
        @Override
        Object run(List<CompiledRegex> res, List<? extends CharSequence> inputs, String arg) {
            CompiledRegex re = res.get(0);
            long n = 0;
            for (CharSequence line : Lines.of(inputs.get(0))) {
                if (re.matcher(line).find()) {
                    n++;
                }
            }
            return n;
        }
    },
    /** rebar grep-captures: per line a find loop counting participating groups, summed. */
    GREP_CAPTURES {
        @Override
        Object run(List<CompiledRegex> res, List<? extends CharSequence> inputs, String arg) {
            CompiledRegex re = res.get(0);
            long n = 0;
            for (CharSequence line : Lines.of(inputs.get(0))) {
                n += countCaptures(re.matcher(line));
            }
            return n;
        }
    },
    /** rebar regex-redux (Benchmarks Game); result: the final length. */
    REGEX_REDUX {
        @Override
        Object run(List<CompiledRegex> res, List<? extends CharSequence> inputs, String arg) {
            return RegexRedux.run(res, inputs.get(0).toString());
        }
    },
    /** Matcher.matches() on the first input. */
    MATCHES {
        @Override
        Object run(List<CompiledRegex> res, List<? extends CharSequence> inputs, String arg) {
            return res.get(0).matcher(inputs.get(0)).matches();
        }
    },
    /** One Matcher.find() on the first input. */
    FIND {
        @Override
        Object run(List<CompiledRegex> res, List<? extends CharSequence> inputs, String arg) {
            return res.get(0).matcher(inputs.get(0)).find();
        }
    },
    /** matches(), then the listed groups, each followed by U+0001 (a non-participating one as NUL), or null. */
    CAPTURE_GROUPS {
        @Override
        Object run(List<CompiledRegex> res, List<? extends CharSequence> inputs, String arg) {
            RegexMatcher m = res.get(0).matcher(inputs.get(0));
            if (!m.matches()) {
                return null;
            }
            StringBuilder sb = new StringBuilder();
            for (int g : groups(arg)) {
                String s = m.group(g);
                sb.append(s == null ? "\u0000" : s).append('\u0001');
            }
            return sb.toString();
        }
    },
    REPLACE_ALL {
        @Override
        Object run(List<CompiledRegex> res, List<? extends CharSequence> inputs, String arg) {
            return res.get(0).matcher(inputs.get(0)).replaceAll(arg);
        }
    },
    REPLACE_FIRST {
        @Override
        Object run(List<CompiledRegex> res, List<? extends CharSequence> inputs, String arg) {
            return res.get(0).matcher(inputs.get(0)).replaceFirst(arg);
        }
    },
    /** Number of inputs that match entirely. */
    MATCHES_CORPUS {
        @Override
        Object run(List<CompiledRegex> res, List<? extends CharSequence> inputs, String arg) {
            CompiledRegex re = res.get(0);
            long n = 0;
            for (CharSequence s : inputs) {
                if (re.matcher(s).matches()) {
                    n++;
                }
            }
            return n;
        }
    },
    /** Over all inputs that match entirely: the summed lengths of the listed groups. */
    MATCHES_GROUP_LENGTH_SUM {
        @Override
        Object run(List<CompiledRegex> res, List<? extends CharSequence> inputs, String arg) {
            CompiledRegex re = res.get(0);
            int[] gs = groups(arg);
            long n = 0;
            for (CharSequence s : inputs) {
                RegexMatcher m = re.matcher(s);
                if (m.matches()) {
                    n += groupLengths(m, gs);
                }
            }
            return n;
        }
    },
    /** Find loop over the first input: the summed lengths of the listed groups. */
    FIND_ALL_GROUP_LENGTH_SUM {
        @Override
        Object run(List<CompiledRegex> res, List<? extends CharSequence> inputs, String arg) {
            int[] gs = groups(arg);
            RegexMatcher m = res.get(0).matcher(inputs.get(0));
            long n = 0;
            while (m.find()) {
                n += groupLengths(m, gs);
            }
            return n;
        }
    },
    /** find() and whether the given group participated. */
    FIND_GROUP_PRESENT {
        @Override
        Object run(List<CompiledRegex> res, List<? extends CharSequence> inputs, String arg) {
            RegexMatcher m = res.get(0).matcher(inputs.get(0));
            return m.find() && m.start(Integer.parseInt(arg)) >= 0;
        }
    },
    /** find() and the given group's text (null when no match or not participating). */
    FIND_GROUP {
        @Override
        Object run(List<CompiledRegex> res, List<? extends CharSequence> inputs, String arg) {
            RegexMatcher m = res.get(0).matcher(inputs.get(0));
            return m.find() ? m.group(Integer.parseInt(arg)) : null;
        }
    };

    /** Runs one call; the result is what correctness checks compare and JMH consumes. */
    abstract Object run(List<CompiledRegex> res, List<? extends CharSequence> inputs, String arg);

    /** Runs this operation of {@code w} on already compiled patterns. */
    public Object apply(List<CompiledRegex> compiled, Workload w) {
        return run(compiled, w.inputs(), w.argument());
    }

    /** Like {@link #apply} but on other inputs (the watchdog passes cancellable ones). */
    public Object apply(List<CompiledRegex> compiled, List<? extends CharSequence> inputs, String arg) {
        return run(compiled, inputs, arg);
    }

    private static long countCaptures(RegexMatcher m) {
        long n = 0;
        int groups = m.groupCount();
        while (m.find()) {
            for (int g = 0; g <= groups; g++) {
                if (m.start(g) >= 0) {
                    n++;
                }
            }
        }
        return n;
    }

    private static long groupLengths(RegexMatcher m, int[] gs) {
        long n = 0;
        for (int g : gs) {
            int s = m.start(g);
            if (s >= 0) {
                n += m.end(g) - s;
            }
        }
        return n;
    }

    private static int[] groups(String arg) {
        String[] parts = arg.split(",");
        int[] gs = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            gs[i] = Integer.parseInt(parts[i].trim());
        }
        return gs;
    }
}
