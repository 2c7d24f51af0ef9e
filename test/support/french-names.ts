/**
 * Twenty ordinary French names, the correspondents of a made-up campaign: the document-signal tests
 * need at least 20 named correspondents before a corpus has a script profile to judge editors by.
 */
export const FRENCH_NAMES = [
  'Marie Dupont',
  'Jean Martin',
  'Hélène Faure',
  'Paul Girard',
  'Anne Moreau',
  'Claire Roux',
  'Louis Fournier',
  'Julie Mercier',
  'Marc Blanc',
  'Sophie Lambert',
  'Éric Bonnet',
  'Chloé François',
  'Hugo Legrand',
  'Léa Garnier',
  'Noé Chevalier',
  'Inès Robin',
  'Théo Masson',
  'Zoé Henry',
  'Luc Petit',
  'Manon Perrin',
] as const;
