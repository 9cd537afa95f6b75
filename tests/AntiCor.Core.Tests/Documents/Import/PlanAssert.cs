using AntiCor.Core.Contracts;

namespace AntiCor.Core.Tests.Documents.Import;

/// <summary>Checks an imported programme measure by measure, as the seed is checked.</summary>
internal static class PlanAssert
{
    public static void Measures(IReadOnlyList<ExpectedMeasure> expected, ProgrammeDocument document)
    {
        var actual = document.Programme.Directions.SelectMany(d => d.Measures).ToList();
        Assert.Equal(expected.Select(m => m.Number), actual.Select(m => m.Number));
        foreach (var (want, got) in expected.Zip(actual))
        {
            Assert.True(want.Text == got.Text, $"text of {got.Number}: «{got.Text}»");
            Assert.Equal(want.Term, got.Term);
            Assert.Equal(want.Executors, got.Executors.Select(e => new ExpectedExecutor(e.Name, e.Kind, e.ConsentRequired)).ToArray());
            Assert.True(want.NeedsReview == got.NeedsReview, $"needsReview of {got.Number}");
        }
    }

    public static void Warnings(IReadOnlyDictionary<string, int> expected, ProgrammeDocument document) =>
        Assert.Equal(
            expected.OrderBy(p => p.Key),
            document.Warnings.GroupBy(w => w.Code).Select(g => KeyValuePair.Create(g.Key, g.Count())).OrderBy(p => p.Key));
}
