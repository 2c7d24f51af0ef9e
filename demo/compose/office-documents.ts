/**
 * Demo mailbox: Word and Excel files written with maintained libraries (docx, SheetJS), then given
 * the story's document properties by office.ts. Text and cells only: the demo's documents are
 * small, readable evidence, not layout showcases.
 */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import * as XLSX from '@e965/xlsx';

import { type OfficeProps, withOfficeProps } from './office.js';

export interface DocxParagraph {
  text: string;
  heading?: 1 | 2;
  bold?: boolean;
}

export async function buildDocx(props: OfficeProps, paragraphs: DocxParagraph[]): Promise<Buffer> {
  const document = new Document({
    creator: props.creator,
    sections: [
      {
        children: paragraphs.map((p) =>
          p.heading
            ? new Paragraph({
                text: p.text,
                heading: p.heading === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
              })
            : new Paragraph({ children: [new TextRun({ text: p.text, bold: p.bold ?? false })] }),
        ),
      },
    ],
  });
  return withOfficeProps(await Packer.toBuffer(document), props);
}

export interface Sheet {
  name: string;
  rows: (string | number)[][];
}

export async function buildXlsx(props: OfficeProps, sheets: Sheet[]): Promise<Buffer> {
  const workbook = XLSX.utils.book_new();
  for (const s of sheets) XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(s.rows), s.name);
  const bytes = XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
  return withOfficeProps(bytes, props);
}
