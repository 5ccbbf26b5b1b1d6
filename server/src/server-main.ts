// Entry of the bundled language server (dist/server.js).
import { startServer } from './lsp/server';

startServer();
