using AntiCor.Core.Contracts;

namespace AntiCor.Core.Documents.Import;

/// <summary>
/// Gives every measure its number within its direction: a direction's single unnumbered measure
/// is D.1; where the table numbers no measure at all they are numbered in order; otherwise
/// unnumbered, repeated or out-of-order numbers are numbered in order and flagged.
/// </summary>
internal static class MeasureNumbering
{
    public static void Complete(List<DirectionDraft> directions, List<WarningDraft> warnings)
    {
        var all = directions.SelectMany(d => d.Measures).ToList();
        if (all.Count > 0 && all.All(m => m.Number is null))
        {
            // The layout numbers no measure (a risk table numbers its risks): D.1, D.2, … by order, no doubt.
            foreach (var direction in directions)
            {
                for (var i = 0; i < direction.Measures.Count; i++)
                {
                    direction.Measures[i].Number = i + 1;
                }
            }

            if (directions.Any(d => d.Measures.Count > 1))
            {
                warnings.Add(new WarningDraft(
                    WarningCodes.MeasuresNumberedInOrder,
                    "Заходи в таблиці не мають власних номерів; їм присвоєно номери «напрям.захід» за порядком.",
                    all[0].Line,
                    null));
            }

            return;
        }

        foreach (var direction in directions)
        {
            if (direction.Measures.Count == 1 && direction.Measures[0].Number is null)
            {
                direction.Measures[0].Number = 1;
                continue;
            }

            var used = new HashSet<int>();
            var expected = 1;
            foreach (var measure in direction.Measures)
            {
                var written = measure.Number;
                if (written is null || used.Contains(written.Value))
                {
                    // The next free number from the expected one on: after a written 50 that is 51, beyond any count of measures.
                    var next = expected;
                    while (used.Contains(next))
                    {
                        next++;
                    }

                    measure.Number = next;
                    measure.NeedsReview = true;
                    var reason = written is null ? "не має номера" : $"повторює номер {written}";
                    warnings.Add(new WarningDraft(
                        WarningCodes.MeasureNumberAssigned,
                        $"Рядок {measure.Line}: захід {reason}; йому присвоєно номер {measure.Code} за порядком.",
                        measure.Line,
                        measure));
                }
                else if (written != expected)
                {
                    measure.NeedsReview = true;
                    warnings.Add(new WarningDraft(
                        WarningCodes.MeasureNumberSequence,
                        $"Рядок {measure.Line}: очікувався захід {direction.Number}.{expected}, а в документі — {measure.Code}.",
                        measure.Line,
                        measure));
                }

                if (measure.WrittenDirection is int d && d != direction.Number)
                {
                    measure.NeedsReview = true;
                    warnings.Add(new WarningDraft(
                        WarningCodes.MeasureDirectionMismatch,
                        $"Рядок {measure.Line}: номер заходу вказує на напрям {d}, а захід стоїть у напрямі {direction.Number}.",
                        measure.Line,
                        measure));
                }

                used.Add(measure.Number!.Value);
                expected = measure.Number!.Value + 1;
            }
        }
    }
}
