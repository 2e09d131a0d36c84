import { useEffect, useState } from 'preact/hooks';
import type { ReportSummary, Trust, VersionSummary } from '@/lib/store';
import { t } from '../i18n';

export interface SourcesApi {
  versions(reportId: string): Promise<VersionSummary[]>;
  /** Makes a version the report of record. */
  choose(reportId: string, hash: string): Promise<void>;
  /** Opens the compare page on two versions of the report. */
  compare(reportId: string, a: string, b: string): Promise<void>;
}

const TRUST_KEY: Record<Trust, string> = { official: 'trustOfficial', import: 'trustImport', other: 'trustOther' };

/** A source's badge: how far it is trusted. */
export function TrustBadge({ trust }: { trust: Trust }) {
  return <span class={`trust trust-${trust}`} data-testid="trust" data-trust={trust}>{t(TRUST_KEY[trust])}</span>;
}

/**
 * A report's texts by source: the report of record first, then the latest text of every other
 * source, each with its trust, what to compare and the choice of the record.
 */
export function Sources({ report, api, onChosen }: { report: ReportSummary; api: SourcesApi; onChosen(): void }) {
  const [versions, setVersions] = useState<VersionSummary[] | null>(null);
  useEffect(() => void api.versions(report.id).then(setVersions, () => setVersions([])), [report.id, report.hash]);
  if (!versions) return null;
  const record = versions.find((v) => v.current);
  // The newest text of each source that is not the record.
  const others = new Map<string, VersionSummary>();
  for (const v of versions) if (!v.current && !others.has(v.origin)) others.set(v.origin, v);
  const rows = [...(record ? [record] : []), ...others.values()];
  return (
    <div class="sources" data-testid="sources">
      <p class="muted">{t('sourcesHint')}</p>
      <ul>
        {rows.map((v) => (
          <li key={v.hash} data-testid="source" data-origin={v.origin} data-current={v.current ? 'true' : 'false'}>
            <TrustBadge trust={v.trust} /> <b>{v.origin || t('importedFile')}</b>
            <span class="muted"> · {new Date(v.seenAt).toLocaleString()} · {t('charsCount', v.chars)}</span>
            {v.url && <div class="url">{v.url}</div>}
            {v.current
              ? <span class="record" data-testid="record-mark">{t('recordMark')}{report.chosen ? ` · ${t('recordChosen')}` : ''}</span>
              : (
                <span class="acts">
                  {record && <button type="button" data-testid="source-compare" onClick={() => void api.compare(report.id, record.hash, v.hash)}>{t('compareWithRecord')}</button>}
                  <button type="button" data-testid="source-choose" onClick={() => void api.choose(report.id, v.hash).then(onChosen)}>{t('useAsRecord')}</button>
                </span>
              )}
          </li>
        ))}
      </ul>
    </div>
  );
}

export const SOURCES_CSS = `
.trust { font-size: 11px; padding: 0 6px; border-radius: 8px; border: 1px solid; white-space: nowrap; }
.trust-official { color: #116329; border-color: #8fc79f; background: #effaf1; }
.trust-import { color: #1d4ed8; border-color: #9db7f5; background: #eff4ff; }
.trust-other { color: #9a6700; border-color: #e0c36b; background: #fff8e1; }
.sources { background: #fffdf5; padding: 6px 10px; border-radius: 8px; }
.sources ul { list-style: none; margin: 4px 0; padding: 0; }
.sources li { padding: 4px 0; border-bottom: 1px dashed #eee6cf; }
.sources .record { color: #116329; font-weight: 600; margin-left: 6px; }
.sources .acts button { margin: 2px 4px 0 0; }
`;
