package edu.pyjava.kernel.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KernelEnvironmentTest {

    @Test
    void timeoutIsReadInMillisecondsOrInTheNamedUnitAndNegativeMeansNone() {
        assertEquals(Optional.of(Duration.ofMillis(1500)), new KernelEnvironment(Map.of("JJAVA_TIMEOUT", "1500")).timeout());
        assertEquals(Optional.of(Duration.ofSeconds(30)),
            new KernelEnvironment(Map.of("JJAVA_TIMEOUT", "30 SECONDS")).timeout());
        assertEquals(Optional.empty(), new KernelEnvironment(Map.of("JJAVA_TIMEOUT", "-1")).timeout());
        assertEquals(Optional.empty(), new KernelEnvironment(Map.of()).timeout());
    }

    @Test
    void unreadableTimeoutIsReportedWithItsValue() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
            () -> new KernelEnvironment(Map.of("JJAVA_TIMEOUT", "soon")).timeout());
        assertTrue(error.getMessage().contains("soon"));
    }

    @Test
    void librariesFolderIsOptional() {
        assertEquals(Optional.of(Path.of("/k/libraries")),
            new KernelEnvironment(Map.of("COURSE_LIBRARIES", "/k/libraries")).libraries());
        assertEquals(Optional.empty(), new KernelEnvironment(Map.of()).libraries());
    }

    @Test
    void extensionsAreOnUnlessSwitchedOff() {
        assertTrue(new KernelEnvironment(Map.of()).extensionsEnabled());
        assertTrue(new KernelEnvironment(Map.of("JJAVA_LOAD_EXTENSIONS", "1")).extensionsEnabled());
        assertFalse(new KernelEnvironment(Map.of("JJAVA_LOAD_EXTENSIONS", "false")).extensionsEnabled());
        assertFalse(new KernelEnvironment(Map.of("JJAVA_LOAD_EXTENSIONS", "0")).extensionsEnabled());
    }

    @Test
    void compilerOptionsAreSplitOnWhiteSpace() {
        assertEquals(List.of("-Xlint:all", "-parameters"),
            new KernelEnvironment(Map.of("JJAVA_COMPILER_OPTS", " -Xlint:all  -parameters ")).compilerOptions());
        assertEquals(List.of(), new KernelEnvironment(Map.of()).compilerOptions());
    }

    @Test
    void startupSnippetsComeFromTheScriptFilesThenTheInlineScript(@TempDir Path folder) throws Exception {
        Path script = Files.writeString(folder.resolve("startup.jsh"), "import java.util.stream.*;");
        KernelEnvironment environment = new KernelEnvironment(Map.of(
            "JJAVA_STARTUP_SCRIPTS_PATH", script.toString(),
            "JJAVA_STARTUP_SCRIPT", "int answer = 42;"));

        assertEquals(List.of("import java.util.stream.*;", "int answer = 42;"), environment.startupSnippets());
    }
}
