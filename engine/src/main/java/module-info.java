/** linrex: a linear-time regular-expression engine with a java.util.regex-compatible API. */
module dev.linrex {
    exports dev.linrex;
}
