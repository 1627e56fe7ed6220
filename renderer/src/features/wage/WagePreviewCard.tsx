// The "Timeløn" card beside the form: the wage as it stands, explained (WageExplanation), or the
// hand-set wage with what the criteria would have given.
import type { Assessment } from '../../../../shared/domain/wage';
import type { SettingsVersion } from '../../../../shared/records/settings-version';
import { Card } from '../../components/Page';
import { WageExplanation } from './WageExplanation';
import { handSetWagePreview, settingsNote, type HandSetValues } from './wageModel';

export function WagePreviewCard({
  hand: { handSet, hourlyWage },
  assessment,
  missing,
  version,
}: {
  hand: Pick<HandSetValues, 'handSet' | 'hourlyWage'>;
  assessment: Assessment | null;
  missing: string[];
  version: SettingsVersion;
}) {
  const settings = version.settings;
  return (
    <Card className="explain" title="Timeløn">
      {handSet ? (
        <div>
          <p className="wage" aria-live="polite" data-testid="wage-preview">
            {handSetWagePreview(hourlyWage)} <span className="muted">i timen</span>
          </p>
          <p>Individuelt fastsat timeløn. Kriterierne bruges ikke til beregningen.</p>
          {assessment ? (
            <details>
              <summary>Kriterierne ville give</summary>
              <WageExplanation assessment={assessment} settings={settings} missing={missing} />
            </details>
          ) : null}
        </div>
      ) : (
        <WageExplanation assessment={assessment} settings={settings} missing={missing} />
      )}
      <p className="muted">{settingsNote(version)}</p>
    </Card>
  );
}
