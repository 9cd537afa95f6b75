using AntiCor.Core.Contracts;

namespace AntiCor.Core.Documents.Import;

/// <summary>
/// Gives every measure its number within its direction: a direction's single unnumbered measure
/// is D.1; other unnumbered, repeated or out-of-order numbers are numbered in order and flagged.
/// </summary>
internal static class MeasureNumbering
{
    public static void Complete(List<DirectionDraft> directions, List<WarningDraft> warnings)
    {
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
                    measure.Number = Enumerable.Range(1, direction.Measures.Count * 2).First(n => !used.Contains(n) && n >= expected);
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
