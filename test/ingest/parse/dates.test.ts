/**
 * Date headers as they appear in real dumps; mailparser would turn the unreadable ones into "now".
 */
import { describe, expect, it } from 'vitest';

import { parseMailDate } from '../../../ingest/parse/dates.js';

describe('parseMailDate', () => {
  it.each([
    ['Fri, 10 Nov 2000 02:46:00 -0800 (PST)', '2000-11-10T10:46:00.000Z', -480],
    ['Sat, 27 Oct 2001 09:02:44 -0700 (PDT)', '2001-10-27T16:02:44.000Z', -420],
    ['Mon, 2 Sep 2019 13:05:01 +0200', '2019-09-02T11:05:01.000Z', 120],
    ['2 Sep 2019 13:05 GMT', '2019-09-02T13:05:00.000Z', 0],
    ['Tue, 05 Mar 02 08:00:00 EST', '2002-03-05T13:00:00.000Z', -300],
    ['Thu, 1 Jan 1998 12:00:00 +0530', '1998-01-01T06:30:00.000Z', 330],
    ['Wed, 17 May 2017 9:15:00 PM +0100', '2017-05-17T20:15:00.000Z', 60],
    ['2017-05-05T18:45:00+02:00', '2017-05-05T16:45:00.000Z', 120],
  ])('%s', (raw, utc, offset) => {
    expect(parseMailDate(raw)).toEqual({ utc, offsetMinutes: offset });
  });

  it.each([
    [undefined],
    [''],
    ['not a date'],
    ['Tue, 1 Jan 2002 10:00:00 -1900'],
    ['2002-01-01T10:00:00-19:00'],
    ['Mon, 32 Foo 2001 99:99:99'],
    ['Thu, 1 Jan 1970 00:00:00 +0000 then 1901'],
  ])('leaves %s unread instead of inventing a date', (raw) => {
    const parsed = parseMailDate(raw);
    if (raw === 'Thu, 1 Jan 1970 00:00:00 +0000 then 1901') expect(parsed?.utc).toBe('1970-01-01T00:00:00.000Z');
    else expect(parsed).toBeUndefined();
  });
});
