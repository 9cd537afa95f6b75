namespace AntiCor.Core.Documents.Import;

/// <summary>
/// The words by which a header names each kind of column, in one place. Rules are tried in
/// order, the most specific first: "Термін виконання заходу" is a term, "Наявні заходи контролю"
/// the controls, "Заходи щодо усунення ризику" the measures, "Рівень ризику" the level.
/// </summary>
internal static class ColumnVocabulary
{
    private static readonly (ColumnMeaning Meaning, Func<string, bool> Names)[] Rules =
    [
        (ColumnMeaning.MonitoringDate, t => Has(t, "фактичн") && Has(t, "дата", "строк", "термін")),
        (ColumnMeaning.MonitoringStatus, t => Has(t, "стан виконання", "статус", "стан реалізації", "стан впровадження")),
        (ColumnMeaning.MonitoringResult, t => Has(t, "результат виконання", "результати виконання", "інформація про виконання", "відмітка про виконання", "фактичн", "результати моніторингу")),
        (ColumnMeaning.ExpectedResult, t => Has(t, "очікуван", "прогнозован") || (Has(t, "результат") && !Has(t, "індикатор", "показник", "критері"))),
        (ColumnMeaning.IndicatorUnit, t => Has(t, "одиниц")),
        (ColumnMeaning.IndicatorTarget, t => Has(t, "цільов", "значення") && !Has(t, "строк", "термін")),
        (ColumnMeaning.Indicators, t => Has(t, "індикатор", "показник", "критері")),
        (ColumnMeaning.Resources, t => Has(t, "ресурс", "фінансуван", "кошт", "витрат")),
        (ColumnMeaning.Controls, t => Has(t, "контрол") && Has(t, "наявн", "існуюч", "заходи контролю", "засоби контролю", "механізм")),
        (ColumnMeaning.Term, t => Has(t, "термін", "строк", "дата виконання", "період виконання")),
        (ColumnMeaning.Executors, t => Has(t, "виконав", "відповідальн")),
        (ColumnMeaning.Measures, t => Has(t, "заход", "захід", "зміст", "найменування", "завдання")),
        (ColumnMeaning.Likelihood, t => Has(t, "ймовірн", "імовірн")),
        (ColumnMeaning.Consequence, t => Has(t, "наслідк")),
        (ColumnMeaning.RiskLevel, t => Has(t, "рівень") || (Has(t, "пріоритетн") && Has(t, "ризик"))),
        (ColumnMeaning.RiskSources, t => Has(t, "чинник", "джерел", "причин")),
        (ColumnMeaning.Process, t => Has(t, "функці", "процес")),
        (ColumnMeaning.Risk, t => Has(t, "ризик", "порушен")),
        (ColumnMeaning.Sphere, t => Has(t, "сфер", "галуз")),
        (ColumnMeaning.Direction, t => Has(t, "напрям", "розділ", "пріоритет")),
        (ColumnMeaning.Number, t => Has(t, "№", "з/п", "п/п", "номер") || t is "n" or "n п/п"),
    ];

    /// <summary>Words that only name a part of the column above them ("назва" under "Індикатори").</summary>
    private static readonly string[] SubHeaders = ["назва", "найменування", "одиниця", "значення", "опис", "показник"];

    // The coordinator's meanings for headers the rules do not know (an organisation's presets,
    // the review's choices), for the one import running on this thread: the readers are static
    // and synchronous, so a thread-bound scope reaches the header reader without threading it
    // through every reader.
    [ThreadStatic]
    private static IReadOnlyDictionary<string, ColumnMeaning>? _chosen;

    /// <summary>The header's text as a key of a chosen meaning: normalised, lower case.</summary>
    public static string KeyOf(string header) => CellText.Normalize(header).ToLowerInvariant();

    /// <summary>Applies chosen meanings (by <see cref="KeyOf"/>) to the imports run on this thread until disposed.</summary>
    public static IDisposable Choose(IReadOnlyDictionary<string, ColumnMeaning> meanings)
    {
        var before = _chosen;
        _chosen = meanings;
        return new Restore(() => _chosen = before);
    }

    /// <summary>The meaning a header's text gives its column (a chosen one first), or null where no rule knows it.</summary>
    public static ColumnMeaning? MeaningOf(string header)
    {
        var t = KeyOf(header);
        if (t.Length == 0)
        {
            return null;
        }

        if (_chosen is { } chosen && chosen.TryGetValue(t, out var picked))
        {
            return picked;
        }

        foreach (var (meaning, names) in Rules)
        {
            if (names(t))
            {
                return meaning;
            }
        }

        return null;
    }

    public static bool IsSubHeader(string text) => SubHeaders.Any(text.ToLowerInvariant().StartsWith);

    private static bool Has(string text, params string[] words) => words.Any(text.Contains);

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
