using AntiCor.Core.Contracts;

namespace AntiCor.Core.Documents.Import;

/// <summary>
/// Turns a measure's draft into the contract's measure: its term read (and dated where the
/// programme's one year dates it), its executors by their canonical names, the risk it addresses
/// and its expected result, indicators, resources and monitoring, and a warning for every term,
/// level or status it cannot read.
/// </summary>
internal sealed class MeasureBuilder(
    Dictionary<CellDraft, IReadOnlyList<ParsedExecutor>> executorsByCell,
    OrgUnitCatalog catalog,
    int? programmeYear,
    List<WarningData> warnings)
{
    private readonly Dictionary<RiskDraft, RiskData> _risks = [];

    public MeasureData Build(MeasureDraft m)
    {
        var executors = m.Executors is null ? [] : executorsByCell[m.Executors]
            .Select(e => new ExecutorData(catalog.CanonicalName(e.Name), e.Raw, e.ContractKind, e.ConsentRequired))
            .ToList();
        var formulaLike = FlagFormulaLikeExecutors(m, executors);
        return new MeasureData(
            m.Code,
            string.Join(" ", m.TextParts),
            Term(m),
            executors,
            m.NeedsReview || formulaLike,
            new SourceData(m.Line, m.Page))
        {
            Risk = m.Risk is { } risk ? _risks.GetValueOrDefault(risk) ?? (_risks[risk] = Risk(risk, m)) : null,
            ExpectedResult = Text(m, ColumnMeaning.ExpectedResult),
            Indicators = Indicators(m),
            Resources = Text(m, ColumnMeaning.Resources),
            Monitoring = Monitoring(m),
        };
    }

    /// <summary>
    /// An executor named "=HYPERLINK(...)" is more likely an attack on whoever opens the export in a
    /// spreadsheet than a real unit: it is kept as written, but never without a person looking at it.
    /// </summary>
    private bool FlagFormulaLikeExecutors(MeasureDraft m, IReadOnlyList<ExecutorData> executors)
    {
        var suspects = executors.Where(e => SpreadsheetFormula.StartsLikeFormula(e.Name)).ToList();
        foreach (var e in suspects)
        {
            warnings.Add(new WarningData(
                WarningCodes.ExecutorLooksLikeFormula,
                $"Виконавець «{e.Name}» починається зі знака, з якого електронні таблиці починають формулу; перевірте, чи це справді назва виконавця.",
                m.Executors?.Line,
                m.Code));
        }

        return suspects.Count > 0;
    }

    private RiskData Risk(RiskDraft risk, MeasureDraft first)
    {
        var level = risk.Text(ColumnMeaning.RiskLevel);
        var normalized = level is null ? null : WrittenValues.RiskLevel(level);
        if (level is not null && normalized is null)
        {
            warnings.Add(new WarningData(WarningCodes.RiskLevelUnknown, $"Рівень ризику «{level}» не зводиться до низького, середнього чи високого; збережено як написано.", risk.Line, first.Code));
        }

        return new RiskData(
            risk.Process,
            risk.Text(ColumnMeaning.Risk),
            risk.Text(ColumnMeaning.RiskSources),
            risk.Text(ColumnMeaning.Controls),
            risk.Text(ColumnMeaning.Likelihood),
            risk.Text(ColumnMeaning.Consequence),
            level)
        {
            LevelNormalized = normalized,
        };
    }

    /// <summary>One indicator per name written, with the unit and target beside it where the table has them.</summary>
    private static List<IndicatorData>? Indicators(MeasureDraft m)
    {
        var names = m.Details.GetValueOrDefault(ColumnMeaning.Indicators) ?? [];
        var units = m.Details.GetValueOrDefault(ColumnMeaning.IndicatorUnit) ?? [];
        var targets = m.Details.GetValueOrDefault(ColumnMeaning.IndicatorTarget) ?? [];
        if (names.Count == 0)
        {
            return null;
        }

        string? At(List<string> values, int i) => values.Count == names.Count ? values[i] : i == 0 && values.Count > 0 ? string.Join(" ", values) : null;
        return names.Select((name, i) => new IndicatorData(name, At(units, i), At(targets, i))).ToList();
    }

    private MonitoringData? Monitoring(MeasureDraft m)
    {
        var date = Text(m, ColumnMeaning.MonitoringDate);
        var status = Text(m, ColumnMeaning.MonitoringStatus);
        var result = Text(m, ColumnMeaning.MonitoringResult);
        if (date is null && status is null && result is null)
        {
            return null;
        }

        var actual = date is null ? null : UkrainianDates.Parse(date);
        if (date is not null && actual is null)
        {
            Warn(WarningCodes.MonitoringDateUnreadable, $"Дату фактичного виконання «{date}» не прочитано; збережено в результаті виконання.", m);
            result = result is null ? date : date + "; " + result;
        }

        var normalized = status is null ? null : WrittenValues.MonitoringStatus(status);
        if (status is not null && normalized is null)
        {
            Warn(WarningCodes.MonitoringStatusUnknown, $"Стан виконання «{status}» не зводиться до «виконано», «виконується» чи «не виконано»; збережено як написано.", m);
        }

        return new MonitoringData(actual, status, result) { StatusNormalized = normalized };
    }

    private static string? Text(MeasureDraft m, ColumnMeaning meaning) =>
        m.Details.GetValueOrDefault(meaning) is { Count: > 0 } parts ? string.Join(" ", parts) : null;

    private TermData Term(MeasureDraft m)
    {
        var term = TermParser.Read(m.Term?.Text ?? "");
        if (term.Kind == TermKinds.Unknown && term.Text.Length > 0)
        {
            Warn(WarningCodes.UnknownTerm, $"Термін «{term.Text}» не розпізнано; збережено як написано.", m);
        }

        if (term is { PartOfYear: { } part, From: null })
        {
            if (programmeYear is int year)
            {
                // A programme for one year: "ІІ квартал" can only be that year's.
                var (from, to) = YearParts.Dates(part, year);
                return term with { From = from, To = to };
            }

            Warn(WarningCodes.TermYearMissing, $"Термін «{term.Text}» не називає року, а програма триває кілька років; дати не встановлено — вкажіть рік під час перевірки.", m);
        }

        return term;
    }

    private void Warn(string code, string message, MeasureDraft m) =>
        warnings.Add(new WarningData(code, message, m.Term?.Line ?? m.Line, m.Code));
}
