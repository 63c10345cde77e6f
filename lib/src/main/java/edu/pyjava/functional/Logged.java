package edu.pyjava.functional;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an interface method to be logged when called through {@link Decorated#proxy}: Java's look-alike of a
 * Python {@code @logged} decorator. By itself the annotation does nothing; see {@link Decorated} for why.
 *
 * <pre>{@code
 * interface Greeter { @Logged String greet(String name); }
 * Greeter greeter = Decorated.proxy(Greeter.class, name -> "hi " + name, log::add);
 * greeter.greet("Ann")   // = "hi Ann"
 * log                    // = [调用 Greeter.greet(Ann), Greeter.greet(Ann) 返回 hi Ann]
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Logged {
}
