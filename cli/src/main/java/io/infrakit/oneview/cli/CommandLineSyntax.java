package io.infrakit.oneview.cli;

import com.beust.jcommander.ParameterException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What JCommander does not do the way a command-line user expects: {@code --flag=value} as well as
 * {@code --flag value}, and errors that say "unknown flag" or "unknown command" instead of JCommander's own words.
 */
final class CommandLineSyntax {

    private static final Pattern EXPECTED_COMMAND = Pattern.compile("Expected a command, got (.*)");
    private static final Pattern MAIN_PARAMETER = Pattern.compile(
            "Was passed main parameter '(.*)' but no main parameter was defined.*", Pattern.DOTALL);
    private static final Pattern UNKNOWN_OPTION = Pattern.compile("Unknown options?: (.*)");

    private CommandLineSyntax() {
    }

    /**
     * @param args the command line
     * @return it with every {@code --flag=value} before a lone {@code --} split into {@code --flag} and {@code value}
     */
    static String[] splitAssignments(String[] args) {
        List<String> out = new ArrayList<>(args.length);
        boolean flags = true;
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (flags && arg.equals("--")) {
                flags = false;
                out.add(arg);
            } else if (flags && arg.startsWith("--") && eq > 2) {
                out.add(arg.substring(0, eq));
                out.add(arg.substring(eq + 1));
            } else {
                out.add(arg);
            }
        }
        return out.toArray(String[]::new);
    }

    /**
     * @param e        what JCommander threw
     * @param commands the commands there are
     * @param args     the command line, to tell which command the error belongs to
     * @return the message for the user
     */
    static String message(ParameterException e, Collection<String> commands, String[] args) {
        String text = e.getMessage() == null ? "" : e.getMessage();
        Matcher m = EXPECTED_COMMAND.matcher(text);
        if (m.matches()) {
            String got = m.group(1);
            return got.startsWith("-") ? unknownFlag(got, null)
                    : "unknown command '" + got + "' (commands: " + String.join(", ", commands) + ")";
        }
        m = MAIN_PARAMETER.matcher(text);
        if (m.matches()) {
            String got = m.group(1);
            String command = null;
            for (String arg : args) {
                if (commands.contains(arg)) {
                    command = arg;
                    break;
                }
            }
            return got.startsWith("-") ? unknownFlag(got, command)
                    : "unexpected argument '" + got + "'" + (command == null ? "" : " for " + command);
        }
        m = UNKNOWN_OPTION.matcher(text);
        if (m.matches()) {
            return unknownFlag(m.group(1), null);
        }
        return text;
    }

    private static String unknownFlag(String flag, String command) {
        return "unknown flag " + flag + (command == null || command.isEmpty() ? "" : " for " + command);
    }
}
