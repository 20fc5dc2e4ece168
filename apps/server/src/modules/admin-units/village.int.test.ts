import { describe, expect, it } from 'vitest';
import { db } from '../../common/db';
import { codeOf, execute } from '../../../test/execute';
import { COMMUNE1, unitId } from '../../../test/fixtures';

const ADD = `mutation($communeId: ID!, $name: String!) { addVillage(communeId: $communeId, name: $name) { id code name level version parent { id } } }`;
const RENAME = `mutation($id: ID!, $v: Int!, $name: String!) { renameVillage(id: $id, expectedVersion: $v, name: $name) { id name version } }`;
const RETIRE = `mutation($id: ID!, $v: Int!, $to: Date!) { retireVillage(id: $id, expectedVersion: $v, validTo: $to) { id validTo version } }`;
const VILLAGES = `query($parentId: ID) { adminUnits(parentId: $parentId, level: VILLAGE) { name } }`;

type Village = { id: string; code: string; name: string; version: number };

describe('villages', () => {
  it('lets a commune officer add, rename and retire a village of their commune, audited', async () => {
    const commune = await unitId(COMMUNE1);
    const added = await execute<{ addVillage: Village }>(ADD, {
      as: 'commune1.officer',
      variables: { communeId: commune, name: '  Bản  Mới ' },
    });
    expect(added.errors).toBeUndefined();
    const village = added.data!.addVillage;
    expect(village).toMatchObject({ name: 'Bản Mới', level: 'VILLAGE', version: 1, parent: { id: commune } });
    expect(village.code).toMatch(/^03412-\d{2}$/);

    const renamed = await execute<{ renameVillage: Village }>(RENAME, {
      as: 'commune1.officer',
      variables: { id: village.id, v: 1, name: 'Bản Mới 2' },
    });
    expect(renamed.data!.renameVillage).toMatchObject({ name: 'Bản Mới 2', version: 2 });
    expect(codeOf(await execute(RENAME, { as: 'commune1.officer', variables: { id: village.id, v: 1, name: 'X' } }))).toBe('CONFLICT');

    const retired = await execute<{ retireVillage: { validTo: string } }>(RETIRE, {
      as: 'commune1.officer',
      variables: { id: village.id, v: 2, to: '2025-01-01' },
    });
    expect(retired.data!.retireVillage.validTo).toBe('2025-01-01');
    const current = await execute<{ adminUnits: { name: string }[] }>(VILLAGES, {
      as: 'commune1.officer',
      variables: { parentId: commune },
    });
    expect(current.data!.adminUnits.map((u) => u.name)).not.toContain('Bản Mới 2');

    const actions = await db().query(`SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY id`, [village.id]);
    expect(actions.map((a: { action: string }) => a.action)).toEqual(['VILLAGE_ADDED', 'VILLAGE_RENAMED', 'VILLAGE_RETIRED']);
    await db().query(`DELETE FROM admin_unit WHERE id = $1`, [village.id]);
  });

  it("hides another commune's villages and refuses collaborators", async () => {
    const commune = await unitId(COMMUNE1);
    expect(codeOf(await execute(ADD, { as: 'commune2.officer', variables: { communeId: commune, name: 'Bản X' } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await execute(ADD, { as: 'commune1.collab', variables: { communeId: commune, name: 'Bản X' } }))).toBe('FORBIDDEN');
    const [village] = await db().query(`SELECT id FROM admin_unit WHERE code = '03412-01'`);
    expect(codeOf(await execute(RENAME, { as: 'commune2.officer', variables: { id: village.id, v: 1, name: 'X' } }))).toBe('NOT_FOUND');
  });
});
