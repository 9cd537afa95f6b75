using AntiCor.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace AntiCor.Web.Features.Registers.Appointments;

/// <summary>The words of the register of appointment notices (measure 3.1).</summary>
public static class AppointmentsText
{
    private static readonly IStringLocalizer L = InterfaceText.For(typeof(AppointmentsText));

    public static string Title => L[nameof(Title)];
    public static string Lead => L[nameof(Lead)];
    public static string NewTitle => L[nameof(NewTitle)];
    public static string EditTitle => L[nameof(EditTitle)];
    public static string Candidate => L[nameof(Candidate)];
    public static string CandidateShort => L[nameof(CandidateShort)];
    public static string Position => L[nameof(Position)];
    public static string Category => L[nameof(Category)];
    public static string CategoryShort => L[nameof(CategoryShort)];
    public static string ReceivedOn => L[nameof(ReceivedOn)];
    public static string ReceivedShort => L[nameof(ReceivedShort)];
    public static string PlannedOn => L[nameof(PlannedOn)];
    public static string PlannedShort => L[nameof(PlannedShort)];
    public static string DaysBefore => L[nameof(DaysBefore)];
    public static string Violation => L[nameof(Violation)];
    public static string CategoryUnknown => L[nameof(CategoryUnknown)];
    /// <summary>The categories of positions as the law cites them: values stored with the entry, not translated.</summary>
    public static readonly IReadOnlyList<string> Categories =
    [
        "п. 1 ч. 1 ст. 3",
        "п. 2 ч. 1 ст. 3",
        "п. 3 ч. 1 ст. 3",
        "п. 4 ч. 1 ст. 3",
        "ч. 2 ст. 3",
    ];

    public static string Late(int daysMissing, int required) => L[nameof(Late), daysMissing, required];
}
