using System.Diagnostics;

namespace AntiCor.Load;

/// <summary>How long each stage of a run took, on standard error: a run's setup is most of its time, and this says where.</summary>
internal static class Stages
{
    private static readonly Stopwatch Clock = Stopwatch.StartNew();
    private static TimeSpan _last;

    public static void Done(string stage)
    {
        var now = Clock.Elapsed;
        Console.Error.WriteLine($"stage {stage}: {(now - _last).TotalSeconds:0.0} s");
        _last = now;
    }
}
