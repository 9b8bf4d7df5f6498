/**
 * The person generator: households sharing an address, their members with names, valid identifiers,
 * phones, a participation history for those who work or worked, and a health card with dated benefit
 * levels. Generation is sequential from one seeded stream, so the same seed and size give the same data
 * whatever the batch size or the database.
 */
import { encodeCenturySex } from '../registry/validators/personal-id.ts';
import { benefitLevelAt, cardLevelRows } from '../registry/validators/benefit-level.ts';
import { buildDemoCommunes, COMMUNES_PER_PROVINCE, communeCode } from './reference-data.ts';
import { clinicsOf, DEMO_PROVINCES, streetLine, STREETS, type DemoProvince } from './demo-geography.ts';
import { drawFamilyName, drawFullName, type Sex } from './vn-names.ts';
import { weighted, type Prng } from './prng.ts';
import { dayOf, isoOf } from './demo-dates.ts';
import { generateHistory, type HistoryOutcome } from './generate-history.ts';
import type { CardRow, DemoBatch, EmployerRow, LevelRow, MemberRow, PersonRow } from './demo-rows.ts';

/** A person the staff generator may link a staff record to. */
export interface LinkCandidate {
  readonly personId: string;
  readonly fullName: string;
  readonly dateOfBirth: string;
  readonly provinceCode: string;
}

/** Options of {@link createPersonGenerator}. */
export interface PersonGeneratorOptions {
  readonly prng: Prng;
  readonly employers: readonly EmployerRow[];
  /** The demo's "today", `YYYY-MM-DD`: no birth, period or card after it. */
  readonly referenceDate: string;
  /** Total persons planned (spreads decoys over the whole run). */
  readonly totalPersons: number;
  /** How many decoys to mark. */
  readonly decoys: number;
}

/** A generator of person batches. */
export interface PersonGenerator {
  /**
   * Generates whole households until the batch holds at least `size` persons; only the very last household
   * of the run is cut, to stop at `totalPersons`. The sequence of households does not depend on `size`.
   */
  nextBatch(size: number): DemoBatch;
  /** Ids of the persons marked as decoys so far. */
  readonly decoyIds: readonly string[];
  /** Up to 40 working-age adults per province, for linking staff records. */
  readonly linkCandidates: ReadonlyMap<string, readonly LinkCandidate[]>;
}

const PHONE_PREFIXES: readonly string[] = [
  '032', '033', '034', '035', '036', '037', '038', '039', '056', '058', '059', '070', '076', '077', '078', '079',
  '081', '082', '083', '084', '085', '086', '088', '089', '090', '091', '093', '094', '096', '097', '098',
];
const SOUTHERN_FROM = 48;
const HOUSEHOLD_SIZE = weighted([[1, 14], [2, 20], [3, 22], [4, 25], [5, 12], [6, 7]] as const);
const CARD_EPOCH = dayOf('2021-01-01');
const HEAD_AGE = weighted([[25, 10], [32, 20], [40, 22], [48, 20], [56, 14], [64, 9], [72, 4], [80, 1]] as const);

/**
 * A bijection on [0, modulus) (multiplication by a unit modulo a power of ten, plus an offset): spreads
 * sequential counters over the whole range, so identifiers look random yet never collide.
 */
function scramble(n: number, modulus: number, offset: number): number {
  // 7,654,321 is odd and not a multiple of 5, hence invertible modulo 10^k; n × 7,654,321 stays below 2^53
  // for every n under 10^8.
  return (((n * 7654321) % modulus) + offset) % modulus;
}

/**
 * Creates a generator.
 *
 * @param opts - random source, employers, reference date, totals
 * @returns the generator
 */
export function createPersonGenerator(opts: PersonGeneratorOptions): PersonGenerator {
  const { prng, referenceDate } = opts;
  const communeNames = new Map(buildDemoCommunes().map((c) => [c.code, c.name]));
  const provinceTable = weighted(DEMO_PROVINCES.map((p) => [p, p.population] as const));
  const employersByProvince = new Map<string, EmployerRow[]>();
  for (const e of opts.employers) {
    const list = employersByProvince.get(e.provinceCode) ?? [];
    list.push(e);
    employersByProvince.set(e.provinceCode, list);
  }
  const refDay = dayOf(referenceDate);
  const clinics = new Map(DEMO_PROVINCES.map((p) => [p.code, clinicsOf(p)]));
  /** Persons issued so far per (birth province, century/sex digit, year) bucket of the personal id. */
  const bucketCounts = new Map<string, number>();
  const pidOffset = prng.int(0, 999_999);
  const siOffset = prng.int(0, 99_999_999);
  const decoyIds: string[] = [];
  const decoyEvery = opts.decoys > 0 ? Math.max(1, Math.floor(opts.totalPersons / opts.decoys)) : 0;
  const linkCandidates = new Map<string, LinkCandidate[]>();
  let ordinal = 0;
  let householdSeq = 0;

  const birthProvinceOf = (home: DemoProvince): string => {
    if (prng.chance(0.85)) return prng.chance(0.7) ? home.oldCodes[0]! : prng.pick(home.oldCodes);
    return prng.pick(provinceTable.sample(prng).oldCodes);
  };

  // Unique by construction: the random part of a personal id is a scrambled counter of its bucket (unique
  // while a bucket holds under a million persons), the SI number's 8 digits a scrambled global ordinal.
  const newPersonalId = (birthCode: string, birthYear: number, sex: Sex): string => {
    const head = `${birthCode}${encodeCenturySex(birthYear, sex)}${String(birthYear % 100).padStart(2, '0')}`;
    const k = bucketCounts.get(head) ?? 0;
    if (k >= 1_000_000) throw new Error('demo generator: personal-id bucket exhausted');
    bucketCounts.set(head, k + 1);
    return head + String(scramble(k, 1_000_000, pidOffset)).padStart(6, '0');
  };

  const newSiNumber = (birthCode: string, n: number): string =>
    birthCode.slice(1) + String(scramble(n, 100_000_000, siOffset)).padStart(8, '0');

  const dateOfBirthFor = (age: number): string => isoOf(refDay - Math.floor(age * 365.25) - prng.int(1, 364));

  interface Draft {
    readonly sex: Sex;
    readonly age: number;
    readonly relation: MemberRow['relation'];
    readonly familyName: string;
  }

  const draftHousehold = (home: DemoProvince): Draft[] => {
    const size = HOUSEHOLD_SIZE.sample(prng);
    const southern = Number(home.code) >= SOUTHERN_FROM;
    const headSex: Sex = prng.chance(0.72) ? 'M' : 'F';
    const headAge = Math.min(95, HEAD_AGE.sample(prng) + prng.int(0, 7));
    const headFamily = drawFamilyName(prng, southern);
    const drafts: Draft[] = [{ sex: headSex, age: headAge, relation: 'head', familyName: headFamily }];
    let fatherFamily = headSex === 'M' ? headFamily : null;
    if (size >= 2 && prng.chance(0.85)) {
      const spouseFamily = drawFamilyName(prng, southern);
      const spouseAge = Math.max(18, headAge + (headSex === 'M' ? -prng.int(0, 6) : prng.int(0, 6)));
      drafts.push({ sex: headSex === 'M' ? 'F' : 'M', age: spouseAge, relation: 'spouse', familyName: spouseFamily });
      if (!fatherFamily) fatherFamily = spouseFamily;
    }
    const motherAge = Math.min(...drafts.filter((d) => d.relation !== 'parent').map((d) => d.age));
    while (drafts.length < size) {
      if (motherAge >= 20 && drafts.filter((d) => d.relation === 'child').length < 4 && (headAge < 70 || prng.chance(0.5))) {
        const age = prng.int(0, Math.min(motherAge - 19, 40));
        const sex: Sex = prng.chance(0.51) ? 'M' : 'F';
        drafts.push({ sex, age, relation: 'child', familyName: fatherFamily ?? headFamily });
      } else if (headAge <= 62 && !drafts.some((d) => d.relation === 'parent')) {
        const age = Math.min(100, headAge + prng.int(21, 34));
        drafts.push({ sex: prng.chance(0.6) ? 'F' : 'M', age, relation: 'parent', familyName: drawFamilyName(prng, southern) });
      } else {
        drafts.push({ sex: prng.chance(0.5) ? 'M' : 'F', age: Math.max(0, headAge + prng.int(-12, 12)), relation: prng.chance(0.6) ? 'sibling' : 'other', familyName: drawFamilyName(prng, southern) });
      }
    }
    return drafts;
  };

  const cardFor = (
    personId: string,
    home: DemoProvince,
    age: number,
    dateOfBirth: string,
    si: string,
    history: HistoryOutcome,
  ): { card: CardRow; levels: LevelRow[] } | null => {
    if (!prng.chance(0.95)) return null;
    let group: string;
    if (history.currentEmployer) group = history.currentEmployer.cardGroup;
    else if (history.retired) group = 'HT';
    else if (history.recentlyUnemployed) group = 'TN';
    else if (age < 6) group = 'TE';
    else if (age < 18) group = 'HS';
    else if (age < 23 && prng.chance(0.7)) group = 'SV';
    else if (age >= 75 && prng.chance(0.45)) group = 'LH';
    else if (age >= 65 && prng.chance(0.08)) group = prng.pick(['CB', 'KC', 'CK', 'CC']);
    else {
      const r = prng.next();
      group = r < 0.08 ? 'CN' : r < 0.13 ? 'HN' : r < 0.17 ? 'DT' : r < 0.2 ? 'BT' : r < 0.23 ? 'GB' : 'GD';
    }
    const earliest = Math.max(dayOf(dateOfBirth), CARD_EPOCH);
    const validFrom = isoOf(earliest + prng.int(0, Math.max(0, refDay - earliest)));
    const printed = benefitLevelAt(group, validFrom);
    if (printed === undefined) throw new Error(`demo generator: no benefit level for ${group}`);
    const issuing = (prng.chance(0.8) ? home.oldCodes[0]! : prng.pick(home.oldCodes)).slice(1);
    const clinic = prng.pick(clinics.get(home.code)!);
    const fiveYearsDate = history.continuousSince && (printed === 3 || printed === 4) ? `${Number(history.continuousSince.slice(0, 4)) + 5}${history.continuousSince.slice(4)}-01` : null;
    const id = prng.uuid();
    const card: CardRow = {
      id,
      personId,
      cardCode: `${group}${printed}${issuing}${si}`,
      groupCode: group,
      issuingProvince: issuing,
      registeredClinicCode: clinic.code,
      registeredClinicName: clinic.name,
      validFrom,
      fiveYearsDate,
    };
    const levels = cardLevelRows(group, validFrom).map((l) => ({ cardId: id, personId, level: l.level, effectiveFrom: l.effectiveFrom!, effectiveTo: l.effectiveTo }));
    return { card, levels };
  };

  const nextBatch = (size: number): DemoBatch => {
    const batch: DemoBatch = { households: [], persons: [], members: [], periods: [], cards: [], levels: [] };
    while (batch.persons.length < size && ordinal < opts.totalPersons) {
      const home = provinceTable.sample(prng);
      const commune = communeCode(home.code, prng.int(0, COMMUNES_PER_PROVINCE - 1));
      const urban = (communeNames.get(commune) ?? '').startsWith('Phường');
      const street = streetLine(urban, prng.uint32(), prng.uint32(), prng.pick(STREETS));
      const householdId = prng.uuid();
      const drafts = draftHousehold(home).slice(0, opts.totalPersons - ordinal);
      const ids = drafts.map(() => prng.uuid());
      householdSeq++;
      batch.households.push({ id: householdId, code: `HK${home.code}${String(householdSeq).padStart(10, '0')}`, headPersonId: ids[0]!, provinceCode: home.code, communeCode: commune, street });
      const headBirth = birthProvinceOf(home);
      drafts.forEach((d, k) => {
        const personId = ids[k]!;
        const dateOfBirth = dateOfBirthFor(d.age);
        const birthYear = Number(dateOfBirth.slice(0, 4));
        const birthCode = d.relation === 'child' && prng.chance(0.8) ? headBirth : birthProvinceOf(home);
        const fullName = drawFullName(prng, d.familyName, d.sex, birthYear);
        const si = newSiNumber(birthCode, ordinal);
        const status: PersonRow['status'] = d.age >= 70 && prng.chance(0.01) ? 'deceased' : prng.chance(0.005) ? 'inactive' : 'active';
        const phone = d.age >= 15 && prng.chance(0.85) ? prng.pick(PHONE_PREFIXES) + prng.digits(7) : null;
        batch.persons.push({
          id: personId,
          personalId: newPersonalId(birthCode, birthYear, d.sex),
          socialInsuranceNo: si,
          fullName,
          sex: d.sex,
          dateOfBirth,
          provinceCode: home.code,
          communeCode: commune,
          street,
          phone,
          status,
          householdId,
        });
        batch.members.push({ householdId, personId, relation: d.relation });
        const history = generateHistory({ prng, personId, sex: d.sex, dateOfBirth, referenceDate, home: home.code, employersByProvince, allEmployers: opts.employers });
        batch.periods.push(...history.periods);
        const card = cardFor(personId, home, d.age, dateOfBirth, si, history);
        if (card) {
          batch.cards.push(card.card);
          batch.levels.push(...card.levels);
        }
        if (decoyEvery > 0 && ordinal % decoyEvery === decoyEvery >> 1 && decoyIds.length < opts.decoys) decoyIds.push(personId);
        else if (d.age >= 23 && d.age <= 58 && status === 'active') {
          const list = linkCandidates.get(home.code) ?? [];
          if (list.length < 40) list.push({ personId, fullName, dateOfBirth, provinceCode: home.code });
          linkCandidates.set(home.code, list);
        }
        ordinal++;
      });
    }
    return batch;
  };

  return { nextBatch, decoyIds, linkCandidates };
}
