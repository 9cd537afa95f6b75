namespace AntiCor.Web.Features.My;

/// <summary>A period as the workspace chooses among them: its key, days, due date and whether it is closed.</summary>
public sealed record PeriodChoice(string Key, DateOnly StartsOn, DateOnly EndsOn, DateOnly DueOn, bool IsClosed);

/// <summary>
/// Which period the executor works on today: the open one whose window (its first day to its due
/// date) holds today — the earliest due when two overlap, as in April when Q1 is due and Q2 runs —
/// else the nearest open one still to come due, else the last open one (overdue), else the last.
/// </summary>
public static class CurrentPeriod
{
    public static PeriodChoice? Choose(IReadOnlyList<PeriodChoice> periods, DateOnly today, string? requested)
    {
        if (requested is { Length: > 0 } && periods.FirstOrDefault(p => p.Key == requested) is { } chosen)
        {
            return chosen;
        }

        var open = periods.Where(p => !p.IsClosed).ToList();
        return open.Where(p => p.StartsOn <= today && today <= p.DueOn).MinBy(p => p.DueOn)
            ?? open.Where(p => p.DueOn >= today).MinBy(p => p.DueOn)
            ?? open.MaxBy(p => p.DueOn)
            ?? periods.MaxBy(p => p.DueOn);
    }
}
