// "Zgłoś praktykę": a form built on the practice schema's vocabularies, members chosen from the
// register through the place search (TERC codes, never free text; the search names the type, so
// "gmina wiejska X" and "gmina miejska X" are plain), checked as the person types, kept as a
// draft in localStorage, sent as a download of the record in the importer's source format and
// as an e-mail to the editors. Loaded only when opened (React.lazy in app.tsx).
import { useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import { Combobox } from '../../components/ui/combobox';
import { CORRECTIONS_EMAIL } from '../../config/corrections';
import type { Practice, PracticeTexts } from '../../data/schemas';
import { usePracticeTexts } from '../../data/use-practice-texts';
import { COOPERATION_FORMS, PRACTICE_TYPES } from '../../data/vocabularies';
import { useGazetteer } from '../../data/use-gazetteer';
import { describeUnit } from '../../data/unit-text';
import { useLanguage, useT } from '../../hooks/use-t';
import { pluralForm } from '../../i18n/plural';
import { useUnitSearch } from '../../hooks/use-unit-search';
import {
  EMPTY_DRAFT,
  PARTNER_SECTORS,
  downloadName,
  draftToSourceRecord,
  parseDraft,
  practiceToDraft,
  validateDraft,
  type ProposalDraft,
} from './propose-record';
import { createProposeTranslate } from './propose-messages';
import './propose-form.css';

const DRAFT_KEY = 'mapa-praktyk:propose-draft';

function loadDraft(key: string, fallback: ProposalDraft): ProposalDraft {
  try {
    return parseDraft(window.localStorage.getItem(key)) ?? fallback;
  } catch {
    return fallback;
  }
}

export interface ProposeFormProps {
  onClose: () => void;
  /** "Zgłoś poprawkę": the practice to correct, prefilled (its draft kept apart). */
  practice?: Practice;
  /** Where the e-mail goes (tests pass their own). */
  editorsEmail?: string;
}

export function ProposeForm(props: ProposeFormProps) {
  return props.practice ? (
    <CorrectionForm {...props} practice={props.practice} />
  ) : (
    <ProposeFormView {...props} texts={undefined} />
  );
}

/**
 * "Zgłoś poprawkę": the draft starts from the practice as shown, summary and sources included, so
 * the form waits for practice-texts.json (usually loaded already by the detail it opens from). If
 * the texts cannot be had, the form starts without them; the data notice says why.
 */
function CorrectionForm(props: ProposeFormProps & { practice: Practice }) {
  const t = useT();
  const texts = usePracticeTexts(props.practice.id);
  if (texts.status === 'pending') {
    return <p role="status">{t('detail.textsPending')}</p>;
  }
  return (
    <ProposeFormView {...props} texts={texts.status === 'success' ? texts.texts : undefined} />
  );
}

function ProposeFormView({
  onClose,
  practice,
  texts,
  editorsEmail = CORRECTIONS_EMAIL,
}: ProposeFormProps & { texts: PracticeTexts | undefined }) {
  const t = useT();
  const language = useLanguage();
  const p = useMemo(() => createProposeTranslate(language), [language]);
  const { data: gazetteer } = useGazetteer();
  const draftKey = practice ? `${DRAFT_KEY}:${practice.id}` : DRAFT_KEY;
  const initial = practice ? practiceToDraft(practice, texts) : EMPTY_DRAFT;
  const [draft, setDraft] = useState<ProposalDraft>(() => loadDraft(draftKey, initial));
  // a field's problem shows once the person has been there (or asked to send)
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [sendTried, setSendTried] = useState(false);
  const baseId = useId();

  useEffect(() => {
    try {
      window.localStorage.setItem(draftKey, JSON.stringify(draft));
    } catch {
      // storage full or denied: the form still works, only the draft is not kept
    }
  }, [draft, draftKey]);

  const problems = useMemo(() => validateDraft(draft, new Date().getFullYear()), [draft]);
  const problemCount = Object.keys(problems).length;
  // as the list will count them: the leader, the other members and the other partners
  const partnerCount =
    (draft.leader ? 1 : 0) +
    draft.members.length +
    draft.partners.filter((partner) => partner.name.trim() !== '').length;
  const lookup = gazetteer?.lookup;
  const record = useMemo(
    () => (lookup ? draftToSourceRecord(draft, lookup) : null),
    [draft, lookup],
  );
  const recordText = record ? JSON.stringify([record], null, 2) : '';

  const update = (field: string, change: Partial<ProposalDraft>) => {
    setDraft((current) => ({ ...current, ...change }));
    setTouched((current) => new Set(current).add(field));
  };
  const problemOf = (field: string) =>
    (sendTried || touched.has(field)) && problems[field] ? p(problems[field]) : null;
  const fieldId = (field: string) => `${baseId}-${field.replace(/\W/g, '-')}`;

  const unitLabel = (terc: string) => {
    const unit = lookup?.(terc);
    return unit && gazetteer ? describeUnit(unit, gazetteer.lookup, t) : terc;
  };

  const send = (action: () => void) => {
    setSendTried(true);
    if (problemCount === 0 && record) action();
  };
  const download = () => {
    const blob = new Blob([`${recordText}\n`], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = downloadName(draft.title);
    document.body.append(link);
    link.click();
    link.remove();
    URL.revokeObjectURL(url);
  };
  const mail = () => {
    const subject = p('propose.mailSubject', { title: draft.title.trim() });
    const body = p('propose.mailBody', { record: recordText });
    window.location.href = `mailto:${editorsEmail}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  };

  const text = (field: 'title' | 'yearStarted', label: string, inputMode?: 'numeric') => (
    <Field id={fieldId(field)} label={label} problem={problemOf(field)}>
      <input
        id={fieldId(field)}
        value={draft[field]}
        inputMode={inputMode}
        onChange={(event) => update(field, { [field]: event.target.value })}
        aria-invalid={problemOf(field) ? true : undefined}
        aria-describedby={problemOf(field) ? `${fieldId(field)}-problem` : undefined}
      />
    </Field>
  );

  return (
    <section className="propose" aria-labelledby={`${baseId}-heading`} data-testid="propose-form">
      <div className="propose__top">
        <h2 id={`${baseId}-heading`}>
          {practice
            ? p('propose.correctionHeading', { title: practice.title })
            : p('propose.heading')}
        </h2>
        <button type="button" className="button" onClick={onClose}>
          {p('propose.close')}
        </button>
      </div>
      <p>{p('propose.intro')}</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          send(download);
        }}
      >
        {text('title', p('propose.title'))}
        <Field id={fieldId('summary')} label={p('propose.summary')} problem={problemOf('summary')}>
          <textarea
            id={fieldId('summary')}
            rows={3}
            value={draft.summary}
            onChange={(event) => update('summary', { summary: event.target.value })}
            aria-invalid={problemOf('summary') ? true : undefined}
            aria-describedby={problemOf('summary') ? `${fieldId('summary')}-problem` : undefined}
          />
        </Field>
        <Field id={fieldId('type')} label={p('propose.type')} problem={problemOf('type')}>
          <select
            id={fieldId('type')}
            value={draft.type}
            onChange={(event) =>
              update('type', { type: event.target.value as ProposalDraft['type'] })
            }
          >
            <option value="">{p('propose.choose')}</option>
            {PRACTICE_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`vocab.type.${type}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id={fieldId('form')} label={p('propose.form')} problem={problemOf('form')}>
          <select
            id={fieldId('form')}
            value={draft.form}
            onChange={(event) =>
              update('form', { form: event.target.value as ProposalDraft['form'] })
            }
          >
            <option value="">{p('propose.choose')}</option>
            {COOPERATION_FORMS.map((form) => (
              <option key={form} value={form}>
                {t(`vocab.form.${form}`)}
              </option>
            ))}
          </select>
        </Field>
        {text('yearStarted', p('propose.yearStarted'), 'numeric')}

        <fieldset className="propose__group">
          <legend>{p('propose.leader')}</legend>
          {draft.leader ? (
            <p data-testid="propose-leader">
              {unitLabel(draft.leader)}{' '}
              <button
                type="button"
                className="button"
                onClick={() => update('leader', { leader: null })}
              >
                {p('propose.remove', { name: unitLabel(draft.leader) })}
              </button>
            </p>
          ) : (
            <UnitPicker
              label={`${p('propose.leader')}: ${p('propose.unitSearch')}`}
              exclude={draft.members}
              onChoose={(terc) => update('leader', { leader: terc })}
            />
          )}
          {problemOf('leader') && <Problem id={fieldId('leader')}>{problemOf('leader')}</Problem>}
        </fieldset>

        <fieldset className="propose__group">
          <legend>{p('propose.members')}</legend>
          {draft.members.length === 0 ? (
            <p className="propose__muted">{p('propose.noMembers')}</p>
          ) : (
            <ul data-testid="propose-members">
              {draft.members.map((terc) => (
                <li key={terc}>
                  {unitLabel(terc)}{' '}
                  <button
                    type="button"
                    className="button"
                    onClick={() =>
                      update('members', { members: draft.members.filter((m) => m !== terc) })
                    }
                  >
                    {p('propose.remove', { name: unitLabel(terc) })}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <UnitPicker
            label={`${p('propose.members')}: ${p('propose.unitSearch')}`}
            exclude={draft.leader ? [draft.leader, ...draft.members] : draft.members}
            onChoose={(terc) => update('members', { members: [...draft.members, terc] })}
          />
        </fieldset>

        <fieldset className="propose__group">
          <legend>{p('propose.partners')}</legend>
          {draft.partners.map((partner, i) => {
            const field = `partners.${i}`;
            const change = (next: Partial<ProposalDraft['partners'][number]>) =>
              update(field, {
                partners: draft.partners.map((other, j) =>
                  j === i ? { ...other, ...next } : other,
                ),
              });
            return (
              <div key={i} className="propose__row">
                <Field
                  id={fieldId(field)}
                  label={p('propose.partnerName', { number: i + 1 })}
                  problem={problemOf(field)}
                >
                  <input
                    id={fieldId(field)}
                    value={partner.name}
                    onChange={(event) => change({ name: event.target.value })}
                  />
                </Field>
                <Field
                  id={`${fieldId(field)}-sector`}
                  label={p('propose.partnerSector', { number: i + 1 })}
                  problem={null}
                >
                  <select
                    id={`${fieldId(field)}-sector`}
                    value={partner.sector}
                    onChange={(event) =>
                      change({ sector: event.target.value as (typeof PARTNER_SECTORS)[number] })
                    }
                  >
                    {PARTNER_SECTORS.map((sector) => (
                      <option key={sector} value={sector}>
                        {t(`vocab.sector.${sector}`)}
                      </option>
                    ))}
                  </select>
                </Field>
                <button
                  type="button"
                  className="button"
                  onClick={() =>
                    update(field, { partners: draft.partners.filter((_, j) => j !== i) })
                  }
                >
                  {p('propose.remove', { name: partner.name || String(i + 1) })}
                </button>
              </div>
            );
          })}
          <button
            type="button"
            className="button"
            onClick={() =>
              setDraft({ ...draft, partners: [...draft.partners, { name: '', sector: 'ngo' }] })
            }
          >
            {p('propose.addPartner')}
          </button>
        </fieldset>

        <fieldset className="propose__group">
          <legend>{p('propose.sources')}</legend>
          {draft.sources.map((url, i) => {
            const field = `sources.${i}`;
            return (
              <Field
                key={i}
                id={fieldId(field)}
                label={p('propose.source', { number: i + 1 })}
                problem={problemOf(field)}
              >
                <input
                  id={fieldId(field)}
                  type="url"
                  value={url}
                  onChange={(event) =>
                    update(field, {
                      sources: draft.sources.map((s, j) => (j === i ? event.target.value : s)),
                    })
                  }
                />
              </Field>
            );
          })}
          {draft.sources.length < 2 && (
            <button
              type="button"
              className="button"
              onClick={() => setDraft({ ...draft, sources: [...draft.sources, ''] })}
            >
              {p('propose.addSource')}
            </button>
          )}
        </fieldset>

        <fieldset className="propose__group">
          <legend>{p('propose.contact')}</legend>
          {(
            [
              ['name', p('propose.contactName')],
              ['phone', p('propose.contactPhone')],
              ['email', p('propose.contactEmail')],
              ['website', p('propose.contactWebsite')],
            ] as const
          ).map(([key, label]) => {
            const field = `contact.${key}`;
            return (
              <Field key={key} id={fieldId(field)} label={label} problem={problemOf(field)}>
                <input
                  id={fieldId(field)}
                  type={key === 'email' ? 'email' : key === 'website' ? 'url' : 'text'}
                  value={draft.contact[key]}
                  onChange={(event) =>
                    update(field, { contact: { ...draft.contact, [key]: event.target.value } })
                  }
                />
              </Field>
            );
          })}
        </fieldset>

        <section
          className="propose__preview"
          aria-label={p('propose.preview')}
          data-testid="propose-preview"
        >
          <h3>{p('propose.preview')}</h3>
          <p className="propose__preview-title">{draft.title.trim() || '…'}</p>
          <p>{draft.leader ? unitLabel(draft.leader) : '…'}</p>
          <p>
            {draft.type ? t(`vocab.type.${draft.type}`) : '…'}
            {' · '}
            {t(`count.partners.${pluralForm(language, partnerCount)}`, { count: partnerCount })}
          </p>
        </section>
        <p role="status" className="propose__status" data-testid="propose-status">
          {problemCount === 0
            ? p('propose.ready')
            : sendTried
              ? p('propose.problems', { count: problemCount })
              : ''}
        </p>
        <div className="propose__actions">
          <button type="submit" className="button">
            {p('propose.download')}
          </button>
          <button type="button" className="button" onClick={() => send(mail)}>
            {p('propose.mail')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              setDraft(initial);
              setTouched(new Set());
              setSendTried(false);
            }}
          >
            {p('propose.clear')}
          </button>
        </div>
      </form>
    </section>
  );
}

function UnitPicker({
  label,
  exclude,
  onChoose,
}: {
  label: string;
  exclude: readonly string[];
  onChoose: (terc: string) => void;
}) {
  const [text, setText] = useState('');
  const { options, status } = useUnitSearch(text, exclude);
  return (
    <Combobox
      className="propose__search"
      label={label}
      value={text}
      onValueChange={setText}
      options={options}
      status={text === '' ? '' : status}
      onSelect={(option) => {
        setText('');
        onChoose(option.id);
      }}
    />
  );
}

function Field({
  id,
  label,
  problem,
  children,
}: {
  id: string;
  label: string;
  problem: string | null;
  children: ReactNode;
}) {
  return (
    <div className="propose__field">
      <label htmlFor={id}>{label}</label>
      {children}
      {problem && <Problem id={id}>{problem}</Problem>}
    </div>
  );
}

function Problem({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={`${id}-problem`} className="propose__problem">
      {children}
    </p>
  );
}
