/**
 * How the command-line tools end when their reader goes away. `scan … | head` closes the
 * pipe after ten lines; Node then reports EPIPE on the next write, as an unhandled 'error'
 * event with a stack trace. A closed pipe means the reader has what it wanted, so the tool
 * stops there, quietly, with the exit status it had so far.
 */
export function endQuietlyOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
      throw e;
    });
  }
}
