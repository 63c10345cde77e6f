package edu.pyjava.generators;

/**
 * The base class of the state machines that {@link BodyCompiler} makes out of generator bodies: not for use in
 * your own code. It is public only because each machine is defined in the package of the class that wrote the
 * lambda (so that it reaches what that package may), and a class there can only extend a public class of ours.
 *
 * <p>A machine is the body's own bytecode with three changes. Each {@code out.yield(v)} becomes: hand {@code v}
 * over ({@link #pause}), copy every local variable into {@link #references} and {@link #primitives}, remember
 * where ({@link #resumePoint}), and return {@code false}. {@link #step()} starts with a jump table that, for a
 * non-zero resume point, copies the locals back and jumps to just after that yield, where {@link #resumed()}
 * raises what {@code close()} or {@code throw()} asked for, or returns what was sent. Every {@code return}
 * becomes {@code return true}. An {@code out.yieldFrom(source)} is a pause too ({@link #delegate}): the strand
 * hands over the values of {@code source} before it steps the body again.
 *
 * <pre>{@code
 * // out -> { for (int i = 0; i < 3; i++) out.yield(i); }   becomes, in effect:
 * boolean step() {
 *     int i;
 *     switch (resumePoint) {
 *         case 0: i = 0; break;
 *         case 1: i = (int) primitives[1]; resumed(); i++; break;   // just after the yield
 *     }
 *     for (; i < 3; i++) { pause(i); primitives[1] = i; resumePoint = 1; return false; }
 *     return true;
 * }
 * }</pre>
 */
public abstract class CompiledBody {

    /** Where the body stopped: 0 before it starts, k at its k-th yield (counted in bytecode order). */
    protected int resumePoint;
    /** The body's reference-typed local variables while it is paused, by slot; first its captured values. */
    protected final Object[] references;
    /** Its {@code int}, {@code long}, {@code float}, {@code double}, ... locals, by slot, as raw bits. */
    protected final long[] primitives;
    private StateMachineStrand strand;

    /**
     * Creates a machine whose first step starts the body with these locals.
     *
     * @param references the reference slots: the lambda's captured values, then room for its locals
     * @param primitives the primitive slots, the same way
     */
    protected CompiledBody(Object[] references, long[] primitives) {
        this.references = references;
        this.primitives = primitives;
    }

    /**
     * Runs the body from where it stopped to its next yield or its end.
     *
     * @return {@code true} if the body returned, {@code false} if it paused at a yield
     * @throws Throwable whatever the body throws
     */
    protected abstract boolean step() throws Throwable;

    /**
     * The first half of {@code yield value}: hands the value to the caller.
     *
     * @param value the yielded value
     */
    protected final void pause(Object value) {
        strand.beforeSuspend(value);
    }

    /**
     * The second half, after the caller resumed the body.
     *
     * @return the value sent in ({@code null} for {@code next()})
     */
    protected final Object resumed() {
        return strand.afterResume();
    }

    /**
     * {@code out.yieldFrom(source)}: the caller gets the values of {@code source} before the body goes on.
     *
     * @param source the values to hand over; not null
     */
    protected final void delegate(Iterable<?> source) {
        strand.delegateTo(source);
    }

    final void attach(StateMachineStrand owner) {
        strand = owner;
    }
}
