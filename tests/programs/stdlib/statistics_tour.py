# statistics: averages, spread, quantiles and errors on ints and floats
import statistics
from fractions import Fraction
from statistics import StatisticsError

ints = [2, 4, 4, 4, 5, 5, 7, 9]
floats = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
mixed = [1, 2.5, Fraction(3, 2), 4]
for data in (ints, floats, mixed, [1, 2, 3], [10 ** 18, 1, 2]):
    print(statistics.mean(data), statistics.fmean(data), statistics.median(data),
          statistics.median_low(data), statistics.median_high(data))
    print(statistics.pvariance(data), statistics.variance(data), statistics.pstdev(data), statistics.stdev(data))
print(statistics.mode([1, 1, 2, 3, 3]), statistics.mode("abracadabra"), statistics.multimode("aabbbbccddddeee"))
print(statistics.multimode([]), statistics.median_grouped([52, 52, 53, 54]), statistics.median_grouped([1, 3, 3, 5, 7], interval=2))
print(statistics.geometric_mean([54, 24, 36]), statistics.harmonic_mean([40, 60]), statistics.harmonic_mean([40, 60], weights=[5, 30]))
print(statistics.fmean([3.5, 4.0, 5.25], weights=[1, 2, 3]))
data = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129,
        106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95,
        103, 107, 101, 81, 109, 104]
print([round(q, 1) for q in statistics.quantiles(data, n=10)])
print(statistics.quantiles(data), statistics.quantiles(data, n=4, method="inclusive"))
print(statistics.quantiles([1.5, 2.5], n=3), statistics.variance(ints, 5), statistics.pvariance(floats, 1.5))
print(statistics.covariance([1, 2, 3, 4], [1, 3, 2, 5]), statistics.correlation([1, 2, 3, 4], [1, 3, 2, 5]))
print(statistics.linear_regression([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]))
print(statistics.variance([Fraction(1, 4), Fraction(1, 2), Fraction(3, 4)]), statistics.mean([True, False, True]))
for call in (lambda: statistics.mean([]), lambda: statistics.variance([1]), lambda: statistics.stdev([]),
             lambda: statistics.pvariance([]), lambda: statistics.median([]), lambda: statistics.mode([]),
             lambda: statistics.quantiles([1], n=4), lambda: statistics.quantiles([1, 2], n=0),
             lambda: statistics.harmonic_mean([-1, 2]), lambda: statistics.fmean([])):
    try:
        call()
    except StatisticsError as e:
        print("StatisticsError:", e)
print(issubclass(StatisticsError, ValueError))
