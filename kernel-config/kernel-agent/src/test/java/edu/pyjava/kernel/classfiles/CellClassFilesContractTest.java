package edu.pyjava.kernel.classfiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.pyjava.generators.Generator;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;

/** The names through which lib's BodyCompiler and the agent find each other (see package-info.java). */
class CellClassFilesContractTest {

    @Test
    void bodyCompilerLooksUpThisClassByItsName() throws ReflectiveOperationException {
        Field name = Class.forName("edu.pyjava.generators.BodyCompiler").getDeclaredField("KERNEL_CLASS_FILES");
        name.setAccessible(true);

        assertEquals(CellClassFiles.class.getName(), name.get(null));
    }

    @Test
    void theMethodBodyCompilerCallsIsPublicStaticAndAnswersBytes() throws NoSuchMethodException {
        Method classFile = CellClassFiles.class.getMethod("classFile", Class.class);

        assertEquals(byte[].class, classFile.getReturnType());
        assertTrue(Modifier.isStatic(classFile.getModifiers()), "static");
    }

    @Test
    void theWatchedPackageIsTheHelperJarsGeneratorPackage() {
        assertEquals(Generator.class.getPackageName().replace('.', '/') + "/", CellClassFiles.WATCHED_PACKAGE);
    }
}
