package edu.pyjava.kernel.launcher;

import java.util.List;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.messages.publish.PublishError;
import org.dflib.jjava.jupyter.messages.reply.ErrorReply;
import org.dflib.jjava.jupyter.messages.reply.ExecuteReply;

/**
 * The answer to every cell of a kernel whose start-up failed: an error that names the cause and says what to do.
 *
 * <p>A kernel without the course class path or the start-up imports would run each cell and report a compile
 * error in it ({@code package edu.pyjava… does not exist}), which sends a student looking for a mistake in their
 * own code. Instead every cell is answered with this, and nothing is run.
 *
 * <pre>{@code
 * new StartupFailure(cause).reply(env);
 * // 内核启动失败 (kernel start-up failed): 课程内核没有准备好（CompilationException: ...）。请点菜单 Kernel → Restart Kernel…
 * }</pre>
 */
final class StartupFailure {

    /** The error's name, as the notebook shows it. */
    static final String ERROR_NAME = "内核启动失败 (kernel start-up failed)";

    private final String message;

    /**
     * Describes a failed start-up.
     *
     * @param cause what the start-up threw
     */
    StartupFailure(Throwable cause) {
        this.message = "课程内核没有准备好（" + cause.getClass().getSimpleName() + ": " + firstLine(cause.getMessage())
            + "）。请点菜单 Kernel → Restart Kernel…（内核 → 重启内核）再运行；仍然失败就重新运行 kernel-config/install.sh。";
    }

    /** The error's text, without its name. */
    String message() {
        return message;
    }

    /**
     * Answers an execute request with the error, as JJava answers a cell that failed: busy, the error, the reply,
     * idle.
     *
     * @param env the request's reply environment
     */
    void reply(ShellReplyEnvironment env) {
        List<String> traceback = List.of(ERROR_NAME + ": " + message);
        env.setBusyDeferIdle();
        env.publish(new PublishError(ERROR_NAME, message, traceback));
        env.defer().replyError(ExecuteReply.MESSAGE_TYPE.error(), new ErrorReply(ERROR_NAME, message, traceback));
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }
}
