import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { packedPackage } from './packedPackage.js';

/** `quality-rewards serve` from the packed tarball, installed in a scratch project. */
export interface PackedService {
  readonly url: string;
  /** Everything the service wrote on stderr so far (the listening line, the access log). */
  readonly stderr: () => string;
  /** SIGTERM, then the exit status. */
  stop(): Promise<number | null>;
}

/**
 * Starts the built package's `serve` on an ephemeral loopback port, as a user who installed the tarball
 * would run it, and resolves once it says where it listens.
 */
export async function startPackedService(): Promise<PackedService> {
  const project = await packedPackage();
  const cli = join(project, 'node_modules', 'quality-rewards', 'dist', 'cli.js');
  const child = spawn(process.execPath, [cli, 'serve', '--port', '0', '--host', '127.0.0.1'], {
    cwd: project,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr.setEncoding('utf8').on('data', (text: string) => {
      stderr += text;
      const found = /listening on (http:\/\/\S+)/.exec(stderr)?.[1];
      if (found) resolve(found);
    });
    void exited.then((code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });
  return {
    url,
    stderr: () => stderr,
    stop() {
      child.kill('SIGTERM');
      return exited;
    },
  };
}
