package dev.linrex.bench.workload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where ../shared is: system property {@code linrex.shared} (the root pom sets it), else the
 * {@code ../shared} or {@code ../../shared} of the working directory.
 */
public final class SharedData {

    private SharedData() {
    }

    /** The shared folder, or null when it cannot be found. */
    public static Path root() {
        String prop = System.getProperty("linrex.shared");
        if (prop != null && !prop.isBlank()) {
            Path p = Path.of(prop);
            return Files.isDirectory(p.resolve("bench")) ? p.toAbsolutePath().normalize() : null;
        }
        for (String candidate : new String[] {"../shared", "../../shared"}) {
            Path p = Path.of(candidate);
            if (Files.isDirectory(p.resolve("bench"))) {
                return p.toAbsolutePath().normalize();
            }
        }
        return null;
    }

    /** The shared folder, or an exception saying how to point at it. */
    public static Path require() {
        Path p = root();
        if (p == null) {
            throw new IllegalStateException("shared data not found: set -Dlinrex.shared=/path/to/shared");
        }
        return p;
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] readBytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
