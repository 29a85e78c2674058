import type { z } from 'zod';

/** Input that cannot be loaded: every problem is listed with the path of the field it is in. */
export class InvalidInputError extends Error {
  override readonly name = 'InvalidInputError';
  constructor(
    readonly problems: readonly { path: string; message: string }[],
    context = 'invalid input',
  ) {
    super(`${context}:\n${problems.map((p) => `  - ${p.path || '(root)'}: ${p.message}`).join('\n')}`);
  }

  static fromZod(error: z.ZodError, context?: string): InvalidInputError {
    return new InvalidInputError(
      error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
      context,
    );
  }
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${String(part)}` : String(part)),
    '',
  );
}
