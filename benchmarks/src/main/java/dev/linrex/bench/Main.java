package dev.linrex.bench;

import dev.linrex.bench.check.CheckRun;
import dev.linrex.bench.jmh.CompileRun;
import dev.linrex.bench.jmh.MeasureRun;
import dev.linrex.bench.jmh.WafRun;
import dev.linrex.bench.report.MemoryRun;
import dev.linrex.bench.report.ReportWriter;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Entry point of target/benchmarks.jar; report.sh calls the steps in order:
 * <pre>
 *   check   OUT.json                 correctness of every workload, all engines (watchdog)
 *   measure ENGINE CHECK.json OUT.json [JVM JVMS]  JMH: workloads (and scaling, in JVM 1) for one engine
 *   compile CHECK.json OUT.json      JMH: compile time of the compile set, all engines side by side
 *   memory  CHECK.json OUT.json      retained heap per compiled pattern, all engines (JOL)
 *   waf     OUT.json                 CRS load report and JMH: RegexSet over the CRS rules vs the JDK loop
 *   report  DIR RESULTS.md "COMMAND" merge the files of DIR into the Markdown report
 *   jvms                             print the JVMs per engine the measure step is set to (-Dbench.jvms)
 * </pre>
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
            return;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "check" -> System.exit(CheckRun.main(Path.of(rest[0])));
            case "measure" -> MeasureRun.main(rest[0], Path.of(rest[1]), Path.of(rest[2]),
                    rest.length > 4 ? Integer.parseInt(rest[3]) : 1, rest.length > 4 ? Integer.parseInt(rest[4]) : 1);
            case "compile" -> CompileRun.main(Path.of(rest[0]), Path.of(rest[1]));
            case "memory" -> MemoryRun.main(Path.of(rest[0]), Path.of(rest[1]));
            case "waf" -> WafRun.main(Path.of(rest[0]));
            case "report" -> ReportWriter.main(Path.of(rest[0]), Path.of(rest[1]), rest.length > 2 ? rest[2] : "");
            case "jvms" -> System.out.println(Settings.jvmsPerEngine()); // report.sh's loop count: one default
            default -> usage();
        }
    }

    private static void usage() {
        System.err.println("usage: check OUT | measure ENGINE CHECK OUT [JVM JVMS] | compile CHECK OUT | memory CHECK OUT | waf OUT | report DIR RESULTS.md COMMAND | jvms"
                + " (see benchmarks/README.md; report.sh runs them all)");
    }
}
