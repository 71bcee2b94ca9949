import { describe, expect, it } from 'vitest';
import { parseCsv, parseCsvRows } from '../../crawler/import/csv.ts';

const cells = (text: string) => parseCsvRows(text).rows.map((r) => r.cells);

describe('parseCsvRows', () => {
  it.each<[string, string, string[][]]>([
    ['plain fields', 'a,b,c\n1,2,3\n', [['a', 'b', 'c'], ['1', '2', '3']]],
    ['quoted fields with commas', 'name,desc\n"Calm, Sleep","Relax, breathe"', [['name', 'desc'], ['Calm, Sleep', 'Relax, breathe']]],
    ['embedded newlines', 'name,desc\nMoodlog,"Line one\nLine two\r\nLine three"\n', [['name', 'desc'], ['Moodlog', 'Line one\nLine two\r\nLine three']]],
    ['doubled quotes', 'a\n"She said ""hi"""', [['a'], ['She said "hi"']]],
    ['a byte-order mark', '\uFEFFappName,x\nA,1', [['appName', 'x'], ['A', '1']]],
    ['CRLF line ends and a blank line', 'a,b\r\n1,2\r\n\r\n3,4\r\n', [['a', 'b'], ['1', '2'], ['3', '4']]],
    ['empty fields', 'a,,c\n,,\n', [['a', '', 'c'], ['', '', '']]],
    ['a quote inside an unquoted field', 'a\n5" screen', [['a'], ['5" screen']]],
    ['no newline at the end', 'a,b\n1,"2"', [['a', 'b'], ['1', '2']]],
  ])('reads %s', (_, text, expected) => {
    expect(cells(text)).toEqual(expected);
  });

  it('warns about an unterminated quote and keeps what it read', () => {
    const { rows, warnings } = parseCsvRows('a,b\n1,"never closed\n2,3');
    expect(warnings).toEqual(['unterminated quoted field starting on line 2']);
    expect(rows[1]?.cells).toEqual(['1', 'never closed\n2,3']);
  });

  it('tells where each record starts', () => {
    expect(parseCsvRows('a\n"x\ny"\nz').rows.map((r) => r.line)).toEqual([1, 2, 4]);
  });
});

describe('parseCsv', () => {
  it('keys fields by trimmed header names and numbers rows from 2', () => {
    const table = parseCsv(' appName ,description\nMoodlog,Track mood\nShort');
    expect(table.header).toEqual(['appName', 'description']);
    expect(table.records).toEqual([
      { row: 2, line: 2, width: 2, fields: { appName: 'Moodlog', description: 'Track mood' } },
      { row: 3, line: 3, width: 1, fields: { appName: 'Short', description: '' } },
    ]);
  });

  it('reads an empty file as an empty table', () => {
    expect(parseCsv('')).toEqual({ header: [], records: [], warnings: [] });
  });
});
