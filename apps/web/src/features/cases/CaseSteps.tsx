import { Stepper } from '@mantine/core';
import { useEnumLabel } from '../../i18n/hooks';

// The main line of Decree 56 steps (the server's state machine is the authority).
const STEPS = ['RECEIVED', 'INITIAL_ASSESSMENT', 'NEEDS_ASSESSMENT', 'PENDING_APPROVAL', 'IN_PROGRESS', 'UNDER_REVIEW', 'CLOSED'];

export const CaseSteps = ({ status }: { status: string }) => {
  const enumLabel = useEnumLabel();
  const index = status === 'PLAN_DRAFTING' ? STEPS.indexOf('NEEDS_ASSESSMENT') : STEPS.indexOf(status);
  return (
    <Stepper active={index} size="xs" allowNextStepsSelect={false} wrap orientation="horizontal" aria-label={enumLabel('CaseStatus', status)}>
      {STEPS.map((s) => <Stepper.Step key={s} label={enumLabel('CaseStatus', s)} />)}
    </Stepper>
  );
};
