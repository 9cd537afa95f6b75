using System.Text.RegularExpressions;
using AntiCor.Core.Contracts;
using static AntiCor.Core.Documents.Import.AnnexText;

namespace AntiCor.Core.Documents.Import;

/// <summary>
/// Turns the annex table into directions and measures, row by row:
/// a row with a number opens a direction; after a page break, a cell that starts in lower case
/// continues the cell the break cut; a numbered list decides which direction a measure belongs
/// to (a list that goes on in the next direction's row still belongs to its own direction);
/// an empty term or executors cell takes the value of the merged cell above it; and where the
/// paragraphs of one row cannot be matched one to one, every measure of the row is flagged.
/// </summary>
internal sealed partial class AnnexInterpreter
{
    private readonly SourceTable _table;
    private readonly List<WarningDraft> _warnings = [];
    private readonly DirectionReader _directions;
    private readonly MeasureDetailsReader _details;
    private readonly RiskReader _risks;
    private bool _rowStartsDirection;
    private MeasureDraft? _lastMeasure;
    private CellDraft? _lastTerm;
    private CellDraft? _lastExecutors;

    // Measures whose term/executors cell was empty: a page break may have pushed their own cell
    // into the next row; only when that row brings none is the merged cell above taken.
    private readonly List<(MeasureDraft Measure, CellDraft? Candidate, int Line)> _pendingTerm = [];
    private readonly List<(MeasureDraft Measure, CellDraft? Candidate, int Line)> _pendingExecutors = [];

    private AnnexInterpreter(SourceTable table)
    {
        _table = table;
        _directions = new DirectionReader(_warnings);
        _details = new MeasureDetailsReader(table.Columns, _warnings);
        _risks = new RiskReader(table.Columns, _warnings);
    }

    public static (IReadOnlyList<DirectionDraft> Directions, IReadOnlyList<WarningDraft> Warnings) Read(SourceTable table)
    {
        var reader = new AnnexInterpreter(table);
        for (var i = 0; i < table.Rows.Count; i++)
        {
            reader.ReadRow(table.Rows[i], i + 1 < table.Rows.Count ? table.Rows[i + 1] : null);
        }

        reader.ResolvePending(isTerm: true);
        reader.ResolvePending(isTerm: false);
        reader._risks.Complete();

        MeasureNumbering.Complete(reader._directions.Directions, reader._warnings);
        return (reader._directions.Directions, reader._warnings);
    }

    private void ReadRow(SourceRow row, SourceRow? next)
    {
        var columns = _table.Columns;
        var number = row.Cell(columns.Number).Joined;
        var title = row.Cell(columns.Direction).Paragraphs.ToList();
        var measures = row.Cell(columns.Measures).Paragraphs.ToList();

        if (columns.Direction is null)
        {
            // No direction column: directions are section rows, and the number column numbers measures.
            if (_directions.TryReadSection(row, next, columns))
            {
                return;
            }

            if (number.Length > 0 && measures.Count > 0)
            {
                measures[0] = (number.All(char.IsDigit) ? number + "." : number) + " " + measures[0];
            }

            number = "";
        }
        else if (row.Cells.Count == 1)
        {
            Warn(WarningCodes.StrayLine, $"Рядок {row.Line}: рядок без стовпців усередині таблиці пропущено: «{Shorten(row.Cells[0].Joined)}».", row.Line, null);
            return;
        }

        if (number.Length == 0 && measures.Count == 0 && title.Count > 0 && MeasureNumber().IsMatch(title[0]))
        {
            // A measure printed in the direction column: the extraction shifted the row's cells.
            measures = title;
            title = [];
            Warn(WarningCodes.CellShifted, $"Рядок {row.Line}: текст заходу стоїть у стовпці напряму; його прочитано як захід.", row.Line, null);
        }

        var directionsBefore = _directions.Directions.Count;
        if (columns.DirectionsNamed)
        {
            // The number column of a sphere or process table numbers its rows (risks), not directions;
            // only a "1.2" in it numbers the measure.
            if (measures.Count > 0 && DottedNumber().IsMatch(number) && !MeasureNumber().IsMatch(measures[0]))
            {
                measures[0] = number + " " + measures[0];
            }

            _directions.ReadNamed(row, title);
        }
        else
        {
            _directions.ReadNumbered(row, number, title);
        }

        _rowStartsDirection = _directions.Directions.Count > directionsBefore;
        var created = ReadMeasures(row, measures);
        var termMismatch = ReadColumn(row, columns.Term, created, isTerm: true);
        var executorsMismatch = ReadColumn(row, columns.Executors, created, isTerm: false);
        if (termMismatch || executorsMismatch)
        {
            FlagMismatch(row, created);
        }

        _details.Read(row, created);
        _risks.Read(row, created, _rowStartsDirection);
    }

    private List<MeasureDraft> ReadMeasures(SourceRow row, List<string> paragraphs)
    {
        var created = new List<MeasureDraft>();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var text = paragraphs[i];
            var m = MeasureNumber().Match(text);
            if (!m.Success && i == 0 && row.StartsPage && StartsInLowerCase(text) && _lastMeasure is not null)
            {
                _lastMeasure.TextParts.Add(text);
                Warn(WarningCodes.SplitCellJoined, $"Рядок {row.Line}: текст заходу, розірваний розривом сторінки, з'єднано з попереднім.", row.Line, _lastMeasure);
                continue;
            }

            var direction = _directions.CurrentOrUntitled(row);
            int? number = m.Success ? int.Parse(m.Groups["n"].Value) : null;
            var movedFrom = direction;
            if (number > 1 && direction.Measures.Count == 0 && _directions.Previous(direction) is { } previous && previous.LastNumber == number - 1)
            {
                direction = previous;
            }

            var measure = new MeasureDraft(direction, number, row.Line, row.Page)
            {
                WrittenDirection = m.Success && m.Groups["d"].Success ? int.Parse(m.Groups["d"].Value) : null,
            };
            measure.TextParts.Add(m.Success ? m.Groups["text"].Value.Trim() : text);
            direction.Measures.Add(measure);
            created.Add(measure);
            _lastMeasure = measure;
            if (direction != movedFrom)
            {
                Warn(
                    WarningCodes.ListContinuesPreviousDirection,
                    $"Рядок {row.Line}: пункт «{number}.» продовжує нумерацію заходів напряму {direction.Number}, тому віднесений до нього, а не до напряму {movedFrom.Number}.",
                    row.Line,
                    measure);
            }
        }

        return created;
    }

    /// <summary>Reads the term or executors column of a row; true where its paragraphs cannot be matched to the row's measures.</summary>
    private bool ReadColumn(SourceRow row, int? column, List<MeasureDraft> created, bool isTerm)
    {
        var paragraphs = row.Cell(column).Paragraphs.ToList();
        var last = isTerm ? _lastTerm : _lastExecutors;

        // A cell whose text only finishes the cell above (cut by a page break) is that cell, merged down.
        var continued = false;
        if (row.StartsPage && paragraphs.Count > 0 && StartsInLowerCase(paragraphs[0]) && last is not null)
        {
            continued = true;
            last.Parts.Add(paragraphs[0]);
            paragraphs.RemoveAt(0);
            Warn(WarningCodes.SplitCellJoined, $"Рядок {row.Line}: клітинку «{Header(isTerm)}», розірвану розривом сторінки, з'єднано з попередньою (рядок {last.Line}).", row.Line, Owner(last, isTerm));
        }

        var pending = isTerm ? _pendingTerm : _pendingExecutors;
        if (pending.Count > 0 && created.Count == 0 && paragraphs.Count > 0 && !_rowStartsDirection)
        {
            // The cell a page break pushed into this row belongs to the measures left without one.
            var owners = pending.Select(p => p.Measure).ToList();
            pending.Clear();
            Warn(WarningCodes.SplitRowJoined, $"Рядок {row.Line}: клітинку «{Header(isTerm)}» перенесено розривом сторінки в наступний рядок; її віднесено до заходу вище.", row.Line, owners[0]);
            if (AssignParagraphs(row, owners, paragraphs, isTerm))
            {
                FlagMismatch(row, owners);
            }

            return false;
        }

        ResolvePending(isTerm);
        if (created.Count == 0)
        {
            if (paragraphs.Count > 0)
            {
                if (last is null)
                {
                    Warn(WarningCodes.OrphanCellText, $"Рядок {row.Line}: текст «{Shorten(string.Join(" ", paragraphs))}» у стовпці «{Header(isTerm)}» не належить жодному заходу.", row.Line, null);
                }
                else
                {
                    last.Parts.AddRange(paragraphs);
                    Warn(WarningCodes.SplitCellJoined, $"Рядок {row.Line}: текст у стовпці «{Header(isTerm)}» без нового заходу з'єднано з попередньою клітинкою.", row.Line, Owner(last, isTerm));
                }
            }

            return false;
        }

        if (paragraphs.Count == 0)
        {
            var merge = row.Cell(isTerm ? _table.Columns.Term : _table.Columns.Executors).Merge;
            switch (continued && merge == CellMerge.None ? CellMerge.Continues : merge)
            {
                case CellMerge.Continues when last is not null:
                    // The document itself merges this cell with the one above: no doubt to report.
                    created.ForEach(m => Assign(m, last, isTerm));
                    break;
                case CellMerge.None or CellMerge.Continues:
                    created.ForEach(m => Missing(m, row.Line, isTerm));
                    break;
                default:
                    pending.AddRange(created.Select(m => (m, last, row.Line)));
                    break;
            }

            return false;
        }

        return AssignParagraphs(row, created, paragraphs, isTerm);
    }

    /// <summary>Gives the row's measures their cells; true where the counts cannot be matched one to one.</summary>
    private bool AssignParagraphs(SourceRow row, List<MeasureDraft> created, List<string> paragraphs, bool isTerm)
    {
        CellDraft? last = null;
        var mismatch = false;
        if (paragraphs.Count == created.Count)
        {
            for (var i = 0; i < created.Count; i++)
            {
                last = new CellDraft(paragraphs[i], row.Line);
                Assign(created[i], last, isTerm);
            }
        }
        else if (paragraphs.Distinct().Count() == 1)
        {
            // One value for several measures of the row (or the same value repeated): no doubt which.
            last = new CellDraft(paragraphs[0], row.Line);
            foreach (var measure in created)
            {
                Assign(measure, last, isTerm);
            }
        }
        else
        {
            mismatch = true;
            for (var i = 0; i < Math.Min(paragraphs.Count, created.Count); i++)
            {
                last = new CellDraft(paragraphs[i], row.Line);
                Assign(created[i], last, isTerm);
            }

            if (paragraphs.Count > created.Count)
            {
                var extra = paragraphs.Skip(created.Count).Select(p => $"«{p}»");
                Warn(WarningCodes.CellCountMismatch, $"Рядок {row.Line}: зайві записи у стовпці «{Header(isTerm)}», не віднесені до жодного заходу: {string.Join("; ", extra)}.", row.Line, created[^1]);
            }
        }

        if (isTerm)
        {
            _lastTerm = last;
        }
        else
        {
            _lastExecutors = last;
        }

        return mismatch;
    }

    /// <summary>Measures left with an empty cell take the merged cell above them, with a warning.</summary>
    private void ResolvePending(bool isTerm)
    {
        var pending = isTerm ? _pendingTerm : _pendingExecutors;
        foreach (var (measure, candidate, line) in pending)
        {
            if (candidate is null)
            {
                Missing(measure, line, isTerm);
                continue;
            }

            Assign(measure, candidate, isTerm);
            Warn(
                WarningCodes.MergedCellInherited,
                $"Рядок {line}: клітинка «{Header(isTerm)}» порожня; взято значення об'єднаної клітинки вище (рядок {candidate.Line}).",
                line,
                measure);
        }

        pending.Clear();
    }

    private void Missing(MeasureDraft measure, int line, bool isTerm)
    {
        measure.NeedsReview = true;
        Warn(isTerm ? WarningCodes.MissingTerm : WarningCodes.MissingExecutors, $"Рядок {line}: для заходу не вказано {(isTerm ? "термін" : "виконавців")}.", line, measure);
    }

    private void FlagMismatch(SourceRow row, List<MeasureDraft> created)
    {
        var columns = _table.Columns;
        var terms = row.Cell(columns.Term).Paragraphs.Count;
        var executors = row.Cell(columns.Executors).Paragraphs.Count;
        foreach (var measure in created)
        {
            measure.NeedsReview = true;
            var missing = measure.Executors is null ? " Для цього заходу в рядку не залишилося виконавців." : "";
            Warn(
                WarningCodes.CellCountMismatch,
                $"Рядок {row.Line}: у клітинках {created.Count} заходів, {terms} записів про термін і {executors} переліків виконавців — їх не можна зіставити один до одного; пари складено за порядком, перевірте термін і виконавців.{missing}",
                row.Line,
                measure);
        }
    }

    private static void Assign(MeasureDraft measure, CellDraft cell, bool isTerm)
    {
        if (isTerm)
        {
            measure.Term = cell;
        }
        else
        {
            measure.Executors = cell;
        }
    }

    private MeasureDraft? Owner(CellDraft cell, bool isTerm) =>
        _directions.Directions.SelectMany(d => d.Measures).FirstOrDefault(m => (isTerm ? m.Term : m.Executors) == cell);

    private void Warn(string code, string message, int? line, MeasureDraft? measure) =>
        _warnings.Add(new WarningDraft(code, message, line, measure));

    private static string Header(bool isTerm) => isTerm ? "Термін виконання" : "Виконавці";

    [GeneratedRegex(@"^\d{1,2}\.\d{1,3}\.?$")]
    private static partial Regex DottedNumber();

    [GeneratedRegex(@"^(?:(?<d>\d{1,2})\.(?<n>\d{1,3})\.?|(?<n>\d{1,3})[.)])\s*(?<text>\S.*)$", RegexOptions.Singleline)]
    internal static partial Regex MeasureNumber();
}
