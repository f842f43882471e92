package dev.linrex.bench.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CategoriesTest {

    @Test
    void classifiesByWhatThePatternAndOperationContain() {
        assertEquals(Set.of(Categories.LITERAL), Categories.classify("hello", 0, Operation.MATCHES));
        assertEquals(Set.of(Categories.LITERAL, Categories.CASE_INSENSITIVE, Categories.REPLACE),
                Categories.classify("(?i)keyword_to_find", 0, Operation.REPLACE_ALL));
        assertEquals(Set.of(Categories.ALTERNATION), Categories.classify("foo|ba[|]r", 0, Operation.COUNT));
        assertEquals(Set.of(), Categories.classify("[a|b]+", 0, Operation.FIND));
        assertEquals(Set.of(Categories.UNICODE), Categories.classify("[\u4e00-\u9fa5]{3,}", 0, Operation.FIND));
        assertEquals(Set.of(Categories.CAPTURES), Categories.classify("(a)(b)", 0, Operation.MATCHES_GROUP_LENGTH_SUM));
    }

    @Test
    void mapsRebarTags() {
        assertEquals(Set.of(Categories.ALTERNATION, Categories.CASE_INSENSITIVE, Categories.UNICODE),
                Categories.fromRebarTags("literal-alternation;case-insensitive;unicode", Operation.COUNT));
        assertEquals(Set.of(Categories.REAL_WORLD, Categories.REPLACE),
                Categories.fromRebarTags("regex-redux", Operation.REGEX_REDUX));
    }
}
