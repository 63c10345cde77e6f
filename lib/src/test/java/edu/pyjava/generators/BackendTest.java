package edu.pyjava.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.analysis.Analyzer;

class BackendTest {

    @Test
    void continuationIsAvailableUnderTheKernelsAddExportsFlag() {
        // surefire passes --add-exports java.base/jdk.internal.vm=ALL-UNNAMED, as the course kernel does
        assertTrue(Backend.CONTINUATION.isAvailable(), ContinuationStrand.UNAVAILABLE_REASON);
        assertEquals(Backend.STATE_MACHINE, Backend.active());
        assertEquals(Backend.CONTINUATION, Backend.stackBased());
    }

    @Test
    void virtualThreadIsAlwaysAvailable() {
        assertTrue(Backend.VIRTUAL_THREAD.isAvailable());
    }

    @Test
    void withoutAPropertyTheStateMachineIsChosen() {
        assertEquals(Backend.STATE_MACHINE, Backend.choose(null, true));
        assertEquals(Backend.STATE_MACHINE, Backend.choose(null, false));
        assertEquals(Backend.STATE_MACHINE, Backend.choose(" ", true));
    }

    @Test
    void thePropertyForcesABackend() {
        assertEquals(Backend.VIRTUAL_THREAD, Backend.choose("virtual-thread", true));
        assertEquals(Backend.VIRTUAL_THREAD, Backend.choose("VIRTUAL_THREAD", true));
        assertEquals(Backend.CONTINUATION, Backend.choose("Continuation", true));
        assertEquals(Backend.STATE_MACHINE, Backend.choose("state_machine", true));
    }

    @Test
    void anUnknownPropertyValueIsExplained() {
        IllegalArgumentException error =
            assertThrows(IllegalArgumentException.class, () -> Backend.choose("fibers", true));
        assertTrue(error.getMessage().contains(Backend.PROPERTY) && error.getMessage().contains("fibers"),
            error.getMessage());
    }

    @Test
    void askingForContinuationWithoutTheFlagNamesTheFlag() {
        IllegalStateException error =
            assertThrows(IllegalStateException.class, () -> Backend.choose("continuation", false));
        assertTrue(error.getMessage().contains("--add-exports java.base/jdk.internal.vm=ALL-UNNAMED"),
            error.getMessage());
    }

    @Test
    void aJvmWithoutTheFlagStillCompilesBodiesAndFallsBackToVirtualThreads() throws Exception {
        String javaLauncher = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = String.join(File.pathSeparator, codeSource(Backend.class), codeSource(BackendProbe.class),
            codeSource(Type.class), codeSource(ClassNode.class), codeSource(Analyzer.class));
        Process probe = new ProcessBuilder(javaLauncher, "-cp", classpath, BackendProbe.class.getName())
            .redirectErrorStream(true)
            .start();
        assertTrue(probe.waitFor(60, TimeUnit.SECONDS), "探测用的 JVM 没有按时结束");
        List<String> lines = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertEquals(List.of("STATE_MACHINE VIRTUAL_THREAD false [0, 1, 1, 2, 3, 5] [0, 1, 2]"), lines);
    }

    private static String codeSource(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
