package edu.pyjava.kernel.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The refusals of {@code %library}; adding a library to a live kernel is tested through the kernel. */
class LibraryMagicTest {

    @TempDir
    Path libraries;

    @Test
    void anUnknownNameIsRefusedWithTheNamesThereAre() throws IOException {
        Files.createDirectories(libraries.resolve("jetty"));
        Files.createDirectories(libraries.resolve("databases"));
        LibraryMagic magic = new LibraryMagic(Optional.of(libraries));
        IllegalArgumentException error =
            assertThrows(IllegalArgumentException.class, () -> magic.eval(null, List.of("nosuch")));
        assertEquals("没有名为 nosuch 的库。可用的库：databases, jetty", error.getMessage());
    }

    @Test
    void aNameCannotReachOutsideTheLibrariesFolder() throws IOException {
        Files.createDirectories(libraries.resolve("jetty"));
        LibraryMagic magic = new LibraryMagic(Optional.of(libraries.resolve("jetty")));
        assertThrows(IllegalArgumentException.class, () -> magic.eval(null, List.of("..")));
        assertThrows(IllegalArgumentException.class, () -> magic.eval(null, List.of("../jetty")));
    }

    @Test
    void theMagicTakesExactlyOneName() throws IOException {
        Files.createDirectories(libraries.resolve("oshi"));
        LibraryMagic magic = new LibraryMagic(Optional.of(libraries));
        IllegalArgumentException error =
            assertThrows(IllegalArgumentException.class, () -> magic.eval(null, List.of()));
        assertTrue(error.getMessage().startsWith("用法：%library 名字"), error.getMessage());
    }

    @Test
    void aKernelInstalledWithoutLibrariesSaysHowToFixIt() {
        IllegalStateException error = assertThrows(IllegalStateException.class,
            () -> new LibraryMagic(Optional.empty()).eval(null, List.of("jetty")));
        assertTrue(error.getMessage().contains("install.sh"), error.getMessage());
    }
}
