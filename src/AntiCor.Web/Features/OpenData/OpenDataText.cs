using AntiCor.Core.Domain;

namespace AntiCor.Web.Features.OpenData;

/// <summary>
/// The words of the open-data API and of the data set's passport: data, the same in every interface language
/// (the pages' own labels are <see cref="OpenDataPageText"/>).
/// </summary>
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

    /// <summary>The OpenAPI document's description (the reference page shows it in the reader's language).</summary>
    public const string ReferenceLead = "Усі дані віддаються анонімно, без ключа; списки — посторінково (page, pageSize), також як CSV і XLSX (format=csv|xlsx). Відповіді мають ETag.";
}
