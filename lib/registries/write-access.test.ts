import { describe, expect, it } from 'vitest';
import { accessWithout, deleteBlockedReason, missingPermissionDetail, NEEDS_DELETE, NEEDS_WRITE, writeBlockedReason } from './write-access';

const WRITE = 'Microsoft.MachineLearningServices/registries/write';
const DELETE = 'Microsoft.MachineLearningServices/registries/delete';

describe('write access', () => {
  it('gives a Reader short reasons without permission names, and the exact names in the detail', () => {
    const access = accessWithout({ write: WRITE, delete: DELETE });
    expect(access).toMatchObject({ canWrite: false, canDelete: false, missing: [WRITE, DELETE] });
    expect(access.reason).toBe('You can view this registry but not change it.');
    expect(writeBlockedReason(access)).toBe(NEEDS_WRITE);
    expect(deleteBlockedReason(access)).toBe(NEEDS_DELETE);
    for (const text of [access.reason, NEEDS_WRITE, NEEDS_DELETE]) expect(text).not.toMatch(/Microsoft\.|\//);
    expect(missingPermissionDetail(access.missing)).toContain(`${WRITE} and ${DELETE}`);
  });

  it('blocks only Delete when only delete is missing, and nothing when all is allowed', () => {
    const noDelete = accessWithout({ write: null, delete: DELETE });
    expect([writeBlockedReason(noDelete), deleteBlockedReason(noDelete)]).toEqual([null, NEEDS_DELETE]);
    expect(noDelete.reason).toBe('You can change this registry but not delete it.');
    expect(accessWithout({ write: null, delete: null })).toEqual({ canWrite: true, canDelete: true, missing: [], reason: null });
  });
});
