namespace AntiCor.Core.Contracts;

/// <summary>
/// The stable machine codes of the contract's warnings, all in one place: the review UI and
/// consumers of the open data key on them, so a code is never renamed once published.
/// </summary>
public static class WarningCodes
{
    /// <summary>An executor's name starts like a spreadsheet formula (=, +, -, @, tab, CR); the measure needs review.</summary>
    public const string ExecutorLooksLikeFormula = "executor-looks-like-formula";

    // The act and the programme as a whole.
    public const string ActKindNotFound = "act-kind-not-found";
    public const string ActNumberNotFound = "act-number-not-found";
    public const string ActDateNotFound = "act-date-not-found";
    public const string ActIssuerNotFound = "act-issuer-not-found";
    public const string AnnexApprovalMismatch = "annex-approval-mismatch";
    public const string ProgrammeTitleNotFound = "programme-title-not-found";
    public const string PeriodNotFound = "period-not-found";
    public const string CoordinatorNotFound = "coordinator-not-found";
    public const string OrganizationNotFound = "organization-not-found";

    // The reporting rule.
    public const string ReportingRuleNotFound = "reporting-rule-not-found";
    public const string ReportingRuleUnreadable = "reporting-rule-unreadable";
    public const string ReportingDueDayNotFound = "reporting-due-day-not-found";
    public const string ReportingDueMonthUnspecified = "reporting-due-month-unspecified";

    // The file and the table's layout.
    public const string OtherSheets = "other-sheets";
    public const string TableHeaderNotFound = "table-header-not-found";
    public const string ColumnUnknown = "column-unknown";
    public const string StrayLine = "stray-line";
    public const string CellShifted = "cell-shifted";

    // Directions.
    public const string DirectionMissing = "direction-missing";
    public const string DirectionNumberDuplicate = "direction-number-duplicate";
    public const string DirectionNumberSequence = "direction-number-sequence";
    public const string DirectionNumberUnreadable = "direction-number-unreadable";
    public const string DirectionTitleMissing = "direction-title-missing";

    // Measures and their cells.
    public const string ListContinuesPreviousDirection = "list-continues-previous-direction";
    public const string MeasureDirectionMismatch = "measure-direction-mismatch";
    public const string MeasureNumberAssigned = "measure-number-assigned";
    public const string MeasureNumberSequence = "measure-number-sequence";
    public const string MeasuresNumberedInOrder = "measures-numbered-in-order";
    public const string CellCountMismatch = "cell-count-mismatch";
    public const string MergedCellInherited = "merged-cell-inherited";
    public const string MissingExecutors = "missing-executors";
    public const string MissingTerm = "missing-term";
    public const string OrphanCellText = "orphan-cell-text";
    public const string SplitCellJoined = "split-cell-joined";
    public const string SplitRowJoined = "split-row-joined";
    public const string UnknownTerm = "unknown-term";
    public const string TermYearMissing = "term-year-missing";

    // Risks and monitoring.
    public const string RiskWithoutMeasures = "risk-without-measures";
    public const string RiskLevelUnknown = "risk-level-unknown";
    public const string MonitoringStatusUnknown = "monitoring-status-unknown";
    public const string MonitoringDateUnreadable = "monitoring-date-unreadable";
}
