namespace AntiCor.Core.Reporting.Consolidation;

/// <summary>
/// The raw rows' columns of the consolidated spreadsheet: written by <see cref="ConsolidatedXlsxWriter"/>
/// and read back by name by <see cref="HistoryWorkbook"/>, so that export → edit → import round-trips.
/// </summary>
public static class ConsolidatedColumns
{
    public const string Sheet = "Звіти";
    public const string SummarySheet = "Підсумок";

    public const string Period = "Період";
    public const string DirectionNumber = "№ напряму";
    public const string Direction = "Напрям";
    public const string MeasureNumber = "№ заходу";
    public const string Measure = "Захід";
    public const string Unit = "Виконавець";
    public const string Lead = "Головний виконавець";
    public const string State = "Стан звіту";
    public const string MessageType = "Тип повідомлення";
    public const string Status = "Статус";
    public const string WhatWasDone = "Що зроблено";
    public const string CompletedOn = "Фактична дата виконання";
    public const string Reasons = "Причини невиконання";
    public const string CancellingAct = "Акт про скасування";
    public const string SubmittedAt = "Подано";
    public const string DaysLate = "Днів запізнення";
    public const string MeasureStatus = "Статус заходу";
    public const string Verdict = "Висновок";

    public static readonly string[] All =
    [
        Period, DirectionNumber, Direction, MeasureNumber, Measure, Unit, Lead, State, MessageType, Status,
        WhatWasDone, CompletedOn, Reasons, CancellingAct, SubmittedAt, DaysLate, MeasureStatus, Verdict,
    ];

    /// <summary>What history import needs in every row; the rest is shown for reading and ignored.</summary>
    public static readonly string[] Required = [Period, MeasureNumber, Unit, Status];

    public const string Yes = "так";
    public const string No = "ні";

    /// <summary>"Подано" as the spreadsheet writes it: Kyiv time, day first.</summary>
    public const string StampFormat = "dd.MM.yyyy HH:mm";
}
