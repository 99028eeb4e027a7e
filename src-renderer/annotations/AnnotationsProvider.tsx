import type { ReactNode } from 'react';
import './annotations.css';
import { ExportDialogProvider } from '../export/ExportDialogContext';
import { AnalysisNavigationProvider } from './AnalysisNavigationContext';
import { AnnotationDataProvider } from './AnnotationDataContext';
import { HighlightFilterProvider } from './HighlightFilterContext';
import { HighlightFocusProvider } from './HighlightFocusContext';
import { ReaderSelectionProvider } from './ReaderSelectionContext';
import { RecentCodesProvider } from './RecentCodesContext';

/**
 * Everything the annotation features share, mounted once around the workbench. Each concern has
 * its own small context, so a change of one (a new filter, a recent code) re-renders only its readers.
 */
export function AnnotationsProvider({ children }: { children: ReactNode }) {
  return (
    <AnnotationDataProvider>
      <HighlightFocusProvider>
        <HighlightFilterProvider>
          <AnalysisNavigationProvider>
            <ExportDialogProvider>
              <RecentCodesProvider>
                <ReaderSelectionProvider>{children}</ReaderSelectionProvider>
              </RecentCodesProvider>
            </ExportDialogProvider>
          </AnalysisNavigationProvider>
        </HighlightFilterProvider>
      </HighlightFocusProvider>
    </AnnotationDataProvider>
  );
}
