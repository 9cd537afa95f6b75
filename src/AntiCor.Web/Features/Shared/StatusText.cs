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
}
