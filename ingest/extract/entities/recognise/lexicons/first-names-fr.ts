/**
 * French given names that compromise's (English) lexicon lacks or spells without accents. Written for this
 * project from common usage; compound names (Jean-Baptiste, Marie-Claire) are recognised from their parts.
 * Folded (lower case, no accents) at load, so "Hélène" and "Helene" both match.
 */
const NAMES = `
adele adrien agathe agnes aime aimee alain alban albane albert alexandre alexandra alexis alice aline alix amandine
amelie anais andre andree angelique anne annick annie antoine antoinette apolline armand arnaud arthur aude audrey
augustin aurelie aurelien axel baptiste barthelemy basile beatrice benedicte benjamin benoit bernadette bernard bertrand
blanche brigitte bruno camille capucine carole caroline catherine cecile celine chantal charles charlotte christelle
christian christiane christine christophe claire clarisse claude claudine clement clemence colette corentin corinne
cyril cyrille damien daniel daniele danielle david delphine denis denise didier dominique edith edouard eloise elodie
eloi emile emilie emma emmanuel emmanuelle eric estelle etienne eugene eugenie evelyne fabien fabienne fabrice fanny
felix fernand flavie florence florent florian francine francis franck francois francoise frederic frederique
gabriel gabrielle gael gaelle gaetan gaspard gaston genevieve georges geraldine gerard germain germaine ghislain
ghislaine gilbert gilles ginette gisele gregoire guillaume gustave guy helene henri henriette herve hortense hubert
hugo hugues ines irene isabelle jacqueline jacques jean jeanne jeannine jeremie jerome joel joelle joseph josephine
josette josiane jules julie julien juliette justine laetitia laure laurence laurent lea leon leonie leopold lionel
loic lorraine louis louise luc lucas lucie lucien lucienne ludovic lydie madeleine manon marc marcel marcelle
margaux marguerite marianne marie marielle marine marion marius marthe martin martine mathieu mathilde matthieu maud
maurice maxime mederic melanie michel michele micheline mireille monique muriel murielle nadege nadine nathalie
nicolas nicole noel noemie odette odile olivier pascal pascale patrice patricia patrick paul paule pauline philippe
pierre pierrette quentin raphael raymond raymonde regine regis remi renaud rene renee richard robert roger roland
romain sabine sacha sandrine sebastien segolene serge severine simone solange sophie stephane stephanie suzanne
sylvain sylvie theo theophile therese thibault thibaut thierry thomas timothee tristan valentin valerie vanessa
veronique victor victoire vincent virginie xavier yannick yann yves yvette yvonne zoe
`;

export const FRENCH_FIRST_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter(Boolean));

/**
 * English first names that are also ordinary words, which compromise's lexicon files under the word
 * ("bill" is a Noun there): recognised as names only next to another name or as a vocative ("Frank, …").
 */
export const ENGLISH_FIRST_NAMES_ALSO_WORDS: ReadonlySet<string> = new Set(
  `bill frank will mark jack rose grace joy hope pat sue bob rob don ray dawn art drew chase dean earl grant hunter
  jay max rich april june may august faith wade miles victor cliff gene guy hank bud rusty sandy holly ivy iris
  lily daisy ruby pearl carol buck bart chuck curt mike mick nick`.split(/\s+/),
);
