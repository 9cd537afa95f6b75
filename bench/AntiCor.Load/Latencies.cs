using System.Globalization;

namespace AntiCor.Load;

/// <summary>Request times in milliseconds, and the percentiles a result line reports (nearest rank).</summary>
internal sealed class Latencies
{
    private readonly List<double> _ms = [];
    private readonly Lock _lock = new();

    public int Count => _ms.Count;

    public void Add(TimeSpan elapsed)
    {
        lock (_lock)
        {
            _ms.Add(elapsed.TotalMilliseconds);
        }
    }

    public double Percentile(double p)
    {
        lock (_lock)
        {
            if (_ms.Count == 0)
            {
                return double.NaN;
            }

            var sorted = _ms.Order().ToList();
            var rank = (int)Math.Ceiling(p / 100 * sorted.Count);
            return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
        }
    }

    public string Summary(params double[] percentiles) =>
        string.Join(", ", percentiles.Select(p => string.Create(CultureInfo.InvariantCulture, $"p{p:0.#} {Percentile(p):0.0} ms")))
        + string.Create(CultureInfo.InvariantCulture, $", max {Percentile(100):0.0} ms, n {Count}");
}
