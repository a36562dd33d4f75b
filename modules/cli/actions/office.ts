// LibreOffice for the Word documents' PDF: a missing or failing soffice is a problem of the machine, reported in one
// line with where it was looked for and how to fix it (exit 2), never a stack trace.
import type { Lang } from '../../model/index.js';
import { docxToPdf, SofficeFailedError, SofficeNotFoundError } from '../../report/docx/pdf.js';
import { EXIT, type CliContext } from '../context.js';

/** The PDF of `docx`, or undefined after reporting why LibreOffice could not make it. */
export async function convertToPdf(cli: CliContext, docx: Uint8Array, lang: Lang, date: string, soffice?: string): Promise<Uint8Array | undefined> {
  const say = (vi: string, en: string) => (lang === 'vi' ? vi : en);
  try {
    return await docxToPdf(docx, { date, ...(soffice !== undefined ? { soffice } : {}) });
  } catch (error) {
    if (error instanceof SofficeNotFoundError) {
      const where = error.path ? say(`tại ${error.path}`, `at ${error.path}`) : say('trên PATH', 'on PATH');
      cli.io.stderr(
        say(
          `hatang: không tìm thấy LibreOffice (soffice) ${where}; cài gói Debian \`libreoffice-writer\` hoặc chỉ đường dẫn bằng --soffice <đường dẫn>.\n`,
          `hatang: LibreOffice (soffice) not found ${where}; install the Debian package \`libreoffice-writer\` or give its path with --soffice <path>.\n`,
        ),
      );
    } else if (error instanceof SofficeFailedError) {
      cli.io.stderr(
        say(
          `hatang: LibreOffice không chuyển được tài liệu sang PDF (${error.reason === 'timeout' ? `quá thời gian ${error.detail}` : error.detail}).\n`,
          `hatang: LibreOffice could not convert the document to PDF (${error.reason === 'timeout' ? `timed out after ${error.detail}` : error.detail}).\n`,
        ),
      );
    } else throw error;
    cli.setExit(EXIT.invalid);
    return undefined;
  }
}
