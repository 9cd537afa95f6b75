using AntiCor.Core.Contracts;

namespace AntiCor.Core.Programmes;

public enum DiffKind
{
    Unchanged,
    Added,
    Removed,
    Changed,
}

/// <summary>A measure as one edition has it, for a side-by-side view.</summary>
public sealed record MeasureSide(string Number, string Text, string Term, string Executors);

/// <summary>One line of the comparison: a direction title or a measure, before and after.</summary>
public sealed record DiffLine(DiffKind Kind, string Key, bool IsDirection, MeasureSide? Before, MeasureSide? After);

/// <summary>
/// Compares two editions direction by direction and measure by measure (measures are matched by
/// number, as amending acts refer to them), for the side-by-side view.
/// </summary>
public static class EditionDiff
{
    public static IReadOnlyList<DiffLine> Compare(ProgrammeDocument before, ProgrammeDocument after)
    {
        var lines = new List<DiffLine>();
        var directionNumbers = before.Programme.Directions.Select(d => d.Number)
            .Union(after.Programme.Directions.Select(d => d.Number)).Order();
        foreach (var number in directionNumbers)
        {
            var a = before.Programme.Directions.FirstOrDefault(d => d.Number == number);
            var b = after.Programme.Directions.FirstOrDefault(d => d.Number == number);
            lines.Add(Line(number.ToString(), true, a is null ? null : new MeasureSide($"{number}", a.Title, "", ""), b is null ? null : new MeasureSide($"{number}", b.Title, "", "")));

            var measures = (a?.Measures ?? []).Select(m => m.Number).Union((b?.Measures ?? []).Select(m => m.Number))
                .OrderBy(n => int.Parse(n.Split('.')[1]));
            foreach (var m in measures)
            {
                lines.Add(Line(m, false, Side(a?.Measures.FirstOrDefault(x => x.Number == m)), Side(b?.Measures.FirstOrDefault(x => x.Number == m))));
            }
        }

        return lines;
    }

    private static DiffLine Line(string key, bool isDirection, MeasureSide? before, MeasureSide? after)
    {
        var kind = before is null ? DiffKind.Added
            : after is null ? DiffKind.Removed
            : before == after ? DiffKind.Unchanged
            : DiffKind.Changed;
        return new DiffLine(kind, key, isDirection, before, after);
    }

    private static MeasureSide? Side(MeasureData? m) => m is null
        ? null
        : new MeasureSide(m.Number, m.Text, m.Term.Text, m.ExecutorsAsWritten());
}
