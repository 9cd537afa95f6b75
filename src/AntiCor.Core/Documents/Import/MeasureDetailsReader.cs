using AntiCor.Core.Contracts;

namespace AntiCor.Core.Documents.Import;

/// <summary>
/// Reads the further columns a measure may have — expected result, indicators (name, unit,
/// target), resources, monitoring date, status and result — into each measure of the row: one
/// paragraph each where they match, one value for all where there is one, all to the row's only
/// measure. A cell merged with the one above takes its value; text in a row without a measure
/// finishes the measure above. Paragraphs that cannot be matched are paired in order and flagged.
/// </summary>
internal sealed class MeasureDetailsReader(TableColumns columns, List<WarningDraft> warnings)
{
    public static readonly IReadOnlyDictionary<ColumnMeaning, string> Headers = new Dictionary<ColumnMeaning, string>
    {
        [ColumnMeaning.ExpectedResult] = "Очікуваний результат",
        [ColumnMeaning.Indicators] = "Індикатори виконання",
        [ColumnMeaning.IndicatorUnit] = "Одиниця виміру",
        [ColumnMeaning.IndicatorTarget] = "Цільове значення",
        [ColumnMeaning.Resources] = "Ресурси",
        [ColumnMeaning.MonitoringDate] = "Дата фактичного виконання",
        [ColumnMeaning.MonitoringStatus] = "Стан виконання",
        [ColumnMeaning.MonitoringResult] = "Результат виконання",
    };

    private readonly ColumnMeaning[] _present = Headers.Keys.Where(columns.Has).ToArray();
    private MeasureDraft? _last;

    public void Read(SourceRow row, List<MeasureDraft> created)
    {
        foreach (var meaning in _present)
        {
            var cell = row.Cell(columns[meaning]);
            var paragraphs = cell.Paragraphs.ToList();
            if (created.Count == 0)
            {
                Continue(row, meaning, paragraphs);
            }
            else if (paragraphs.Count == 0)
            {
                if (cell.Merge == CellMerge.Continues && _last?.Details.GetValueOrDefault(meaning) is { } above)
                {
                    created.ForEach(m => m.Details[meaning] = above);
                }
            }
            else
            {
                Distribute(row, meaning, paragraphs, created);
            }
        }

        if (created.Count > 0)
        {
            _last = created[^1];
        }
    }

    private void Continue(SourceRow row, ColumnMeaning meaning, List<string> paragraphs)
    {
        if (paragraphs.Count == 0 || _last is null)
        {
            return;
        }

        (_last.Details.TryGetValue(meaning, out var parts) ? parts : _last.Details[meaning] = []).AddRange(paragraphs);
        warnings.Add(new WarningDraft(WarningCodes.SplitCellJoined, $"Рядок {row.Line}: текст у стовпці «{Headers[meaning]}» без нового заходу з'єднано з попереднім заходом.", row.Line, _last));
    }

    private void Distribute(SourceRow row, ColumnMeaning meaning, List<string> paragraphs, List<MeasureDraft> created)
    {
        if (created.Count == 1)
        {
            created[0].Details[meaning] = paragraphs;
            return;
        }

        if (paragraphs.Count == created.Count)
        {
            for (var i = 0; i < created.Count; i++)
            {
                created[i].Details[meaning] = [paragraphs[i]];
            }

            return;
        }

        if (paragraphs.Distinct().Count() == 1)
        {
            created.ForEach(m => m.Details[meaning] = [paragraphs[0]]);
            return;
        }

        for (var i = 0; i < created.Count; i++)
        {
            created[i].Details[meaning] = i < paragraphs.Count ? [paragraphs[i]] : [];
            created[i].NeedsReview = true;
        }

        created[^1].Details[meaning].AddRange(paragraphs.Skip(created.Count));
        foreach (var measure in created)
        {
            warnings.Add(new WarningDraft(
                WarningCodes.CellCountMismatch,
                $"Рядок {row.Line}: у стовпці «{Headers[meaning]}» {paragraphs.Count} записів на {created.Count} заходів — їх розподілено за порядком; перевірте.",
                row.Line,
                measure));
        }
    }
}
