import { ReportCategory, ReportChannel, type AbuseForm, type Sex } from '@cp/schema';

// The hotline intake form's values, kept as a draft while typing. The draft lives in
// sessionStorage (this tab only, gone when it closes): it may hold a reporter's identity.
export type IntakeValues = {
  clientMutationId: string;
  receivedAt: string; // datetime-local, Hà Nội time: 'YYYY-MM-DDTHH:mm'
  channel: ReportChannel;
  category: ReportCategory;
  abuseForms: AbuseForm[];
  communeId: string;
  incidentPlace: string;
  description: string;
  childName: string;
  childSex: Sex | '';
  childAge: string;
  anonymous: boolean;
  reporterName: string;
  reporterPhone: string;
  reporterAddress: string;
  reporterRelationship: string;
};

const KEY = (userId: string) => `cp.intake-draft.${userId}`;

const nowLocal = (now: Date): string =>
  new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 16); // Asia/Ho_Chi_Minh is UTC+7 all year

export const emptyIntake = (communeId: string, newId: () => string, now = new Date()): IntakeValues => ({
  clientMutationId: newId(), receivedAt: nowLocal(now), channel: ReportChannel.HOTLINE_111, category: ReportCategory.ABUSED, abuseForms: [], communeId,
  incidentPlace: '', description: '', childName: '', childSex: '', childAge: '', anonymous: false,
  reporterName: '', reporterPhone: '', reporterAddress: '', reporterRelationship: '',
});

export const loadDraft = (storage: Storage, userId: string): IntakeValues | null => {
  try {
    const raw = storage.getItem(KEY(userId));
    return raw ? (JSON.parse(raw) as IntakeValues) : null;
  } catch {
    return null;
  }
};
export const saveDraft = (storage: Storage, userId: string, values: IntakeValues): void => storage.setItem(KEY(userId), JSON.stringify(values));
export const clearDraft = (storage: Storage, userId: string): void => storage.removeItem(KEY(userId));

// The mutation input. An anonymous report sends no identity at all.
export const toSubmitInput = (v: IntakeValues) => ({
  clientMutationId: v.clientMutationId,
  receivedAt: new Date(`${v.receivedAt}:00+07:00`).toISOString(),
  channel: v.channel,
  category: v.category,
  abuseForms: v.abuseForms,
  communeId: v.communeId,
  incidentPlace: v.incidentPlace.trim() || undefined,
  description: v.description.trim(),
  childName: v.childName.trim() || undefined,
  childSex: v.childSex || undefined,
  childAgeEstimate: v.childAge.trim() ? Number(v.childAge) : undefined,
  reporter: v.anonymous
    ? { anonymous: true }
    : {
        anonymous: false, fullName: v.reporterName.trim() || undefined, phone: v.reporterPhone.trim() || undefined,
        address: v.reporterAddress.trim() || undefined, relationship: v.reporterRelationship.trim() || undefined,
      },
});
