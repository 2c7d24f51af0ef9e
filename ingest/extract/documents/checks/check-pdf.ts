/**
 * ③ extract (documents): PDF structure checks. Incremental updates keep every earlier version of
 * the file inside it, appended to; they are normal for signed and form-filled PDFs, and worth a
 * look on anything else. Optional content groups (layers) left unflattened can hide content that
 * prints or shows differently from what the reader sees.
 */
import type { DocumentAnomaly } from '../types.js';
import type { CheckInput } from './evidence.js';

export function checkIncrementalUpdates(input: CheckInput): DocumentAnomaly[] {
  const s = input.structure;
  const updates = s.pdfIncrementalUpdates ?? 0;
  if (updates === 0) return [];
  const why = s.pdfHasSignatures
    ? ' It carries signatures, which are added this way.'
    : s.pdfHasForms
      ? ' It has form fields, which are often filled in this way.'
      : '';
  return [
    {
      kind: 'pdf-incremental-updates',
      explanation: `The PDF was saved ${updates} more time${updates > 1 ? 's' : ''} after it was first written, each save appended to the file: the earlier version${updates > 1 ? 's are' : ' is'} still inside and can be recovered.${why}`,
      evidence: [
        { field: 'PDF startxref keywords', value: s.pdfStartxrefs ?? 0 },
        { field: 'PDF %%EOF markers', value: s.pdfEofMarkers ?? 0 },
        { field: 'PDF linearized', value: s.pdfLinearized ?? false },
      ],
    },
  ];
}

export function checkLayers(input: CheckInput): DocumentAnomaly[] {
  const layers = input.structure.pdfLayers ?? [];
  if (layers.length === 0) return [];
  return [
    {
      kind: 'pdf-unflattened-layers',
      explanation: `The PDF still has ${layers.length} layer${layers.length > 1 ? 's' : ''} (optional content) that ${layers.length > 1 ? 'were' : 'was'} never flattened: content can be shown, hidden or printed separately, and a layer may hold text or images pasted over the original.`,
      evidence: [{ field: 'PDF optional content groups', value: layers }],
    },
  ];
}
