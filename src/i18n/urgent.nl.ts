// Dutch texts of a file's own urgent-help lines (components/shared/urgent-help-own-lines.ts, a lazy chunk): the
// notes under a line and "Meer hulplijnen". The strip's first texts (112, Veilig Thuis, quick exit) are in map.nl.ts.
export default {
  'urgent.audience.everyone': 'voor iedereen',
  'urgent.audience.residents': 'voor inwoners',
  'urgent.audience.professionals': 'voor professionals',
  'urgent.more': 'Meer hulplijnen',
  'urgent.free': 'gratis',
  'urgent.anonymous': 'anoniem mag',
  'urgent.audience.victims': 'voor slachtoffers',
  'urgent.audience.concerned': 'voor wie zich zorgen maakt',
  'urgent.audience.perpetrators': 'voor wie wil stoppen met geweld',
};
