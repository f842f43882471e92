package dev.linrex.bench.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MeasureRunTest {

    @Test
    void eachJvmStartsAtItsOwnPointOfTheList() {
        List<String> keys = List.of("a", "b", "c", "d", "e", "f", "g");
        assertEquals(keys, MeasureRun.rotated(keys, 1, 3));
        assertEquals(List.of("c", "d", "e", "f", "g", "a", "b"), MeasureRun.rotated(keys, 2, 3));
        assertEquals(List.of("e", "f", "g", "a", "b", "c", "d"), MeasureRun.rotated(keys, 3, 3));
        assertEquals(List.of(), MeasureRun.rotated(List.of(), 2, 3));
    }
}
