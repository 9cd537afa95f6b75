using AntiCor.Core.Contracts;

namespace AntiCor.Core.Documents.Export;

/// <summary>
/// The column layout of a risk-based programme's annex (NACP methodology): process, risk and its
/// assessment, the measure, term, executors, then resources, expected result, indicators and
/// monitoring — an optional column only where some measure fills it. Each header is worded so
/// that <see cref="Import.ColumnVocabulary"/> gives it back its meaning; the process and number
/// cells span their direction's measures, the risk's cells the measures that answer it.
/// Shared by the DOCX and the XLSX export.
/// </summary>
internal static class RiskLayout
{
    /// <summary>How far down a cell spans: it opens here and covers <see cref="Rows"/> rows (1: no merge), or continues one above.</summary>
    internal readonly record struct Span(bool Opens, int Rows);

    internal sealed record Column(string Title, double Weight, Func<DirectionData, MeasureData, string?> Value, Func<RiskRow, Span> SpanOf);

    /// <summary>One measure as a row of the table, with where its direction's and its risk's merged cells start and how far they reach.</summary>
    internal sealed record RiskRow(DirectionData Direction, MeasureData Measure, Span DirectionSpan, Span RiskSpan);

    private static readonly Span Single = new(true, 1);

    public static bool Applies(ProgrammeData p) => p.Directions.SelectMany(d => d.Measures).Any(m => m.Risk is not null);

    public static IReadOnlyList<Column> Columns(ProgrammeData p)
    {
        var measures = p.Directions.SelectMany(d => d.Measures).ToList();
        bool Any(Func<MeasureData, string?> value) => measures.Any(m => !string.IsNullOrWhiteSpace(value(m)));
        var columns = new List<Column>
        {
            new("№ з/п", 0.5, (d, _) => d.Number.ToString(), r => r.DirectionSpan),
            new("Функція (процес)", 1.4, (d, _) => d.Title, r => r.DirectionSpan),
            new("Корупційний ризик", 2, (_, m) => m.Risk?.Description, r => r.RiskSpan),
        };
        Optional("Джерела (чинники) ризику", 1.4, m => m.Risk?.Sources, risk: true);
        Optional("Наявні заходи контролю", 1.4, m => m.Risk?.Controls, risk: true);
        Optional("Ймовірність", 0.9, m => m.Risk?.Likelihood, risk: true);
        Optional("Наслідки", 0.9, m => m.Risk?.Consequence, risk: true);
        Optional("Рівень ризику", 0.9, m => m.Risk?.Level, risk: true);
        columns.Add(new("Заходи щодо усунення (мінімізації) ризику", 2.4, (_, m) => m.Text, _ => Single));
        columns.Add(new("Строк виконання", 1.1, (_, m) => m.Term.Text, _ => Single));
        columns.Add(new("Відповідальні", 1.4, (_, m) => m.ExecutorsAsWritten(), _ => Single));
        Optional("Необхідні ресурси", 1.1, m => m.Resources);
        Optional("Очікуваний результат", 1.4, m => m.ExpectedResult);
        Optional("Індикатори виконання", 1.4, m => Lines(m.Indicators, i => i.Name));
        Optional("Одиниця виміру", 0.8, m => Lines(m.Indicators, i => i.Unit));
        Optional("Цільове значення", 0.8, m => Lines(m.Indicators, i => i.Target));
        Optional("Фактична дата виконання", 0.9, m => m.Monitoring?.ActualDate?.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture));
        Optional("Стан виконання", 0.9, m => m.Monitoring?.Status);
        Optional("Результат виконання", 1.4, m => m.Monitoring?.Result);
        return columns;

        void Optional(string title, double weight, Func<MeasureData, string?> value, bool risk = false)
        {
            if (Any(value))
            {
                columns.Add(new(title, weight, (_, m) => value(m), risk ? r => r.RiskSpan : _ => Single));
            }
        }
    }

    public static IReadOnlyList<RiskRow> Rows(ProgrammeData p)
    {
        var rows = new List<RiskRow>();
        foreach (var d in p.Directions)
        {
            for (var i = 0; i < d.Measures.Count; i++)
            {
                var directionSpan = i == 0 ? new Span(true, d.Measures.Count) : new Span(false, 0);
                var m = d.Measures[i];
                var opensRisk = i == 0 || m.Risk is null || m.Risk != d.Measures[i - 1].Risk;
                var riskRows = 1;
                while (opensRisk && m.Risk is not null && i + riskRows < d.Measures.Count && d.Measures[i + riskRows].Risk == m.Risk)
                {
                    riskRows++;
                }

                rows.Add(new RiskRow(d, m, directionSpan, opensRisk ? new Span(true, riskRows) : new Span(false, 0)));
            }
        }

        return rows;
    }

    private static string? Lines(IReadOnlyList<IndicatorData>? indicators, Func<IndicatorData, string?> value) =>
        indicators is { Count: > 0 } && indicators.Any(i => !string.IsNullOrWhiteSpace(value(i)))
            ? string.Join("\n", indicators.Select(i => value(i) ?? ""))
            : null;
}
