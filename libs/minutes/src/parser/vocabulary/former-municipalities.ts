/**
 * The municipalities before the municipal reform of 1 January 2007 (Kommunalreformen; Bornholm's five merged in 2003,
 * Ærø's two in 2006), by the municipality that succeeded them: minutes of `Broby Kommune` (2002) are Faaborg-Midtfyn's
 * today. Only old names that differ from the successor's are listed (`Holbæk Kommune` is read as today's). Municipalities
 * divided between successors, or whose division the sources checked did not settle, are left out on purpose (a wrong
 * successor files a meeting under the wrong municipality; none leaves the caller to name it): Aulum-Haderup, Brædstrup,
 * Christiansfeld, Fjends, Gjern, Hvorslev, Langå, Mariager, Nørager, Nørre-Rangstrup, Purhus, Ramsø, Rødding,
 * Sønderhald, Them and Tørring-Uldum. Names as the old municipalities wrote them, successors as the register does.
 */
const TABLE = `
Egedal: Ledøje-Smørum, Stenløse, Ølstykke
Fredensborg: Fredensborg-Humlebæk, Karlebo
Frederikssund: Jægerspris, Skibby, Slangerup
Furesø: Farum, Værløse
Gribskov: Græsted-Gilleleje, Helsinge
Halsnæs: Frederiksværk, Hundested
Hillerød: Skævinge
Rudersdal: Birkerød, Søllerød
Bornholm: Allinge-Gudhjem, Hasle, Nexø, Rønne, Aakirkeby
Faxe: Fakse, Haslev, Rønnede
Guldborgsund: Nykøbing Falster, Nysted, Nørre Alslev, Sakskøbing, Stubbekøbing, Sydfalster
Holbæk: Jernløse, Svinninge, Tornved, Tølløse
Kalundborg: Bjergsted, Gørlev, Hvidebæk, Høng
Køge: Skovbo
Lejre: Bramsnæs, Hvalsø
Lolland: Holeby, Højreby, Maribo, Nakskov, Ravnsborg, Rudbjerg, Rødby
Næstved: Fladså, Fuglebjerg, Holmegaard, Suså
Odsherred: Dragsholm, Nykøbing-Rørvig, Trundholm
Roskilde: Gundsø
Slagelse: Hashøj, Korsør, Skælskør
Sorø: Dianalund, Stenlille
Stevns: Vallø
Vordingborg: Langebæk, Møn, Præstø
Assens: Glamsbjerg, Haarby, Tommerup, Vissenbjerg, Aarup
Faaborg-Midtfyn: Broby, Faaborg, Ringe, Ryslinge, Årslev
Kerteminde: Langeskov, Munkebo
Langeland: Rudkøbing, Sydlangeland, Tranekær
Middelfart: Ejby, Nørre Aaby
Nordfyns: Bogense, Otterup, Søndersø
Nyborg: Ullerslev, Ørbæk
Svendborg: Egebjerg, Gudme
Ærø: Marstal, Ærøskøbing
Aabenraa: Bov, Lundtoft, Rødekro, Tinglev
Billund: Grindsted
Esbjerg: Bramming, Ribe
Haderslev: Gram, Vojens
Hedensted: Juelsminde
Herning: Aaskov, Trehøje
Holstebro: Ulfborg-Vemb, Vinderup
Horsens: Gedved
Ikast-Brande: Brande, Ikast, Nørre-Snede
Kolding: Lunderskov, Vamdrup
Lemvig: Thyborøn-Harboøre
Randers: Nørhald
Ringkøbing-Skjern: Egvad, Holmsland, Ringkøbing, Skjern, Videbæk
Silkeborg: Kjellerup
Skanderborg: Galten, Hørning, Ry
Skive: Sallingsund, Spøttrup, Sundsøre
Struer: Thyholm
Syddjurs: Ebeltoft, Midtdjurs, Rosenholm, Rønde
Norddjurs: Grenaa, Nørre Djurs, Rougsø
Favrskov: Hadsten, Hammel, Hinnerup
Sønderborg: Augustenborg, Broager, Gråsten, Nordborg, Sundeved, Sydals
Tønder: Bredebro, Højer, Løgumkloster, Skærbæk
Varde: Blåbjerg, Blåvandshuk, Helle, Ølgod
Vejen: Brørup, Holsted
Vejle: Børkop, Egtved, Give, Jelling
Viborg: Bjerringbro, Karup, Møldrup, Tjele
Thisted: Hanstholm, Sydthy
Brønderslev: Dronninglund
Frederikshavn: Skagen, Sæby
Hjørring: Hirtshals, Løkken-Vrå, Sindal
Jammerbugt: Aabybro, Brovst, Fjerritslev, Pandrup
Mariagerfjord: Arden, Hadsund, Hobro
Rebild: Skørping, Støvring
Vesthimmerlands: Aalestrup, Aars, Farsø, Løgstør
Aalborg: Hals, Nibe, Sejlflod
`;

/** Each former municipality's name and the name of the municipality that succeeded it. */
export const FORMER_MUNICIPALITIES: ReadonlyMap<string, string> = new Map(
  TABLE.trim()
    .split('\n')
    .flatMap((line) => {
      const [successor, formers] = line.split(':') as [string, string];
      return formers.split(',').map((former) => [former.trim(), successor.trim()] as const);
    }),
);

/** `Broby Kommune`, `Græsted-Gilleleje Kommune`: a former municipality named as the text writes it, longest names first. */
export const FORMER_MUNICIPALITY_IN_TEXT = new RegExp(
  `(?<![\\p{L}-])(${[...FORMER_MUNICIPALITIES.keys()]
    .map((name) => name.replace(/-/gu, '[-‐ ]'))
    .sort((a, b) => b.length - a.length)
    .join('|')})s?\\s+[Kk]ommune(?![\\p{L}])`,
  'gu',
);

/**
 * `den tidligere Ullerslev Kommune`, `fhv. Ringe Kommune`: a successor's minutes name a merged municipality as gone (an
 * item about its last accounts), never as their own. The words right before the name, within `FORMER_WORD_REACH`.
 */
export const FORMER_WORD_BEFORE = /(?:tidligere|fhv\.|forhenværende)\s+$/iu;
export const FORMER_WORD_REACH = 16;
