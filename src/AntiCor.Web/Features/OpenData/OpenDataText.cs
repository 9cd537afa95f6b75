using AntiCor.Core.Domain;

namespace AntiCor.Web.Features.OpenData;

/// <summary>The words of the open-data API, its passport and its reference page.</summary>
public static class OpenDataText
{
    public const string NotFoundTitle = "Не знайдено";
    public const string BadRequestTitle = "Некоректний запит";

    public static string UnknownOrganization(string slug) => $"Організацію «{slug}» не знайдено.";

    public const string UnknownProgramme = "Програму не знайдено: її немає або вона ще не оприлюднена.";
    public const string UnknownEvidence = "Файл не знайдено: його немає або він не оприлюднений.";

    public static string PeriodNotInCalendar(string period) => $"Періоду {period} немає в календарі звітування цієї програми.";

    public static string BadPeriod(string text) =>
        $"Період «{text}» не розпізнано: вкажіть рік і частину року, наприклад 2020Q1 (квартал), 2020H1 (півріччя), 2020 (рік) або 2020-03 (місяць).";

    public static string BadPage(string text) => $"Номер сторінки «{text}» некоректний: вкажіть ціле число від 1.";

    public static string BadPageSize(string text) => $"Розмір сторінки «{text}» некоректний: вкажіть ціле число від 1 до {ApiPaging.MaxPageSize}.";

    public static string PageSizeTooLarge(int size, int max) => $"Розмір сторінки {size} завеликий: щонайбільше {max} записів на сторінці.";

    public static string BadFormat(string text) => $"Формат «{text}» не підтримується: json, csv або xlsx.";

    public const string ProgrammesFile = "Перелік оприлюднених програм";
    public const string UnitsFile = "Перелік виконавців заходів";

    public static string ProgrammeFile(string title) => $"Програма «{title}»: напрями, заходи, строки, виконавці";

    public static string ReportsFile(string title) => $"Звіти про виконання заходів програми «{title}»";

    public static string PassportTitle(string organization) => $"Антикорупційна програма та звіти про її виконання — {organization}";

    public static string PassportDescription(string organization) =>
        $"Заходи антикорупційної програми, яку затвердила {organization}: напрями, зміст заходів, строки й виконавці, " +
        "а також оприлюднені звіти виконавців про виконання заходів за кожен звітний період зі статусом, " +
        "висновком уповноваженого підрозділу, значеннями показників і підтвердними матеріалами.";

    public const string PassportPurpose =
        "Прозорість виконання антикорупційної програми: громадяни, журналісти, НАЗК та обласна адміністрація " +
        "бачать, що, ким і коли зроблено, без запитів на інформацію.";

    public static string Periodicity(ReportingFrequency? frequency) => frequency switch
    {
        ReportingFrequency.Monthly => "Щомісяця",
        ReportingFrequency.Quarterly => "Щокварталу",
        ReportingFrequency.HalfYearly => "Щопівроку",
        ReportingFrequency.Yearly => "Щороку",
        _ => "Після оприлюднення програми",
    };

    // The passport page.
    public const string PassportPageTitle = "Паспорт набору відкритих даних";
    public const string PassportLead = "Опис набору даних за постановою Кабінету Міністрів України № 835 — для Єдиного державного веб-порталу відкритих даних.";
    public const string Identifier = "Ідентифікатор";
    public const string Title = "Назва";
    public const string Description = "Опис";
    public const string Purpose = "Мета та підстава збору";
    public const string Publisher = "Розпорядник";
    public const string PublisherCode = "Код ЄДРПОУ розпорядника";
    public const string Contact = "Відповідальна особа";
    public const string ContactEmail = "Електронна пошта відповідальної особи";
    public const string Keywords = "Ключові слова";
    public const string UpdateFrequency = "Частота оновлення";
    public const string Issued = "Дата першого оприлюднення";
    public const string Modified = "Дата останньої зміни";
    public const string DataAsOf = "Дані станом на";
    public const string Formats = "Формати";
    public const string License = "Ліцензія";
    public const string LandingPage = "Сторінка набору";
    public const string Files = "Файли набору";
    public const string Structure = "Структура";
    public const string Field = "Поле";
    public const string FieldMeaning = "Зміст";
    public const string NotSet = "не вказано";
    public const string NotYetPublished = "ще не оприлюднено";
    public const string MachineReadable = "Паспорт у машиночитному вигляді (JSON)";
    public const string ApiReference = "Опис API відкритих даних";

    // The reference page.
    public const string ReferenceTitle = "API відкритих даних";
    public const string ReferenceLead = "Усі дані віддаються анонімно, без ключа; списки — посторінково (page, pageSize), також як CSV і XLSX (format=csv|xlsx). Відповіді мають ETag.";
    public const string ReferenceDocument = "Документ OpenAPI";
    public const string Parameters = "Параметри";
    public const string Responses = "Відповіді";
    public const string Required = "обов'язковий";
}
