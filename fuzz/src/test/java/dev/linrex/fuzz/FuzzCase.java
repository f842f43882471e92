package dev.linrex.fuzz;

/**
 * One differential trial: a pattern with compile flags, an input, and the region and bounds the
 * matcher is set to ({@code regionStart == -1}: no region set).
 */
record FuzzCase(String pattern, int flags, String input, int regionStart, int regionEnd,
                boolean transparent, boolean anchoring) {

    boolean hasRegion() {
        return regionStart >= 0;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("pattern ").append(Chars.show(pattern));
        if (flags != 0) {
            sb.append(" flags 0x").append(Integer.toHexString(flags));
        }
        sb.append(" input ").append(Chars.show(input));
        if (hasRegion()) {
            sb.append(" region [").append(regionStart).append(',').append(regionEnd).append(')');
        }
        if (transparent) {
            sb.append(" transparent");
        }
        if (!anchoring) {
            sb.append(" non-anchoring");
        }
        return sb.toString();
    }
}
