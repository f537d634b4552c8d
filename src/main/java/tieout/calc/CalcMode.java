package tieout.calc;

/**
 * How a reported value's decimals bound the value it stands for (XBRL Calculations 1.1): rounded to
 * the nearest (the default, Arelle's {@code c11r}) or truncated toward zero (Arelle's {@code c11t}).
 */
public enum CalcMode {
  ROUND_TO_NEAREST,
  TRUNCATION
}
