package edu.pyjava.kernel.launcher;

import edu.pyjava.kernel.launcher.errors.CellErrorRenderer;
import edu.pyjava.kernel.launcher.errors.RenderedError;
import edu.pyjava.kernel.launcher.errors.SnippetPlaces;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import jdk.jshell.JShell;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.HelpLink;
import org.dflib.jjava.jupyter.kernel.JupyterIO;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.history.HistoryManager;
import org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry;
import org.dflib.jjava.jupyter.kernel.magic.MagicsResolver;
import org.dflib.jjava.jupyter.kernel.util.StringStyler;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.publish.PublishError;
import org.dflib.jjava.jupyter.messages.publish.PublishExecuteInput;
import org.dflib.jjava.jupyter.messages.publish.PublishExecuteResult;
import org.dflib.jjava.jupyter.messages.reply.ErrorReply;
import org.dflib.jjava.jupyter.messages.reply.ExecuteReply;
import org.dflib.jjava.jupyter.messages.request.ExecuteRequest;
import org.dflib.jjava.kernel.JavaKernel;
import org.dflib.jjava.kernel.JavaKernelBuilder;
import org.dflib.jjava.kernel.execution.CodeEvaluator;

/**
 * JJava's Java kernel with errors a Python learner can read ({@link CellErrorRenderer}).
 *
 * <p>It serves execute requests as JJava's {@code BaseKernel} does, step for step, except for a failed cell:
 * the error output is named by the real exception ({@code UnsupportedOperationException}, not
 * {@code RuntimeException}), and its traceback names cell lines. To name lines it tells a {@link SnippetPlaces}
 * where each snippet of each cell begins. Should JJava's internals change so that the request cannot be served
 * this way, it serves it with JJava's own code and only the traceback is the course's.
 *
 * <pre>{@code
 * CourseJavaKernel kernel = CourseJavaKernel.courseBuilder().name("JJava").build();
 * }</pre>
 */
public final class CourseJavaKernel extends JavaKernel {

    private static final List<HelpLink> HELP_LINKS = List.of(
        new HelpLink("Java tutorials", "https://docs.oracle.com/javase/tutorial/"),
        new HelpLink("JJava homepage", "https://github.com/dflib/jjava"));

    private final SnippetPlaces places = new SnippetPlaces();
    private final CellErrorRenderer errors;
    private final Optional<JupyterIoAccess> ioAccess = JupyterIoAccess.find();
    /** How deep evaluations nest: a magic such as {@code %%time} evaluates its body inside the cell's. */
    private int evaluationDepth;
    /** The first failure of the cell's innermost evaluation: a magic's body fails with its own, richer error. */
    private Exception innermostFailure;
    private volatile String cellSource = "";
    private final JavadocSources javadocSources = JavadocSources.fromEnvironment(System.getenv());

    private CourseJavaKernel(String name, String version, LanguageInfo languageInfo, HistoryManager history,
                             JupyterIO io, CommManager comms, Renderer renderer, MagicsResolver magicsResolver,
                             MagicsRegistry magicsRegistry, boolean extensionsEnabled, StringStyler errorStyler,
                             JShell shell, CodeEvaluator evaluator) {
        super(name, version, languageInfo, HELP_LINKS, history, io, comms, renderer, magicsResolver, magicsRegistry,
            extensionsEnabled, errorStyler, shell, evaluator);
        this.errors = CellErrorRenderer.standard(shell, places);
    }

    /**
     * Starts a builder; it takes the same settings as JJava's {@link JavaKernel#builder()}.
     *
     * @return the builder
     */
    public static Builder courseBuilder() {
        return new Builder();
    }

    /**
     * The renderer of this kernel's errors; {@code %xmode} sets its mode.
     *
     * @return the renderer
     */
    public CellErrorRenderer errors() {
        return errors;
    }

    /**
     * The cell now running, as the student wrote it: magics whose arguments JJava splits on spaces read their
     * line from it ({@code %timeit}).
     *
     * @return the cell's source
     */
    public String cellSource() {
        return cellSource;
    }

    @Override
    protected Object doEval(String source) {
        evaluationDepth++;
        try {
            return super.doEval(source);
        } catch (RuntimeException failure) {
            if (innermostFailure == null && evaluationDepth > 1) {
                innermostFailure = failure;
            }
            throw failure;
        } finally {
            evaluationDepth--;
            places.record(source, getJShell().snippets().toList());
        }
    }

    /** Shift+Tab: JJava's inspection, with the helper library's sources added to where JShell finds Javadoc. */
    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) {
        javadocSources.addTo(getJShell());
        return super.inspect(code, at, extraDetail);
    }

    @Override
    protected List<String> formatError(Throwable e) {
        return e instanceof Exception failure ? errors.render(failure).traceback() : super.formatError(e);
    }

    @Override
    protected synchronized void handleExecuteRequest(ShellReplyEnvironment env, Message<ExecuteRequest> message) {
        ExecuteRequest request = message.getContent();
        places.beginCell(executionCount.get(), request.getCode());
        cellSource = request.getCode();
        innermostFailure = null;
        if (ioAccess.isEmpty()) {
            super.handleExecuteRequest(env, message);
            return;
        }
        // 以下与 JJava 1.0a8 的 BaseKernel.handleExecuteRequest 一步一步相同，只有出错时的输出不同
        commManager.setMessageContext(message);
        int count = executionCount.getAndIncrement();
        env.setBusyDeferIdle();
        env.publish(new PublishExecuteInput(request.getCode(), count));
        replaceOutputStreams(env);
        ioAccess.get().attach(io, env, request.isStdinEnabled());
        env.defer(() -> ioAccess.get().detach(io, env));
        try {
            DisplayData out = evalBuilder(request.getCode()).resolveMagics().renderResults().eval();
            if (out != null) {
                env.publish(new PublishExecuteResult(count, out));
            }
            env.defer().reply(new ExecuteReply(count, Collections.emptyMap()));
        } catch (Exception failure) {
            RenderedError error = errors.render(raisedByANestedEvaluation(failure) ? innermostFailure : failure);
            ErrorReply reply = new ErrorReply(error.name(), error.value(), error.traceback());
            reply.setExecutionCount(count);
            env.publish(new PublishError(error.name(), error.value(), error.traceback()));
            env.defer().replyError(ExecuteReply.MESSAGE_TYPE.error(), reply);
        }
    }

    /**
     * Whether the cell failed because code that a magic evaluated failed ({@code %%time}'s body): the cell's
     * own snippet then threw JJava's wrapper, and the nested failure says more.
     */
    private boolean raisedByANestedEvaluation(Exception failure) {
        return innermostFailure != null && failure.getClass() == RuntimeException.class
            && failure.getCause() instanceof jdk.jshell.EvalException;
    }

    /** Builds a {@link CourseJavaKernel} from the same settings as JJava's own builder. */
    public static final class Builder extends JavaKernelBuilder<Builder, CourseJavaKernel> {

        private Builder() {
        }

        @Override
        public CourseJavaKernel build() {
            String name = buildName();
            CodeEvaluator evaluator = buildCodeEvaluator(name);
            JShell shell = buildJShell(evaluator);
            return new CourseJavaKernel(name, buildVersion(), buildLanguageInfo(), buildHistoryManager(),
                buildJupyterIO(buildJupyterIOEncoding()), buildCommManager(), buildRenderer(),
                buildMagicsResolver(buildMagicTranspiler()), buildMagicsRegistry(), buildExtensionsEnabled(),
                buildErrorStyler(), shell, evaluator);
        }
    }
}
