import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { findFreePort } from '../../neo4j-launcher/ports.ts';
import { testDatabaseEnv } from '../support/test-database.ts';

// `npm start`'s process as an orchestrator sees it: it starts and answers while the database is
// down, and on SIGTERM it finishes the requests in flight, closes the database and exits 0.

const running: ChildProcess[] = [];
afterEach(() => {
  for (const child of running.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

async function startServer(
  env: NodeJS.ProcessEnv,
): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const port = await findFreePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, NODE_ENV: 'test', PORT: String(port), HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const check = setInterval(() => {
      if (output.includes('ready on http')) {
        clearInterval(check);
        resolve();
      } else if (child.exitCode !== null) {
        clearInterval(check);
        reject(new Error(`the server exited with ${child.exitCode}:\n${output}`));
      }
    }, 100);
  });
  return { child, url: `http://127.0.0.1:${port}`, output: () => output };
}

function exitOf(child: ChildProcess): Promise<number | null> {
  return child.exitCode !== null
    ? Promise.resolve(child.exitCode)
    : new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

describe('the server process', () => {
  it('starts while the database is down, is live but not ready, and says DATABASE_UNAVAILABLE', async () => {
    const closedPort = await findFreePort();
    const server = await startServer({ NEO4J_URI: `bolt://127.0.0.1:${closedPort}`, NEO4J_PASSWORD: 'unused' });

    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    const ready = await fetch(`${server.url}/ready`);
    expect(ready.status).toBe(503);
    expect(((await ready.json()) as { reason: string }).reason).toMatch(/^database unavailable/);
    const answer = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ actors(first: 1) { totalCount } }' }),
    });
    const body = (await answer.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('DATABASE_UNAVAILABLE');
    // The first attempt to prepare the database may still be failing when the answers above come.
    await expect.poll(() => server.output(), { timeout: 30_000 }).toContain('Neo4j is not reachable yet');

    server.child.kill('SIGTERM');
    expect(await exitOf(server.child)).toBe(0);
  });

  it('on SIGTERM finishes a request in flight, then exits 0', async () => {
    const server = await startServer(testDatabaseEnv());
    await expect.poll(async () => (await fetch(`${server.url}/ready`)).status, { timeout: 60_000 }).toBe(200);

    // A request whose body is still arriving when SIGTERM comes: it is in flight.
    const body = JSON.stringify({ query: '{ actor(id: "pakistan") { name } }' });
    const answered = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const outgoing = request(
        `${server.url}/graphql`,
        { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
        (response) => {
          let text = '';
          response.on('data', (chunk: Buffer) => (text += chunk.toString()));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
        },
      );
      outgoing.on('error', reject);
      outgoing.write(body.slice(0, 10));
      setTimeout(() => {
        server.child.kill('SIGTERM');
        setTimeout(() => outgoing.end(body.slice(10)), 500);
      }, 300);
    });

    const answer = await answered;
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text)).toEqual({ data: { actor: { name: 'Pakistan' } } });
    expect(await exitOf(server.child)).toBe(0);
    expect(server.output()).toContain('actorgraph: stopped');
    // It no longer accepts connections.
    await expect(fetch(`${server.url}/health`)).rejects.toThrow();
  });
});
