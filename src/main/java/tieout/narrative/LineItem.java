package tieout.narrative;

import tieout.ledger.Dimensions;
import tieout.taxonomy.Concept;

/** What a caption in prose names: a concept, with the dimension members its label carries. */
record LineItem(Concept concept, Dimensions dimensions) {}
