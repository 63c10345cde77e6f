package edu.pyjava.exercises;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts each exercise's checks and different wrong outcomes in this kernel, for {@link Hints}. A wrong outcome
 * keeps the number it got when first seen: running the same wrong answer again (or Run All a second time) shows the
 * same hints as before, so a notebook's outputs stay the same on a second run.
 *
 * <pre>{@code
 * Attempts attempts = new Attempts();
 * attempts.wrong("练习 1", "❌ 练习 1 未通过：期望 55，实际 45")   // = 1
 * attempts.wrong("练习 1", "❌ 练习 1 未通过：期望 55，实际 54")   // = 2
 * attempts.wrong("练习 1", "❌ 练习 1 未通过：期望 55，实际 45")   // = 1, the first wrong answer again
 * attempts.wrongSoFar("练习 1")                                  // = 2
 * attempts.checked("练习 1")                                     // = 1
 * }</pre>
 */
final class Attempts {

    private final Map<String, List<String>> wrongOutcomes = new ConcurrentHashMap<>();
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
     * @return the outcome's number among the exercise's different wrong outcomes, in the order first seen: 1 for
     *     the first, 2 for the second, ...; the same number each time the same outcome comes again
     */
    int wrong(String exercise, String outcome) {
        List<String> outcomes = wrongOutcomes.computeIfAbsent(exercise, name -> new ArrayList<>());
        synchronized (outcomes) {
            int seen = outcomes.indexOf(outcome);
            if (seen >= 0) {
                return seen + 1;
            }
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
        List<String> outcomes = wrongOutcomes.get(exercise);
        if (outcomes == null) {
            return 0;
        }
        synchronized (outcomes) {
            return outcomes.size();
        }
    }
}
