namespace FaqBot.Benchmarks;

/// <summary>Nearest-rank percentiles of sorted latencies, the one definition every benchmark table uses.</summary>
internal static class Percentiles
{
    /// <summary>The value at share <paramref name="p"/> (0.5 for the median) of <paramref name="sorted"/>; NaN when empty.</summary>
    public static double At(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))];
}
