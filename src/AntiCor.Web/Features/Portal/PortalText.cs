using AntiCor.Core.Portal;

namespace AntiCor.Web.Features.Portal;

/// <summary>The words of the public portal's measure card, search, moderation queue and organisations page.</summary>
public static class PortalText
{
    public const string Measure = "Захід";
    public const string Direction = "Напрям";
    public const string Term = "Термін виконання";
    public const string Executors = "Виконавці";
    public const string Lead = "головний виконавець";
    public const string ConsentRequired = "за згодою";
    public const string Status = "Стан виконання";
    public const string CompletedOn = "Фактична дата виконання";
    public const string Indicators = "Показники";
    public const string Indicator = "Показник";
    public const string ProgrammeTarget = "Ціль на програму";
    public const string Period = "Період";
    public const string Target = "Ціль";
    public const string Actual = "Фактично";
    public const string Reports = "Звіти за періодами";
    public const string NoReports = "Оприлюднених звітів ще немає.";
    public const string NoReportsInPeriod = "За цей період звіт не оприлюднено.";
    public const string Verdict = "Оцінка департаменту";
    public const string NoVerdict = "не надано";
    public const string WhatWasDone = "Що зроблено";
    public const string Reasons = "Причини невиконання";
    public const string CancellingAct = "Акт, яким захід скасовано";
    public const string Evidence = "Підтвердні матеріали";
    public const string BackToProgramme = "До програми";

    public const string ReportTitle = "Повідомити про неточність";
    public const string ReportLead = "Помітили помилку чи неточність у відомостях про захід? Напишіть коротко, що не так. Повідомлення отримає координатор програми; воно не оприлюднюється. Не зазначайте персональних даних.";
    public const string ReportLabel = "Ваше повідомлення";
    public static readonly string ReportHint = $"До {CitizenMessage.MaxLength} символів.";
    public const string Send = "Надіслати";
    public const string Sent = "Дякуємо! Повідомлення передано координатору програми.";
    public const string EmptyMessage = "Напишіть, що саме неточно у відомостях про захід.";
    public static readonly string TooLong = $"Повідомлення задовге: не більше {CitizenMessage.MaxLength} символів.";

    public const string SearchTitle = "Пошук";
    public const string SearchLabel = "Шукати в заходах і звітах";
    public const string SearchButton = "Шукати";
    public const string SearchHint = "Слова шукаються за початком: «корупц» знайде «корупції» й «антикорупційних».";
    public static readonly string SearchTooLong = $"Запит задовгий: не більше {PortalSearch.MaxQueryLength} символів.";
    public const string SearchNoWords = "Введіть принаймні одне слово з двох і більше літер.";
    public const string NothingFound = "Нічого не знайдено.";
    public const string InMeasure = "у тексті заходу";
    public const string InReport = "у звіті виконавця";
    public static string Found(int n) => Shared.Wording.Count(n, "результат", "результати", "результатів");

    public const string ModerationTitle = "Повідомлення про неточності";
    public const string ModerationLead = "Повідомлення читачів порталу. Вони ніде не оприлюднюються; розгляньте й позначте розглянутим.";
    public const string ModerationEmpty = "Нових повідомлень немає.";
    public const string Received = "Надійшло";
    public const string Message = "Повідомлення";
    public const string MarkHandled = "Розглянуто";
    public const string ShowHandled = "Показати й розглянуті";
    public const string Handled = "розглянуто";

    public const string OrganizationsTitle = "Виконання антикорупційних програм органами";
    public const string OrganizationsLead = "Оприлюднені програми кожного органу: частка заходів, виконаних повністю або частково, за оприлюдненими звітами, і частка звітів, поданих вчасно.";
    public const string Organization = "Орган";
    public const string Programmes = "Програм";
    public const string Measures = "Заходів";
    public const string DoneOrPartly = "Виконано повністю або частково";
    public const string OnTime = "Звіти вчасно";
    public const string SortBy = "Упорядкувати";
    public const string Previous = "Попередня";
    public const string Next = "Наступна";
    public static string PageOf(int page, int pages) => $"Сторінка {page} з {pages}";
    public const string NoOrganizations = "Органів з оприлюдненими програмами поки немає.";

    public const string OnTimeTitle = "Вчасність звітування";
    public static string OnTimeRecord(int onTime, int due) => $"вчасно подано {onTime} з {due} звітів, строк яких минув";
    public const string NoDueReports = "Строк подання жодного звіту ще не минув.";
    public const string StatusColumn = "Стан";
}
