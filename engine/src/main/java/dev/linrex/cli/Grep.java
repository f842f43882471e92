package dev.linrex.cli;

import dev.linrex.Matcher;
import dev.linrex.Pattern;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

/**
 * {@code linrex grep [-i] [-c] [-n] [-o] [-v] [-r] [-H|-h] PATTERN [FILE...]}: prints the lines
 * of the files (or stdin, or {@code -}) in which PATTERN is found, in linear time whatever the
 * pattern. Like grep: lines are split at {@code \n}; names prefix lines when there are several
 * files or {@code -r}; a binary file (NUL in its first 32 KiB) gets "Binary file F matches"
 * instead of its lines; exit status 0 if a line was selected, 1 if none, 2 on any error.
 */
final class Grep implements Command {
    @Override
    public String name() {
        return "grep";
    }

    @Override
    public String summary() {
        return "search files or stdin for lines matching a pattern (-i -c -n -o -v -r -H -h)";
    }

    private static final String USAGE = "usage: linrex grep [-i] [-c] [-n] [-o] [-v] [-r] [-H|-h] PATTERN [FILE...]";

    /** The options that shape the output of one input. */
    private record Options(boolean count, boolean lineNumbers, boolean onlyMatching, boolean invert,
                           boolean showNames) {}

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        boolean ignoreCase = false;
        boolean count = false;
        boolean numbers = false;
        boolean only = false;
        boolean invert = false;
        boolean recursive = false;
        Boolean names = null;
        String regex = null;
        List<String> files = new ArrayList<>();
        boolean options = true;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (options && a.equals("--")) {
                options = false;
            } else if (options && a.equals("-e")) {
                if (i + 1 == args.length) {
                    err.println("grep: -e needs a pattern");
                    return 2;
                }
                regex = args[++i];
            } else if (options && a.equals("--help")) {
                out.println(USAGE);
                return 0;
            } else if (options && a.startsWith("-") && a.length() > 1) {
                for (int k = 1; k < a.length(); k++) {
                    switch (a.charAt(k)) {
                        case 'i' -> ignoreCase = true;
                        case 'c' -> count = true;
                        case 'n' -> numbers = true;
                        case 'o' -> only = true;
                        case 'v' -> invert = true;
                        case 'r', 'R' -> recursive = true;
                        case 'H' -> names = true;
                        case 'h' -> names = false;
                        default -> {
                            err.println("grep: unknown option -" + a.charAt(k));
                            err.println(USAGE);
                            return 2;
                        }
                    }
                }
            } else if (regex == null) {
                regex = a;
            } else {
                files.add(a);
            }
        }
        if (regex == null) {
            err.println(USAGE);
            return 2;
        }
        Pattern pattern;
        try {
            pattern = Pattern.compile(regex, ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
        } catch (PatternSyntaxException e) {
            err.println("grep: " + e.getMessage());
            return 2;
        }
        // As grep: no operand means stdin, or with -r the working directory, named relative to it.
        boolean defaulted = files.isEmpty();
        if (defaulted) {
            files.add(recursive ? "." : "-");
        }
        boolean showNames = names != null ? names : files.size() > 1 || recursive;
        Options o = new Options(count, numbers, only, invert, showNames);
        PrintStream utf8 = new PrintStream(new BufferedOutputStream(out, 1 << 16), false, StandardCharsets.UTF_8);
        boolean selected = false;
        boolean error = false;
        Matcher m = pattern.matcher("");
        for (String f : files) {
            try {
                if (f.equals("-")) {
                    selected |= search(m, System.in, "(standard input)", o, utf8);
                    continue;
                }
                Path p = Path.of(f);
                if (Files.isDirectory(p)) {
                    if (!recursive) {
                        utf8.flush();
                        err.println("grep: " + f + ": Is a directory");
                        error = true;
                        continue;
                    }
                    List<Path> found;
                    try (Stream<Path> walk = Files.walk(p)) {
                        found = walk.filter(Files::isRegularFile).sorted().toList();
                    }
                    for (Path file : found) {
                        String shown = (defaulted ? p.relativize(file) : file).toString();
                        try (InputStream in = Files.newInputStream(file)) {
                            selected |= search(m, in, shown, o, utf8);
                        } catch (IOException e) {
                            utf8.flush();
                            err.println("grep: " + file + ": " + reason(e));
                            error = true;
                        }
                    }
                    continue;
                }
                try (InputStream in = Files.newInputStream(p)) {
                    selected |= search(m, in, f, o, utf8);
                }
            } catch (IOException | RuntimeException e) {
                utf8.flush();
                err.println("grep: " + f + ": " + reason(e));
                error = true;
            }
        }
        utf8.flush();
        return error ? 2 : selected ? 0 : 1;
    }

    private static String reason(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "No such file or directory";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "Permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Searches one input; returns whether any line was selected. */
    private static boolean search(Matcher m, InputStream in, String name, Options o, PrintStream out)
            throws IOException {
        LineReader lines = new LineReader(in);
        boolean quietLines = o.count() || lines.binary();
        String prefix = o.showNames() ? name + ":" : "";
        long selected = 0;
        long number = 0;
        for (String line = lines.next(); line != null; line = lines.next()) {
            number++;
            m.reset(line);
            boolean found = m.find();
            if (found == o.invert()) {
                continue;
            }
            selected++;
            if (quietLines) {
                if (!o.count()) {
                    break; // binary: one match is enough to report
                }
                continue;
            }
            String lead = o.lineNumbers() ? prefix + number + ":" : prefix;
            if (o.onlyMatching()) {
                if (o.invert()) {
                    continue;
                }
                do {
                    if (m.end() > m.start()) {
                        out.append(lead).append(line, m.start(), m.end()).append('\n');
                    }
                } while (m.find());
            } else {
                out.append(lead).append(line).append('\n');
            }
        }
        if (o.count()) {
            out.append(prefix).append(Long.toString(selected)).append('\n');
        } else if (lines.binary() && selected > 0) {
            out.append("Binary file ").append(name).append(" matches\n");
        }
        return selected > 0;
    }
}
