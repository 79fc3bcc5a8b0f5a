/**
 * The eleventh round's two halves (fourteenth session) are not drawn by the perturbation properties yet: among the
 * fixtures they change every property's draws (a property draws its fixture by its place in the list), and the new
 * draws met losses main (12975d7) has too: Skive's Økonomiudvalg 2014 re-wrapped with page breaks and CRLF loses item
 * 3's decision; Sønderborg 2010 under zero-width characters reads a vote's name its clean text misses (`Hans Jør-` /
 * `gen Lind, Birthe Marcussen`). A run of their own, as the tenth round's, is the next step.
 */
export const ELEVENTH_ROUND = new Set([
  // Half A.
  'skive-byraadet-2022-05-31.txt',
  'faaborg-midtfyn-beredskabskommissionen-2019-11-05.txt',
  'odense-beskaeftigelses-og-socialudvalget-2012-03-13.txt',
  'aalborg-aeldreraadet-2023-02-09.txt',
  'fredericia-folkeoplysningsudvalget-2022-09-07.txt',
  'kerteminde-handicapraadet-2015-04-21.txt',
  'jammerbugt-teknik-og-miljoe-2009-03-10.txt',
  'varde-aa-vandloebsudvalg-2017-06-20.txt',
  // Half B.
  'gribskov-kultur-idraet-og-fritid-2016-03-08.txt',
  'odsherred-aeldreraadet-2018-05-14.txt',
  'taarnby-kommunalbestyrelsen-2010-06-22.txt',
  'ishoej-boerne-og-skoleudvalget-2008-11-11.txt',
  'bornholm-natur-og-miljoe-2025-09-02.txt',
  'alleroed-handicapraadet-2024-10-15.txt',
  'frederikssund-halsnaes-beredskabskommission-2017-03-23.txt',
  'vordingborg-teknisk-udvalg-2009-09-08.txt',
]);

/**
 * The twelfth round's two halves (fifteenth session) are not drawn by the perturbation properties yet, for the same
 * reason as the eleventh's: among the fixtures they would change every property's draws.
 */
export const TWELFTH_ROUND = new Set([
  // Half A.
  'billund-byraadet-2016-04-26.txt',
  'rebild-beskaeftigelsesudvalget-2013-05-07.txt',
  'skanderborg-byraadet-2024-06-26.txt',
  'svendborg-beredskabskommissionen-2009-09-15.txt',
  'struer-boerne-og-familieudvalget-2020-01-13.txt',
  'assens-kultur-og-fritidsudvalget-2008-10-06.txt',
  'thisted-landdistriktsraadet-2010-03-04.txt',
  'horsens-oekonomiudvalget-2012-05-14.txt',
  // Half B.
  'soroe-byraadet-2015-09-29.txt',
  'kalundborg-folkeoplysningsudvalget-2012-02-08.txt',
  'glostrup-oekonomiudvalget-2021-03-16.txt',
  'kobenhavn-socialudvalget-2013-04-17.txt',
  'furesoe-aeldreraadet-2020-11-10.txt',
  'oestsjaellands-beredskabskommission-2022-06-14.txt',
  'lolland-handicapraadet-2014-05-20.txt',
  'hoeje-taastrup-kultur-og-fritid-2017-03-07.txt',
]);

/**
 * The thirteenth round's two halves (sixteenth session): since the seventeenth session drawn by the perturbation
 * properties in runs of their own (`layout-families.unit.spec.ts`, `extraction-artefacts.unit.spec.ts`), as the
 * eleventh's and twelfth's, so that the earlier fixtures keep their draws.
 */
export const THIRTEENTH_ROUND = new Set([
  // Half A.
  'vesthimmerland-handicapraadet-2019-09-17.txt',
  'haderslev-byraadet-2016-06-22.txt',
  'mariagerfjord-aeldreraadet-2021-04-14.txt',
  'hedensted-kommunalbestyrelsen-2014-08-27.txt',
  'svendborg-miljoe-klima-og-natur-2018-11-06.txt',
  'aeroe-teknik-og-miljoe-2010-03-11.txt',
  'randers-integrationsraadet-2022-03-15.txt',
  'herning-ikast-brande-trafiksikkerhedsudvalg-2024-09-05.txt',
  // Half B.
  'halsnaes-boerne-og-skole-2018-06-05.txt',
  'faxe-byraadet-2023-04-20.txt',
  'ballerup-kommunalbestyrelsen-2020-01-27.txt',
  'naestved-handicapraadet-2019-03-11.txt',
  'roskilde-plan-og-teknik-2025-05-06.txt',
  'bornholm-aeldreraadet-2017-11-08.txt',
  'dragoer-handicapraadet-2011-03-22.txt',
  'solroed-folkeoplysningsudvalget-2016-09-14.txt',
]);

/**
 * The fourteenth round's two halves (seventeenth session): since the eighteenth session drawn by the perturbation
 * properties in runs of their own, as the thirteenth's, so that the earlier fixtures keep their draws.
 */
export const FOURTEENTH_ROUND = new Set([
  // Half A.
  'norddjurs-handicapraadet-2023-03-20.txt',
  'toender-byraadet-2015-06-23.txt',
  'nordfyn-kultur-og-fritid-2017-04-04.txt',
  'vejle-handicapraadet-2011-02-08.txt',
  'broenderslev-erhverv-og-plan-2012-03-07.txt',
  'faaborg-midtfyn-folkeoplysningsudvalget-2021-03-15.txt',
  'silkeborg-kultur-og-fritid-2019-10-28.txt',
  'aabenraa-oekonomiudvalget-2018-11-13.txt',
  // Half B.
  'holbaek-boerne-og-skole-2012-09-05.txt',
  'roedovre-kommunalbestyrelsen-2011-09-27.txt',
  'kobenhavn-oekonomiudvalget-2010-03-16.txt',
  'herlev-handicapraadet-2022-05-17.txt',
  'slagelse-handicapraadet-2019-10-01.txt',
  'greve-aeldreraadet-2013-04-02.txt',
  'hoersholm-kultur-og-fritid-2014-06-16.txt',
  'bornholm-handicapraadet-2021-09-09.txt',
]);

/**
 * The fifteenth round's two halves (eighteenth session): since the nineteenth session drawn by the perturbation
 * properties in runs of their own, as the fourteenth's, so that the earlier fixtures keep their draws.
 */
export const FIFTEENTH_ROUND = new Set([
  // Half A.
  'frederikshavn-aeldreraadet-2020-11-24.txt',
  'middelfart-handicapraadet-2018-05-29.txt',
  'nyborg-oekonomiudvalget-2006-02-21.txt',
  'samsoe-kommunalbestyrelsen-2023-05-16.txt',
  'soenderborg-seniorraadet-2020-09-08.txt',
  'morsoe-det-lokale-beskaeftigelsesraad-2012-04-17.txt',
  'vendsyssel-renovation-bestyrelsen-2016-01-28.txt',
  'langeland-aeldreraadet-2010-03-16.txt',
  // Half B.
  'fredensborg-handicapraadet-2016-06-07.txt',
  'stevns-teknik-og-miljoe-2015-03-10.txt',
  'ballerup-folkeoplysningsudvalget-2017-05-10.txt',
  'naestved-oekonomiudvalget-2016-04-12.txt',
  'furesoe-byraadet-2023-11-29.txt',
  'holbaek-byraadet-2009-02-11.txt',
  'bornholm-regionskommunalbestyrelsen-2019-09-26.txt',
  'lejre-aeldreraadet-2013-05-14.txt',
]);

/**
 * The sixteenth round's two halves (nineteenth session): since the twentieth session drawn by the perturbation
 * properties in runs of their own, as the fifteenth's, so that the earlier fixtures keep their draws.
 */
export const SIXTEENTH_ROUND = new Set([
  // Half A.
  'horsens-boerne-og-ungeudvalget-2015-06-09.txt',
  'hjoerring-byraadet-2019-06-20.txt',
  'assens-beskaeftigelsesudvalget-2021-11-08.txt',
  'viborg-beskaeftigelsesudvalget-2025-01-29.txt',
  'odense-aeldre-og-handicapudvalget-2016-05-03.txt',
  'herning-boerne-og-familieudvalget-2024-03-11.txt',
  'vesthimmerland-folkeoplysningsudvalget-2015-04-14.txt',
  'faaborg-midtfyn-byraadet-2008-02-26.txt',
  // Half B.
  'kobenhavn-handicapraadet-2017-09-13.txt',
  'hvidovre-kommunalbestyrelsen-2016-11-29.txt',
  'ballerup-kommunalbestyrelsen-2025-03-25.txt',
  'holbaek-handicapraadet-2019-10-02.txt',
  'vordingborg-byraadet-2015-06-25.txt',
  'fredensborg-boerne-og-skole-2012-04-10.txt',
  'skibby-teknisk-udvalg-2004-05-11.txt',
  'taarnby-kultur-og-fritid-2021-09-14.txt',
]);

/**
 * The seventeenth round's two halves (twentieth session): since the twenty-first session drawn by the perturbation
 * properties in runs of their own, as the sixteenth's, so that the earlier fixtures keep their draws.
 */
export const SEVENTEENTH_ROUND = new Set([
  // Half A.
  'rebild-skole-og-dagtilbud-2024-11-19.txt',
  'kerteminde-teknik-og-miljoe-2016-06-13.txt',
  'haderslev-boern-og-familie-2023-05-16.txt',
  'nordfyns-social-og-sundhed-2020-02-04.txt',
  'frederikshavn-plan-og-miljoe-2023-05-08.txt',
  'svendborg-erhverv-og-vaekst-2022-03-07.txt',
  'hals-teknik-og-miljoe-2004-11-09.txt',
  'tommerup-oekonomiudvalget-2005-11-08.txt',
  // Half B.
  'odsherred-klima-og-miljoe-2023-03-14.txt',
  'greve-social-og-sundhed-2019-06-11.txt',
  'gladsaxe-kultur-fritid-og-idraet-2014-05-14.txt',
  'hilleroed-aeldre-og-sundhed-2024-04-09.txt',
  'taarnby-oekonomiudvalget-2022-05-24.txt',
  'kalundborg-kommunalbestyrelsen-2016-01-26.txt',
  'ledoeje-smoerum-teknisk-udvalg-2005-03-08.txt',
  'fuglebjerg-socialudvalget-2004-11-23.txt',
]);

/**
 * The eighteenth round's two halves (twenty-first session): since that session's second wave drawn by the
 * perturbation properties in runs of their own, as the seventeenth's, so that the earlier fixtures keep their draws.
 */
export const EIGHTEENTH_ROUND = new Set([
  // Half A.
  'jammerbugt-teknik-og-miljoe-2023-09-12.txt',
  'middelfart-social-og-sundhed-2021-06-08.txt',
  'favrskov-boerne-og-skole-2024-01-15.txt',
  'hedensted-teknik-og-miljoe-2025-05-12.txt',
  'noerre-aaby-teknisk-udvalg-2006-04-04.txt',
  'billund-boerne-og-familie-2024-02-06.txt',
  'kolding-boerne-og-uddannelse-2019-11-12.txt',
  'saeby-teknisk-udvalg-2003-09-09.txt',
  // Half B.
  'amager-oest-lokaludvalg-2015-04-15.txt',
  'lyngby-taarbaek-teknik-og-miljoe-2022-09-01.txt',
  'helsingoer-kultur-og-turisme-2019-05-06.txt',
  'guldborgsund-boerne-og-uddannelse-2018-10-02.txt',
  'lolland-teknik-og-miljoe-2024-06-04.txt',
  'faxe-byraadet-2016-03-31.txt',
  'stenloese-folkeoplysningsudvalget-2005-09-20.txt',
  'vallensbaek-folkeoplysningsudvalget-2019-03-12.txt',
]);

/**
 * The nineteenth round's two halves (twenty-second session): since that session's second stint drawn by the
 * perturbation properties in runs of their own, as the eighteenth's, so that the earlier fixtures keep their draws.
 */
export const NINETEENTH_ROUND = new Set([
  // Half A.
  'randers-miljoe-og-teknik-2023-06-12.txt',
  'struer-teknik-og-miljoe-2022-06-07.txt',
  'vesthimmerland-beskaeftigelsesudvalget-2019-10-01.txt',
  'morsoe-teknik-og-miljoe-2021-08-16.txt',
  'langeland-oekonomiudvalget-2014-06-17.txt',
  'syddjurs-natur-teknik-og-miljoe-2024-03-05.txt',
  'hjoerring-beskaeftigelsesudvalget-2022-03-08.txt',
  'skagen-teknisk-udvalg-1981-03-11.txt',
  // Half B.
  'kalundborg-teknik-og-miljoe-2023-11-07.txt',
  'frederikssund-klima-og-miljoe-2024-04-08.txt',
  'ishoej-oekonomiudvalget-2023-08-15.txt',
  'bispebjerg-lokaludvalg-2021-06-16.txt',
  'egedal-plan-og-klima-2024-01-17.txt',
  'alleroed-kommunalbestyrelsen-2020-10-29.txt',
  'halsnaes-aeldreraadet-2022-03-09.txt',
  'skovbo-oekonomiudvalget-2004-06-15.txt',
]);

/**
 * The twentieth round's two halves (twenty-third session): drawn by the perturbation properties in runs of their own
 * once they are, as the nineteenth's, so that the earlier fixtures keep their draws.
 */
export const TWENTIETH_ROUND = new Set([
  // Half A.
  'fredericia-boerne-og-skole-2025-06-02.txt',
  'langeskov-socialudvalget-2004-02-17.txt',
  'lemvig-teknik-og-miljoe-2013-04-09.txt',
  'assens-social-og-sundhed-2023-10-03.txt',
  'nyborg-teknik-og-miljoe-2020-08-25.txt',
  'skive-teknik-og-miljoe-2022-01-11.txt',
  'brovst-oekonomiudvalget-1996-05-14.txt',
  'odder-handicapraadet-2018-04-17.txt',
  // Half B.
  'lejre-plan-og-teknik-2024-10-09.txt',
  'odsherred-byraadet-2016-04-26.txt',
  'gribskov-boerne-og-unge-2024-11-13.txt',
  'herlev-kultur-og-fritid-2019-06-11.txt',
  'guldborgsund-klima-miljoe-og-teknik-2023-09-05.txt',
  'hvidovre-oekonomiudvalget-2018-03-20.txt',
  'gladsaxe-kultur-fritid-og-idraet-2022-05-10.txt',
  'helsingoer-social-og-sundhed-2025-09-08.txt',
]);

/**
 * The twenty-first round's two halves (twenty-fourth session): not drawn by the perturbation properties yet, for the
 * same reason as the earlier rounds'.
 */
export const TWENTY_FIRST_ROUND = new Set([
  // Half A.
  'horsens-velfaerd-og-sundhed-2024-05-13.txt',
  'haderslev-plan-og-miljoe-2021-06-09.txt',
  'aeroe-kommunalbestyrelsen-2023-08-28.txt',
  'ikast-brande-teknik-og-miljoe-2022-04-05.txt',
  'ry-teknik-og-miljoe-2006-03-14.txt',
  'nyborg-teknik-og-miljoe-2024-08-19.txt',
  'herning-handicapraadet-2023-03-21.txt',
  'lemvig-aeldreraadet-2025-02-18.txt',
  // Half B.
  'jammerbugt-teknik-og-miljoe-2024-09-10.txt',
  'hoeje-taastrup-oekonomiudvalget-2022-06-14.txt',
  'lolland-social-og-sundhed-2024-03-12.txt',
  'frederikshavn-plan-og-miljoe-2025-01-20.txt',
  'farum-kultur-og-fritid-2003-09-11.txt',
  'solroed-byraadet-2015-12-15.txt',
  'rebild-teknik-og-miljoe-2022-11-10.txt',
  'albertslund-boerne-og-skole-2024-05-07.txt',
]);

/**
 * A fixture the earlier fixtures' perturbation draws leave out: the eleventh and twelfth rounds (since the sixteenth
 * session the layout property draws them in runs of their own, `layout-families.unit.spec.ts`), the thirteenth (in
 * runs of its own since the seventeenth), the fourteenth (in runs of its own since the eighteenth), the fifteenth (in
 * runs of its own since the nineteenth), the sixteenth (in runs of its own since the twentieth), the seventeenth
 * (in runs of its own since the twenty-first), the eighteenth (in runs of its own since the twenty-first's second
 * wave), the nineteenth (in runs of its own since the twenty-second's second stint), the twentieth and the
 * twenty-first (not yet).
 */
export const notDrawnYet = (name: string): boolean =>
  ELEVENTH_ROUND.has(name) ||
  TWELFTH_ROUND.has(name) ||
  THIRTEENTH_ROUND.has(name) ||
  FOURTEENTH_ROUND.has(name) ||
  FIFTEENTH_ROUND.has(name) ||
  SIXTEENTH_ROUND.has(name) ||
  SEVENTEENTH_ROUND.has(name) ||
  EIGHTEENTH_ROUND.has(name) ||
  NINETEENTH_ROUND.has(name) ||
  TWENTIETH_ROUND.has(name) ||
  TWENTY_FIRST_ROUND.has(name);
