import { DocumentAnnotations } from '../annotations/DocumentAnnotations';
import { useWorkbench } from '../app/WorkbenchContext';
import { focusedDocumentId, focusedPane } from '../app/workbenchState';
import { useDocument } from '../documents/useDocument';
import { useStrings } from '../i18n/useStrings';
import { MetadataList, TechnicalDetails } from './MetadataList';
import { WarningList } from './WarningList';

export function DetailsPanel() {
  const t = useStrings();
  const { state } = useWorkbench();
  const documentState = useDocument(focusedDocumentId(state));
  const paneId = focusedPane(state)?.id;
  const doc = documentState.status === 'ready' ? documentState.document : undefined;

  return (
    <aside id="details-panel" className="details-panel" aria-label={t.detailsPanelLabel}>
      {!doc ? (
        <p className="empty-note">{t.detailsEmpty}</p>
      ) : (
        <>
          <section className="details-section">
            <h2 className="section-title">{t.metadataHeading}</h2>
            <MetadataList doc={doc} />
          </section>
          <section className="details-section">
            <h2 className="section-title">{t.warningsHeading(doc.warnings.length)}</h2>
            {paneId && <WarningList doc={doc} paneId={paneId} />}
          </section>
          <DocumentAnnotations doc={doc} />
          <section className="details-section">
            <TechnicalDetails doc={doc} />
          </section>
        </>
      )}
    </aside>
  );
}
