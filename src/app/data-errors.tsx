// One alert per dataset that failed to load, naming the file (and record) with a retry; and one
// notice for what loaded data had that could not be used (records left out, repeated ids,
// unknown place codes), each named in full. Values from the data are rendered as text.
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { DataError } from '../components/ui/data-error';
import type { DATA_FILES } from '../config/data-files';
import { boundariesQueryOptions } from '../data/boundaries-query';
import { DataLoadError } from '../data/data-load-error';
import { gazetteerQueryOptions } from '../data/gazetteer-query';
import { practicesQueryOptions } from '../data/practices-query';
import { practiceTextsQueryOptions } from '../data/practice-texts-query';
import type { DataProblem } from '../data/data-problems';
import { useDataProblems } from '../data/use-data-problems';
import type { Translate } from '../i18n/translate';
import './data-errors.css';
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

function describeProblem(problem: DataProblem, t: Translate): string {
  switch (problem.kind) {
    case 'invalid-record':
      return problem.id === null
        ? t('dataProblems.invalidRecordNoId', problem)
        : t('dataProblems.invalidRecord', { ...problem, id: problem.id });
    case 'duplicate-id':
      return t('dataProblems.duplicateId', problem);
    case 'unknown-unit':
      return t('dataProblems.unknownUnit', {
        ...problem,
        role: t(`dataProblems.role.${problem.role}`),
      });
    case 'invalid-texts':
      return t('dataProblems.invalidTexts', problem);
    case 'missing-texts':
      return t('dataProblems.missingTexts', problem);
    case 'unknown-texts':
      return t('dataProblems.unknownTexts', problem);
  }
}

/** Problems listed at most; the rest are counted. */
const MAX_LISTED_PROBLEMS = 20;

function DataProblems() {
  const t = useT();
  const problems = useDataProblems();
  if (problems.length === 0) return null;
  const listed = problems.slice(0, MAX_LISTED_PROBLEMS);
  return (
    <div role="status" className="data-problems" data-testid="data-problems">
      <p className="data-problems__heading">{t('dataProblems.heading')}</p>
      <p>{t('dataProblems.intro')}</p>
      <ul className="data-problems__list">
        {listed.map((problem, index) => (
          <li key={index}>{describeProblem(problem, t)}</li>
        ))}
      </ul>
      {problems.length > listed.length && (
        <p>{t('dataProblems.more', { count: problems.length - listed.length })}</p>
      )}
    </div>
  );
}

export function DataErrors() {
  const boundaries = useQuery(boundariesQueryOptions());
  const gazetteer = useQuery(gazetteerQueryOptions());
  const practices = useQuery(practicesQueryOptions());
  // only read: the texts load when a view needs them, and a failure shows here once they were asked for
  const practiceTexts = useQuery({ ...practiceTextsQueryOptions(), enabled: false });
  return (
    <>
      <DatasetError dataset="boundaries" query={boundaries} />
      <DatasetError dataset="gazetteer" query={gazetteer} />
      <DatasetError dataset="practices" query={practices} />
      <DatasetError dataset="practiceTexts" query={practiceTexts} />
      <DataProblems />
    </>
  );
}
