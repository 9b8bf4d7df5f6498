/**
 * The notification of a personal-data protection violation to the Ministry of Public Security's specialised
 * agency (A05) — Decree 356/2025/NĐ-CP, Art. 28.1, annex Form 08 (Mẫu số 08). Content: organisation details;
 * the responsible person and contact; nature of the violation (occurred and detected time and how, place, act,
 * organisations/persons involved, data categories, numbers of data subjects and of records, of which
 * sensitive); possible consequences; measures taken; notices to data subjects; attachments (the violation
 * minutes number and date, technical report); commitment.
 *
 * The document is JSON described by {@link Form08Schema} (a JSON Schema; TypeBox builds it) and rendered as PDF
 * by `form-08-pdf.ts`. See docs/RESPONSE.md for the field mapping.
 */
import { FormatRegistry, Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { DATA_CATEGORIES, type DataCategory } from '../events/types.ts';
import { RespondErrors } from './respond.errors.ts';

// TypeBox's checker knows no formats by itself; register the three this schema uses (same meaning as ajv-formats).
const FORMATS: Record<string, (v: string) => boolean> = {
  'date-time': (v) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i.test(v) && !Number.isNaN(Date.parse(v)),
  date: (v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)),
  email: (v) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v),
};
for (const [name, check] of Object.entries(FORMATS)) if (!FormatRegistry.Has(name)) FormatRegistry.Set(name, check);

/** Vietnamese and English names of the data categories (Decree 356/2025 Art. 3–4 vocabulary). */
export const CATEGORY_NAMES: Readonly<Record<DataCategory, { vi: string; en: string }>> = {
  identity: { vi: 'Thông tin định danh cá nhân', en: 'Identity data' },
  contact: { vi: 'Thông tin liên lạc', en: 'Contact data' },
  address: { vi: 'Địa chỉ cư trú', en: 'Residential address' },
  employment: { vi: 'Quá trình công tác và đóng bảo hiểm xã hội', en: 'Employment and contribution history' },
  health_insurance: { vi: 'Thông tin thẻ bảo hiểm y tế', en: 'Health-insurance card data' },
  benefits: { vi: 'Chế độ, quyền lợi bảo hiểm xã hội', en: 'Social-insurance benefits' },
  sensitive: { vi: 'Dữ liệu cá nhân nhạy cảm (sức khỏe)', en: 'Sensitive personal data (health)' },
};

/** The recipient of the notification. */
export const A05_RECIPIENT =
  'Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (A05), Bộ Công an';

/** Defaults for the notifying organisation (editable per case). */
export const DEFAULT_ORGANISATION = {
  name: 'Bảo hiểm xã hội Việt Nam',
  headquarters: 'Số 7 Tràng Thi, Hà Nội',
  transactionAddress: 'Số 7 Tràng Thi, Hà Nội',
  registrationNo: '',
  taxCode: '',
  phone: '',
  website: 'https://baohiemxahoi.gov.vn',
} as const;

const Text = (max = 2000): ReturnType<typeof Type.String> => Type.String({ minLength: 1, maxLength: max });
const IsoTime = Type.String({ format: 'date-time' });
const Count = Type.Integer({ minimum: 0, maximum: 200_000_000 });
const Category = Type.Union(DATA_CATEGORIES.map((c) => Type.Literal(c)));

/** Organisation details. */
const Organisation = Type.Object(
  {
    name: Text(300),
    headquarters: Text(500),
    transactionAddress: Type.Optional(Type.String({ maxLength: 500 })),
    registrationNo: Type.Optional(Type.String({ maxLength: 100 })),
    taxCode: Type.Optional(Type.String({ maxLength: 20 })),
    phone: Type.Optional(Type.String({ maxLength: 40 })),
    website: Type.Optional(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false },
);

/** The person responsible for personal-data protection and their contact. */
const ResponsiblePerson = Type.Object(
  {
    name: Text(200),
    title: Text(200),
    phone: Type.String({ minLength: 6, maxLength: 40 }),
    email: Type.String({ format: 'email', maxLength: 200 }),
  },
  { additionalProperties: false },
);

const SplitCount = Type.Object({ total: Count, sensitive: Count }, { additionalProperties: false });

const SubjectNotice = Type.Object(
  {
    required: Type.Boolean(),
    at: Type.Optional(IsoTime),
    channel: Type.Optional(Type.String({ maxLength: 200 })),
    count: Type.Optional(Count),
  },
  { additionalProperties: false },
);

const Minutes = Type.Object(
  { number: Text(100), date: Type.String({ format: 'date' }) },
  { additionalProperties: false },
);

/**
 * What the team enters for a breach (stored on the breach record; every field optional until submission).
 * Contains no insured person's identifiers: only counts and categories.
 */
export const Form08DetailsSchema = Type.Object(
  {
    organisation: Type.Optional(Type.Partial(Organisation)),
    responsiblePerson: Type.Optional(Type.Partial(ResponsiblePerson)),
    occurredAt: Type.Optional(IsoTime),
    detectionMethod: Type.Optional(Text()),
    place: Type.Optional(Text(500)),
    act: Type.Optional(Text()),
    involvedParties: Type.Optional(Type.Array(Text(300), { maxItems: 50 })),
    dataCategories: Type.Optional(Type.Array(Category, { uniqueItems: true, maxItems: DATA_CATEGORIES.length })),
    dataSubjects: Type.Optional(Type.Partial(SplitCount)),
    records: Type.Optional(Type.Partial(SplitCount)),
    consequences: Type.Optional(Text()),
    measures: Type.Optional(Text()),
    subjectNotice: Type.Optional(SubjectNotice),
    minutes: Type.Optional(Type.Partial(Minutes)),
    technicalReport: Type.Optional(Type.String({ maxLength: 300 })),
  },
  { additionalProperties: false },
);
/** Entered Form 08 details. */
export type Form08Details = Static<typeof Form08DetailsSchema>;

/** The JSON Schema of the Form 08 document (also served at `/api/cases/schemas/form-08.json`). */
export const Form08Schema = Type.Object(
  {
    $schema: Type.Literal('https://khien.baohiemxahoi.gov.vn/schemas/form-08.json'),
    form: Type.Object(
      {
        code: Type.Literal('Mẫu số 08'),
        legalBasis: Type.Literal('Nghị định 356/2025/NĐ-CP'),
        title: Type.String(),
      },
      { additionalProperties: false },
    ),
    recipient: Type.String({ minLength: 1 }),
    caseReference: Type.String({ pattern: '^VV-[0-9]{4}-[0-9]{6,}$' }),
    generatedAt: IsoTime,
    deadlineAt: IsoTime,
    organisation: Organisation,
    responsiblePerson: ResponsiblePerson,
    violation: Type.Object(
      {
        occurredAt: Type.Union([IsoTime, Type.Null()]),
        detectedAt: IsoTime,
        detectionMethod: Text(),
        place: Text(500),
        act: Text(),
        involvedParties: Type.Array(Text(300), { minItems: 1 }),
        dataCategories: Type.Array(
          Type.Object({ code: Category, vi: Type.String(), en: Type.String() }, { additionalProperties: false }),
          { minItems: 1 },
        ),
        dataSubjects: SplitCount,
        records: SplitCount,
      },
      { additionalProperties: false },
    ),
    consequences: Text(),
    measures: Text(),
    subjectNotice: SubjectNotice,
    attachments: Type.Object(
      { minutes: Minutes, technicalReport: Type.Union([Type.String(), Type.Null()]) },
      { additionalProperties: false },
    ),
    commitment: Type.String({ minLength: 1 }),
  },
  { additionalProperties: false, $id: 'https://khien.baohiemxahoi.gov.vn/schemas/form-08.json' },
);
/** A Form 08 document. */
export type Form08Document = Static<typeof Form08Schema>;

/** What the document is built from besides the entered details. */
export interface Form08Context {
  readonly caseReference: string;
  readonly detectedAt: Date;
  readonly deadlineAt: Date;
  readonly generatedAt: Date;
  /** Default number of data subjects (person observables of the case) when none was entered. */
  readonly personObservables: number;
}

const nfc = (s: string): string => s.normalize('NFC').trim();

/**
 * Merges entered details (later wins, nested objects merged field by field).
 *
 * @param base - stored details
 * @param patch - new details
 * @returns the merged details
 */
export function mergeForm08Details(base: Form08Details, patch: Form08Details): Form08Details {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) continue;
    const prev = out[k];
    out[k] =
      v && typeof v === 'object' && !Array.isArray(v) && prev && typeof prev === 'object' && !Array.isArray(prev)
        ? { ...prev, ...v }
        : v;
  }
  return out;
}

/**
 * Builds the Form 08 document and checks it is complete.
 *
 * @param details - entered details
 * @param ctx - case reference, detection time, deadline, generation time
 * @returns the document (NFC text)
 * @throws KHIEN_RESPOND_FORM08_INCOMPLETE with `details.missing` listing the fields to fill in
 */
export function buildForm08(details: Form08Details, ctx: Form08Context): Form08Document {
  const subjectsTotal = details.dataSubjects?.total ?? (ctx.personObservables > 0 ? ctx.personObservables : undefined);
  const candidate = {
    $schema: 'https://khien.baohiemxahoi.gov.vn/schemas/form-08.json',
    form: {
      code: 'Mẫu số 08',
      legalBasis: 'Nghị định 356/2025/NĐ-CP',
      title: 'Thông báo vi phạm quy định về bảo vệ dữ liệu cá nhân',
    },
    recipient: A05_RECIPIENT,
    caseReference: ctx.caseReference,
    generatedAt: ctx.generatedAt.toISOString(),
    deadlineAt: ctx.deadlineAt.toISOString(),
    organisation: mapStrings({ ...DEFAULT_ORGANISATION, ...(details.organisation ?? {}) }),
    responsiblePerson: mapStrings({ ...(details.responsiblePerson ?? {}) }),
    violation: {
      occurredAt: details.occurredAt ?? null,
      detectedAt: ctx.detectedAt.toISOString(),
      detectionMethod: details.detectionMethod && nfc(details.detectionMethod),
      place: details.place && nfc(details.place),
      act: details.act && nfc(details.act),
      involvedParties: (details.involvedParties ?? []).map(nfc),
      dataCategories: (details.dataCategories ?? []).map((code) => ({ code, ...CATEGORY_NAMES[code] })),
      dataSubjects: { total: subjectsTotal, sensitive: details.dataSubjects?.sensitive ?? 0 },
      records: { total: details.records?.total, sensitive: details.records?.sensitive ?? 0 },
    },
    consequences: details.consequences && nfc(details.consequences),
    measures: details.measures && nfc(details.measures),
    subjectNotice: details.subjectNotice ?? { required: false },
    attachments: {
      minutes: mapStrings({ ...(details.minutes ?? {}) }),
      technicalReport: details.technicalReport ? nfc(details.technicalReport) : null,
    },
    commitment:
      'Bảo hiểm xã hội Việt Nam cam kết nội dung thông báo là đúng sự thật và sẽ phối hợp với cơ quan chuyên trách bảo vệ dữ liệu cá nhân trong quá trình xử lý vi phạm.',
  };
  const missing = new Set<string>();
  for (const e of Value.Errors(Form08Schema, candidate)) missing.add(e.path.replace(/^\//, '').replace(/\//g, '.') || '(root)');
  const v = candidate.violation;
  if ((v.dataSubjects.total ?? 0) < v.dataSubjects.sensitive) missing.add('violation.dataSubjects.sensitive');
  if ((v.records.total ?? 0) < v.records.sensitive) missing.add('violation.records.sensitive');
  if (details.occurredAt && new Date(details.occurredAt).getTime() > ctx.detectedAt.getTime()) missing.add('violation.occurredAt');
  if (missing.size > 0) {
    const err = new RespondErrors.FORM08_INCOMPLETE();
    err.details = { missing: [...missing].sort() };
    throw err;
  }
  return candidate as Form08Document;
}

function mapStrings<T extends Record<string, unknown>>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    if (typeof v === 'string') {
      const t = nfc(v);
      if (t !== '' || k === 'name') out[k] = t;
    } else if (v !== undefined) out[k] = v;
  }
  return out as T;
}
