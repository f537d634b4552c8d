package tieout.load.xbrl;

import java.math.BigDecimal;

/**
 * A numeric fact as read, before its context and unit are looked up (a document may define them after
 * the facts that use them): the concept's tieout name, the references, decimals or precision as
 * written, the value (null for nil; inline scale and sign already applied) and where it stands.
 */
record RawFact(
    String concept,
    String contextRef,
    String unitRef,
    String decimals,
    String precision,
    BigDecimal value,
    int line,
    int column,
    String id) {}
