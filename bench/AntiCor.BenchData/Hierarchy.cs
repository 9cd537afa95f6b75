using AntiCor.Core.Domain;

namespace AntiCor.BenchData;

/// <summary>One organisation of the data set: its name, kind, address and the index of its parent (or -1).</summary>
internal sealed record PlannedOrganization(string Name, OrganizationKind Kind, string Slug, int Parent);

/// <summary>
/// The country in small: oblast administrations first, then hromadas under them in turn, then the
/// hromadas' communal enterprises — two hromadas to an enterprise, as in the country's registers,
/// where councils outnumber the enterprises that run programmes of their own.
/// </summary>
internal static class Hierarchy
{
    // The 24 oblasts (Crimea and the two cities with special status are left out: they run no oblast administration here).
    private static readonly string[] Oblasts =
    [
        "Вінницька", "Волинська", "Дніпропетровська", "Донецька", "Житомирська", "Закарпатська", "Запорізька", "Івано-Франківська",
        "Київська", "Кіровоградська", "Луганська", "Львівська", "Миколаївська", "Одеська", "Полтавська", "Рівненська",
        "Сумська", "Тернопільська", "Харківська", "Херсонська", "Хмельницька", "Черкаська", "Чернівецька", "Чернігівська",
    ];

    public static IReadOnlyList<PlannedOrganization> Plan(int count)
    {
        var oblasts = Math.Clamp(count / 60, 1, Oblasts.Length);
        var rest = count - oblasts;
        var hromadas = rest - rest / 3;
        var enterprises = rest - hromadas;
        var plan = new List<PlannedOrganization>(count);
        for (var i = 0; i < oblasts; i++)
        {
            plan.Add(new($"{Oblasts[i]} обласна військова адміністрація", OrganizationKind.OblastAdministration, $"oblast-{i + 1:00}", -1));
        }

        for (var i = 0; i < hromadas; i++)
        {
            var kind = (i % 7) switch { 0 => OrganizationKind.CityCouncil, 1 or 2 or 3 => OrganizationKind.SettlementCouncil, _ => OrganizationKind.VillageCouncil };
            var word = kind switch { OrganizationKind.CityCouncil => "міська", OrganizationKind.SettlementCouncil => "селищна", _ => "сільська" };
            plan.Add(new($"Громада № {i + 1}: {word} рада", kind, $"hromada-{i + 1:0000}", i % oblasts));
        }

        for (var i = 0; i < enterprises; i++)
        {
            plan.Add(new($"КП «Комунальне підприємство № {i + 1}»", OrganizationKind.CommunalEnterprise, $"kp-{i + 1:0000}", oblasts + (2 * i % Math.Max(1, hromadas))));
        }

        return plan;
    }

    /// <summary>The plan's indices by depth: the organisations without a parent, then their children, and so on.</summary>
    public static IReadOnlyList<List<int>> Levels(IReadOnlyList<PlannedOrganization> plan)
    {
        var depth = new int[plan.Count];
        for (var i = 0; i < plan.Count; i++)
        {
            // The plan lists every parent before its children.
            depth[i] = plan[i].Parent < 0 ? 0 : depth[plan[i].Parent] + 1;
        }

        return [.. Enumerable.Range(0, plan.Count).GroupBy(i => depth[i]).OrderBy(g => g.Key).Select(g => g.ToList())];
    }
}
