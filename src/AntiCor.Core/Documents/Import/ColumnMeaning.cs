namespace AntiCor.Core.Documents.Import;

/// <summary>What a column of a programme's table holds, read from its header (<see cref="ColumnVocabulary"/>).</summary>
public enum ColumnMeaning
{
    Number,

    /// <summary>"Напрям", "Розділ": a numbered direction.</summary>
    Direction,

    /// <summary>"Сфера діяльності" of an integrity plan: a direction named, not numbered.</summary>
    Sphere,

    /// <summary>"Функція (процес)" of a risk table: a direction named, and the process the risk arises in.</summary>
    Process,

    Measures,
    Term,
    Executors,
    ExpectedResult,
    Indicators,
    IndicatorUnit,
    IndicatorTarget,
    Resources,
    Risk,
    RiskSources,
    Controls,
    Likelihood,
    Consequence,
    RiskLevel,
    MonitoringDate,
    MonitoringStatus,
    MonitoringResult,
}
