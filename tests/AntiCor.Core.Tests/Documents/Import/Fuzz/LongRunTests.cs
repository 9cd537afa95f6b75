using System.Diagnostics;
using System.Text;
using AntiCor.Core.Documents.Import;

namespace AntiCor.Core.Tests.Documents.Import.Fuzz;

/// <summary>Long runs of one character (a word of 20,000 letters, as many spaces) once made two patterns quadratic: now they read in linear time.</summary>
public sealed class LongRunTests
{
    [Theory]
    [InlineData("а")]
    [InlineData(" ")]
    public void A_preamble_and_a_term_with_a_twenty_thousand_character_run_are_read_quickly(string run)
    {
        var filler = string.Concat(Enumerable.Repeat(run, 20_000));
        var text = $"РОЗПОРЯДЖЕННЯ\n\n{filler}ської міської ради\n\n№ 1\n\n№ з/п\tНайменування заходу\tТермін виконання\tВиконавці\n1.\tНапрям\n1.1.\tЗахід\t2020 рік{filler}щокварталу\tВідділ кадрової роботи\n";
        var started = Stopwatch.GetTimestamp();

        try
        {
            ProgrammeImporter.Import(Encoding.UTF8.GetBytes(text), "long.txt");
        }
        catch (ImportException)
        {
            // Refused is fine; slow is not.
        }

        Assert.True(Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(5), $"took {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s");
    }
}
