/**
 * Makes the notebook's "Interrupt kernel" button stop a cell that never blocks.
 *
 * <p>Python raises {@code KeyboardInterrupt} between two bytecodes, so Ctrl-C stops any loop. Java can only ask a
 * thread to stop ({@link java.lang.Thread#interrupt()}); a busy loop never looks. {@link
 * edu.pyjava.kernel.interrupt.InterruptAgent} rewrites the classes that JShell compiles from notebook cells so
 * that every loop looks, and {@link edu.pyjava.kernel.interrupt.CellInterrupts} does the looking.
 *
 * <p>The agent also keeps the class files of cells that write generator bodies ({@link
 * edu.pyjava.kernel.interrupt.CellClassFiles}), which JJava's class loader does not serve.
 */
package edu.pyjava.kernel.interrupt;
