package dev.linrex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs one scenario against java.util.regex and against linrex and compares the transcripts.
 *
 * <p>A scenario is written once against {@link M} (the calls the two Matchers share) or {@link P}
 * (the Pattern calls). Each call is forwarded by reflection to the real object and recorded with
 * its result, or with the exception's class and message; after an exception the call returns a
 * neutral value (false, -2, null, or the same proxy) and the scenario goes on. The two transcripts
 * must be equal line for line. NullPointerException messages are not compared (the JDK's are
 * "helpful NPE" texts about its own fields).
 */
final class JdkParity {
    private JdkParity() {}

    /** The Matcher calls shared by java.util.regex.Matcher and dev.linrex.Matcher. */
    interface M {
        boolean matches();
        boolean lookingAt();
        boolean find();
        boolean find(int start);
        String group();
        String group(int group);
        String group(String name);
        int start();
        int start(int group);
        int start(String name);
        int end();
        int end(int group);
        int end(String name);
        int groupCount();
        boolean hitEnd();
        boolean requireEnd();
        M reset();
        M reset(CharSequence input);
        M region(int start, int end);
        int regionStart();
        int regionEnd();
        M useAnchoringBounds(boolean b);
        M useTransparentBounds(boolean b);
        boolean hasAnchoringBounds();
        boolean hasTransparentBounds();
        String replaceAll(String replacement);
        String replaceFirst(String replacement);
        String replaceAll(Function<java.util.regex.MatchResult, String> replacer);
        String replaceFirst(Function<java.util.regex.MatchResult, String> replacer);
        M appendReplacement(StringBuilder sb, String replacement);
        M appendReplacement(StringBuffer sb, String replacement);
        StringBuilder appendTail(StringBuilder sb);
        StringBuffer appendTail(StringBuffer sb);
        java.util.regex.MatchResult toMatchResult();
        /** Special: compiles {@code regex} with the same engine, then calls usePattern. */
        M usePattern(String regex);
        /** Special: the stream, each element described. */
        List<String> results();
        /** Special: records {@link #describe} of the argument, for results kept by the scenario. */
        void note(Object o);
    }

    /** The Pattern calls. */
    interface P {
        String pattern();
        int flags();
        String[] split(CharSequence input);
        String[] split(CharSequence input, int limit);
        /** Special: the stream collected. */
        List<String> splitAsStream(CharSequence input);
        /** Special: {@code asPredicate().test(s)}. */
        boolean asPredicate(String s);
        /** Special: {@code asMatchPredicate().test(s)}. */
        boolean asMatchPredicate(String s);
        /** Special: a matcher proxy recording into the same transcript. */
        M matcher(CharSequence input);
        void note(Object o);
    }

    /**
     * Runs {@code step} on {@code m} for each region of {@code regions} ({start, end} pairs),
     * under each of the four transparent/anchoring bounds settings (transparent false first,
     * anchoring true first), setting region and bounds before each run.
     */
    static void eachBounds(M m, int[][] regions, Runnable step) {
        for (int[] r : regions) {
            for (boolean transparent : new boolean[] {false, true}) {
                for (boolean anchoring : new boolean[] {true, false}) {
                    m.region(r[0], r[1]);
                    m.useTransparentBounds(transparent);
                    m.useAnchoringBounds(anchoring);
                    step.run();
                }
            }
        }
    }

    /** Every {@code find()} of {@code m} from where it stands, each match noted, until one fails. */
    static void noteEachFind(M m) {
        while (m.find()) {
            m.note(m.toMatchResult());
        }
    }

    /**
     * The searches of a test of a look near each search start: with a region drawn from {@code r}
     * (and the whole text), under each bounds setting every find with hitEnd and requireEnd;
     * then replaceAll, and find(from) every few units (also drawn) with hitEnd.
     */
    static void sameSearches(String regex, String text, java.util.Random r) {
        int len = text.length();
        int rs = r.nextInt(len / 2 + 1);
        int[][] regions = {{0, len}, {rs, rs + r.nextInt(len - rs + 1)}};
        int step = 1 + r.nextInt(9); // (drawn here: the scenario runs once per engine)
        same(regex, text, m -> {
            eachBounds(m, regions, () -> {
                noteEachFind(m);
                m.note(m.hitEnd());
                m.note(m.requireEnd());
            });
            m.reset();
            m.note(m.replaceAll("<$0>"));
            for (int from = 0; from <= len; from += step) {
                m.note(m.find(from) ? m.start() + "-" + m.end() + " " + m.hitEnd() : "none " + m.hitEnd());
            }
        });
    }

    /** Runs {@code scenario} on a matcher of {@code regex} over {@code text}. */
    static void same(String regex, String text, Consumer<M> scenario) {
        same(regex, 0, text, scenario);
    }

    static void same(String regex, int flags, String text, Consumer<M> scenario) {
        samePattern(regex, flags, p -> scenario.accept(p.matcher(text)));
    }

    static void samePattern(String regex, int flags, Consumer<P> scenario) {
        Engine jdk = new Engine("jdk") {
            @Override
            Object compile(String re, int f) {
                return java.util.regex.Pattern.compile(re, f);
            }
        };
        Engine linrex = new Engine("linrex") {
            @Override
            Object compile(String re, int f) {
                return Pattern.compile(re, f);
            }
        };
        List<String> expected = jdk.run(regex, flags, scenario);
        List<String> actual = linrex.run(regex, flags, scenario);
        if (!expected.equals(actual)) {
            String header = "pattern " + show(regex) + " flags " + flags;
            assertEquals(String.join("\n", expected), String.join("\n", actual), header);
        }
    }

    /** Describes a match result by its spans and texts, exceptions included. */
    static String describe(Object o) {
        if (o instanceof java.util.regex.MatchResult r) {
            StringBuilder sb = new StringBuilder("[");
            sb.append(attempt(r::start)).append(',').append(attempt(r::end));
            int n = r.groupCount();
            for (int g = 0; g <= n; g++) {
                int group = g;
                sb.append(" g").append(g).append('=').append(attempt(() -> r.start(group)))
                        .append(',').append(attempt(() -> r.end(group)))
                        .append(':').append(attempt(() -> show(r.group(group))));
            }
            return sb.append(" count=").append(n).append(']').toString();
        }
        return show(o);
    }

    private static String attempt(java.util.concurrent.Callable<Object> c) {
        try {
            return String.valueOf(c.call());
        } catch (Exception e) {
            return showException(e);
        }
    }

    static String show(Object o) {
        if (o == null) {
            return "null";
        }
        if (o instanceof String s) {
            return '"' + s.replace("\n", "\\n").replace("\r", "\\r") + '"';
        }
        if (o instanceof String[] a) {
            return Arrays.stream(a).map(JdkParity::show).collect(Collectors.joining(", ", "[", "]"));
        }
        if (o instanceof StringBuilder || o instanceof StringBuffer) {
            return "sb" + show(o.toString());
        }
        return String.valueOf(o);
    }

    static String showException(Throwable e) {
        if (e instanceof NullPointerException) {
            return "!NullPointerException";
        }
        return "!" + e.getClass().getName() + ": " + e.getMessage();
    }

    private abstract static class Engine {
        private final String name;
        private final List<String> log = new ArrayList<>();
        private int calls;

        Engine(String name) {
            this.name = name;
        }

        abstract Object compile(String regex, int flags);

        List<String> run(String regex, int flags, Consumer<P> scenario) {
            Object pattern;
            try {
                pattern = compile(regex, flags);
            } catch (RuntimeException e) {
                fail(name + " did not compile " + show(regex) + ": " + e);
                return log;
            }
            P p = proxy(P.class, pattern);
            scenario.accept(p);
            return log;
        }

        @SuppressWarnings("unchecked")
        private <T> T proxy(Class<T> type, Object target) {
            InvocationHandler h = (self, method, args) -> handle(self, target, method, args == null ? new Object[0] : args);
            return (T) Proxy.newProxyInstance(JdkParity.class.getClassLoader(), new Class<?>[] {type}, h);
        }

        private Object handle(Object self, Object target, Method method, Object[] args) {
            if (++calls > 10_000) {
                throw new AssertionError(name + ": scenario made too many calls (endless loop?)");
            }
            String name = method.getName();
            String call = name + Arrays.stream(args).map(JdkParity::show).collect(Collectors.joining(", ", "(", ")"));
            if (name.equals("note")) {
                log.add("note " + describe(args[0]));
                return null;
            }
            if (name.equals("toString") && args.length == 0) {
                String s = target.toString();
                log.add("toString() = " + s);
                return s;
            }
            try {
                Object result;
                switch (name) {
                    case "usePattern" -> result = invoke(target, "usePattern",
                            new Object[] {args[0] == null ? null : compile((String) args[0], 0)});
                    case "results" -> result = ((Stream<?>) invoke(target, "results"))
                            .map(JdkParity::describe).collect(Collectors.toList());
                    case "splitAsStream" -> result = ((Stream<?>) invoke(target, "splitAsStream", args))
                            .map(JdkParity::show).collect(Collectors.toList());
                    case "asPredicate" -> result = predicate(invoke(target, "asPredicate"), args[0]);
                    case "asMatchPredicate" -> result = predicate(invoke(target, "asMatchPredicate"), args[0]);
                    case "matcher" -> result = proxy(M.class, invoke(target, "matcher", args));
                    default -> result = invoke(target, method, args);
                }
                if (result == target) {
                    log.add(call + " = this");
                    return self;
                }
                if (result instanceof Proxy) {
                    log.add(call + " = matcher");
                    return result;
                }
                log.add(call + " = " + describe(result));
                return result;
            } catch (InvocationTargetException e) {
                log.add(call + " " + showException(e.getCause()));
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(this.name + ": cannot call " + call, e);
            }
            Class<?> r = method.getReturnType();
            if (r == boolean.class) {
                return false;
            }
            if (r == int.class) {
                return -2;
            }
            return r.isInstance(self) ? self : null;
        }

        @SuppressWarnings("unchecked")
        private static boolean predicate(Object predicate, Object arg) {
            return ((java.util.function.Predicate<Object>) predicate).test(arg);
        }

        /**
         * Calls the method of {@code target} with the scenario method's name and parameter types
         * if it has one (so that a null argument picks the overload the scenario means, whatever
         * order reflection lists methods in), else as {@link #invoke(Object, String, Object...)}.
         */
        private static Object invoke(Object target, Method method, Object[] args) throws ReflectiveOperationException {
            Method exact;
            try {
                exact = target.getClass().getMethod(method.getName(), method.getParameterTypes());
            } catch (NoSuchMethodException e) {
                return invoke(target, method.getName(), args);
            }
            exact.setAccessible(true);
            return exact.invoke(target, args);
        }

        /** Calls the public method of {@code target} with this name whose parameters accept {@code args}. */
        private static Object invoke(Object target, String name, Object... args) throws ReflectiveOperationException {
            for (Method m : target.getClass().getMethods()) {
                if (m.getName().equals(name) && accepts(m.getParameterTypes(), args)) {
                    m.setAccessible(true);
                    return m.invoke(target, args);
                }
            }
            throw new NoSuchMethodException(target.getClass().getName() + "." + name);
        }

        private static boolean accepts(Class<?>[] types, Object[] args) {
            if (types.length != args.length) {
                return false;
            }
            for (int i = 0; i < types.length; i++) {
                Class<?> t = types[i];
                Object a = args[i];
                if (a == null) {
                    if (t.isPrimitive()) {
                        return false;
                    }
                } else if (t == int.class) {
                    if (!(a instanceof Integer)) {
                        return false;
                    }
                } else if (t == boolean.class) {
                    if (!(a instanceof Boolean)) {
                        return false;
                    }
                } else if (!t.isInstance(a)) {
                    return false;
                }
            }
            return true;
        }
    }
}
