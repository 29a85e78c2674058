// Payloads as the API answers the client's operations, for the client's unit tests: an actor
// needs only what a test is about; the rest is what an actor without those facts carries.
import type { ActorPayload } from '../../client/src/api/payloads.ts';

export function anActor(actor: Pick<ActorPayload, 'id' | 'name' | 'kind'> & Partial<ActorPayload>): ActorPayload {
  return { country: null, aliases: [], degree: 0, ...actor };
}
