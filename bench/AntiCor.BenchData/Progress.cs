using System.Globalization;

namespace AntiCor.BenchData;

/// <summary>The progress bar on stderr: organisations done, reports written, reports per second.</summary>
internal static class Progress
{
    public static void Show(int done, int total, long reports, TimeSpan elapsed)
    {
        const int width = 30;
        var filled = (int)((long)done * width / total);
        var rate = elapsed.TotalSeconds > 0 ? reports / elapsed.TotalSeconds : 0;
        Console.Error.Write(string.Create(CultureInfo.InvariantCulture,
            $"\r[{new string('#', filled)}{new string('.', width - filled)}] {done:N0}/{total:N0} організацій, {reports:N0} звітів, {rate:N0} звітів/с, {elapsed:mm\\:ss}"));
    }
}
