// Starts the scan's parse worker (parse-worker.ts) with tsx's loader, which a worker thread
// does not inherit from the command line that started the scan.
import { register } from 'tsx/esm/api';

register();
await import('./parse-worker.ts');
