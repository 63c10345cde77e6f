// Runs once when the course kernel starts, after JJava's own imports (java.util, java.io, java.time, ...).
// Keep it to imports that most notebooks use: every line costs start-up time.
import java.util.function.*;
import java.util.stream.*;
import java.nio.file.*;
import java.nio.charset.StandardCharsets;
import tech.tablesaw.api.*;
// Every notebook's 练习 are checked with Exercise.check(...) and step-by-step Hints.of(...); todo() marks an answer
// not written yet.
import edu.pyjava.exercises.Exercise;
import edu.pyjava.exercises.Hints;
import static edu.pyjava.exercises.Exercise.todo;
