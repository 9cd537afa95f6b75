using AntiCor.Web.Features.Shared;

namespace AntiCor.Web.Features.Programmes;

/// <summary>The words of a programme's page.</summary>
public static class DetailsText
{
    public const string About = "Про програму";
    public const string Organization = "Орган";
    public const string LegalBasis = "Правова підстава";
    public const string Issuer = "Видав";
    public const string ActTitle = "Назва акта";
    public const string Signatory = "Підписав";
    public const string Parent = "Виконує програму вищого рівня";
    public const string Period = "Період";
    public const string Coordinator = "Координатор";
    public const string NoCoordinator = "не визначено";
    public const string Reporting = "Звітування виконавців";
    public const string ReportingSetup = "Звітування";
    public const string OverviewLink = "Стан виконання за період і зведені звіти для міського голови (DOCX, XLSX)";
    public const string HistoryLink = "Завантажити звіти попередніх періодів (XLSX)";
    public const string ReportingSetupLink = "Правило і календар звітування, головні виконавці, показники, групи виконавців";
    public const string Source = "Джерело";
    public const string ImportedAt = "імпортовано";
    public const string KyivTime = "за київським часом";
    public const string Summary = "Стислий зміст";
    public static string Directions(int n) => Wording.Count(n, "напрям", "напрями", "напрямів");
    public static string Measures(int n) => Wording.Count(n, "захід", "заходи", "заходів");
    public static string NeedsReviewCount(int n) => Wording.Count(n, "потребує перевірки", "потребують перевірки", "потребують перевірки");
    public const string Contents = "Напрями програми";
    public const string WarningsTitle = "Зауваження до імпорту";
    public const string WarningsLead = "Автоматичне розпізнавання документа викликало сумніви. Звірте ці місця з оригіналом.";
    public const string Direction = "Напрям";
    public const string Number = "№";
    public const string Measure = "Захід";
    public const string Term = "Термін виконання";
    public const string Executors = "Виконавці";
    public const string NoExecutors = "не визначено";
    public const string MeasuresOfDirection = "Заходи напряму";
    public const string Group = "Група виконавців: усі підрозділи цього типу";
    public const string External = "Виконавець поза міською радою";
    public const string Status = "Стан виконання";
    public const string ProgressTitle = "Хід виконання";
    public const string ProgressLead = "За звітами виконавців, які департамент прийняв і оприлюднив; «Втратив актуальність» не враховано у відсотках.";
    public const string Done = "Виконано";
    public const string DoneOrPartly = "Виконано повністю або частково";
    public const string Total = "Усього";
    public const string AllDirections = "Уся програма";
    public const string ChartTitle = "Стан заходів програми на кінець кожного звітного періоду";
    public const string Filter = "Показати заходи";
    public const string AllStatuses = "усі";
    public const string Show = "Показати";
    public const string NoMatches = "Заходів із таким станом немає.";
    public const string Draft = "Чернетка: програму бачать лише працівники органу.";
    public static string PublishedOn(string date) => $"Оприлюднено {date}.";
    public const string Publish = "Оприлюднити програму";
    public const string Unpublish = "Повернути в чернетку";
    public const string PublicationTitle = "Оприлюднення";
    public static string DoneOf(int done, int total) => $"{done} з {total}";
    public static string Percent(int? percent) => percent is { } p ? $"{p} %" : "—";
}
