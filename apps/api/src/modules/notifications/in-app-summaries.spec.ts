import { summarize } from './in-app-summaries';

describe('in-app summaries', () => {
  it('writes the line in the reader’s language from the stored values', () => {
    const details = { title: 'Plasma proteomics', biobank: 'DCB' };
    expect(summarize('biobank_declined', 'en', details)).toBe('DCB declined “Plasma proteomics”');
    expect(summarize('request_received', 'da', details)).toBe(
      'Vi har modtaget din henvendelse »Plasma proteomics«',
    );
  });
});
