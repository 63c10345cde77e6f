package edu.pyjava.kernel.launcher;

import edu.pyjava.kernel.launcher.errors.TracebackMode;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.dflib.jjava.jupyter.kernel.magic.LineMagic;

/**
 * The line magic {@code %xmode}, as in IPython: how much of a stack trace a failed cell shows.
 *
 * <pre>{@code
 * %xmode Verbose    // 每一层都显示，JDK 和库的也不折叠
 * %xmode Context    // 默认：只显示单元格里的行，JDK 和库内部折叠成一行
 * %xmode            // 说出现在的模式
 * }</pre>
 */
final class XmodeMagic implements LineMagic<Void, CourseJavaKernel> {

    @Override
    public Void eval(CourseJavaKernel kernel, List<String> args) {
        if (args.isEmpty()) {
            System.out.println("异常的显示模式 (xmode)：" + kernel.errors().mode().displayName());
            return null;
        }
        TracebackMode mode = TracebackMode.named(args.get(0)).orElseThrow(() -> new IllegalArgumentException(
            "没有名为 " + args.get(0) + " 的模式。可用的模式：" + names()));
        kernel.errors().mode(mode);
        System.out.println("异常的显示模式 (xmode)：" + mode.displayName());
        return null;
    }

    private static String names() {
        return Arrays.stream(TracebackMode.values()).map(TracebackMode::displayName).collect(Collectors.joining(", "));
    }
}
