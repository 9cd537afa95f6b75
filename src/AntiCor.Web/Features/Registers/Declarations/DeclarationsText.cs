namespace AntiCor.Web.Features.Registers.Declarations;

/// <summary>The words of the register of declarants and the yearly declaration campaign (measure 7.7).</summary>
public static class DeclarationsText
{
    public const string Title = "Декларування";
    public const string Lead = "Декларанти підрозділів і щорічна кампанія декларування: строк подання — до 1 квітня року, що настає за звітним, для звільнених — 30 днів після звільнення (якщо останній день строку припадає на вихідний чи святковий день, строк спливає у перший за ним робочий день). Неподання чи несвоєчасне подання — з датою повідомлення НАЗК.";
    public const string NewTitle = "Новий декларант кампанії";
    public const string EditTitle = "Декларант кампанії";
    public const string Year = "Рік, за який подається декларація";
    public const string YearShort = "Рік";
    public const string Person = "Декларант (прізвище, ім'я, по батькові)";
    public const string PersonShort = "Декларант";
    public const string Email = "Електронна пошта для нагадувань";
    public const string EmailShort = "Пошта";
    public const string Position = "Посада";
    public const string DismissedOn = "Дата звільнення, якщо звільняється (дд.мм.рррр)";
    public const string DismissedShort = "Звільнення";
    public const string DueOn = "Строк подання";
    public const string FiledOn = "Дата подання (дд.мм.рррр)";
    public const string FiledShort = "Подано";
    public const string RegisterUrl = "Посилання на декларацію в Єдиному державному реєстрі декларацій (https://…)";
    public const string RegisterUrlShort = "Декларація в реєстрі";
    public const string NacpNotifiedOn = "Дата повідомлення НАЗК про неподання чи несвоєчасне подання (дд.мм.рррр)";
    public const string NacpShort = "Повідомлено НАЗК";
    public const string State = "Стан";
    public const string OnTime = "Подано вчасно";
    public const string Late = "Подано із порушенням строку";
    public const string Missing = "Не подано";
    public const string Waiting = "Очікується";
    public const string Open = "Відкрити";
    public const string Remind = "Надіслати нагадування";
    public const string RemindLead = "Нагадування листом тим, хто ще не подав декларацію: за 14 днів і за день до строку (щодня о 9:00 це робиться й саме). Кожне нагадування надсилається один раз.";
    public const string Campaign = "Розпочати кампанію";
    public const string CampaignLead = "Переносить декларантів попереднього року, які не звільнялися, у кампанію за вказаний рік (ті, хто вже є в ній, не дублюються).";
    public const string CampaignYear = "Рік кампанії (за який подаються декларації)";

    public static string Reminded(int letters) => $"Поставлено в чергу нагадувань: {letters}.";

    public static string Carried(int count, int year) => $"До кампанії за {year} рік перенесено декларантів: {count}.";

    public static string Subject(DateOnly dueOn) => $"Нагадування: строк подання декларації — {RegisterDate.Format(dueOn)}";

    public static string Body(string? name, int year, bool leaver, DateOnly dueOn, int daysLeft) =>
        $"""
        {(string.IsNullOrWhiteSpace(name) ? "Добрий день" : "Шановна(-ий) " + name)}!

        Нагадуємо, що {(leaver ? "декларацію у зв'язку з припиненням діяльності" : $"щорічну декларацію за {year} рік")} потрібно подати до {RegisterDate.Format(dueOn)} включно (залишилось днів: {daysLeft}).
        Декларацію подають в Єдиному державному реєстрі декларацій НАЗК. Якщо ви вже подали її, повідомте, будь ласка, уповноважений підрозділ з питань запобігання та виявлення корупції.

        Це автоматичний лист системи AntiCor.
        """;
}
