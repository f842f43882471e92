package dev.linrex.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code linrex} command line: {@code linrex [command] [args]}. Each subcommand is one small
 * {@link Command} class; without arguments the demo runs.
 */
public final class Main {
    private Main() {}

    private static final List<Command> COMMANDS = List.of(new Demo(), new Grep(), new Check());

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs the command line; returns the exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            return COMMANDS.get(0).run(args, out, err);
        }
        String word = args[0];
        if (word.equals("--help") || word.equals("-h") || word.equals("help")) {
            help(out);
            return 0;
        }
        for (Command c : COMMANDS) {
            if (c.name().equals(word)) {
                return c.run(Arrays.copyOfRange(args, 1, args.length), out, err);
            }
        }
        err.println("linrex: unknown command '" + word + "'");
        help(err);
        return 2;
    }

    private static void help(PrintStream out) {
        out.println("usage: linrex [command] [args]");
        out.println();
        out.println("linrex is a linear-time regular-expression engine with java.util.regex's API.");
        out.println();
        out.println("commands:");
        for (Command c : COMMANDS) {
            out.printf("  %-8s %s%n", c.name(), c.summary());
        }
        out.println("  --help   this text");
        out.println();
        out.println("Without a command, 'demo' runs.");
    }
}
