using AntiCor.Core.Reporting;
using AntiCor.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace AntiCor.Web.Features.Shared;

/// <summary>
/// The NACP statuses and the department's verdicts as the pages say them, in the reader's language.
/// Letters and consolidated reports are documents and keep <see cref="ReportingWords"/>' Ukrainian.
/// </summary>
public static class StatusText
{
    private static readonly IStringLocalizer L = InterfaceText.For(typeof(StatusText));

    public static string Of(MeasureStatus status) => L[$"{nameof(MeasureStatus)}_{status}"];

    public static string Of(Verdict verdict) => L[$"{nameof(Verdict)}_{verdict}"];

    /// <summary>A status, or «Інформацію не подано» when no published report gives one.</summary>
    public static string Word(MeasureStatus? status) => status is { } s ? Of(s) : NoInformation;

    public static string NoInformation => L[nameof(NoInformation)];

    public static string Of(MessageType type) => L[$"{nameof(MessageType)}_{type}"];

    /// <summary>Where an executor's obligation for a period stands (the board's and the workspace's column).</summary>
    public static string Of(ObligationState state) => L[$"{nameof(ObligationState)}_{state}"];

    public static string Of(ReportState state) => L[$"{nameof(ReportState)}_{state}"];

    /// <summary>A board cell whose report came after the due date, or is still missing past it.</summary>
    public static string Late => L[nameof(Late)];

    /// <summary>The measure's status when nothing has been accepted yet.</summary>
    public static string NoStatus => L[nameof(NoStatus)];

    /// <summary>A period the department has closed (consolidated), or one still open.</summary>
    public static string PeriodState(bool closed) => closed ? PeriodClosed : PeriodOpen;

    public static string PeriodClosed => L[nameof(PeriodClosed)];

    public static string PeriodOpen => L[nameof(PeriodOpen)];

    /// <summary>"3 дні", "1 день", "11 днів"; "3 days".</summary>
    public static string Days(int n) => $"{n} {L[$"Days_{InterfaceText.Form(n)}"]}";
}
