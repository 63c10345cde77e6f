package edu.pyjava.kernel.launcher.errors;

import java.util.List;
import java.util.Objects;

/**
 * A failed cell as Jupyter shows it: the fields of an {@code error} output.
 *
 * <pre>{@code
 * new RenderedError("ArithmeticException", "/ by zero", List.of("ArithmeticException: / by zero", "  第 1 行"))
 * }</pre>
 *
 * @param name the error's name ({@code ename}): the exception's simple class name, or {@code 编译错误}
 * @param value its message ({@code evalue}), never {@code null}
 * @param traceback the lines JupyterLab prints, ANSI-styled
 */
public record RenderedError(String name, String value, List<String> traceback) {

    /** Checks the fields and freezes the traceback. */
    public RenderedError {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        traceback = List.copyOf(traceback);
    }

    /**
     * The traceback without its ANSI styling, one string: what a reader sees.
     *
     * @return the plain text of the traceback
     */
    public String plainText() {
        return Ansi.strip(String.join("\n", traceback));
    }
}
