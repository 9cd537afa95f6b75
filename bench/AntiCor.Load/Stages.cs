using System.Diagnostics;

namespace AntiCor.Load;

/// <summary>How long each stage of a run took, on standard error: a run's setup is most of its time, and this says where.</summary>
internal static class Stages
{
    private static TimeSpan _last;

    public static void Done(string stage)
    {
        // From the process's start, so the first stage is timed too (a stopwatch here would start at the first call).
        var now = DateTime.Now - Process.GetCurrentProcess().StartTime;
        Console.Error.WriteLine($"stage {stage}: {(now - _last).TotalSeconds:0.0} s");
        _last = now;
    }
}
