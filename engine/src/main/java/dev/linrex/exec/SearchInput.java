package dev.linrex.exec;

/**
 * What a search reads: the text, the region a Matcher has set, and the bounds flags that decide
 * what assertions may see. Immutable so that engines can keep no per-input state in shared places.
 */
public final class SearchInput {
    public final CharSequence text;
    public final int regionStart;
    public final int regionEnd;
    /** Transparent bounds: lookaround and {@code \b} may see text outside the region. */
    public final boolean transparentBounds;
    /** Anchoring bounds: {@code ^ $ \A \z \Z} match at the region's edges. */
    public final boolean anchoringBounds;

    public SearchInput(CharSequence text, int regionStart, int regionEnd,
                       boolean transparentBounds, boolean anchoringBounds) {
        this.text = text;
        this.regionStart = regionStart;
        this.regionEnd = regionEnd;
        this.transparentBounds = transparentBounds;
        this.anchoringBounds = anchoringBounds;
    }

    /** The whole text, default bounds (opaque, anchoring), as {@code Pattern.matcher(text)} starts. */
    public static SearchInput of(CharSequence text) {
        return new SearchInput(text, 0, text.length(), false, true);
    }
}
