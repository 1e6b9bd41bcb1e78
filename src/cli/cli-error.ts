/**
 * A problem with what the command was asked to do (exit code 2): a bad option, a missing
 * path, a formatter that cannot be loaded, a report that cannot be written. The message is
 * written for the person at the terminal and says how to fix it.
 */
export class CliError extends Error {
  /** Whether the usage text should follow the message. */
  readonly usage: boolean;

  constructor(message: string, options: { readonly usage?: boolean } = {}) {
    super(message);
    this.name = 'CliError';
    this.usage = options.usage ?? false;
  }
}
