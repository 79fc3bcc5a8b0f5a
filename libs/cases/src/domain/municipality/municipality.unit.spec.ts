import { InvalidInput } from '../errors.js';
import { MUNICIPALITIES, findMunicipality, municipalityNamedIn, municipalityOfAddress, parseMunicipality } from './municipality.js';

describe('the municipalities', () => {
  it('are the 98, with unique three-digit codes, names and slugs', () => {
    expect(MUNICIPALITIES).toHaveLength(98);
    expect(new Set(MUNICIPALITIES.map((m) => m.code)).size).toBe(98);
    expect(new Set(MUNICIPALITIES.map((m) => m.slug)).size).toBe(98);
    expect(new Set(MUNICIPALITIES.map((m) => m.name)).size).toBe(98);
    for (const m of MUNICIPALITIES) {
      expect(m.code).toMatch(/^\d{3}$/);
      expect(m.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it('are in five regions of 29, 17, 22, 19 and 11', () => {
    const count = (region: string) => MUNICIPALITIES.filter((m) => m.region === region).length;
    expect([count('Region Hovedstaden'), count('Region Sjælland'), count('Region Syddanmark'), count('Region Midtjylland'), count('Region Nordjylland')]).toEqual([29, 17, 22, 19, 11]);
  });

  it.each([
    ['151', 'Ballerup', 'ballerup'],
    ['751', 'Aarhus', 'aarhus'],
    ['101', 'København', 'koebenhavn'],
    ['169', 'Høje-Taastrup', 'hoeje-taastrup'],
    ['492', 'Ærø', 'aeroe'],
    ['185', 'Tårnby', 'taarnby'],
    ['851', 'Aalborg', 'aalborg'],
  ])('%s %s has the slug %s and is found by code, slug and name', (code, name, slug) => {
    expect(findMunicipality(code)).toMatchObject({ code, name, slug });
    expect(findMunicipality(slug)?.code).toBe(code);
    expect(findMunicipality(name)?.code).toBe(code);
  });

  it.each([
    ['ballerup', 'Ballerup Kommune'],
    ['koebenhavn', 'Københavns Kommune'],
    ['bornholm', 'Bornholms Regionskommune'],
    ['hoeje-taastrup', 'Høje-Taastrup Kommune'],
  ])('%s is officially %s, the name its documents use', (slug, officialName) => {
    expect(findMunicipality(slug)?.officialName).toBe(officialName);
    expect(municipalityNamedIn(`${officialName}, referat`)?.slug).toBe(slug);
  });

  it('refuses what is not a municipality, naming the field', () => {
    expect(() => parseMunicipality('atlantis', 'municipality')).toThrow(InvalidInput);
    expect(() => parseMunicipality('411')).toThrow(/not a Danish municipality/);
  });

  it('finds the municipality a document names most, and none when two are named alike', () => {
    expect(municipalityNamedIn('Referat\nBallerup Kommune\nØkonomiudvalget')?.slug).toBe('ballerup');
    expect(municipalityNamedIn('Københavns Kommune, Borgerrepræsentationen')?.slug).toBe('koebenhavn');
    expect(municipalityNamedIn('Aftale mellem Egedal Kommune og Ballerup Kommune')).toBeUndefined();
    expect(municipalityNamedIn('Udvalget for Børn')).toBeUndefined();
    expect(municipalityNamedIn('Ballerup Kommune ... Ballerup Kommune ... samarbejde med Gladsaxe Kommune')?.slug).toBe('ballerup');
  });

  it('finds the municipality of a source address', () => {
    expect(municipalityOfAddress('https://ballerup.dk/politik/dagsordener')?.slug).toBe('ballerup');
    expect(municipalityOfAddress('www.aarhus.dk')?.slug).toBe('aarhus');
    expect(municipalityOfAddress('https://www.kk.dk/dagsordener')?.slug).toBe('koebenhavn');
    expect(municipalityOfAddress('https://example.com/ballerup')).toBeUndefined();
  });
});
