package org.scrutineer.platform;

import java.util.Set;

/**
 * Scrutineer's one-shot commands ({@code generate}, {@code verify-audit}): run with {@code java -jar
 * scrutineer.jar COMMAND [options]}, they start no web server and exit with the command's status.
 */
public final class CommandLine {

    /** The commands the application understands as its first argument. */
    public static final Set<String> COMMANDS = Set.of("generate", "verify-audit");

    private CommandLine() {
    }

    /** Whether the arguments ask for a command rather than the web application. */
    public static boolean isCommand(String... args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }
}
