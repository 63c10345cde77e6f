package edu.pyjava.generators;

import java.util.Iterator;

/**
 * The fastest engine: the body was rewritten by {@link BodyCompiler} into a {@link CompiledBody} that returns at
 * each yield, so resuming it is one method call on the caller's own thread and pausing is a {@code return}. A
 * {@code yieldFrom} pauses the body too; this strand then hands over the delegate's values itself.
 */
final class StateMachineStrand extends Strand {

    private final CompiledBody body;
    private final boolean bodyHasHandlers;
    /** While the body is at a {@code yieldFrom}: where the values come from, else {@code null}. */
    private Iterator<?> delegate;
    private Iterable<?> delegateSource;

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
        while (delegate == null || delegationOver()) {
            boolean finished;
            try {
                finished = body.step();
            } catch (Throwable thrown) {
                ended(thrown);
                return;
            }
            if (finished) {
                ended(null);
                return;
            }
            if (delegate == null) {
                return;   // paused at a yield
            }
        }
    }

    /** {@code yield from source}: called by the body, which then returns until the values are handed over. */
    void delegateTo(Iterable<?> source) {
        delegate = Yielder.requireSource(source).iterator();
        delegateSource = source;
    }

    /**
     * Hands over the delegate's next value, or says the delegation is over: the values ran out, the delegate
     * threw (the body gets that exception at its {@code yieldFrom}), or the generator is being closed (a
     * delegate that is a generator is closed too, as Python closes the inner generator of a {@code yield from}).
     *
     * @return {@code true} if the body must go on, {@code false} if a value was handed over
     */
    private boolean delegationOver() {
        if (raisePending()) {
            if (delegateSource instanceof Generator<?> inner) {
                inner.close();
            }
        } else {
            try {
                if (delegate.hasNext()) {
                    beforeSuspend(delegate.next());
                    return false;
                }
            } catch (Throwable failure) {
                raiseAtResume(failure);
            }
        }
        delegate = null;
        delegateSource = null;
        return true;
    }

    @Override
    void leave() {
        throw new AssertionError("状态机在 yield 处直接 return，不会调用 leave()");
    }
}
