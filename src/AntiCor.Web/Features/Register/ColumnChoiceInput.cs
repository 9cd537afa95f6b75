using AntiCor.Core.Documents.Import;

namespace AntiCor.Web.Features.Register;

/// <summary>One unknown column on the review: its header and the meaning the coordinator chose (empty: leave it out).</summary>
public sealed class ColumnChoiceInput
{
    public string? Header { get; set; }
    public string? Meaning { get; set; }

    public ColumnMeaning? Chosen() =>
        Enum.TryParse<ColumnMeaning>(Meaning, ignoreCase: false, out var meaning) && Enum.IsDefined(meaning) ? meaning : null;

    /// <summary>The meanings offered for a column, in the words of the review page.</summary>
    public static readonly IReadOnlyList<(ColumnMeaning Meaning, string Label)> Offered =
    [
        (ColumnMeaning.Measures, "Заходи"),
        (ColumnMeaning.Term, "Строк виконання"),
        (ColumnMeaning.Executors, "Виконавці"),
        (ColumnMeaning.Direction, "Напрям"),
        (ColumnMeaning.Sphere, "Сфера"),
        (ColumnMeaning.Process, "Функція (процес)"),
        (ColumnMeaning.Number, "Номер"),
        (ColumnMeaning.ExpectedResult, "Очікуваний результат"),
        (ColumnMeaning.Indicators, "Індикатори"),
        (ColumnMeaning.IndicatorUnit, "Одиниця виміру індикатора"),
        (ColumnMeaning.IndicatorTarget, "Цільове значення індикатора"),
        (ColumnMeaning.Resources, "Ресурси"),
        (ColumnMeaning.Risk, "Корупційний ризик"),
        (ColumnMeaning.RiskSources, "Джерела ризику"),
        (ColumnMeaning.Controls, "Наявні заходи контролю"),
        (ColumnMeaning.Likelihood, "Ймовірність"),
        (ColumnMeaning.Consequence, "Наслідки"),
        (ColumnMeaning.RiskLevel, "Рівень ризику"),
        (ColumnMeaning.MonitoringDate, "Фактична дата виконання"),
        (ColumnMeaning.MonitoringStatus, "Стан виконання"),
        (ColumnMeaning.MonitoringResult, "Результат виконання"),
    ];

    public static string LabelOf(ColumnMeaning meaning) => Offered.FirstOrDefault(o => o.Meaning == meaning).Label ?? meaning.ToString();
}
