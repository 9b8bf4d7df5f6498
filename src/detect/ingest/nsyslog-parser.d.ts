/**
 * Types of the `nsyslog-parser` package (MIT, solzimer/nsyslog-parser), which ships none. Only the fields
 * Khiên reads are declared; the parser returns `{ err }` instead of throwing.
 */
declare module 'nsyslog-parser' {
  /** A parsed line. */
  interface ParsedSyslog {
    originalMessage?: string;
    pri?: string;
    prival?: number;
    facilityval?: number;
    levelval?: number;
    /** `RFC5424`, `BSD` (RFC 3164), `CEF`, `LEEF` or `UNKNOWN`. */
    type?: string;
    version?: number;
    ts?: Date;
    host?: string;
    appName?: string;
    pid?: string;
    messageid?: string;
    message?: string;
    structuredData?: Array<Record<string, string>> | string;
    err?: unknown;
  }
  /** Parser options. */
  interface ParseOptions {
    cef?: boolean;
    leef?: boolean;
    fields?: boolean;
    pid?: boolean;
    generateTimestamp?: boolean;
  }
  function parse(line: string, opts?: ParseOptions): ParsedSyslog;
  export = parse;
}
