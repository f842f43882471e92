package dev.linrex.bench.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

class RecipesTest {

    private static String gen(String json) {
        return Recipes.generate(JsonParser.parseString(json).getAsJsonObject(), id -> "base-" + id);
    }

    @Test
    void toLengthKindsGiveExactlyThatLengthOfWholeUnits() {
        String s = gen("{\"kind\":\"delimitedRepeatToLength\",\"value\":\"ab\\ud83d\\ude07\",\"delimiterAlphabet\":\" ,\",\"seed\":42,\"length\":\"1000\"}");
        assertEquals(1000, s.length());
        for (int i = 0; i < s.length(); i++) {
            if (Character.isHighSurrogate(s.charAt(i))) {
                assertTrue(i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)), "split pair at " + i);
            }
        }
        assertEquals(64, gen("{\"kind\":\"suffixToLength\",\"prefixUnit\":\"b\",\"suffix\":\"xy5\",\"length\":64}").length());
        assertEquals(32, gen("{\"kind\":\"repeatToLength\",\"unit\":\"abc\",\"length\":32}").length());
        assertEquals(100, gen("{\"kind\":\"centerInSpaces\",\"body\":\"<Banana>\",\"length\":100}").length());
    }

    @Test
    void simpleKinds() {
        assertEquals("a?a?aa", gen("{\"kind\":\"optionalRequiredRepeatPattern\",\"literal\":\"a\",\"count\":\"2\"}"));
        assertEquals("xyxyxy", gen("{\"kind\":\"repeat\",\"value\":\"xy\",\"count\":3}"));
        assertEquals("base-q!", gen("{\"kind\":\"appendInput\",\"input\":\"q\",\"suffix\":\"!\"}"));
        String surround = gen("{\"kind\":\"surroundToLength\",\"prefix\":\"[\",\"unit\":\"1.2.3,\",\"suffix\":\"4.5.6]\",\"length\":30}");
        assertTrue(surround.startsWith("[1.2.3,") && surround.endsWith(",4.5.6]") && surround.length() <= 30, surround);
    }
}
