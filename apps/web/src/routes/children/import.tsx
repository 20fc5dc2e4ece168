import { Permission } from '@cp/schema';
import { Alert, Anchor, Button, FileInput, Group, Progress, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoaderFunctionArgs } from 'react-router-dom';
import { requirePermission } from '../../auth/require-session';
import { ImportErrors } from '../../features/imports/ImportErrors';
import { uploadImport, type ImportProgress, type ImportResult } from '../../features/imports/upload-import';
import { useLocale } from '../../i18n/hooks';
import { Page } from '../../ui/Page';
import type { RouteDeps } from '../deps';

export const importRouteLoader =
  ({ client }: RouteDeps) =>
  async ({ request }: LoaderFunctionArgs) => {
    await requirePermission(client, request, Permission.CHILD_IMPORT);
    return null;
  };

const percent = (p: ImportProgress | null) => (p && p.total ? Math.round((p.done / p.total) * 100) : 0);

// Check first (dry run: nothing written), fix the file, check again, then import the valid rows.
export const ImportRoute = () => {
  const { t } = useTranslation();
  const locale = useLocale();
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [busy, setBusy] = useState<'check' | 'import' | null>(null);
  const [checked, setChecked] = useState<ImportResult | null>(null);
  const [imported, setImported] = useState<ImportResult | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const run = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(dryRun ? 'check' : 'import');
    setFailure(null);
    setImported(null);
    try {
      const result = await uploadImport(file, dryRun, locale, setProgress);
      if (dryRun) setChecked(result);
      else setImported(result);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(null);
      setProgress(null);
    }
  };

  return (
    <Page title={t('registry.importTitle')}>
      <Stack gap="md" maw={900}>
        <Text size="sm">{t('registry.importIntro')}</Text>
        <Group gap="md">
          <Anchor href="/api/imports/children/template.xlsx" download>{t('registry.templateXlsx')}</Anchor>
          <Anchor href="/api/imports/children/template.csv" download>{t('registry.templateCsv')}</Anchor>
        </Group>
        <FileInput
          label={t('registry.file')}
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          value={file}
          onChange={(f) => {
            setFile(f);
            setChecked(null);
            setImported(null);
          }}
          clearable
        />
        <Group>
          <Button onClick={() => void run(true)} disabled={!file || busy !== null} loading={busy === 'check'}>
            {t('registry.check')}
          </Button>
          {checked && checked.valid > 0 && !imported && (
            <Button color="green" onClick={() => void run(false)} disabled={busy !== null} loading={busy === 'import'}>
              {t('registry.runImport', { count: checked.valid })}
            </Button>
          )}
        </Group>
        {busy && (
          <Stack gap={4} aria-live="polite">
            <Text size="sm">{busy === 'check' ? t('registry.checking') : t('registry.importing')} {percent(progress)}%</Text>
            <Progress value={progress?.phase === 'upload' ? 100 : percent(progress)} animated striped aria-label={t('registry.importing')} />
          </Stack>
        )}
        {failure && <Alert color="red" role="alert">{failure}</Alert>}
        {checked && !imported && (
          <Alert color={checked.errors.length ? 'yellow' : 'green'} role="status">
            {t('registry.checked', { total: checked.total, valid: checked.valid, bad: checked.total - checked.valid })}
          </Alert>
        )}
        {imported && <Alert color="green" role="status">{t('registry.imported', { written: imported.written })}</Alert>}
        {(imported ?? checked) && (imported ?? checked)!.errors.length > 0 && <ImportErrors errors={(imported ?? checked)!.errors} />}
      </Stack>
    </Page>
  );
};
