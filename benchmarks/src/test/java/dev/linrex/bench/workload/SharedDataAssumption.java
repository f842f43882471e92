package dev.linrex.bench.workload;

import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Tests need ../shared; without it they say so in one line and skip. */
public final class SharedDataAssumption {

    private SharedDataAssumption() {
    }

    public static Path shared() {
        Path p = SharedData.root();
        if (p == null) {
            System.out.println("benchmarks: ../shared not found (set -Dlinrex.shared); skipping");
        }
        Assumptions.assumeTrue(p != null, "../shared not found (set -Dlinrex.shared)");
        return p;
    }
}
