import type { ReactNode } from 'react';
import './annotations.css';
import { AnnotationDataProvider } from './AnnotationDataContext';
import { AnnotationUiProvider } from './AnnotationUiContext';
import { ReaderSelectionProvider } from './ReaderSelectionContext';

/** Everything the annotation features share, mounted once around the workbench. */
export function AnnotationsProvider({ children }: { children: ReactNode }) {
  return (
    <AnnotationDataProvider>
      <AnnotationUiProvider>
        <ReaderSelectionProvider>{children}</ReaderSelectionProvider>
      </AnnotationUiProvider>
    </AnnotationDataProvider>
  );
}
