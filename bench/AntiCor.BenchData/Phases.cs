using System.Diagnostics;

namespace AntiCor.BenchData;

/// <summary>
/// Where the generator's time goes, per step, printed at the end (to find what to make faster).
/// Each worker times its own steps; the sums are over the workers, so they add up to more than the
/// wall-clock time when several run at once.
/// </summary>
internal static class Phases
{
    private static readonly Dictionary<string, TimeSpan> Spent = [];
    private static readonly Stopwatch Clock = Stopwatch.StartNew();
    private static readonly AsyncLocal<TimeSpan?> Last = new();

    /// <summary>Starts the calling worker's timing.</summary>
    public static void Start() => Last.Value = Clock.Elapsed;

    public static void Mark(string phase)
    {
        var now = Clock.Elapsed;
        var spent = now - (Last.Value ?? now);
        Last.Value = now;
        lock (Spent)
        {
            Spent[phase] = Spent.GetValueOrDefault(phase) + spent;
        }
    }

    public static string Summary()
    {
        lock (Spent)
        {
            return string.Join(", ", Spent.Select(p => $"{p.Key} {p.Value.TotalSeconds:0.0} s"));
        }
    }
}
