package edu.pyjava.functional;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an interface method to be timed when called through {@link Decorated#proxy}: Java's look-alike of a
 * Python {@code @timed} decorator. By itself the annotation does nothing; see {@link Decorated} for why.
 *
 * <pre>{@code
 * interface Task { @Timed int run(); }
 * Task task = Decorated.proxy(Task.class, () -> 42, log::add);
 * task.run()    // = 42
 * log           // = [Task.run() 用时 0.015 ms]
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Timed {
}
