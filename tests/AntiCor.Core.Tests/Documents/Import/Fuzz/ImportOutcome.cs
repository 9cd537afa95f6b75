using System.Diagnostics;
using AntiCor.Core.Documents.Import;

namespace AntiCor.Core.Tests.Documents.Import.Fuzz;

/// <summary>
/// Runs one import under the fuzzer's bounds and says what went wrong, if anything: an exception
/// other than the importer's own refusal, a refusal that is not one line, a run over the time
/// bound, or more allocated than the bound. Null when the document was read or refused properly.
/// </summary>
internal static class ImportOutcome
{
    /// <summary>Per input. The largest seed reads in well under a second; a loaded CI machine gets room.</summary>
    public static readonly TimeSpan TimeBound = TimeSpan.FromSeconds(20);

    /// <summary>Bytes allocated by one import (all of it, not just what is live at once; the importer keeps its working set near 64 MB).</summary>
    public const long AllocationBound = 1024L * 1024 * 1024;

    public static string? Problem(byte[] bytes, string fileName)
    {
        var run = Task.Factory.StartNew(() => Run(bytes, fileName), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        if (!run.Wait(TimeBound))
        {
            return $"no answer within {TimeBound.TotalSeconds} s";
        }

        return run.Result;
    }

    private static string? Run(byte[] bytes, string fileName)
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var started = Stopwatch.GetTimestamp();
        try
        {
            ProgrammeImporter.Import(bytes, fileName);
        }
        catch (ImportException refused)
        {
            if (string.IsNullOrWhiteSpace(refused.Message) || refused.Message.Contains('\n', StringComparison.Ordinal))
            {
                return $"refusal is not one line: «{refused.Message}»";
            }
        }
#pragma warning disable CA1031 // Whatever escapes the importer is the finding.
        catch (Exception crash)
#pragma warning restore CA1031
        {
            return $"{crash.GetType().FullName}: {crash.Message}\n{crash.StackTrace}";
        }

        var used = GC.GetAllocatedBytesForCurrentThread() - allocated;
        return used > AllocationBound
            ? $"allocated {used / 1024 / 1024} MB in {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s"
            : null;
    }
}
