import { afterEach, describe, expect, it, vi } from 'vitest';
import { CypherDocument } from '../../client/src/api/generated/operations.ts';
import { createAuthorizedRequest, GraphQLRequestError, needsToken } from '../../client/src/api/graphql.ts';

interface Sent {
  url: string;
  headers: Record<string, string>;
  body: { query: string; variables: Record<string, unknown> };
}

/** Answers every request with this body, and records what was sent. */
function answerWith(body: unknown): Sent[] {
  const sent: Sent[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    sent.push({ url, headers: init.headers as Record<string, string>, body: JSON.parse(String(init.body)) });
    return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
  });
  return sent;
}

const result = { columns: [], rows: [], actorIds: [], relationIds: [], truncated: false, elapsedMs: 1 };

afterEach(() => vi.unstubAllGlobals());

describe('requests that carry the analyst token', () => {
  it('send the token as a bearer Authorization header, never in the address', async () => {
    const sent = answerWith({ data: { cypher: result } });
    const request = createAuthorizedRequest(() => ' secret-token-0001 ');
    await request(CypherDocument, { query: 'RETURN 1', params: {} });
    expect(sent[0]?.headers['authorization']).toBe('Bearer secret-token-0001');
    expect(sent[0]?.url).toBe('/graphql');
    expect(JSON.stringify(sent[0]?.body)).not.toContain('secret-token-0001');
  });

  it('send no Authorization header while no token is typed, and read the token anew each time', async () => {
    const sent = answerWith({ data: { cypher: result } });
    let token: string | null = null;
    const request = createAuthorizedRequest(() => token);
    await request(CypherDocument, { query: 'RETURN 1', params: {} });
    token = 'typed-later-0001';
    await request(CypherDocument, { query: 'RETURN 1', params: {} });
    expect(sent[0]?.headers['authorization']).toBeUndefined();
    expect(sent[1]?.headers['authorization']).toBe('Bearer typed-later-0001');
  });

  it("hand back each error's extensions, so a Cypher error's place and a missing token can be told", async () => {
    answerWith({
      data: null,
      errors: [{ message: 'Cypher needs a token', extensions: { code: 'UNAUTHENTICATED', hint: 'x' } }],
    });
    const error = await createAuthorizedRequest(() => null)(CypherDocument, { query: 'RETURN 1' }).catch((e) => e);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect(error.extensions).toEqual([{ code: 'UNAUTHENTICATED', hint: 'x' }]);
    expect(needsToken(error)).toBe(true);
    expect(needsToken(new GraphQLRequestError('no', ['CYPHER_SYNTAX_ERROR']))).toBe(false);
  });
});
