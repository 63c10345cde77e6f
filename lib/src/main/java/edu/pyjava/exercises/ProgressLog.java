package edu.pyjava.exercises;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Appends each exercise check to a small JSON-lines file in the student's home, so that progress survives a culled
 * server: {@code ~/.java-course/progress.jsonl}, one object a line, nothing sent anywhere. The location can be moved
 * with the system property {@code pyjava.progress} or the environment variable {@code JAVA_COURSE_PROGRESS} (a file
 * path; the empty string turns recording off); the course's tests point it at a temporary directory.
 *
 * <pre>{@code
 * {"time":"2026-12-06T03:00:00Z","notebook":"01-data-structures.ipynb","exercise":"练习 1","result":"passed","checks":2,"wrong":1}
 * }</pre>
 *
 * <p>Why a file of lines: appending one line is all the kernel does, needs no library and no lock, and survives a
 * crash mid-write as one bad line; the index notebook and nbgrader's exchange read the file as it is. Python analog:
 * {@code open(path, "a").write(json.dumps(record) + "\n")}.
 */
final class ProgressLog {

    /** System property that moves the file (tests use it). */
    static final String PROPERTY = "pyjava.progress";
    /** Environment variable that moves the file (the test suite and notebook runs set it). */
    static final String VARIABLE = "JAVA_COURSE_PROGRESS";
    /** Set by Jupyter Server for a notebook's kernel: the notebook's path. */
    static final String NOTEBOOK_VARIABLE = "JPY_SESSION_NAME";

    private ProgressLog() {
    }

    /**
     * Where checks are recorded now, or null when recording is off.
     *
     * @return the file's path, or null
     */
    static Path location() {
        String configured = System.getProperty(PROPERTY, System.getenv(VARIABLE));
        if (configured != null) {
            return configured.isBlank() ? null : Path.of(configured);
        }
        // $HOME first, as Python's expanduser and Jupyter do: a hub's spawner may give a user a home of its own
        String home = System.getenv("HOME");
        if (home == null || home.isBlank()) {
            home = System.getProperty("user.home");
        }
        return Path.of(home, ".java-course", "progress.jsonl");
    }

    /**
     * The notebook this kernel runs, as its file name, or {@code ""} when unknown (a kernel not started by Jupyter
     * Server).
     *
     * @return e.g. {@code "01-data-structures.ipynb"}
     */
    static String notebook() {
        String session = System.getenv(NOTEBOOK_VARIABLE);
        if (session == null || session.isBlank()) {
            return "";
        }
        Path name = Path.of(session).getFileName();
        return name == null ? "" : name.toString();
    }

    /**
     * Appends one check; a file that cannot be written (read-only home) is skipped silently, because a student's
     * check must never fail for the record's sake.
     *
     * @param exercise the exercise's name
     * @param result {@code passed}, {@code failed}, {@code error} or {@code todo}
     * @param checks how many times this kernel has checked the exercise, this time included
     * @param wrong how many different wrong outcomes it has had
     */
    static void record(String exercise, String result, int checks, int wrong) {
        Path file = location();
        if (file == null) {
            return;
        }
        String line = "{\"time\":" + json(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString())
            + ",\"notebook\":" + json(notebook())
            + ",\"exercise\":" + json(exercise)
            + ",\"result\":" + json(result)
            + ",\"checks\":" + checks
            + ",\"wrong\":" + wrong + "}\n";
        try {
            Path folder = file.toAbsolutePath().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            Files.writeString(file, line, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException | SecurityException e) {
            // 记录进度只是附带功能：写不了（例如只读的家目录）就不记，检查照常
        }
    }

    /**
     * A JSON string literal.
     *
     * @param text any text
     * @return it quoted, with quotes, backslashes and control characters escaped
     */
    static String json(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        out.append(String.format("\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
