package dev.linrex.cli;

import java.io.PrintStream;

/** One subcommand of the {@code linrex} command line. */
interface Command {
    /** The word that selects it: {@code linrex <name> ...}. */
    String name();

    /** One line for {@code --help}. */
    String summary();

    /**
     * Runs it.
     *
     * @return the process exit status: 0 for success, 2 for a usage error
     */
    int run(String[] args, PrintStream out, PrintStream err);
}
