package dev.linrex.fuzz;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * linrex gives java.util.regex's answers: for generated patterns, flags, inputs, regions and
 * bounds, the whole {@code find()} sequence with every group span, {@code matches},
 * {@code lookingAt}, {@code hitEnd}/{@code requireEnd} (as {@link Transcript} documents),
 * {@code replaceAll} and {@code split} are equal, and so are syntax errors.
 */
@AddLifecycleHook(FuzzSettings.class)
class DifferentialProperties {

    @Property
    void sameAnswersAsJavaUtilRegex(@ForAll("cases") FuzzCase c) {
        Campaign.tick("differential");
        String d = Differential.disagreement(c);
        if (d != null) {
            Campaign.disagreement("DISAGREES on " + c + "\n    " + d);
        }
    }

    /**
     * The same on lookaround-heavy patterns (nested lookaheads and lookbehinds, groups inside them,
     * regions with every bounds combination). A lookaround campaign runs this property alone
     * (fuzz/README.md).
     */
    @Property(edgeCases = EdgeCasesMode.NONE) // jqwik's edge cases of these nested generators cost more than the trials
    void sameAnswersWithLookarounds(@ForAll("lookaroundCases") FuzzCase c) {
        Campaign.tick("differential, lookarounds");
        String d = Differential.disagreement(c);
        if (d != null) {
            Campaign.disagreement("DISAGREES on " + c + "\n    " + d);
        }
    }

    /**
     * The same on patterns with a literal run inside, which every match contains: with
     * {@code linrex.requiredLiterals.warmUnits=0} (fuzz/pom.xml) every search of every property
     * is first filtered by the required literals, and these patterns make that filter decide.
     */
    @Property
    void sameAnswersWithInnerLiterals(@ForAll("innerLiteralCases") FuzzCase c) {
        Campaign.tick("differential, inner literals");
        String d = Differential.disagreement(c);
        if (d != null) {
            Campaign.disagreement("DISAGREES on " + c + "\n    " + d);
        }
    }

    @Provide
    Arbitrary<FuzzCase> innerLiteralCases() {
        return InputArbitraries.innerLiteralCases();
    }

    @Provide
    Arbitrary<FuzzCase> cases() {
        return InputArbitraries.cases();
    }

    @Provide
    Arbitrary<FuzzCase> lookaroundCases() {
        return InputArbitraries.lookaroundCases();
    }
}
