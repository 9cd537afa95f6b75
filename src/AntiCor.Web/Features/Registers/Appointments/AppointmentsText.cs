namespace AntiCor.Web.Features.Registers.Appointments;

/// <summary>The words of the register of appointment notices (measure 3.1).</summary>
public static class AppointmentsText
{
    public const string Title = "Повідомлення про кандидатів на призначення";
    public const string Lead = "Повідомлення має надійти до відділу не пізніше ніж за встановлену програмою кількість календарних днів до запланованого призначення; пізні повідомлення — порушення.";
    public const string NewTitle = "Нове повідомлення";
    public const string EditTitle = "Повідомлення";
    public const string Candidate = "Кандидат (прізвище, ім'я, по батькові)";
    public const string CandidateShort = "Кандидат";
    public const string Position = "Посада";
    public const string Category = "Категорія посади (ст. 3 Закону «Про запобігання корупції»)";
    public const string CategoryShort = "Категорія";
    public const string ReceivedOn = "Дата надходження повідомлення (дд.мм.рррр)";
    public const string ReceivedShort = "Надійшло";
    public const string PlannedOn = "Запланована дата призначення (дд.мм.рррр)";
    public const string PlannedShort = "Призначення";
    public const string DaysBefore = "Днів до призначення";
    public const string Violation = "Порушення";
    public const string CategoryUnknown = "Оберіть категорію посади з переліку.";

    public static readonly IReadOnlyList<string> Categories =
    [
        "п. 1 ч. 1 ст. 3",
        "п. 2 ч. 1 ст. 3",
        "п. 3 ч. 1 ст. 3",
        "п. 4 ч. 1 ст. 3",
        "ч. 2 ст. 3",
    ];

    public static string Late(int daysMissing, int required) => $"Пізно: бракує {daysMissing} дн. до мінімуму {required} дн.";
}
