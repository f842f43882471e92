package dev.linrex.analysis;

/**
 * A CharSequence that counts java.util.regex's reads of it: a deterministic measure of how much
 * work the backtracker does, instead of wall time. Past a budget it throws, so a runaway search
 * ends.
 */
final class ReadCountingText implements CharSequence {
    /** Thrown once the read budget is spent. */
    static final class BudgetSpent extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BudgetSpent() {
            super("read budget spent", null, false, false);
        }
    }

    private final String text;
    private final long budget;
    private long reads;

    ReadCountingText(String text, long budget) {
        this.text = text;
        this.budget = budget;
    }

    long reads() {
        return reads;
    }

    @Override
    public char charAt(int index) {
        if (++reads > budget) {
            throw new BudgetSpent();
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
    }

    @Override
    public String toString() {
        return text;
    }

    /** How many characters java.util.regex reads searching (or matching) {@code text}; budget+1 if it gave up. */
    static long jdkReads(String regex, String text, Usage usage, long budget) {
        ReadCountingText t = new ReadCountingText(text, budget);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex).matcher(t);
        try {
            if (usage == Usage.FIND) {
                m.find();
            } else {
                m.matches();
            }
        } catch (BudgetSpent e) {
            return budget + 1;
        }
        return t.reads();
    }
}
