package edu.pyjava.exercises;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A student's exercise record, as {@link Exercise} appends it to {@code ~/.java-course/progress.jsonl}: read it,
 * sum it up per notebook (done, tried, not yet), export it. Nothing is sent anywhere; an instructor collects the
 * exported file like any other file of an assignment (nbgrader's exchange, see docs/classroom.md).
 *
 * <pre>{@code
 * Progress progress = Progress.load();
 * progress.checks().size()                              // = 12, one per check cell run
 * progress.byNotebook(Path.of(".")).get(0)
 * // = NotebookProgress[notebook=01-data-structures.ipynb, done=2, tried=1, notYet=0]
 * Tables.of("我的练习进度", progress.rows(Path.of(".")))   // shows a table: 笔记本 | 完成 | 尝试过 | 还没做
 * progress.summary(Path.of("."))   // = "32 个笔记本，共 90 道练习：完成 3，尝试过 1，还没做 86；开始做的笔记本 2 个"
 * }</pre>
 *
 * <p>Python analog: {@code [json.loads(line) for line in open(path)]} and a {@code collections.Counter}.
 */
public final class Progress {

    /**
     * One check as recorded.
     *
     * @param time when it ran, to the second
     * @param notebook the notebook's file name, {@code ""} if unknown
     * @param exercise the exercise's name, e.g. {@code "练习 1"}
     * @param result {@code passed}, {@code failed}, {@code error} or {@code todo}
     * @param checks how many times the kernel had checked this exercise, this time included
     * @param wrong how many different wrong outcomes it had had
     */
    public record Check(Instant time, String notebook, String exercise, String result, int checks, int wrong) {
    }

    /**
     * One notebook's exercises, each counted once by its best result.
     *
     * @param notebook the notebook's file name
     * @param done exercises passed at least once
     * @param tried exercises answered wrongly and not passed yet
     * @param notYet exercises never answered (never checked, or only ⏳)
     */
    public record NotebookProgress(String notebook, int done, int tried, int notYet) {
    }

    // "Exercise.check(\"练习 1\"" as it appears in a notebook's JSON text
    private static final Pattern CHECK_IN_NOTEBOOK = Pattern.compile("Exercise\\.check(?:That)?\\(\\\\\"(.+?)\\\\\"");
    private static final Pattern NUMBERED_NOTEBOOK = Pattern.compile("\\d\\d-.+\\.ipynb");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final List<Check> checks;

    private Progress(Path file, List<Check> checks) {
        this.file = file;
        this.checks = List.copyOf(checks);
    }

    /**
     * Reads the record from where {@link Exercise} writes it ({@code ~/.java-course/progress.jsonl}, or the file
     * named by {@code JAVA_COURSE_PROGRESS}); a missing file is an empty record, a damaged line is skipped.
     *
     * @return the record
     * @throws IOException if the file exists but cannot be read
     */
    public static Progress load() throws IOException {
        return read(ProgressLog.location());
    }

    /**
     * Reads a record from a file, e.g. one a student exported.
     *
     * @param file the JSON-lines file, or null for none
     * @return the record
     * @throws IOException if the file exists but cannot be read
     */
    public static Progress read(Path file) throws IOException {
        List<Check> checks = new ArrayList<>();
        if (file != null && Files.isRegularFile(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                parse(line).ifPresent(checks::add);
            }
        }
        return new Progress(file, checks);
    }

    private static Optional<Check> parse(String line) {
        try {
            JsonNode node = JSON.readTree(line);
            if (node == null || !node.isObject()) {
                return Optional.empty();
            }
            return Optional.of(new Check(Instant.parse(node.path("time").asText()),
                node.path("notebook").asText(""), node.path("exercise").asText(""), node.path("result").asText(""),
                node.path("checks").asInt(), node.path("wrong").asInt()));
        } catch (JsonProcessingException | DateTimeParseException e) {
            return Optional.empty();  // 写到一半的行（例如内核被强行结束）跳过即可
        }
    }

    /**
     * Every check, oldest first.
     *
     * @return an immutable list
     */
    public List<Check> checks() {
        return checks;
    }

    /**
     * Each numbered notebook ({@code NN-name.ipynb}) in a folder, with its exercises counted from the notebook's own
     * check cells and sorted into done, tried and not yet by this record.
     *
     * @param notebooks the folder of the course's notebooks, e.g. {@code Path.of(".")} in the index notebook
     * @return one entry per notebook that has exercises, by file name
     * @throws IOException if the folder cannot be listed or a notebook read
     */
    public List<NotebookProgress> byNotebook(Path notebooks) throws IOException {
        Objects.requireNonNull(notebooks, "笔记本目录 (notebooks) 不能为 null");
        List<Path> files;
        try (Stream<Path> listing = Files.list(notebooks)) {
            files = listing.filter(p -> NUMBERED_NOTEBOOK.matcher(p.getFileName().toString()).matches())
                .sorted().toList();
        }
        List<NotebookProgress> result = new ArrayList<>();
        for (Path notebook : files) {
            Set<String> exercises = exercisesIn(Files.readString(notebook, StandardCharsets.UTF_8));
            if (exercises.isEmpty()) {
                continue;
            }
            String name = notebook.getFileName().toString();
            int done = 0;
            int tried = 0;
            for (String exercise : exercises) {
                Set<String> results = resultsOf(name, exercise);
                if (results.contains("passed")) {
                    done++;
                } else if (results.contains("failed") || results.contains("error")) {
                    tried++;
                }
            }
            result.add(new NotebookProgress(name, done, tried, exercises.size() - done - tried));
        }
        return result;
    }

    /**
     * The notebooks the student has started (run a check of), as rows with Chinese column names for
     * {@code Tables.of}; {@link #summary(Path)} counts the rest.
     *
     * @param notebooks the folder of the course's notebooks
     * @return one row per started notebook: 笔记本, 完成, 尝试过, 还没做
     * @throws IOException as for {@link #byNotebook(Path)}
     */
    public List<Map<String, Object>> rows(Path notebooks) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (NotebookProgress notebook : byNotebook(notebooks)) {
            if (!started(notebook.notebook())) {
                continue;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("笔记本", notebook.notebook());
            row.put("完成", notebook.done());
            row.put("尝试过", notebook.tried());
            row.put("还没做", notebook.notYet());
            rows.add(row);
        }
        return rows;
    }

    /**
     * One line for the whole course.
     *
     * <pre>{@code
     * Progress.load().summary(Path.of("."))
     * // = "32 个笔记本，共 90 道练习：完成 3，尝试过 1，还没做 86；开始做的笔记本 2 个"
     * }</pre>
     *
     * @param notebooks the folder of the course's notebooks
     * @return the totals over every notebook with exercises
     * @throws IOException as for {@link #byNotebook(Path)}
     */
    public String summary(Path notebooks) throws IOException {
        List<NotebookProgress> all = byNotebook(notebooks);
        int done = all.stream().mapToInt(NotebookProgress::done).sum();
        int tried = all.stream().mapToInt(NotebookProgress::tried).sum();
        int notYet = all.stream().mapToInt(NotebookProgress::notYet).sum();
        long started = all.stream().filter(n -> started(n.notebook())).count();
        return all.size() + " 个笔记本，共 " + (done + tried + notYet) + " 道练习：完成 " + done + "，尝试过 " + tried
            + "，还没做 " + notYet + "；开始做的笔记本 " + started + " 个";
    }

    /**
     * Copies the record to a file the student can download or hand in.
     *
     * @param target where to write, e.g. {@code Path.of("my-progress.jsonl")}
     * @return the target
     * @throws IOException if it cannot be written
     */
    public Path exportTo(Path target) throws IOException {
        Objects.requireNonNull(target, "导出位置 (target) 不能为 null");
        if (file != null && Files.isRegularFile(file)) {
            return Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return Files.writeString(target, "", StandardCharsets.UTF_8);
    }

    private boolean started(String notebook) {
        return checks.stream().anyMatch(check -> check.notebook().equals(notebook));
    }

    private Set<String> resultsOf(String notebook, String exercise) {
        Set<String> results = new TreeSet<>();
        for (Check check : checks) {
            if (check.notebook().equals(notebook) && check.exercise().equals(exercise)) {
                results.add(check.result());
            }
        }
        return results;
    }

    /** The names of the exercises a notebook checks, from its JSON text. */
    static Set<String> exercisesIn(String notebookJson) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = CHECK_IN_NOTEBOOK.matcher(notebookJson);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    @Override
    public String toString() {
        return "Progress[" + checks.size() + " 次检查，" + (file == null ? "不记录" : file) + "]";
    }
}
