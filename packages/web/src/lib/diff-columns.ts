/** The narrative diff of two submission rounds, laid out as two columns: before and now. */

export interface DiffOp {
  op: 'same' | 'added' | 'removed';
  text: string;
}

export interface DiffColumns {
  /** What the previous round said: unchanged and removed parts. */
  before: DiffOp[];
  /** What this round says: unchanged and added parts. */
  after: DiffOp[];
  added: number;
  removed: number;
}

export function diffColumns(ops: readonly DiffOp[]): DiffColumns {
  const before = ops.filter((op) => op.op !== 'added');
  const after = ops.filter((op) => op.op !== 'removed');
  return {
    before,
    after,
    added: ops.filter((op) => op.op === 'added').length,
    removed: ops.filter((op) => op.op === 'removed').length,
  };
}
