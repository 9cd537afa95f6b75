namespace AntiCor.Core.Reporting;

/// <summary>
/// A measure's state as of a period's last day: NACP's five monitoring statuses, plus
/// <see cref="Obsolete"/> for a measure cancelled by an act — shown, but left out of every percentage.
/// </summary>
public enum MeasureStatus
{
    NotStarted,
    InProgress,
    Done,
    PartlyDone,
    NotDone,
    Obsolete,
}

/// <summary>What an executor's message says: work started and not finished, or done fully or partly.</summary>
public enum MessageType
{
    Progress,
    Result,
}

/// <summary>The department's verdict on a measure for a period, kept apart from its status.</summary>
public enum Verdict
{
    OnTimeAndInFull,
    Progress,
    NotOnTimeOrNotInFull,
    NoInformation,
}

/// <summary>Where one report version stands in the review.</summary>
public enum ReportState
{
    Draft,
    Submitted,
    Returned,
    Accepted,

    /// <summary>A later version replaced this one (a correction); kept, viewable, never changed.</summary>
    Superseded,
}

/// <summary>One cell of the department's period board.</summary>
public enum ObligationState
{
    Missing,
    Draft,
    Submitted,
    Returned,
    Accepted,
}
