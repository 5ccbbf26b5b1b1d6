import {
  createConnection,
  ErrorCodes,
  ProposedFeatures,
  ResponseError,
  StreamMessageReader,
  StreamMessageWriter,
  type Connection,
  type Message,
  type MessageStrategy,
} from 'vscode-languageserver/node';

const NOT_INITIALIZED = '_reportlint/rejectNotInitialized';
const AFTER_SHUTDOWN = '_reportlint/rejectAfterShutdown';

/**
 * The LSP lifecycle as the specification states it: before `initialize` every request fails with
 * ServerNotInitialized and notifications are dropped (except `exit`); after `shutdown` every request fails
 * with InvalidRequest. Rejected requests are routed to handlers that answer with the error.
 */
export class Lifecycle implements MessageStrategy {
  private state: 'new' | 'running' | 'shut-down' = 'new';

  get shutDown(): boolean {
    return this.state === 'shut-down';
  }

  handleMessage(message: Message, next: (message: Message) => void): void {
    const m = message as Message & { method?: string; id?: number | string | null };
    if (typeof m.method !== 'string') return next(message); // a response to one of our requests
    const isRequest = m.id !== undefined && m.id !== null;
    if (m.method === 'exit') return next(message);
    if (this.state === 'new') {
      if (m.method === 'initialize' && isRequest) {
        this.state = 'running';
        return next(message);
      }
      if (isRequest) next({ ...m, method: NOT_INITIALIZED } as Message);
      return;
    }
    if (this.state === 'shut-down') {
      if (isRequest) next({ ...m, method: AFTER_SHUTDOWN } as Message);
      return;
    }
    if (m.method === 'shutdown') this.state = 'shut-down';
    next(message);
  }

  /** Registers the handlers that answer rejected requests. */
  register(connection: Connection): void {
    connection.onRequest(
      NOT_INITIALIZED,
      () => new ResponseError(ErrorCodes.ServerNotInitialized, '服务器尚未初始化：请先发送 initialize'),
    );
    connection.onRequest(AFTER_SHUTDOWN, () => new ResponseError(ErrorCodes.InvalidRequest, '服务器已关闭（shutdown）：只接受 exit'));
  }
}

/**
 * The server's connection: over standard input and output with `--stdio`, else as the command line says
 * (VS Code starts it with --node-ipc). On stdio a frame whose Content-Length does not match its body leaves
 * the stream out of step for good, so the server says so on stderr and exits; the client restarts it.
 */
export function createServerConnection(lifecycle: Lifecycle, argv: readonly string[] = process.argv): Connection {
  if (!argv.includes('--stdio')) {
    const connection = createConnection(ProposedFeatures.all, { messageStrategy: lifecycle });
    lifecycle.register(connection);
    return connection;
  }
  const reader = new StreamMessageReader(process.stdin);
  const writer = new StreamMessageWriter(process.stdout);
  reader.onError((err) => {
    process.stderr.write(`reportlint-language-server: 收到损坏的消息帧（${err.message.split('\n')[0]}），退出以便客户端重启\n`);
    process.exit(1);
  });
  // The library does this for streams it opens itself: a closed input ends the server.
  const end = () => process.exit(lifecycle.shutDown ? 0 : 1);
  process.stdin.on('end', end);
  process.stdin.on('close', end);
  // Anything printed to stdout would corrupt the stream.
  console.log = console.info = (...args: unknown[]) => console.error(...args);
  const connection = createConnection(ProposedFeatures.all, reader, writer, { messageStrategy: lifecycle });
  lifecycle.register(connection);
  return connection;
}
