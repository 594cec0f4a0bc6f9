// Azure Storage errors: the XML body `<Error><Code/><Message/></Error>` with x-ms-error-code, as the Blob
// service sends them (the official clients read the code from the header, browsers from the body).

/** A Blob service error with its HTTP status and storage error code. */
export class BlobError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly detail?: string,
  ) {
    super(message);
    this.name = 'BlobError';
  }
}

const escapeXml = (s: string) => s.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);

/** The XML error body; `requestId` and time are appended to the message as the service does. */
export function errorXml(e: BlobError, requestId: string, now: Date): string {
  const detail = e.detail ? `<AuthenticationErrorDetail>${escapeXml(e.detail)}</AuthenticationErrorDetail>` : '';
  return `<?xml version="1.0" encoding="utf-8"?><Error><Code>${e.code}</Code><Message>${escapeXml(`${e.message}\nRequestId:${requestId}\nTime:${now.toISOString()}`)}</Message>${detail}</Error>`;
}

export { escapeXml };

/** 404 BlobNotFound. */
export const blobNotFound = () => new BlobError(404, 'BlobNotFound', 'The specified blob does not exist.');
/** 404 ContainerNotFound. */
export const containerNotFound = () => new BlobError(404, 'ContainerNotFound', 'The specified container does not exist.');
/** 400 InvalidBlockList: a listed block was never uploaded. */
export const invalidBlockList = () => new BlobError(400, 'InvalidBlockList', 'The specified block list is invalid.');
/** 400 InvalidQueryParameterValue / InvalidHeaderValue / InvalidXmlDocument. */
export const invalidInput = (code: string, message: string) => new BlobError(400, code, message);
/** 416 InvalidRange. */
export const invalidRange = () => new BlobError(416, 'InvalidRange', 'The range specified is invalid for the current size of the resource.');
/** 405/400 for what this endpoint does not implement: loud, never a silent success. */
export const unsupportedOperation = (what: string) => new BlobError(400, 'UnsupportedHttpVerb', `The emulator's blob endpoint does not implement ${what}.`);
