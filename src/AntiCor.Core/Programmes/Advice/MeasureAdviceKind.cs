namespace AntiCor.Core.Programmes.Advice;

/// <summary>
/// Why NACP's methodology would call a measure unmeasurable. Advice, not a warning: it never
/// blocks an import or a publication, and the coordinator may dismiss it with a reason.
/// </summary>
public enum MeasureAdviceKind
{
    /// <summary>Neither an indicator nor an expected result: nobody can tell whether it was done.</summary>
    NotMeasurable,

    /// <summary>A one-off action (to approve, to develop) whose term is the whole programme period.</summary>
    OneOffOverWholeProgramme,

    /// <summary>A vague verb with no object ("сприяти", "вивчити питання").</summary>
    VagueVerb,

    /// <summary>Only a group ("виконавчі органи") is named: no unit leads the measure.</summary>
    GroupWithoutLead,
}
