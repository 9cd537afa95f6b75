using AntiCor.Core.Documents.Import;

namespace AntiCor.Web.Features.Register;

/// <summary>One unknown column on the review: its header and the meaning the coordinator chose (empty: leave it out).</summary>
public sealed class ColumnChoiceInput
{
    public string? Header { get; set; }
    public string? Meaning { get; set; }

    public ColumnMeaning? Chosen() =>
        Enum.TryParse<ColumnMeaning>(Meaning, ignoreCase: false, out var meaning) && Enum.IsDefined(meaning) ? meaning : null;

    /// <summary>The meanings offered for a column, in the order of the review page's choice.</summary>
    public static readonly IReadOnlyList<ColumnMeaning> OfferedMeanings =
    [
        ColumnMeaning.Measures,
        ColumnMeaning.Term,
        ColumnMeaning.Executors,
        ColumnMeaning.Direction,
        ColumnMeaning.Sphere,
        ColumnMeaning.Process,
        ColumnMeaning.Number,
        ColumnMeaning.ExpectedResult,
        ColumnMeaning.Indicators,
        ColumnMeaning.IndicatorUnit,
        ColumnMeaning.IndicatorTarget,
        ColumnMeaning.Resources,
        ColumnMeaning.Risk,
        ColumnMeaning.RiskSources,
        ColumnMeaning.Controls,
        ColumnMeaning.Likelihood,
        ColumnMeaning.Consequence,
        ColumnMeaning.RiskLevel,
        ColumnMeaning.MonitoringDate,
        ColumnMeaning.MonitoringStatus,
        ColumnMeaning.MonitoringResult,
    ];

    /// <summary>The meanings offered for a column, in the words of the review page (the reader's language).</summary>
    public static IReadOnlyList<(ColumnMeaning Meaning, string Label)> Offered => [.. OfferedMeanings.Select(m => (m, RegisterText.Column(m)))];

    public static string LabelOf(ColumnMeaning meaning) => OfferedMeanings.Contains(meaning) ? RegisterText.Column(meaning) : meaning.ToString();
}
