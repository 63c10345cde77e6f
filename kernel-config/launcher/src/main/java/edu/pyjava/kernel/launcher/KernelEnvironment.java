package edu.pyjava.kernel.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dflib.jjava.jupyter.kernel.util.PathsHandler;

/**
 * The {@code JJAVA_*} environment variables, read the way JJava 1.0a8 reads them.
 *
 * <pre>{@code
 * KernelEnvironment env = new KernelEnvironment(Map.of("JJAVA_TIMEOUT", "30 SECONDS"));
 * env.timeout()            // = Optional[PT30S]
 * env.extensionsEnabled()  // = true
 * }</pre>
 *
 * @param variables the process environment, usually {@link System#getenv()}
 */
public record KernelEnvironment(Map<String, String> variables) {

    private static final Pattern TIMEOUT = Pattern.compile("^(?<amount>-?\\d+)\\W*(?<unit>[A-Za-z]+)?$");

    /**
     * Reads the environment of this process.
     *
     * @return the environment
     */
    public static KernelEnvironment ofSystem() {
        return new KernelEnvironment(System.getenv());
    }

    /**
     * {@code JJAVA_TIMEOUT}: how long a cell may run, such as {@code 30000} (milliseconds) or {@code 30 SECONDS}.
     *
     * @return the timeout, or empty for none (unset or negative)
     * @throws IllegalArgumentException if the value cannot be read
     */
    public Optional<Duration> timeout() {
        String value = variables.get("JJAVA_TIMEOUT");
        if (value == null) {
            return Optional.empty();
        }
        Matcher matcher = TIMEOUT.matcher(value.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("JJAVA_TIMEOUT 无法识别：" + value);
        }
        long amount = Long.parseLong(matcher.group("amount"));
        String unit = matcher.group("unit");
        ChronoUnit chronoUnit = unit == null ? ChronoUnit.MILLIS : chronoUnit(unit);
        return amount < 0 ? Optional.empty() : Optional.of(Duration.of(amount, chronoUnit));
    }

    private static ChronoUnit chronoUnit(String timeUnitName) {
        try {
            return java.util.concurrent.TimeUnit.valueOf(timeUnitName.toUpperCase(Locale.ROOT)).toChronoUnit();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("JJAVA_TIMEOUT 的单位无法识别：" + timeUnitName, e);
        }
    }

    /**
     * {@code JJAVA_LOAD_EXTENSIONS}: whether to load kernel extensions; on unless {@code 0}, {@code false} or empty.
     *
     * @return whether extensions are enabled
     */
    public boolean extensionsEnabled() {
        String value = variables.get("JJAVA_LOAD_EXTENSIONS");
        if (value == null) {
            return true;
        }
        String trimmed = value.trim();
        return !trimmed.isEmpty() && !trimmed.equals("0") && !trimmed.equalsIgnoreCase("false");
    }

    /**
     * {@code JJAVA_COMPILER_OPTS}: extra javac options, separated by white space.
     *
     * @return the options, possibly empty
     */
    public List<String> compilerOptions() {
        String value = variables.getOrDefault("JJAVA_COMPILER_OPTS", "").trim();
        return value.isEmpty() ? List.of() : Arrays.asList(value.split("\\s+"));
    }

    /**
     * {@code JJAVA_CLASSPATH}: extra classpath entries, globs allowed.
     *
     * @return the classpath, or null if unset
     */
    public String classpath() {
        return variables.get("JJAVA_CLASSPATH");
    }

    /**
     * {@code COURSE_LIBRARIES}: the folder of the libraries that {@code %library NAME} adds, one sub-folder of jars
     * each (the course's own variable, written by install.py).
     *
     * @return the folder, or empty if the variable is not set
     */
    public Optional<Path> libraries() {
        String value = variables.get("COURSE_LIBRARIES");
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
    }

    /**
     * The startup snippets: each file of {@code JJAVA_STARTUP_SCRIPTS_PATH}, then {@code JJAVA_STARTUP_SCRIPT}.
     *
     * @return the snippets' source code, in the order to run them
     */
    public List<String> startupSnippets() {
        List<String> snippets = new ArrayList<>();
        String paths = variables.get("JJAVA_STARTUP_SCRIPTS_PATH");
        if (paths != null && !paths.isBlank()) {
            for (Path path : PathsHandler.splitAndResolveGlobs(paths)) {
                if (Files.isRegularFile(path) && Files.isReadable(path)) {
                    snippets.add(read(path));
                }
            }
        }
        String code = variables.get("JJAVA_STARTUP_SCRIPT");
        if (code != null) {
            snippets.add(code);
        }
        return snippets;
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException("启动脚本读取失败：" + path, e);
        }
    }
}
