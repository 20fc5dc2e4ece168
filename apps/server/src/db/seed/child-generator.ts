import type { EntityManager } from 'typeorm';
import { Sex, SpecialCircumstance, foldVietnamese } from '@cp/schema';

// Plausible children of the ethnic groups of Lai Châu, for the demo seed and for benchmarks.
// Deterministic for a given seed; rows go in with multi-row INSERTs (arrays unnested by the
// server), so a million children take minutes, not hours.
type NameStock = { ethnicity: string; weight: number; surnames: string[]; male: string[]; female: string[]; given: string[] };

const STOCK: NameStock[] = [
  {
    ethnicity: 'Thái',
    weight: 30,
    surnames: ['Lò', 'Lường', 'Tòng', 'Cầm', 'Quàng', 'Điêu', 'Hoàng'],
    male: ['Văn'],
    female: ['Thị'],
    given: ['Pâng', 'Ún', 'Ón', 'Xiêng', 'Khăm', 'Bun', 'Pánh', 'Ỏn', 'Ính', 'Piệng', 'Thoan', 'Chăm', 'Đức', 'Hương', 'Sương'],
  },
  {
    ethnicity: 'Mông',
    weight: 30,
    surnames: ['Vàng', 'Giàng', 'Sùng', 'Lý', 'Thào', 'Mùa', 'Hạng', 'Lầu', 'Cứ'],
    male: ['A', 'Seo'],
    female: ['Thị'],
    given: ['Páo', 'Chinh', 'Tú', 'Dế', 'Sử', 'Pó', 'Chử', 'Mỷ', 'Dợ', 'Say', 'Mai', 'Chá', 'Lử', 'Dình'],
  },
  {
    ethnicity: 'Dao',
    weight: 14,
    surnames: ['Tẩn', 'Chảo', 'Lý', 'Phàn', 'Đặng', 'Triệu'],
    male: ['Văn', 'Láo', 'A'],
    female: ['Thị', 'Mẩy'],
    given: ['Quẩy', 'Sài', 'Chòi', 'Mẩy', 'Xuân', 'Phủ', 'Lở', 'Sành', 'Chản', 'Kiều'],
  },
  {
    ethnicity: 'Hà Nhì',
    weight: 6,
    surnames: ['Lỳ', 'Pờ', 'Chu', 'Phí', 'Hờ'],
    male: ['A', 'Xè'],
    female: ['Mé', 'Thị'],
    given: ['Chừ', 'Giá', 'Xá', 'Pa', 'Hừ', 'Khừ', 'Gô', 'Chò'],
  },
  {
    ethnicity: 'Giáy',
    weight: 6,
    surnames: ['Lù', 'Hoàng', 'Vương', 'Lương', 'Ly'],
    male: ['Văn'],
    female: ['Thị'],
    given: ['Mẩy', 'Sính', 'Chẩn', 'Pủ', 'Sèn', 'Phin', 'Dín'],
  },
  {
    ethnicity: 'Lự',
    weight: 3,
    surnames: ['Lò', 'Tao', 'Chang'],
    male: ['Văn'],
    female: ['Thị'],
    given: ['Pánh', 'Inh', 'Sinh', 'Xôm', 'Khăm'],
  },
  {
    ethnicity: 'Kinh',
    weight: 11,
    surnames: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đỗ'],
    male: ['Văn', 'Minh', 'Đức'],
    female: ['Thị', 'Thu', 'Ngọc'],
    given: ['An', 'Bình', 'Lan', 'Minh', 'Tuấn', 'Hương', 'Nam', 'Hà', 'Long', 'Linh'],
  },
];
const RELATIONSHIPS_FATHER = ['Bố', 'Ông nội', 'Bác', 'Chú'];
const RELATIONSHIPS_MOTHER = ['Mẹ', 'Bà nội', 'Bà ngoại', 'Cô'];
const GROUPS = Object.values(SpecialCircumstance);

// mulberry32: small, fast, deterministic.
export const prng = (seed: number) => () => {
  seed |= 0;
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

export type Placement = { communeId: string; communeCode: string; villageIds: string[] };
export type GeneratedChild = {
  id: string;
  fullName: string;
  dateOfBirth: string;
  sex: Sex;
  ethnicity: string;
  place: Placement;
  villageId: string | null;
  caregivers: { fullName: string; relationship: string; birthYear: number }[];
  circumstances: { group: SpecialCircumstance; since: string }[];
  atRisk: boolean;
};

const uuidFrom = (rand: () => number) =>
  'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (c) => {
    const r = Math.floor(rand() * 16);
    return (c === 'x' ? r : (r & 0x3) | 0x8).toString(16);
  });

export const generateChild = (rand: () => number, places: Placement[], today = new Date()): GeneratedChild => {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  let w = rand() * 100;
  const stock = STOCK.find((s) => (w -= s.weight) < 0) ?? STOCK[0]!;
  const sex = rand() < 0.51 ? Sex.MALE : Sex.FEMALE;
  const surname = pick(stock.surnames);
  const fullName = `${surname} ${pick(sex === Sex.MALE ? stock.male : stock.female)} ${pick(stock.given)}`;
  const ageDays = Math.floor(rand() * 16 * 365);
  const dob = new Date(today.getTime() - ageDays * 86_400_000).toISOString().slice(0, 10);
  const place = pick(places);
  const birthYear = Number(dob.slice(0, 4));
  const caregivers = [
    {
      fullName: `${surname} Văn ${pick(stock.given)}`,
      relationship: pick(RELATIONSHIPS_FATHER),
      birthYear: birthYear - 20 - Math.floor(rand() * 15),
    },
  ];
  if (rand() < 0.6)
    caregivers.push({
      fullName: `${pick(stock.surnames)} Thị ${pick(stock.given)}`,
      relationship: pick(RELATIONSHIPS_MOTHER),
      birthYear: birthYear - 18 - Math.floor(rand() * 15),
    });
  const circumstances =
    rand() < 0.08
      ? [{ group: pick(GROUPS), since: dob > '2020-01-01' ? dob : `20${20 + Math.floor(rand() * 5)}-0${1 + Math.floor(rand() * 9)}-15` }]
      : [];
  return {
    id: uuidFrom(rand),
    fullName,
    dateOfBirth: dob,
    sex,
    ethnicity: stock.ethnicity,
    place,
    villageId: place.villageIds.length && rand() < 0.9 ? pick(place.villageIds) : null,
    caregivers,
    circumstances,
    atRisk: !circumstances.length && rand() < 0.05,
  };
};

export const insertGeneratedChildren = async (tx: EntityManager, children: GeneratedChild[]): Promise<void> => {
  if (!children.length) return;
  await tx.query(
    `INSERT INTO child (id, code, full_name, search_text, date_of_birth, sex, ethnicity, commune_id, village_id, at_risk)
     SELECT t.id, k.code, t.full_name, t.fold || ' ' || lower(k.code), t.dob, t.sex, t.eth, t.commune_id, t.village_id, t.at_risk
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::date[], $5::text[], $6::text[], $7::uuid[], $8::uuid[], $9::boolean[], $10::text[])
            AS t(id, full_name, fold, dob, sex, eth, commune_id, village_id, at_risk, commune_code)
       CROSS JOIN LATERAL (SELECT t.id AS child_id, nextval('child_code_seq')::text AS n) s
       CROSS JOIN LATERAL (SELECT 'TE-' || t.commune_code || '-' || lpad(s.n, greatest(6, length(s.n)), '0') AS code) k`,
    [
      children.map((c) => c.id),
      children.map((c) => c.fullName),
      children.map((c) => foldVietnamese(c.fullName)),
      children.map((c) => c.dateOfBirth),
      children.map((c) => c.sex),
      children.map((c) => c.ethnicity),
      children.map((c) => c.place.communeId),
      children.map((c) => c.villageId),
      children.map((c) => c.atRisk),
      children.map((c) => c.place.communeCode),
    ],
  );
  const cg = children.flatMap((c) => c.caregivers.map((g, position) => ({ childId: c.id, position, ...g })));
  await tx.query(
    `INSERT INTO caregiver (child_id, position, full_name, relationship, birth_year)
     SELECT * FROM unnest($1::uuid[], $2::int[], $3::text[], $4::text[], $5::int[])`,
    [
      cg.map((g) => g.childId),
      cg.map((g) => g.position),
      cg.map((g) => g.fullName),
      cg.map((g) => g.relationship),
      cg.map((g) => g.birthYear),
    ],
  );
  const cc = children.flatMap((c) => c.circumstances.map((x) => ({ childId: c.id, ...x })));
  if (cc.length) {
    await tx.query(`INSERT INTO child_circumstance (child_id, "group", since) SELECT * FROM unnest($1::uuid[], $2::text[], $3::date[])`, [
      cc.map((x) => x.childId),
      cc.map((x) => x.group),
      cc.map((x) => x.since),
    ]);
  }
};

// Communes (with their villages) that generated children are spread over.
export const loadPlacements = async (tx: EntityManager, communeCodes?: readonly string[]): Promise<Placement[]> => {
  const rows: { id: string; code: string; villages: string[] | null }[] = await tx.query(
    `SELECT u.id, u.code, array_remove(array_agg(v.id), NULL) AS villages
       FROM admin_unit u LEFT JOIN admin_unit v ON v.parent_id = u.id AND v.level = 'VILLAGE'
      WHERE u.level = 'COMMUNE' AND ($1::text[] IS NULL OR u.code = ANY($1))
      GROUP BY u.id, u.code ORDER BY u.code`,
    [communeCodes ?? null],
  );
  return rows.map((r) => ({ communeId: r.id, communeCode: r.code, villageIds: r.villages ?? [] }));
};

export const generateChildren = async (
  tx: EntityManager,
  count: number,
  places: Placement[],
  options: { seed?: number; batchSize?: number; onBatch?: (done: number) => void } = {},
): Promise<void> => {
  const rand = prng(options.seed ?? 2021);
  const batchSize = options.batchSize ?? 5000;
  for (let done = 0; done < count;) {
    const n = Math.min(batchSize, count - done);
    await insertGeneratedChildren(
      tx,
      Array.from({ length: n }, () => generateChild(rand, places)),
    );
    done += n;
    options.onBatch?.(done);
  }
};
