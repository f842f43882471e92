package dev.linrex.exec;

/**
 * Four {@link SetDfa} searches, each over its own text, with their table walks interleaved in
 * one loop: as {@link SetDfa#searchTogether} for two, when a pair's two chains of dependent
 * table loads still leave the CPU waiting (large sets' tables live in the L2 cache, a step waits
 * on a load of a dozen cycles or more). The inner loop leaves for any entry that is not a plain
 * cached transition (not computed yet, a match state, an accelerated state); then each scan
 * takes its own unit its own way ({@link SetDfa#stepAt}, then {@link SetDfa#skip}), so their
 * positions part. When one search ends, the others go on as a pair and alone.
 */
final class SetScanQuad {
    private SetScanQuad() {}

    /** Runs four begun searches to their ends; results are in each scan. */
    static void search(SetScan a, SetScan b, SetScan c, SetScan d) {
        SetScan[] all = {a, b, c, d};
        for (SetScan k : all) {
            k.pos = k.in.regionStart;
            k.bufStart = k.bufEnd = k.pos;
        }
        final SetDfa da = a.dfa;
        final SetDfa db = b.dfa;
        final SetDfa dc = c.dfa;
        final SetDfa dd = d.dfa;
        final char[] la = da.latin1();
        final char[] lb = db.latin1();
        final char[] lc = dc.latin1();
        final char[] ld = dd.latin1();
        final int sa = da.shift();
        final int sb = db.shift();
        final int sc = dc.shift();
        final int sd = dd.shift();
        final char[] bufA = a.sc.units;
        final char[] bufB = b.sc.units;
        final char[] bufC = c.sc.units;
        final char[] bufD = d.sc.units;
        outer:
        while (a.pos < a.end && b.pos < b.end && c.pos < c.end && d.pos < d.end) {
            if (interior(a) && interior(b) && interior(c) && interior(d)) {
                int n = Integer.MAX_VALUE;
                for (SetScan k : all) {
                    if (k.pos >= k.bufEnd) {
                        k.fill(k.pos);
                    }
                    n = Math.min(n, k.bufEnd - k.pos);
                }
                final char[] ta = a.table;
                final char[] tb = b.table;
                final char[] tc = c.table;
                final char[] td = d.table;
                final int oa = a.pos - a.bufStart;
                final int ob = b.pos - b.bufStart;
                final int oc = c.pos - c.bufStart;
                final int od = d.pos - d.bufStart;
                int ca = a.cur;
                int cb = b.cur;
                int cc = c.cur;
                int cd = d.cur;
                int i = 0;
                while (i < n) {
                    char ua = bufA[oa + i];
                    char ub = bufB[ob + i];
                    char uc = bufC[oc + i];
                    char ud = bufD[od + i];
                    int xa = ta[(ca << sa) + (ua < 256 ? la[ua] : da.classOf(ua))];
                    int xb = tb[(cb << sb) + (ub < 256 ? lb[ub] : db.classOf(ub))];
                    int xc = tc[(cc << sc) + (uc < 256 ? lc[uc] : dc.classOf(uc))];
                    int xd = td[(cd << sd) + (ud < 256 ? ld[ud] : dd.classOf(ud))];
                    // 0 (not computed) or SPECIAL set (a match or accelerated state): slow steps below.
                    if ((char) (xa - 1) >= SetDfaCache.MAX_SERIAL || (char) (xb - 1) >= SetDfaCache.MAX_SERIAL
                            || (char) (xc - 1) >= SetDfaCache.MAX_SERIAL || (char) (xd - 1) >= SetDfaCache.MAX_SERIAL) {
                        break;
                    }
                    ca = xa;
                    cb = xb;
                    cc = xc;
                    cd = xd;
                    i++;
                }
                a.cur = ca;
                b.cur = cb;
                c.cur = cc;
                d.cur = cd;
                for (SetScan k : all) {
                    k.pos += i;
                }
                if (i == n) {
                    continue;
                }
            }
            // Each scan takes its unit its own way (a cached step for those not stopped).
            boolean ended = false;
            for (SetScan k : all) {
                boolean ok = k.dfa.stepAt(k, k.pos);
                k.pos++;
                if (ok) {
                    k.pos = k.dfa.skip(k, k.pos);
                } else {
                    ended = true;
                }
            }
            if (ended) {
                break outer;
            }
        }
        // One or more ended: those at their text's end finish, the rest go on in a pair and alone.
        SetScan x = null;
        SetScan y = null;
        for (SetScan k : all) {
            if (!k.running()) {
                continue;
            }
            if (k.pos >= k.end) {
                k.dfa.finish(k);
            } else if (x == null) {
                x = k;
            } else if (y == null) {
                y = k;
            } else {
                SetDfa.together(x, x.pos, y, y.pos);
                x = k;
                y = null;
            }
        }
        if (x != null && y != null) {
            SetDfa.together(x, x.pos, y, y.pos);
        } else if (x != null) {
            x.dfa.run(x, x.pos);
        }
    }

    private static boolean interior(SetScan k) {
        return k.pos >= k.lo && k.pos < k.hi;
    }
}
