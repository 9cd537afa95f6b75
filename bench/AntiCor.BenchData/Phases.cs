using System.Diagnostics;

namespace AntiCor.BenchData;

/// <summary>Where the generator's time goes, per step, printed at the end (to find what to make faster).</summary>
internal static class Phases
{
    private static readonly Dictionary<string, TimeSpan> Spent = [];
    private static readonly Stopwatch Clock = Stopwatch.StartNew();
    private static TimeSpan _last;

    public static void Mark(string phase)
    {
        var now = Clock.Elapsed;
        Spent[phase] = Spent.GetValueOrDefault(phase) + (now - _last);
        _last = now;
    }

    public static string Summary() => string.Join(", ", Spent.Select(p => $"{p.Key} {p.Value.TotalSeconds:0.0} s"));
}
