package tieout.narrative;

import tieout.taxonomy.Concept;
import tieout.taxonomy.Dimensions;

/** What a caption in prose names: a concept, with the dimension members its label carries. */
record LineItem(Concept concept, Dimensions dimensions) {}
