package edu.pyjava.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.pyjava.exercises.Progress.NotebookProgress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressTest {

    @TempDir
    Path folder;

    /** A notebook's JSON text with one check cell per exercise name, as Jupyter stores it. */
    private Path notebook(String name, String... exercises) throws IOException {
        StringBuilder cells = new StringBuilder();
        for (String exercise : exercises) {
            cells.append("{\"cell_type\": \"code\", \"source\": [\"Exercise.check(\\\"").append(exercise)
                .append("\\\", () -> answer(), 42);\"]},\n");
        }
        return Files.writeString(folder.resolve(name), "{\"cells\": [" + cells + "{}]}", StandardCharsets.UTF_8);
    }

    private static String line(String notebook, String exercise, String result) {
        return "{\"time\":\"2026-12-06T03:00:00Z\",\"notebook\":\"" + notebook + "\",\"exercise\":\"" + exercise
            + "\",\"result\":\"" + result + "\",\"checks\":1,\"wrong\":0}";
    }

    @Test
    void exercisesAreFoundInTheNotebooksOwnCheckCells() throws IOException {
        String json = Files.readString(notebook("01-a.ipynb", "练习 1", "练习 2", "练习 1"));

        assertEquals(Set.of("练习 1", "练习 2"), Progress.exercisesIn(json));
    }

    @Test
    void eachExerciseCountsOnceByItsBestResult() throws IOException {
        notebook("01-a.ipynb", "练习 1", "练习 2", "练习 3");
        notebook("02-b.ipynb", "练习 1");
        notebook("03-no-exercises.ipynb");
        Files.writeString(folder.resolve("notes.txt"), "not a notebook");
        Path record = Files.write(folder.resolve("progress.jsonl"), List.of(
            line("01-a.ipynb", "练习 1", "todo"),
            line("01-a.ipynb", "练习 1", "failed"),
            line("01-a.ipynb", "练习 1", "passed"),
            line("01-a.ipynb", "练习 2", "error"),
            line("01-a.ipynb", "练习 3", "todo"),
            line("02-b.ipynb", "练习 9", "passed")), StandardCharsets.UTF_8);

        assertEquals(List.of(new NotebookProgress("01-a.ipynb", 1, 1, 1), new NotebookProgress("02-b.ipynb", 0, 0, 1)),
            Progress.read(record).byNotebook(folder));
    }

    @Test
    void rowsShowTheStartedNotebooksWithChineseColumnNamesAndTheSummaryCountsAll() throws IOException {
        notebook("01-a.ipynb", "练习 1", "练习 2");
        notebook("02-b.ipynb", "练习 1");
        Path record = Files.write(folder.resolve("progress.jsonl"), List.of(line("01-a.ipynb", "练习 2", "todo")),
            StandardCharsets.UTF_8);
        Progress progress = Progress.read(record);

        List<Map<String, Object>> rows = progress.rows(folder);
        assertEquals(1, rows.size());
        assertEquals(List.of("笔记本", "完成", "尝试过", "还没做"), List.copyOf(rows.get(0).keySet()));
        assertEquals(List.of("01-a.ipynb", 0, 0, 2), List.copyOf(rows.get(0).values()));
        assertEquals("2 个笔记本，共 3 道练习：完成 0，尝试过 0，还没做 3；开始做的笔记本 1 个", progress.summary(folder));
        assertTrue(Progress.read(null).rows(folder).isEmpty());
    }

    @Test
    void aMissingFileIsAnEmptyRecordAndADamagedLineIsSkipped() throws IOException {
        assertTrue(Progress.read(folder.resolve("missing.jsonl")).checks().isEmpty());
        Path record = Files.write(folder.resolve("progress.jsonl"),
            List.of(line("01-a.ipynb", "练习 1", "passed"), "{\"time\":\"2026-12", ""), StandardCharsets.UTF_8);

        List<Progress.Check> checks = Progress.read(record).checks();
        assertEquals(1, checks.size());
        assertEquals("passed", checks.get(0).result());
    }

    @Test
    void whatExerciseRecordsProgressReads() throws IOException {
        Path record = folder.resolve("round-trip.jsonl");
        System.setProperty(ProgressLog.PROPERTY, record.toString());
        try {
            ProgressLog.record("练习 \"7\"", "failed", 3, 2);
            Progress progress = Progress.load();
            Progress.Check check = progress.checks().get(0);
            assertEquals(List.of("练习 \"7\"", "failed", 3, 2),
                List.of(check.exercise(), check.result(), check.checks(), check.wrong()));
        } finally {
            System.clearProperty(ProgressLog.PROPERTY);
        }
    }

    @Test
    void exportCopiesTheRecord() throws IOException {
        Path record = Files.write(folder.resolve("progress.jsonl"), List.of(line("01-a.ipynb", "练习 1", "todo")),
            StandardCharsets.UTF_8);
        Path exported = Progress.read(record).exportTo(folder.resolve("my-progress.jsonl"));

        assertEquals(Files.readAllLines(record), Files.readAllLines(exported));
    }
}
