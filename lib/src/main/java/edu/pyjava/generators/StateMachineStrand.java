package edu.pyjava.generators;

/**
 * The fastest engine: the body was rewritten by {@link BodyCompiler} into a {@link CompiledBody} that returns at
 * each yield, so resuming it is one method call on the caller's own thread and pausing is a {@code return}.
 */
final class StateMachineStrand extends Strand {

    private final CompiledBody body;
    private final boolean bodyHasHandlers;

    /**
     * @param body the machine
     * @param bodyHasHandlers whether the body has any try/catch/finally: else closing it runs nothing, and an
     *     abandoned one needs no closing (nor the cleaner's bookkeeping)
     */
    StateMachineStrand(CompiledBody body, boolean bodyHasHandlers) {
        this.body = body;
        this.bodyHasHandlers = bodyHasHandlers;
        body.attach(this);
    }

    @Override
    boolean closingRunsCode() {
        return bodyHasHandlers;
    }

    @Override
    Backend backend() {
        return Backend.STATE_MACHINE;
    }

    @Override
    void enter() {
        boolean finished;
        try {
            finished = body.step();
        } catch (Throwable thrown) {
            ended(thrown);
            return;
        }
        if (finished) {
            ended(null);
        }
    }

    @Override
    void leave() {
        throw new AssertionError("状态机在 yield 处直接 return，不会调用 leave()");
    }
}
