/**
 * Makes the notebook's "Interrupt kernel" button stop a cell that never blocks.
 *
 * <p>Python raises {@code KeyboardInterrupt} between two bytecodes, so Ctrl-C stops any loop. Java can only ask a
 * thread to stop ({@link java.lang.Thread#interrupt()}); a busy loop never looks. {@link
 * edu.pyjava.kernel.interrupt.LoopCheckTransformer} rewrites the classes that JShell compiles from notebook cells
 * so that every loop looks, and {@link edu.pyjava.kernel.interrupt.CellInterrupts} does the looking; the kernel
 * launcher calls {@code CellInterrupts.stop} when an interrupt request comes.
 */
package edu.pyjava.kernel.interrupt;
