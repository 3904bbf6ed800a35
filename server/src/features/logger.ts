import type { Connection } from 'vscode-languageserver';

/** Logs to the client's output channel. Nothing in the server may write to stdout: it is the LSP channel. */
export class Logger {
  constructor(private readonly connection: Connection) {}
  info(msg: string): void {
    this.connection.console.info(msg);
  }
  error(msg: string): void {
    this.connection.console.error(msg);
  }
}
