using AntiCor.Core.Contracts;

namespace AntiCor.Core.Documents.Import;

/// <summary>
/// Normalises the words a risk or monitoring table uses for a level or a status; null where
/// they name none, or more than one, of the contract's values.
/// </summary>
internal static class WrittenValues
{
    private static readonly (string Value, string[] Stems)[] Levels =
    [
        (RiskLevels.Low, ["низьк", "незначн"]),
        (RiskLevels.Medium, ["середн", "помірн"]),
        (RiskLevels.High, ["висок", "значн", "критичн"]),
    ];

    public static string? RiskLevel(string text)
    {
        var words = text.ToLowerInvariant().Split([' ', ',', ';', '(', ')', '-', '–', '/', '.'], StringSplitOptions.RemoveEmptyEntries);
        var named = Levels.Where(l => words.Any(w => l.Stems.Any(w.StartsWith))).Select(l => l.Value).Distinct().ToList();
        return named.Count == 1 ? named[0] : null;
    }

    public static string? MonitoringStatus(string text)
    {
        var t = CellText.Normalize(text).ToLowerInvariant();
        if (t.StartsWith("не виконан") || t.StartsWith("невиконан") || t.StartsWith("не розпочат") || t.StartsWith("не реалізован"))
        {
            return MonitoringStatuses.NotDone;
        }

        if (t.StartsWith("виконується") || t.StartsWith("у процесі") || t.StartsWith("в процесі") || t.StartsWith("триває") || t.StartsWith("частково") || t.StartsWith("на виконанні"))
        {
            return MonitoringStatuses.InProgress;
        }

        return t.StartsWith("виконан") || t.StartsWith("реалізован") ? MonitoringStatuses.Done : null;
    }
}
