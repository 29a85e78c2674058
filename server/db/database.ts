import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { toPlain } from './convert.ts';
import { DatabaseError, toDatabaseError } from './errors.ts';
import type { CypherQuery } from './cypher-files.ts';
import { runUntrustedQuery, type UntrustedQueryOptions, type UntrustedResult } from './untrusted-query.ts';

/**
 * The one boundary that owns Neo4j. Everything above it passes a named `.cypher` query and plain
 * parameters, and gets plain rows back; sessions are always closed, driver errors are mapped.
 */
export interface DatabaseSettings {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  /** Omit for the server's default database. */
  readonly database?: string | undefined;
  /**
   * Time limit of a read that sets none (ACTORGRAPH_REQUEST_TIMEOUT_MS): no API read holds the
   * database longer. Writes have none, so that a long ingest is never cut halfway (it is one
   * transaction per batch, and a re-run converges anyway).
   */
  readonly readTimeoutMs?: number | undefined;
}

/**
 * How long to wait for Neo4j before answering DATABASE_UNAVAILABLE. The driver's defaults (30 s
 * to get a connection, 30 s of retries) would hold a request, and the user, for a minute while
 * the database is down; a retry after a second or two is all a leader switch in a cluster needs.
 */
const CONNECTION_TIMEOUT_MS = 5_000;
const CONNECTION_ACQUISITION_TIMEOUT_MS = 5_000;
const MAX_TRANSACTION_RETRY_TIME_MS = 1_000;

export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

export interface QueryOptions {
  /** Stop the query after this many milliseconds (analyses set it; the default is none). */
  readonly timeoutMs?: number;
}

/** A transaction in progress: every run is counted and converted like any other. */
export interface Transaction {
  run(query: CypherQuery, params?: Params): Promise<Row[]>;
}

export interface Database {
  /** Runs one read query in its own read transaction (routed to a reader in a cluster). */
  read(query: CypherQuery, params?: Params, options?: QueryOptions): Promise<Row[]>;
  /** Runs several read queries in one read transaction. */
  readTransaction<T>(work: (tx: Transaction) => Promise<T>, options?: QueryOptions): Promise<T>;
  /**
   * Runs Cypher a person typed (the console, saved analyses) read-only: on a session opened for
   * reading, in a read transaction, after `options.approve` has judged its EXPLAIN plan.
   */
  readUntrusted(text: string, params: Params, options: UntrustedQueryOptions & QueryOptions): Promise<UntrustedResult>;
  /** Runs a unit of work in one write transaction: all of it commits, or none of it. */
  writeTransaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T>;
  /** Runs a schema statement on its own (schema changes cannot share a transaction with writes). */
  runSchemaStatement(statement: string): Promise<void>;
  /** Number of queries sent to Neo4j so far: tests use it to prove there is no N+1. */
  readonly queryCount: number;
  verifyConnectivity(): Promise<void>;
  close(): Promise<void>;
}

export function createDatabase(settings: DatabaseSettings): Database {
  const driver: Driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
    disableLosslessIntegers: false,
    maxConnectionPoolSize: 50,
    connectionTimeout: CONNECTION_TIMEOUT_MS,
    connectionAcquisitionTimeout: CONNECTION_ACQUISITION_TIMEOUT_MS,
    maxTransactionRetryTime: MAX_TRANSACTION_RETRY_TIME_MS,
  });
  const sessionConfig = (mode: 'READ' | 'WRITE') => ({
    defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    ...(settings.database ? { database: settings.database } : {}),
  });
  let queryCount = 0;
  // Queries of the app's own that Neo4j's EXPLAIN has classed as reads, by name and text.
  const provenReads = new Set<string>();

  /**
   * Every query the app runs as a read is first checked, once per process, to be one: its EXPLAIN
   * plan must be of query type "r". With the read transaction and the read session, that is three
   * guards, so a write that slipped into an analysis or a read query fails before it runs instead
   * of half-running (WRITE_REFUSED).
   */
  const proveRead = async (tx: ManagedTransaction, query: CypherQuery, params: Params) => {
    const key = `${query.name}\u0000${query.text}`;
    if (provenReads.has(key)) return;
    const plan = await tx.run(`EXPLAIN ${query.text}`, params);
    const queryType = plan.summary.queryType;
    if (queryType !== 'r') {
      throw new DatabaseError('WRITE_REFUSED', `query ${query.name} is not a read (EXPLAIN query type "${queryType}")`);
    }
    provenReads.add(key);
  };

  const transactionOf = (tx: ManagedTransaction, mode: 'READ' | 'WRITE' = 'WRITE'): Transaction => ({
    async run(query, params = {}) {
      queryCount++;
      try {
        if (mode === 'READ') await proveRead(tx, query, params);
        const result = await tx.run(query.text, params);
        return result.records.map((record) => toPlain(record.toObject()) as Row);
      } catch (error) {
        throw toDatabaseError(error, query.name);
      }
    },
  });

  const runIn = async <T>(
    mode: 'READ' | 'WRITE',
    work: (tx: ManagedTransaction) => Promise<T>,
    options?: QueryOptions,
  ) => {
    const session = driver.session(sessionConfig(mode));
    const timeoutMs = options?.timeoutMs ?? (mode === 'READ' ? settings.readTimeoutMs : undefined);
    const txConfig = timeoutMs ? { timeout: timeoutMs } : undefined;
    try {
      return mode === 'READ' ? await session.executeRead(work, txConfig) : await session.executeWrite(work, txConfig);
    } catch (error) {
      throw toDatabaseError(error, 'transaction');
    } finally {
      await session.close();
    }
  };

  return {
    read: (query, params, options) => runIn('READ', (tx) => transactionOf(tx, 'READ').run(query, params), options),
    readTransaction: (work, options) => runIn('READ', (tx) => work(transactionOf(tx, 'READ')), options),
    writeTransaction: (work) => runIn('WRITE', (tx) => work(transactionOf(tx))),
    readUntrusted: (text, params, options) =>
      runIn(
        'READ',
        (tx) => {
          queryCount++;
          return runUntrustedQuery(tx, text, params, options);
        },
        options,
      ),
    async runSchemaStatement(statement) {
      const session = driver.session(sessionConfig('WRITE'));
      try {
        queryCount++;
        await session.run(statement);
      } catch (error) {
        throw toDatabaseError(error, 'schema statement');
      } finally {
        await session.close();
      }
    },
    get queryCount() {
      return queryCount;
    },
    async verifyConnectivity() {
      try {
        await driver.getServerInfo(settings.database ? { database: settings.database } : {});
      } catch (error) {
        throw toDatabaseError(error, 'connectivity check');
      }
    },
    close: () => driver.close(),
  };
}
