using AntiCor.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace AntiCor.Web.Features.Registers.Declarations;

/// <summary>The words of the register of declarants and the yearly declaration campaign (measure 7.7).</summary>
public static class DeclarationsText
{
    private static readonly IStringLocalizer L = InterfaceText.For(typeof(DeclarationsText));

    public static string Title => L[nameof(Title)];
    public static string Lead => L[nameof(Lead)];
    public static string NewTitle => L[nameof(NewTitle)];
    public static string EditTitle => L[nameof(EditTitle)];
    public static string Year => L[nameof(Year)];
    public static string YearShort => L[nameof(YearShort)];
    public static string Person => L[nameof(Person)];
    public static string PersonShort => L[nameof(PersonShort)];
    public static string Email => L[nameof(Email)];
    public static string EmailShort => L[nameof(EmailShort)];
    public static string Position => L[nameof(Position)];
    public static string DismissedOn => L[nameof(DismissedOn)];
    public static string DismissedShort => L[nameof(DismissedShort)];
    public static string DueOn => L[nameof(DueOn)];
    public static string FiledOn => L[nameof(FiledOn)];
    public static string FiledShort => L[nameof(FiledShort)];
    public static string RegisterUrl => L[nameof(RegisterUrl)];
    public static string RegisterUrlShort => L[nameof(RegisterUrlShort)];
    public static string NacpNotifiedOn => L[nameof(NacpNotifiedOn)];
    public static string NacpShort => L[nameof(NacpShort)];
    public static string State => L[nameof(State)];
    public static string OnTime => L[nameof(OnTime)];
    public static string Late => L[nameof(Late)];
    public static string Missing => L[nameof(Missing)];
    public static string Waiting => L[nameof(Waiting)];
    public static string Open => L[nameof(Open)];
    public static string Remind => L[nameof(Remind)];
    public static string RemindLead => L[nameof(RemindLead)];
    public static string Campaign => L[nameof(Campaign)];
    public static string CampaignLead => L[nameof(CampaignLead)];
    public static string CampaignYear => L[nameof(CampaignYear)];
    public static string Reminded(int letters) => L[nameof(Reminded), letters];

    public static string Carried(int count, int year) => L[nameof(Carried), count, year];

    // The reminder is a letter, a document: Ukrainian whatever language the sender reads (ADR-014).
    public static string Subject(DateOnly dueOn) => $"Нагадування: строк подання декларації — {RegisterDate.Format(dueOn)}";

    public static string Body(string? name, int year, bool leaver, DateOnly dueOn, int daysLeft) =>
        $"""
        {(string.IsNullOrWhiteSpace(name) ? "Добрий день" : "Шановна(-ий) " + name)}!

        Нагадуємо, що {(leaver ? "декларацію у зв'язку з припиненням діяльності" : $"щорічну декларацію за {year} рік")} потрібно подати до {RegisterDate.Format(dueOn)} включно (залишилось днів: {daysLeft}).
        Декларацію подають в Єдиному державному реєстрі декларацій НАЗК. Якщо ви вже подали її, повідомте, будь ласка, уповноважений підрозділ з питань запобігання та виявлення корупції.

        Це автоматичний лист системи AntiCor.
        """;
}
