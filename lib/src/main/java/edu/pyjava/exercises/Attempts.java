package edu.pyjava.exercises;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts each exercise's checks and wrong attempts in this kernel, for {@link Hints}: an attempt counts once per different
 * wrong outcome, so running the same wrong answer again (or Run All twice) does not unlock closer hints, and a
 * notebook's outputs stay the same on a second run.
 *
 * <pre>{@code
 * Attempts attempts = new Attempts();
 * attempts.wrong("练习 1", "❌ 练习 1 未通过：期望 55，实际 45")   // = 1
 * attempts.wrong("练习 1", "❌ 练习 1 未通过：期望 55，实际 45")   // = 1, the same answer again
 * attempts.wrong("练习 1", "❌ 练习 1 未通过：期望 55，实际 54")   // = 2
 * attempts.checked("练习 1")                                     // = 1
 * }</pre>
 */
final class Attempts {

    private final Map<String, Set<String>> wrongOutcomes = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> checks = new ConcurrentHashMap<>();

    /**
     * Counts one check of an exercise, whatever its outcome.
     *
     * @param exercise the exercise's name
     * @return how many times the exercise has been checked, this time included
     */
    int checked(String exercise) {
        return checks.computeIfAbsent(exercise, name -> new AtomicInteger()).incrementAndGet();
    }

    /**
     * Records a wrong outcome of an exercise.
     *
     * @param exercise the exercise's name
     * @param outcome what the check reported, the same text for the same wrong answer
     * @return how many different wrong outcomes the exercise has had, this one included
     */
    int wrong(String exercise, String outcome) {
        Set<String> outcomes = wrongOutcomes.computeIfAbsent(exercise, name -> new HashSet<>());
        synchronized (outcomes) {
            outcomes.add(outcome);
            return outcomes.size();
        }
    }

    /**
     * How many different wrong outcomes an exercise has had.
     *
     * @param exercise the exercise's name
     * @return the count, 0 if never wrong
     */
    int wrongSoFar(String exercise) {
        Set<String> outcomes = wrongOutcomes.get(exercise);
        if (outcomes == null) {
            return 0;
        }
        synchronized (outcomes) {
            return outcomes.size();
        }
    }
}
