using AntiCor.Core.Contracts;

namespace AntiCor.Core.Documents.Import;

/// <summary>
/// Turns a measure's draft into the contract's measure: its term read (and dated where the
/// programme's one year dates it), its executors by their canonical names, and a warning for
/// every term it cannot read or date.
/// </summary>
internal sealed class MeasureBuilder(
    Dictionary<CellDraft, IReadOnlyList<ParsedExecutor>> executorsByCell,
    OrgUnitCatalog catalog,
    int? programmeYear,
    List<WarningData> warnings)
{
    public MeasureData Build(MeasureDraft m)
    {
        var executors = m.Executors is null ? [] : executorsByCell[m.Executors]
            .Select(e => new ExecutorData(catalog.CanonicalName(e.Name), e.Raw, e.ContractKind, e.ConsentRequired))
            .ToList();
        return new MeasureData(
            m.Code,
            string.Join(" ", m.TextParts),
            Term(m),
            executors,
            m.NeedsReview,
            new SourceData(m.Line, m.Page));
    }

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
