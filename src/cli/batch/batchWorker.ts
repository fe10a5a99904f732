/** A `batch` worker thread: evaluates the chunks of lines it is sent and posts back their output. */
import { parentPort } from 'node:worker_threads';
import type { LineChunk } from './chunk.js';
import { evaluateChunk } from './evaluateChunk.js';

const port = parentPort;
if (port === null) throw new Error('batchWorker runs as a worker thread');
port.on('message', (chunk: LineChunk) => port.postMessage(evaluateChunk(chunk)));
