/**
 * Web-application-firewall rule evaluation over linrex {@link dev.linrex.RegexSet}s: the OWASP
 * Core Rule Set {@code @rx} rules of {@code ../shared/corpus/crs}, the ModSecurity
 * transformations they rely on, and request generators for the WAF benchmark.
 *
 * <p>Why here and not in the engine: the loader reads a test-data file format of our shared
 * corpus (not ModSecurity's configuration language), the transformations are a WAF's job rather
 * than a regex library's, and only the benchmark and its load report use them. The engine stays
 * a dependency-free regex library whose one public addition for WAFs is {@code RegexSet}.
 */
package dev.linrex.waf;
