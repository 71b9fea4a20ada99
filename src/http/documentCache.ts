import type { DocumentNode } from 'graphql';

/** Documents kept: the distinct subscription texts a gateway sees are few (issue 17). */
export const DOCUMENT_CACHE_SIZE = 500;

/**
 * Parsed and validated documents by query text, the least recently used dropped past `size`:
 * 10,000 dashboards subscribing with the same text parse and validate it once. Only documents
 * that passed validation are kept, so a refused text is checked again every time.
 */
export class DocumentCache {
  private readonly documents = new Map<string, DocumentNode>();

  constructor(private readonly size = DOCUMENT_CACHE_SIZE) {}

  /** The valid document of `query`, if it is cached (it becomes the most recently used). */
  get(query: string): DocumentNode | undefined {
    const document = this.documents.get(query);
    if (document) {
      this.documents.delete(query);
      this.documents.set(query, document);
    }
    return document;
  }

  set(query: string, document: DocumentNode): void {
    this.documents.set(query, document);
    if (this.documents.size > this.size) {
      this.documents.delete(this.documents.keys().next().value!);
    }
  }
}
