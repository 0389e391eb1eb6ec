package org.dossier.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A command's options: {@code --name value}, {@code --name=value}, and the flags {@code --help} and
 * {@code --debug} (print the stack trace of an internal error).
 * Anything unknown, a missing value or a stray argument is a {@link UsageException}.
 */
final class Options {
    private final Map<String, String> values;
    private final boolean help;
    private final boolean debug;

    private Options(Map<String, String> values, boolean help, boolean debug) {
        this.values = values;
        this.help = help;
        this.debug = debug;
    }

    static Options parse(List<String> args, Set<String> valueOptions) throws UsageException {
        Map<String, String> values = new LinkedHashMap<>();
        boolean help = false;
        boolean debug = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
                continue;
            }
            if (arg.equals("--debug")) {
                debug = true;
                continue;
            }
            if (!arg.startsWith("--")) throw new UsageException("unexpected argument '" + arg + "'");
            String name = arg.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (!valueOptions.contains(name)) throw new UsageException("unknown option '--" + name + "'");
            if (value == null) {
                if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                    throw new UsageException("option '--" + name + "' needs a value");
                }
                value = args.get(++i);
            }
            if (value.isBlank()) throw new UsageException("option '--" + name + "' needs a value");
            if (values.put(name, value) != null) throw new UsageException("option '--" + name + "' is given twice");
        }
        return new Options(values, help, debug);
    }

    boolean help() {
        return help;
    }

    boolean debug() {
        return debug;
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    int integer(String name, int fallback, int min, int max) throws UsageException {
        Optional<String> value = get(name);
        if (value.isEmpty()) return fallback;
        try {
            int n = Integer.parseInt(value.get());
            if (n < min || n > max) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException("option '--" + name + "' needs a whole number from " + min + " to " + max
                    + ", not '" + value.get() + "'");
        }
    }
}
