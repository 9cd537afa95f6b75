using AntiCor.Core.Contracts;

namespace AntiCor.BenchData;

/// <summary>
/// Each organisation's programme, made from the seed order as it was read once: 5-9 of its
/// directions and 30-60 of their measures, its executors plus units of the organisation's own
/// (so each has 10-40), indicators on some measures, and an approving act of its own.
/// </summary>
internal static class ProgrammeShapes
{
    private static readonly (string Name, string Unit, string Target)[] IndicatorKinds =
    [
        ("Кількість проведених навчань", "од.", "4"),
        ("Частка працівників, що пройшли навчання", "%", "90"),
        ("Кількість розглянутих проєктів рішень", "од.", "40"),
        ("Кількість повідомлень про конфлікт інтересів", "од.", "5"),
        ("Кількість оприлюднених наборів даних", "од.", "12"),
    ];

    public static ProgrammeDocument For(ProgrammeDocument seed, PlannedOrganization organization, int index, Random random)
    {
        var directions = seed.Programme.Directions.Where(d => d.Measures.Count > 0).ToList();
        var keep = directions.OrderBy(_ => random.Next()).Take(random.Next(Math.Min(5, directions.Count), Math.Min(9, directions.Count) + 1))
            .OrderBy(d => d.Number).ToList();
        var wanted = random.Next(30, 61);
        var units = seed.OrgUnits.ToList();
        var extra = Math.Max(0, random.Next(10, 41) - units.Count);
        var own = Enumerable.Range(1, extra).Select(i => new OrgUnitData($"Відділ № {i} ({organization.Slug})", ExecutorKinds.Unit, [])).ToList();

        var made = new List<DirectionData>();
        var repeat = 0;
        // A programme longer than the seed's chosen directions repeats them, as a continuation.
        while (made.Sum(d => d.Measures.Count) < wanted && repeat < 4)
        {
            foreach (var direction in keep)
            {
                var room = wanted - made.Sum(d => d.Measures.Count);
                if (room <= 0)
                {
                    break;
                }

                var measures = direction.Measures.Take(room).Select(m => Reshape(m, repeat, own, random)).ToList();
                var number = direction.Number + (repeat * 10);
                made.Add(new DirectionData(number, repeat == 0 ? direction.Title : $"{direction.Title} (продовження {repeat})", measures));
            }

            repeat++;
        }

        var basis = seed.Programme.LegalBasis with
        {
            Issuer = organization.Name,
            KnownNumber = (100 + index).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var programme = seed.Programme with { LegalBasis = basis, Directions = made, Organization = organization.Name };
        return new ProgrammeDocument(programme, [.. units, .. own], []);
    }

    private static MeasureData Reshape(MeasureData measure, int repeat, List<OrgUnitData> own, Random random)
    {
        var executors = measure.Executors.ToList();
        // Most measures also name one or two of the organisation's own units: a programme of a body of its size.
        var added = own.Count == 0 ? 0 : random.Next(0, 3);
        foreach (var unit in own.OrderBy(_ => random.Next()).Take(added))
        {
            executors.Add(new ExecutorData(unit.Name, unit.Name, ExecutorKinds.Unit, false));
        }

        IReadOnlyList<IndicatorData>? indicators = random.NextDouble() < 0.4
            ? [.. IndicatorKinds.OrderBy(_ => random.Next()).Take(random.Next(1, 3)).Select(k => new IndicatorData(k.Name, k.Unit, k.Target))]
            : measure.Indicators;
        var number = repeat == 0 ? measure.Number : $"{measure.Number}.{repeat}";
        return measure with { Number = number, Executors = executors, Indicators = indicators };
    }
}
