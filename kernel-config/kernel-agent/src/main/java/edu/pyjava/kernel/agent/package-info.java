/**
 * The course kernel's Java agent: its entry point {@link edu.pyjava.kernel.agent.KernelAgent}, which registers
 * the transformers of the agent's two jobs, each in a package of its own: stopping busy loops
 * ({@code edu.pyjava.kernel.interrupt}) and keeping cell class files for the generator compiler
 * ({@code edu.pyjava.kernel.classfiles}).
 */
package edu.pyjava.kernel.agent;
