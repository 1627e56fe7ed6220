import { describe, expect, it } from 'vitest';
import {
  auditChanges,
  auditCitizenId,
  auditValue,
  describeAudit,
} from '../../../shared/audit/describe';
import type { AuditEntry } from '../../../shared/records';

const at = '2026-11-03T08:00:00.000Z';
const entry = (e: Partial<AuditEntry> & Pick<AuditEntry, 'table' | 'recordId' | 'action'>) =>
  ({ at, by: 'ABC', ...e }) as AuditEntry;
const names = (id: string) => ({ 'c-1': 'Anna Andersen' })[id];
const anna = {
  id: 'c-1',
  name: 'Anna Andersen',
  payrollNumber: '1001',
  cpr: '0101901234',
  offer: 'SEL103',
  startDate: '2026-01-01',
  taxCard: { withholdingRatePercent: 38, monthlyAllowance: 4000 },
  transport: { mode: 'car', oneWayKm: 14 },
  municipalTransport: false,
  createdAt: at,
  updatedAt: at,
};

describe('the audit log in Danish (issue 10, Build item 9)', () => {
  it('names the citizen and each changed field, before → after', () => {
    const after = {
      ...anna,
      cpr: '0101901235',
      taxCard: { withholdingRatePercent: 40, monthlyAllowance: 4000 },
      transport: { mode: 'public', oneWayKm: 14, dailyCost: 40.5 },
      updatedAt: '2026-11-04T08:00:00.000Z',
    };
    expect(
      describeAudit(
        entry({ table: 'citizens', recordId: 'c-1', action: 'update', before: anna, after }),
      ),
    ).toBe(
      'Borger Anna Andersen: CPR-nummer ændret; Trækprocent 38 → 40; Transportform Egen bil → Offentlig transport; Pris pr. dag (tur/retur) — → 40,5',
    );
    expect(
      describeAudit(entry({ table: 'citizens', recordId: 'c-1', action: 'create', after: anna })),
    ).toBe('Borger Anna Andersen oprettet');
    expect(
      describeAudit(
        entry({ table: 'citizens', recordId: 'c-1', action: 'update', before: anna, after: anna }),
      ),
    ).toBe('Borger Anna Andersen gemt uden ændringer');
  });

  it('names the day of an attendance change: "Fremmøde … 15.10.2026: 6 → 5 timer"', () => {
    const day = (hours: number, absence?: string) => ({
      citizenId: 'c-1',
      date: '2026-10-15',
      hours,
      ...(absence ? { absence } : {}),
    });
    const rec = { table: 'attendance' as const, recordId: 'c-1|2026-10-15' };
    expect(
      describeAudit(entry({ ...rec, action: 'update', before: day(6), after: day(5) }), names),
    ).toBe('Fremmøde Anna Andersen 15.10.2026: 6 → 5 timer');
    expect(describeAudit(entry({ ...rec, action: 'create', after: day(1) }), names)).toBe(
      'Fremmøde Anna Andersen 15.10.2026: 1 time',
    );
    expect(
      describeAudit(entry({ ...rec, action: 'update', before: day(6), after: day(0, 'syg') })),
    ).toBe('Fremmøde 15.10.2026: 6 timer → Syg');
    expect(describeAudit(entry({ ...rec, action: 'delete', before: day(0) }), names)).toBe(
      'Fremmøde Anna Andersen 15.10.2026: 0 timer fjernet',
    );
  });

  it('names the month, the decision date and the settings month', () => {
    expect(
      describeAudit(entry({ table: 'monthCloses', recordId: '2026-10', action: 'reopen' })),
    ).toBe('Måned oktober 2026 genåbnet');
    const decision = { id: 'w-1', citizenId: 'c-1', effectiveFrom: '2026-01-01', hourlyWage: 35 };
    expect(
      describeAudit(
        entry({
          table: 'wageDecisions',
          recordId: 'w-1',
          action: 'update',
          before: decision,
          after: { ...decision, hourlyWage: 25 },
        }),
        names,
      ),
    ).toBe('Lønafgørelse for Anna Andersen fra 01.01.2026: Timeløn 35 → 25');
    expect(
      describeAudit(
        entry({
          table: 'settingsVersions',
          recordId: 's',
          action: 'create',
          after: { validFrom: '2026-11' },
        }),
      ),
    ).toBe('Indstillinger fra november 2026 oprettet');
    expect(
      describeAudit(
        entry({
          table: 'database',
          recordId: 'backup',
          action: 'restore',
          after: { fromVersion: 2, createdAt: '2026-11-20T12:00:00.000Z' },
        }),
      ),
    ).toBe('Data gendannet fra en sikkerhedskopi fra 20.11.2026');
  });

  it('finds the citizen an entry is about', () => {
    expect(auditCitizenId(entry({ table: 'citizens', recordId: 'c-1', action: 'create' }))).toBe(
      'c-1',
    );
    expect(
      auditCitizenId(entry({ table: 'attendance', recordId: 'c-1|2026-10-01', action: 'create' })),
    ).toBe('c-1');
    expect(
      auditCitizenId(
        entry({ table: 'grants', recordId: 'g', action: 'delete', before: { citizenId: 'c-1' } }),
      ),
    ).toBe('c-1');
    expect(
      auditCitizenId(entry({ table: 'monthCloses', recordId: '2026-10', action: 'close' })),
    ).toBe(undefined);
  });

  it('shows values the Danish way and never an English one', () => {
    expect(auditValue(4000)).toBe('4.000');
    expect(auditValue('2026-10-15')).toBe('15.10.2026');
    expect(auditValue('independent')).not.toBe('independent');
    expect(auditValue(true)).toBe('ja');
    expect(auditValue(undefined)).toBe('—');
    expect(auditChanges({ a: 1 }, { a: 1 })).toEqual([]);
  });
});

describe('what was seen or taken out, and a restore (docs/rules.md §13)', () => {
  it('says each in Danish, never the CPR number', () => {
    const e = (x: Partial<AuditEntry> & Pick<AuditEntry, 'table' | 'recordId' | 'action'>) =>
      ({ at, by: 'JH', ...x }) as AuditEntry;
    expect(describeAudit(e({ table: 'citizens', recordId: 'c-1', action: 'reveal' }), names)).toBe(
      'CPR-nummer vist for Anna Andersen',
    );
    const file = { fileName: 'loen-2026-10-excel.csv', sha256: 'a'.repeat(64) };
    expect(
      describeAudit(
        e({
          table: 'monthCloses',
          recordId: '2026-10',
          action: 'export',
          after: { kind: 'csv', profile: 'wage-types', ...file },
        }),
      ),
    ).toBe(
      'Lønfil for oktober 2026 eksporteret i formatet Lønsystem (lønarter) (loen-2026-10-excel.csv)',
    );
    expect(
      describeAudit(
        e({
          table: 'monthCloses',
          recordId: '2026-10',
          action: 'export',
          after: { kind: 'difference' },
        }),
      ),
    ).toBe('Rettelsesfil for oktober 2026 eksporteret');
    expect(
      describeAudit(
        e({ table: 'database', recordId: 'backup', action: 'backup', after: { kind: 'quit' } }),
      ),
    ).toBe('Automatisk sikkerhedskopi ved lukning');
    const restore = (imported: number) =>
      describeAudit(
        e({
          table: 'database',
          recordId: 'backup',
          action: 'restore',
          after: { createdAt: '2026-11-02T12:00:00.000Z', fileTrail: { imported } },
        }),
      );
    expect(restore(3)).toBe(
      'Data gendannet fra en sikkerhedskopi fra 02.11.2026; logbogen her er bevaret, 3 poster fra filens logbog tilføjet',
    );
    expect(restore(0)).toMatch(/logbogen her er bevaret \(filens poster var her allerede\)$/);
    expect(
      describeAudit(
        e({
          table: 'database',
          recordId: 'backup',
          action: 'restore',
          after: { fileTrail: { imported: 2, intact: false } },
        }),
      ),
    ).toBe(
      'Data gendannet fra en sikkerhedskopi; logbogen her er bevaret, 2 poster fra filens logbog tilføjet; filens egen logbog var brudt',
    );
  });
});
