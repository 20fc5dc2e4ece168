import type { EntityManager } from 'typeorm';
import { AgencyKind, Role, Sex, foldVietnamese } from '@cp/schema';
import { hashPassword } from '../../modules/auth/session.service';
import { generateChildren, loadPlacements } from './child-generator';
import { DEMO_SEEDS } from '../../app/modules';
import type { DemoSeedInput } from '../../common/module';

// Demo data for trying the product: the district of the 2021 directive (the seed does not name
// it; we use Huyện Tam Đường), three of its communes with a few villages, its agencies and one
// account per role. Never created in production.
export const DEMO_PASSWORD = 'demo-2021';
export const DEMO_DISTRICT_CODE = '106';
export const DEMO_GENERATED_CHILDREN = 300;
export const DEMO_COMMUNES = [
  { code: '03412', villages: ['Bản Nà Đon', 'Bản Thẳm', 'Bản Sì Thâu Chải'] }, // Xã Bình Lư: commune 1
  { code: '03424', villages: ['Bản Nà Bo', 'Bản Cò Lá', 'Bản Nà Hiềng'] }, // Xã Bản Bo: commune 2
  { code: '03427', villages: ['Bản Nà Tăm 1', 'Bản Nà Tăm 2', 'Bản Tát Xông'] }, // Xã Nà Tăm: commune 3
] as const;

const DISTRICT_AGENCIES: { code: string; name: string; kind: AgencyKind }[] = [
  { code: 'UBND-106', name: 'Ủy ban nhân dân huyện Tam Đường', kind: AgencyKind.PEOPLES_COMMITTEE },
  { code: 'LDTBXH-106', name: 'Phòng Lao động - Thương binh và Xã hội huyện Tam Đường', kind: AgencyKind.LABOUR_SOCIAL_AFFAIRS },
  { code: 'VHTT-106', name: 'Phòng Văn hóa và Thông tin huyện Tam Đường', kind: AgencyKind.CULTURE_INFORMATION },
  { code: 'TTTH-106', name: 'Đài Truyền thanh - Truyền hình huyện Tam Đường', kind: AgencyKind.RADIO_TELEVISION },
  { code: 'GDDT-106', name: 'Phòng Giáo dục và Đào tạo huyện Tam Đường', kind: AgencyKind.EDUCATION },
  { code: 'CA-106', name: 'Công an huyện Tam Đường', kind: AgencyKind.POLICE },
  { code: 'TTYT-106', name: 'Trung tâm Y tế huyện Tam Đường', kind: AgencyKind.HEALTH },
  { code: 'TCKH-106', name: 'Phòng Tài chính - Kế hoạch huyện Tam Đường', kind: AgencyKind.FINANCE_PLANNING },
];

type Units = { provinceId: string; districts: Map<string, string>; oldCommunes: Map<string, string> };

const insertAgency = async (tx: EntityManager, a: { code: string; name: string; kind: AgencyKind }, unitId: string) => {
  const rows: { id: string }[] = await tx.query('INSERT INTO agency (code, name, kind, unit_id) VALUES ($1, $2, $3, $4) RETURNING id', [
    a.code,
    a.name,
    a.kind,
    unitId,
  ]);
  return rows[0]!.id;
};

export const seedDemo = async (tx: EntityManager, units: Units): Promise<void> => {
  const districtId = units.districts.get(DEMO_DISTRICT_CODE)!;
  const agencies = new Map<string, string>();
  for (const a of DISTRICT_AGENCIES) agencies.set(a.code, await insertAgency(tx, a, districtId));

  // A People's Committee for every commune of the district.
  const communeRows: { id: string; code: string; name: string }[] = await tx.query(
    `SELECT id, code, name FROM admin_unit WHERE parent_id = $1 AND level = 'COMMUNE' ORDER BY code`,
    [districtId],
  );
  for (const c of communeRows) {
    agencies.set(
      `UBND-${c.code}`,
      await insertAgency(tx, { code: `UBND-${c.code}`, name: `Ủy ban nhân dân ${c.name}`, kind: AgencyKind.PEOPLES_COMMITTEE }, c.id),
    );
  }

  const villages = new Map<string, string[]>();
  for (const commune of DEMO_COMMUNES) {
    const communeId = units.oldCommunes.get(commune.code)!;
    const ids: string[] = [];
    for (const [i, name] of commune.villages.entries()) {
      const rows: { id: string }[] = await tx.query(
        `INSERT INTO admin_unit (code, name, level, parent_id, source) VALUES ($1, $2, 'VILLAGE', $3, 'demo') RETURNING id`,
        [`${commune.code}-${String(i + 1).padStart(2, '0')}`, name, communeId],
      );
      ids.push(rows[0]!.id);
    }
    villages.set(commune.code, ids);
  }

  const [c1, c2] = [DEMO_COMMUNES[0].code, DEMO_COMMUNES[1].code];
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const users: [string, string, Role, string | null, string | null][] = [
    ['admin', 'Quản trị hệ thống', Role.ADMIN, null, units.provinceId],
    ['lead.officer', 'Lò Thị Xuân', Role.LEAD_OFFICER, agencies.get('LDTBXH-106')!, districtId],
    ['commune1.officer', 'Tẩn Thị Mai', Role.COMMUNE_OFFICER, agencies.get(`UBND-${c1}`)!, units.oldCommunes.get(c1)!],
    ['commune2.officer', 'Vàng A Sử', Role.COMMUNE_OFFICER, agencies.get(`UBND-${c2}`)!, units.oldCommunes.get(c2)!],
    ['commune1.chair', 'Hoàng Văn Thắng', Role.COMMUNE_CHAIR, agencies.get(`UBND-${c1}`)!, units.oldCommunes.get(c1)!],
    ['commune1.collab', 'Lù Thị Pà', Role.COLLABORATOR, agencies.get(`UBND-${c1}`)!, villages.get(c1)![0]!],
    ['police.officer', 'Nguyễn Đức Minh', Role.POLICE_OFFICER, agencies.get('CA-106')!, districtId],
    ['education.head', 'Trần Thị Lan', Role.AGENCY_HEAD, agencies.get('GDDT-106')!, districtId],
    ['analyst', 'Phạm Quốc Anh', Role.ANALYST, agencies.get('LDTBXH-106')!, districtId],
    ['auditor', 'Đỗ Thị Hằng', Role.AUDITOR, null, units.provinceId],
  ];
  for (const [username, fullName, role, agencyId, jurisdictionId] of users) {
    await tx.query(
      `INSERT INTO app_user (username, full_name, password_hash, role, agency_id, jurisdiction_id) VALUES ($1, $2, $3, $4, $5, $6)`,
      [username, fullName, passwordHash, role, agencyId, jurisdictionId],
    );
  }

  // A few children so that lists are not empty on first sign-in.
  const children: [string, string, Sex, string, string, number][] = [
    ['Lò Văn Pâng', '2014-03-12', Sex.MALE, 'Thái', c1, 0],
    ['Tẩn Thị Sử', '2017-08-01', Sex.FEMALE, 'Dao', c1, 1],
    ['Vàng A Chinh', '2012-11-20', Sex.MALE, 'Mông', c1, 2],
    ['Lù Thị Mẩy', '2019-01-05', Sex.FEMALE, 'Giáy', c2, 0],
    ['Sùng A Tú', '2015-06-30', Sex.MALE, 'Mông', c2, 1],
    ['Chảo Thị Lở', '2016-10-10', Sex.FEMALE, 'Dao', DEMO_COMMUNES[2].code, 0],
  ];
  for (const [i, [fullName, dob, sex, ethnicity, communeCode, villageIndex]] of children.entries()) {
    const code = `TE-${communeCode}-${String(i + 1).padStart(6, '0')}`;
    await tx.query(
      `INSERT INTO child (code, full_name, search_text, date_of_birth, sex, ethnicity, commune_id, village_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        code,
        fullName,
        `${foldVietnamese(fullName)} ${code.toLowerCase()}`,
        dob,
        sex,
        ethnicity,
        units.oldCommunes.get(communeCode),
        villages.get(communeCode)![villageIndex],
      ],
    );
  }
  await tx.query(`SELECT setval('child_code_seq', $1)`, [children.length]);

  // A few hundred more, plausible names of the ethnic groups of Lai Châu, over the demo communes.
  await generateChildren(
    tx,
    DEMO_GENERATED_CHILDREN,
    await loadPlacements(
      tx,
      DEMO_COMMUNES.map((c) => c.code),
    ),
  );
  // Demo records of the modules (the 2021 directive names this district's agencies and communes).
  const demo: DemoSeedInput = {
    districtCode: DEMO_DISTRICT_CODE,
    communeCommittees: communeRows.map((c) => ({ agencyId: agencies.get(`UBND-${c.code}`)! })),
  };
  for (const seed of DEMO_SEEDS) await seed(tx, demo);
};
