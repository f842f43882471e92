package dev.linrex;

import dev.linrex.syntax.Ast;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * The one call from the API into the parser: {@code dev.linrex.syntax.Parser.parse(pattern, flags)}.
 *
 * <p>TEMPORARY: the parser is developed on another branch, so this branch binds it by name at run
 * time to compile without it. Once the parser is merged this becomes a direct call.
 */
final class Parsing {
    private Parsing() {}

    private static final MethodHandle PARSE = find();

    private static MethodHandle find() {
        try {
            Class<?> parser = Class.forName("dev.linrex.syntax.Parser");
            return MethodHandles.publicLookup().findStatic(parser, "parse",
                    MethodType.methodType(Ast.Root.class, String.class, int.class));
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    static Ast.Root parse(String pattern, int flags) {
        if (PARSE == null) {
            throw new IllegalStateException("dev.linrex.syntax.Parser is not part of this build");
        }
        try {
            return (Ast.Root) PARSE.invokeExact(pattern, flags);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
