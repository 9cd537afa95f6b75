using AntiCor.Core.Contracts;
using static AntiCor.Core.Documents.Import.AnnexText;

namespace AntiCor.Core.Documents.Import;

/// <summary>
/// Reads the risk columns of a risk table row by row. A filled risk cell opens a risk (with its
/// sources, controls, likelihood, consequence and level from the same row, and the process the
/// row is under); the rows below it whose risk cell is merged with it or left empty add their
/// measures to that risk. A risk that no measure addresses is named in a warning.
/// </summary>
internal sealed class RiskReader(TableColumns columns, List<WarningDraft> warnings)
{
    private static readonly ColumnMeaning[] RiskColumns =
    [
        ColumnMeaning.Risk, ColumnMeaning.RiskSources, ColumnMeaning.Controls, ColumnMeaning.Likelihood, ColumnMeaning.Consequence, ColumnMeaning.RiskLevel,
    ];

    private readonly ColumnMeaning[] _present = RiskColumns.Where(columns.Has).ToArray();
    private readonly List<RiskDraft> _risks = [];
    private RiskDraft? _current;
    private string? _process;

    public void Read(SourceRow row, List<MeasureDraft> created, bool rowStartsDirection)
    {
        if (row.Cell(columns[ColumnMeaning.Process]).Joined is { Length: > 0 } process)
        {
            _process = process;
        }

        if (_present.Length == 0)
        {
            return;
        }

        if (rowStartsDirection)
        {
            // A risk never spans two processes or spheres.
            _current = null;
        }

        var key = row.Cell(columns[_present[0]]).Paragraphs;
        var opens = key.Count > 0 && !(row.StartsPage && created.Count == 0 && _current is not null && StartsInLowerCase(key[0]));
        if (opens)
        {
            _current = new RiskDraft(_process, row.Line);
            _risks.Add(_current);
        }

        if (_current is null)
        {
            return;
        }

        var added = false;
        foreach (var meaning in _present)
        {
            var paragraphs = row.Cell(columns[meaning]).Paragraphs;
            var parts = _current.Fields.TryGetValue(meaning, out var p) ? p : _current.Fields[meaning] = [];
            if (paragraphs.Count > 0 && string.Join(" ", parts) != string.Join(" ", paragraphs))
            {
                // A value repeated on each row of the same risk is one value.
                parts.AddRange(paragraphs);
                added = true;
            }
        }

        if (added && !opens)
        {
            warnings.Add(new WarningDraft(WarningCodes.SplitCellJoined, $"Рядок {row.Line}: текст опису ризику без нового ризику з'єднано з ризиком з рядка {_current.Line}.", row.Line, null));
        }

        foreach (var measure in created)
        {
            measure.Risk = _current;
            _current.Measures++;
        }
    }

    /// <summary>Names every risk no measure addresses: the contract holds risks on measures only.</summary>
    public void Complete()
    {
        foreach (var risk in _risks.Where(r => r.Measures == 0))
        {
            warnings.Add(new WarningDraft(
                WarningCodes.RiskWithoutMeasures,
                $"Рядок {risk.Line}: ризик «{Shorten(risk.Text(_present[0]) ?? "")}» не має жодного заходу; його не імпортовано — додайте захід або вилучіть ризик під час перевірки.",
                risk.Line,
                null));
        }
    }
}
