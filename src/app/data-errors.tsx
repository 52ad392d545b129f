// One alert per dataset that failed to load, naming the file (and record) with a retry.
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { DataError } from '../components/ui/data-error';
import type { DATA_FILES } from '../config/data-files';
import { boundariesQueryOptions } from '../data/boundaries-query';
import { DataLoadError } from '../data/data-load-error';
import { gazetteerQueryOptions } from '../data/gazetteer-query';
import { practicesQueryOptions } from '../data/practices-query';
import type { Translate } from '../i18n/translate';
import { useT } from '../hooks/use-t';

function describeLoadError(error: unknown, t: Translate): string {
  if (!(error instanceof DataLoadError))
    return error instanceof Error ? error.message : String(error);
  const { file, detail } = error;
  switch (error.kind) {
    case 'http':
      return t('dataError.http', { file, status: error.status ?? detail });
    case 'network':
      return t('dataError.network', { file, detail });
    case 'parse':
      return t('dataError.parse', { file, detail });
    case 'schema':
      return t('dataError.schema', { file, where: error.where ?? '', detail });
  }
}

function DatasetError({
  dataset,
  query,
}: {
  dataset: keyof typeof DATA_FILES;
  query: UseQueryResult<unknown>;
}) {
  const t = useT();
  if (!query.isError) return null;
  return (
    <DataError
      heading={t('dataError.heading', { dataset: t(`data.${dataset}`) })}
      message={describeLoadError(query.error, t)}
      hint={t('dataError.hint')}
      retryLabel={t('dataError.retry')}
      retrying={query.isFetching}
      onRetry={() => void query.refetch()}
    />
  );
}

export function DataErrors() {
  const boundaries = useQuery(boundariesQueryOptions());
  const gazetteer = useQuery(gazetteerQueryOptions());
  const practices = useQuery(practicesQueryOptions());
  return (
    <>
      <DatasetError dataset="boundaries" query={boundaries} />
      <DatasetError dataset="gazetteer" query={gazetteer} />
      <DatasetError dataset="practices" query={practices} />
    </>
  );
}
