package edu.pyjava.kernel.launcher.errors;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import jdk.jshell.Snippet;

/**
 * Where each JShell snippet came from: which cell, starting at which character of it.
 *
 * <p>JShell numbers snippets, not cells: a stack frame reads {@code #20:1}, line 1 of snippet 20, and a compile
 * error's position counts from the snippet's first character. A cell of five statements is five snippets. The
 * kernel tells this register each cell's source before it runs ({@link #beginCell}) and the snippets each
 * evaluation created ({@link #record}); the register finds each snippet's text in the cell, so that the renderer
 * can say {@code 第 3 行} of the cell the student sees.
 *
 * <pre>{@code
 * places.beginCell(7, "int x = 1;\nint y = x / 0;");
 * places.record("int x = 1;\nint y = x / 0;", newSnippets);   // snippets 20 and 21
 * places.find("21").map(place -> place.cellLine(1))           // = Optional[2]
 * }</pre>
 */
public final class SnippetPlaces {

    /**
     * A snippet's place in a cell.
     *
     * @param cell the cell's execution count, as in {@code In [7]}
     * @param cellSource the whole cell, as the student wrote it
     * @param start the index in {@code cellSource} of the snippet's first character, where a compile error's
     *     positions count from
     */
    public record Place(int cell, String cellSource, int start) {

        /**
         * The cell's line (1-based) that holds a line of the snippet. A stack frame counts lines from the snippet's
         * first character that is not white space (JShell drops leading blank lines, but not comments).
         *
         * @param snippetLine a line of the snippet, 1-based, as in a stack frame
         * @return the line of the cell
         */
        public int cellLine(int snippetLine) {
            int code = start;
            while (code < cellSource.length() && Character.isWhitespace(cellSource.charAt(code))) {
                code++;
            }
            return lineOf(code) + snippetLine - 1;
        }

        /**
         * The cell's line (1-based) that holds a character of the snippet.
         *
         * @param snippetOffset an index into the snippet's source, as in a compile error
         * @return the line of the cell
         */
        public int cellLineAt(int snippetOffset) {
            return lineOf(clamp(start + snippetOffset));
        }

        /**
         * The column (0-based) in its line of a character of the snippet.
         *
         * @param snippetOffset an index into the snippet's source
         * @return the column in the cell's line
         */
        public int columnAt(int snippetOffset) {
            int at = clamp(start + snippetOffset);
            return at - (cellSource.lastIndexOf('\n', at - 1) + 1);
        }

        /**
         * The text of one of the cell's lines, without its line break.
         *
         * @param cellLine the line, 1-based
         * @return the line, or {@code ""} beyond the cell's end
         */
        public String line(int cellLine) {
            List<String> lines = cellSource.lines().toList();
            return cellLine >= 1 && cellLine <= lines.size() ? lines.get(cellLine - 1) : "";
        }

        private int lineOf(int offset) {
            int line = 1;
            for (int i = 0; i < offset && i < cellSource.length(); i++) {
                if (cellSource.charAt(i) == '\n') {
                    line++;
                }
            }
            return line;
        }

        private int clamp(int offset) {
            return Math.max(0, Math.min(offset, cellSource.length()));
        }
    }

    private final Map<String, Place> places = new ConcurrentHashMap<>();
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private volatile int currentCell;
    private volatile String currentSource = "";

    /**
     * Starts a cell: the snippets recorded from now on are looked for in its source.
     *
     * @param executionCount the cell's number, as in {@code In [7]}
     * @param source the cell as the student wrote it, magics included
     */
    public void beginCell(int executionCount, String source) {
        currentCell = executionCount;
        currentSource = source;
    }

    /**
     * The cell now running, or that ran last.
     *
     * @return its execution count
     */
    public int currentCell() {
        return currentCell;
    }

    /**
     * Records the snippets that one evaluation created. Snippets already known are skipped, so the caller may
     * pass all of JShell's snippets; those whose text is not in the cell (start-up scripts, code a magic
     * generated) are remembered as having no place.
     *
     * @param evaluated the code that was evaluated: the cell, or a part of it (a magic's body)
     * @param snippets JShell's snippets, in any order
     */
    public void record(String evaluated, List<Snippet> snippets) {
        String cell = currentSource;
        int evaluatedStart = Math.max(0, cell.indexOf(evaluated));
        int cursor = evaluatedStart;
        List<Snippet> fresh = snippets.stream()
            .filter(snippet -> seen.add(snippet.id()))
            .sorted(Comparator.comparingInt(SnippetPlaces::number))
            .toList();
        for (Snippet snippet : fresh) {
            int start = find(cell, snippet.source(), cursor);
            if (start < 0) {
                start = find(cell, snippet.source(), evaluatedStart);
            }
            if (start >= 0) {
                places.put(snippet.id(), new Place(currentCell, cell, start));
                cursor = start + 1;
            }
        }
    }

    /**
     * Marks snippets as having no place in any cell (the kernel's start-up snippets).
     *
     * @param snippets the snippets
     */
    public void ignore(List<Snippet> snippets) {
        snippets.forEach(snippet -> seen.add(snippet.id()));
    }

    /**
     * The place of a snippet.
     *
     * @param snippetId the snippet's id, as in {@code #20} without the {@code #}
     * @return its place, or empty if it did not come from a cell
     */
    public Optional<Place> find(String snippetId) {
        return Optional.ofNullable(places.get(snippetId));
    }

    /**
     * The place of a piece of the current cell's code, such as the unfinished rest of it.
     *
     * @param code a piece of the cell
     * @return its place; the start of the cell if the piece is not found
     */
    public Place inCurrentCell(String code) {
        String cell = currentSource;
        return new Place(currentCell, cell, Math.max(0, cell.lastIndexOf(code)));
    }

    /**
     * Finds a snippet's text in a cell. JShell adds a semicolon to a last statement that lacks one, so the text
     * without it is tried too.
     */
    private static int find(String cell, String snippetSource, int from) {
        int at = cell.indexOf(snippetSource, from);
        if (at < 0 && snippetSource.endsWith(";")) {
            String withoutAddedSemicolon = snippetSource.substring(0, snippetSource.length() - 1);
            if (!withoutAddedSemicolon.isBlank()) {
                at = cell.indexOf(withoutAddedSemicolon, from);
            }
        }
        return at;
    }

    private static int number(Snippet snippet) {
        String digits = snippet.id().replaceAll("\\D", "");
        return digits.isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }
}
