import {
  betaQuantile,
  countQuantile,
  fisherExactGreater,
  gammaQuantile,
  logGamma,
  negativeBinomialLowerTail,
  negativeBinomialUpperTail,
  normalCdf,
  normalQuantile,
  poissonLowerTail,
  poissonUpperTail,
  regularizedBeta,
  regularizedGammaP,
  regularizedGammaQ,
  studentTCdf,
} from './distributions';
import { SignalsInputError } from './validate';

// Reference values from R / SciPy (same algorithms as R's d/p/q functions), quoted in each test.
const closeTo = (actual: number, expected: number, relative = 1e-10) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.abs(expected));

describe('logGamma', () => {
  it('matches lgamma() at small, moderate and huge arguments', () => {
    closeTo(logGamma(0.5), 0.5723649429247001); // log(sqrt(pi))
    closeTo(logGamma(10), 12.801827480081469); // log(9!)
    closeTo(logGamma(100), 359.1342053695754);
    closeTo(logGamma(1e-3), 6.907178885383853);
    closeTo(logGamma(1e6), 12815504.569147611);
  });

  it('rejects arguments ≤ 0 naming the field', () => {
    expect(() => logGamma(0)).toThrow(new SignalsInputError('x', 'must be a finite number > 0', 0));
  });
});

describe('incomplete gamma and beta', () => {
  it('matches pgamma() on both sides of the series/continued-fraction switch', () => {
    closeTo(regularizedGammaP(3, 2), 0.32332358381693654);
    closeTo(regularizedGammaQ(3, 2), 0.6766764161830634);
    closeTo(regularizedGammaQ(50, 100), 1.1784500720979781e-8, 1e-9); // far tail keeps its digits
    closeTo(regularizedGammaP(1000, 900), 0.0005499022657117818, 1e-8);
  });

  it('matches pbeta() including U-shaped and large-parameter cases', () => {
    closeTo(regularizedBeta(0.4, 2, 3), 0.5248);
    closeTo(regularizedBeta(0.1, 0.5, 0.5), 0.20483276469913345);
    closeTo(regularizedBeta(0.45, 200, 300), 0.9881463456202628, 1e-9);
  });
});

describe('normal distribution', () => {
  it('matches pnorm() into the far lower tail', () => {
    closeTo(normalCdf(1.96), 0.9750021048517795);
    closeTo(normalCdf(-3), 0.0013498980316300933);
    closeTo(normalCdf(-10), 7.61985302416047e-24, 1e-9);
    expect(normalCdf(0)).toBe(0.5);
  });

  it('matches qnorm() to about 15 digits', () => {
    closeTo(normalQuantile(0.975), 1.959963984540054, 1e-14);
    closeTo(normalQuantile(0.001), -3.090232306167813, 1e-14);
    closeTo(normalQuantile(1e-10), -6.361340902404056, 1e-13);
    closeTo(normalQuantile(0.6), 0.2533471031357997, 1e-13);
  });
});

describe('count distributions', () => {
  it('matches ppois() for Poisson tails, including a 1e-37 upper tail', () => {
    closeTo(poissonLowerTail(5, 3), 0.9160820579686966);
    closeTo(poissonLowerTail(2, 10), 0.0027693957155115775);
    closeTo(poissonUpperTail(31, 12), 3.371647734170995e-6, 1e-9); // 1 - ppois(30, 12)
    closeTo(poissonUpperTail(100, 20), 3.488878669689553e-37, 1e-8);
    expect(poissonUpperTail(0, 5)).toBe(1);
    expect(poissonUpperTail(3, 0)).toBe(0);
  });

  it('matches pnbinom(size, mu) for negative binomial tails', () => {
    closeTo(negativeBinomialLowerTail(3, 4, 2), 0.5390946502057613);
    closeTo(negativeBinomialUpperTail(31, 12, 5), 0.011020278797908957, 1e-9);
    closeTo(negativeBinomialUpperTail(100, 20, 10), 6.44897069855814e-10, 1e-8);
  });

  it('finds qnbinom()/qpois() quantiles for usual-range bands', () => {
    expect(countQuantile(0.975, 12, 12 + 144 / 5)).toBe(27); // qnbinom(0.975, size = 5, mu = 12)
    expect(countQuantile(0.975, 12, 12)).toBe(19); // qpois(0.975, 12)
    expect(countQuantile(0.025, 12, 12)).toBe(6);
    expect(countQuantile(0.5, 0, 0)).toBe(0);
  });
});

describe("Fisher's exact test, one-sided", () => {
  // Reference values: the hypergeometric upper tail in exact integer arithmetic (Python's math.comb).
  it('gives the tea-tasting p-value and exact tails of larger tables', () => {
    closeTo(fisherExactGreater(3, 4, 1, 4), 17 / 70);
    closeTo(fisherExactGreater(7, 8, 0, 8), 9 / 12870);
    closeTo(fisherExactGreater(30, 1000, 10, 2000), 6.901094556345265e-8, 1e-9);
    closeTo(fisherExactGreater(4, 40, 20, 400), 0.16396840786660247, 1e-9);
  });

  it('is 1 when the share did not rise at all, and refuses impossible tables naming the field', () => {
    expect(fisherExactGreater(0, 10, 5, 10)).toBe(1);
    expect(() => fisherExactGreater(5, 4, 0, 4)).toThrow(/hits/);
    expect(() => fisherExactGreater(1, 4, 5, 4)).toThrow(/baselineHits/);
  });
});

describe('Student t, gamma and beta quantiles', () => {
  it('matches pt() including fractional degrees of freedom', () => {
    closeTo(studentTCdf(2, 5), 0.9490302605850708);
    closeTo(studentTCdf(-1.5, 2.5), 0.12391822654314809);
    closeTo(studentTCdf(0.3, 1000), 0.617880247916378);
  });

  it('matches qgamma() and qbeta()', () => {
    closeTo(gammaQuantile(0.025, 5), 1.6234863901184207, 1e-12);
    closeTo(gammaQuantile(0.975, 6), 11.66833207932267, 1e-12);
    closeTo(gammaQuantile(1e-6, 0.5), 7.853981633978593e-13, 1e-10);
    closeTo(betaQuantile(0.025, 3, 8), 0.06673951117773447, 1e-12);
    closeTo(betaQuantile(0.975, 0.5, 20), 0.11940702395503566, 1e-12);
  });
});
